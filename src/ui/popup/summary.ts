/** The Summary section with its short / medium / long choice (a labelled radio group). */
import type { SummaryLength } from '@/src/core/types';
import { t } from '@/src/ext/i18n';
import { el, replaceContent, section } from './dom';

export const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];
const LABEL: Record<SummaryLength, string> = { short: 'summaryShort', medium: 'summaryMedium', long: 'summaryLong' };

export interface SummaryView {
  /** Sentences for a length (computed on demand by the caller). */
  sentencesFor(length: SummaryLength): string[];
  initial: SummaryLength;
  /** The article's language, so the summary is read (and hyphenated) in it. */
  lang?: string | null;
  onChange(length: SummaryLength): void;
}

export function renderSummary(view: SummaryView): HTMLElement {
  const body = el('div', { class: 'summary-body', 'aria-live': 'polite' });
  const fill = (length: SummaryLength): void => {
    const sentences = view.sentencesFor(length);
    replaceContent(
      body,
      sentences.length
        ? el('p', { class: 'summary-text', dir: 'auto', lang: view.lang, text: sentences.join(' ') })
        : el('p', { class: 'empty', text: t('popupSummaryEmpty') }),
    );
  };
  const group = el('fieldset', { class: 'segmented' }, el('legend', { class: 'visually-hidden', text: t('popupSummaryLength') }));
  for (const length of LENGTHS) {
    const input = el('input', { type: 'radio', name: 'summary-length', value: length, id: `summary-${length}` });
    input.checked = length === view.initial;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      fill(length);
      view.onChange(length);
    });
    group.append(el('label', { for: `summary-${length}` }, input, el('span', { text: t(LABEL[length]) })));
  }
  fill(view.initial);
  return section('summary', t('popupSummary'), group, body);
}
