/** The full report view: header (title, site, date, reading time), actions, then the sections. */
import type { Article, Quote, Report, SummaryLength } from '@/src/core/types';
import { t } from '@/src/ext/i18n';
import { el } from './dom';
import { formatDate, siteOf } from './format';
import { renderSummary } from './summary';
import { renderQuotes, type QuoteActions } from './quotes';
import { renderSources } from './sources';
import { renderCleaned } from './cleaned';

export interface ReportActions extends QuoteActions {
  openReader(): Promise<{ ok: boolean; message?: string }>;
  openLibrary(): void;
  refresh(): void;
  summaryFor(length: SummaryLength): string[];
  summaryLength: SummaryLength;
  setSummaryLength(length: SummaryLength): void;
  announce(text: string): void;
}

function header(article: Article, locale: string): HTMLElement {
  const date = formatDate(article.publishedTime, locale);
  const meta = [siteOf(article), date, article.readingMinutes > 0 ? t('popupReadingTime', String(article.readingMinutes)) : null].filter(
    (x): x is string => Boolean(x),
  );
  return el(
    'header',
    { class: 'report-header' },
    el('h1', { class: 'title', dir: 'auto', lang: article.lang, text: article.title || siteOf(article) }),
    el('p', { class: 'meta' }, ...meta.flatMap((m, i) => [i ? el('span', { class: 'sep', 'aria-hidden': 'true', text: ' · ' }) : null, el('span', { text: m })])),
    article.byline ? el('p', { class: 'byline', text: t('popupBy', article.byline) }) : null,
  );
}

function toolbar(actions: ReportActions): HTMLElement {
  const reader = el('button', { type: 'button', class: 'btn btn-primary', id: 'open-reader', text: t('popupOpenReader') });
  reader.addEventListener('click', () => {
    reader.disabled = true;
    void actions
      .openReader()
      .then((r) => {
        if (!r.ok) actions.announce(r.message || t('popupReaderFailed'));
      })
      .finally(() => (reader.disabled = false));
  });
  const library = el('button', { type: 'button', class: 'btn', id: 'open-library', text: t('popupLibrary') });
  library.addEventListener('click', () => actions.openLibrary());
  const refresh = el('button', { type: 'button', class: 'btn btn-quiet', id: 'refresh', text: t('popupRefresh') });
  refresh.addEventListener('click', () => actions.refresh());
  return el('nav', { class: 'toolbar', 'aria-label': t('popupSections') }, reader, library, refresh);
}

export function renderReport(report: Report & { article: Article }, locale: string, actions: ReportActions): DocumentFragment {
  const { article } = report;
  const fragment = document.createDocumentFragment();
  const quotes: Quote[] = report.quotes ?? [];
  fragment.append(
    header(article, locale),
    toolbar(actions),
    renderSummary({ sentencesFor: actions.summaryFor, initial: actions.summaryLength, lang: article.lang, onChange: actions.setSummaryLength }),
    renderQuotes(quotes, actions, actions.announce, report.quotedTerms ?? []),
    renderSources(report.sources ?? [], article.imageCredits ?? []),
    renderCleaned(report.trackers ?? [], article.removed ?? []),
  );
  return fragment;
}
