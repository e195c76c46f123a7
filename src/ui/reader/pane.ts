/**
 * The side pane: summary, quotes and sources. Entries that were found in the
 * text get a "Show in text" button; every quote gets "Save quote".
 */
import type { Article, SourceKind } from '@/src/core/types';
import { h } from './dom';
import { t } from './i18n';
import type { LocatedQuote, LocatedSource, Passages } from './spans';

export interface PaneActions {
  reveal(key: string): void;
  saveQuote(q: LocatedQuote, button: HTMLButtonElement): void;
}

const KIND_KEY: Record<SourceKind, string> = {
  person: 'readerSourcePerson',
  organisation: 'readerSourceOrganisation',
  document: 'readerSourceDocument',
  media: 'readerSourceMedia',
  unnamed: 'readerSourceUnnamed',
  'image-credit': 'readerSourceImageCredit',
  publisher: 'readerSourcePublisher',
};

function showButton(key: string, hit: unknown, actions: PaneActions, describedBy: string): HTMLElement | null {
  if (!hit) return null;
  return h('button', { type: 'button', class: 'text-button', 'aria-describedby': describedBy, onclick: () => actions.reveal(key) }, t('readerShowInText'));
}

function section(id: string, title: string, body: Node): HTMLElement {
  return h('section', { class: 'pane-section', 'aria-labelledby': id }, h('h2', { id }, title), body);
}

function quoteItem(q: LocatedQuote, article: Article, actions: PaneActions): HTMLElement {
  const textId = `pane-${q.key}`;
  const save = h('button', { type: 'button', class: 'text-button' }, t('readerSaveQuote'));
  save.addEventListener('click', () => actions.saveQuote(q, save));
  return h(
    'li',
    { class: `pane-quote kind-${q.quote.kind}` },
    h('p', { class: 'pane-speaker' }, q.quote.speaker?.trim() || t('readerSpeakerUnknown'), q.quote.speakerRole ? h('span', { class: 'pane-role' }, ` · ${q.quote.speakerRole}`) : null),
    h('blockquote', { id: textId, lang: article.lang ?? null, dir: article.dir ?? 'auto' }, q.quote.text),
    h('div', { class: 'pane-actions' }, showButton(q.key, q.hit, actions, textId), save),
  );
}

function sourceItem({ source, claims }: LocatedSource, actions: PaneActions, article: Article): HTMLElement {
  const list = h('ul', { class: 'pane-claims' });
  for (const c of claims) {
    const id = `pane-${c.key}`;
    list.append(
      h('li', {}, h('span', { id, lang: article.lang ?? null, dir: 'auto' }, c.claim.text), ' ', showButton(c.key, c.hit, actions, id)),
    );
  }
  return h(
    'li',
    { class: source.vague ? 'pane-source vague' : 'pane-source' },
    h(
      'p',
      {},
      h('strong', { dir: 'auto' }, source.who),
      ' ',
      h('span', { class: 'pane-kind' }, t(KIND_KEY[source.kind] ?? 'readerSourceUnnamed')),
      source.vague ? h('span', { class: 'badge-vague' }, t('readerVague')) : null,
    ),
    claims.length ? list : null,
  );
}

export function renderPane(summary: readonly string[], passages: Passages, article: Article, actions: PaneActions): HTMLElement {
  const pane = h('div', { class: 'pane-body' });

  const summaryList = h('ol', { class: 'pane-summary', lang: article.lang ?? null, dir: article.dir ?? 'auto' });
  for (const sentence of summary.slice(0, 50)) summaryList.append(h('li', {}, sentence));
  pane.append(section('pane-h-summary', t('readerSummary'), summary.length ? summaryList : h('p', { class: 'muted' }, t('readerNoSummary'))));

  const quoteList = h('ul', { class: 'pane-list' });
  for (const q of passages.quotes) quoteList.append(quoteItem(q, article, actions));
  pane.append(section('pane-h-quotes', t('readerQuotes'), passages.quotes.length ? quoteList : h('p', { class: 'muted' }, t('readerNoQuotes'))));

  const sourceList = h('ul', { class: 'pane-list' });
  for (const s of passages.sources) sourceList.append(sourceItem(s, actions, article));
  pane.append(section('pane-h-sources', t('readerSources'), passages.sources.length ? sourceList : h('p', { class: 'muted' }, t('readerNoSources'))));
  return pane;
}
