/**
 * The article itself: header (site, title, byline, date, reading time) and
 * the re-sanitised body, with marks on demand and "show in text".
 */
import type { Article, Quote, SourceNote } from '@/src/core/types';
import { h } from './dom';
import { t } from './i18n';
import { applyMarks, KEY_ATTR } from './marks';
import { locatePassages, markSpans, type Passages } from './spans';
import { buildTextIndex, normalizeText, toRange, type TextIndex } from './textIndex';
import type { ArticleSanitizer } from './sanitizeArticle';

export interface ArticleView {
  element: HTMLElement;
  passages: Passages;
  setMarks(on: boolean): void;
  reveal(key: string): void;
}

function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

function header(article: Article, locale: string): HTMLElement {
  const date = formatDate(article.publishedTime, locale);
  const meta: (string | Node)[] = [];
  if (article.byline) meta.push(h('span', { class: 'byline', dir: 'auto' }, article.byline));
  // Date and reading time are in the UI language, inside an article that may be in another.
  if (date) meta.push(h('time', { datetime: article.publishedTime ?? '', lang: locale, dir: 'auto' }, date));
  if (article.readingMinutes > 0) {
    meta.push(h('span', { class: 'reading-time', lang: locale, dir: 'auto' }, t('readerMinutes', String(article.readingMinutes))));
  }
  const metaLine = h('p', { class: 'article-meta' });
  meta.forEach((part, i) => {
    if (i > 0) metaLine.append(h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '));
    metaLine.append(part);
  });
  return h(
    'header',
    { class: 'article-header' },
    article.siteName ? h('p', { class: 'article-site' }, article.siteName) : null,
    h('h1', { id: 'article-title' }, article.title || t('readerUntitled')),
    meta.length ? metaLine : null,
  );
}

export function createArticleView(
  article: Article,
  quotes: readonly Quote[],
  sources: readonly SourceNote[],
  sanitize: ArticleSanitizer,
  locale: string,
): ArticleView {
  const pristine = sanitize(article.html, article.url);
  const body = h('div', { class: 'article-body', id: 'article-body', tabindex: '-1' });
  body.append(pristine.cloneNode(true));
  const element = h(
    'article',
    { id: 'article', lang: article.lang || null, dir: article.dir ?? 'auto', 'aria-labelledby': 'article-title' },
    header(article, locale),
    body,
  );

  let index: TextIndex = buildTextIndex(body);
  const text = typeof article.text === 'string' ? article.text : '';
  const passages = locatePassages(quotes, sources, index, { source: text, normal: normalizeText(text) });
  const hits = new Map<string, [number, number]>();
  for (const p of [...passages.quotes, ...passages.claims]) if (p.hit) hits.set(p.key, p.hit);
  const spans = markSpans(passages, {
    unknownSpeaker: t('readerSpeakerUnknown'),
    quoteTitle: (speaker) => t('readerQuoteBy', speaker),
    vagueTitle: (who) => t('readerVagueTitle', who),
  }, index.text);

  const setMarks = (on: boolean): void => {
    body.replaceChildren(pristine.cloneNode(true));
    if (on) {
      applyMarks(buildTextIndex(body), spans);
      // Labels are skipped by the index, so offsets stay those of the plain text.
      index = buildTextIndex(body);
    } else {
      index = buildTextIndex(body);
    }
  };

  const reveal = (key: string): void => {
    const hit = hits.get(key);
    if (!hit) return;
    const range = toRange(index, hit[0], hit[1]);
    if (!range) return;
    const doc = element.ownerDocument;
    const win = doc.defaultView!;
    // Focus the passage's block so keyboard users continue from there.
    const start = range.startContainer.parentElement;
    const block = start?.closest('p, li, blockquote, figcaption, h2, h3, h4, h5, h6, td, th, dd, dt, div') as HTMLElement | null;
    const target = block && body.contains(block) ? block : body;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    const rect = range.getBoundingClientRect();
    const reduce = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
    const sel = win.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    for (const el of Array.from(body.querySelectorAll(`[${KEY_ATTR}="${CSS.escape(key)}"]`))) {
      el.classList.remove('sl-flash');
      void (el as HTMLElement).offsetWidth; // restart the animation
      el.classList.add('sl-flash');
    }
  };

  return { element, passages, setMarks, reveal };
}
