/** The Quotes section: statements grouped by speaker, phrases apart; copy and save on each. */
import type { Quote, QuotedTerm } from '@/src/core/types';
import { t } from '@/src/ext/i18n';
import { el, section } from './dom';
import { groupQuotes } from './groupQuotes';

export interface QuoteActions {
  copy(quote: Quote): Promise<boolean>;
  save(quote: Quote): Promise<{ ok: boolean; message?: string }>;
}

/**
 * Shows a short result on the button, then restores it; announced via the live
 * region. The accessible name changes with the visible text (WCAG 2.5.3).
 */
function flash(button: HTMLButtonElement, label: string, announce: (text: string) => void): void {
  const original = button.textContent ?? '';
  const originalName = button.getAttribute('aria-label');
  button.textContent = label;
  button.setAttribute('aria-label', label);
  announce(label);
  setTimeout(() => {
    button.textContent = original;
    if (originalName) button.setAttribute('aria-label', originalName);
  }, 1500);
}

function quoteItem(quote: Quote, actions: QuoteActions, announce: (text: string) => void): HTMLElement {
  const copy = el('button', { type: 'button', class: 'btn btn-small', 'aria-label': `${t('popupCopyQuote')}: ${quote.text.slice(0, 60)}`, text: t('popupCopy') });
  copy.addEventListener('click', () => {
    void actions.copy(quote).then((ok) => flash(copy, ok ? t('popupCopied') : t('popupCopyFailed'), announce));
  });
  const save = el('button', { type: 'button', class: 'btn btn-small', 'aria-label': `${t('popupSaveQuote')}: ${quote.text.slice(0, 60)}`, text: t('popupSave') });
  save.addEventListener('click', () => {
    save.disabled = true;
    void actions
      .save(quote)
      .then((r) => flash(save, r.ok ? t('popupSaved') : `${t('popupSaveFailed')}${r.message ? `: ${r.message}` : ''}`, announce))
      .finally(() => (save.disabled = false));
  });
  return el(
    'li',
    { class: `quote quote-${quote.kind}` },
    el('q', { class: 'quote-text', dir: 'auto', text: quote.text }),
    el('span', { class: 'quote-actions' }, copy, save),
  );
}

/** Quoted terms shown at most (titles and scare quotes; a long list would bury the quotes). */
const MAX_TERMS = 12;

/**
 * Words the article puts in quotation marks without anyone being reported to
 * say them (titles, names, scare quotes): listed apart, without speaker.
 */
function termBlock(terms: readonly QuotedTerm[]): HTMLElement | null {
  const seen = new Set<string>();
  const unique = terms.filter((term) => !seen.has(term.text) && seen.add(term.text)).slice(0, MAX_TERMS);
  if (unique.length === 0) return null;
  return el(
    'div',
    { class: 'speaker-group quoted-terms' },
    el('h3', { class: 'speaker', text: t('popupQuotedTerms') }),
    el('ul', { class: 'term-list' }, ...unique.map((term) => el('li', {}, el('q', { dir: 'auto', text: term.text })))),
  );
}

export function renderQuotes(quotes: readonly Quote[], actions: QuoteActions, announce: (text: string) => void, terms: readonly QuotedTerm[] = []): HTMLElement {
  const { statements, phrases } = groupQuotes(quotes);
  const termsBlock = termBlock(terms);
  if (statements.length === 0 && phrases.length === 0) {
    return section('quotes', t('popupQuotes'), el('p', { class: 'empty', text: t('popupQuotesEmpty') }), termsBlock);
  }
  const groups = statements.map((group) =>
    el(
      'div',
      { class: 'speaker-group' },
      el(
        'h3',
        { class: group.speaker ? 'speaker' : 'speaker speaker-unknown', dir: group.speaker ? 'auto' : null },
        group.speaker ?? t('popupUnknownSpeaker'),
        group.role ? el('span', { class: 'speaker-role', text: ` · ${group.role}` }) : null,
      ),
      el('ul', { class: 'quote-list' }, ...group.quotes.map((q) => quoteItem(q, actions, announce))),
    ),
  );
  const phraseBlock = phrases.length
    ? el(
        'div',
        { class: 'speaker-group phrases' },
        el('h3', { class: 'speaker', text: t('popupPhrases') }),
        el('ul', { class: 'quote-list' }, ...phrases.map((q) => quoteItem(q, actions, announce))),
      )
    : null;
  return section('quotes', t('popupQuotes'), ...groups, phraseBlock, termsBlock);
}
