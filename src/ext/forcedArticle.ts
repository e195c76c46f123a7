/**
 * "Try anyway": when extraction finds no article and the person insists, read
 * the page's visible text instead (what they see, without scripts, styles or
 * hidden parts) and analyse that. Used only on request; never replaces the
 * normal extraction. Plain text in, escaped paragraphs out: no page markup
 * travels on.
 */
import type { Article, Report, Tracker } from '@/src/core/types';
import { analyzeText, type AnalyzeOptions } from '@/src/analyze/analyzeText';
import { countWords, readingMinutes, wordCount } from '@/src/extract/text';
import { getDom } from '@/src/extract/domSafe';

/** Fewer words than this is not worth a report, even on request. */
export const MIN_FORCED_WORDS = 30;
/** Bound the work on enormous pages. */
const MAX_CHARS = 400_000;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Paragraphs of visible text: one per non-empty line, whitespace collapsed. */
export function visibleParagraphs(innerText: string): string[] {
  return innerText
    .slice(0, MAX_CHARS)
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

export function articleFromVisibleText(doc: Document, url: string, innerText: string): Article | null {
  const paragraphs = visibleParagraphs(innerText);
  const text = paragraphs.join('\n\n');
  const counts = countWords(text);
  const words = wordCount(counts);
  if (words < MIN_FORCED_WORDS) return null;
  // Through the document's class: the page's own names (<img name="title">) cannot shadow it.
  const html = getDom<Element | null>(doc, 'documentElement');
  const lang = html?.getAttribute('lang') || null;
  const dirAttr = html?.getAttribute('dir') ?? null;
  return {
    title: (getDom<string>(doc, 'title') || '').trim(),
    byline: null,
    siteName: null,
    publishedTime: null,
    modifiedTime: null,
    lang,
    dir: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null,
    canonicalUrl: url,
    url,
    excerpt: null,
    leadImage: null,
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
    text,
    wordCount: words,
    readingMinutes: readingMinutes(counts, lang),
    imageCredits: [],
    removed: [],
  };
}

/** A report from the visible text, or null when there is too little of it. Never throws. */
export function forcedReport(doc: Document, url: string, trackers: Tracker[], options: AnalyzeOptions): Report | null {
  try {
    const t0 = performance.now();
    const article = articleFromVisibleText(doc, url, getDom<HTMLElement | null>(doc, 'body')?.innerText ?? '');
    if (!article) return null;
    const t1 = performance.now();
    const analysis = analyzeText({ text: article.text, title: article.title, lang: article.lang }, options);
    const t2 = performance.now();
    return { ok: true, article, trackers, ...analysis, ms: { extract: t1 - t0, analyze: t2 - t1, total: t2 - t0 } };
  } catch {
    return null;
  }
}
