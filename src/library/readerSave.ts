/**
 * "Save quote" from the context menu inside Sourcelight's reader. The reader
 * is an extension page, which no extension may script, so the selection's
 * context comes from the report the reader shows (cached per tab): the
 * selection is located in article.text, which gives the anchor, the speaker
 * (from the report's quotes) and the metadata of the original page.
 */
import { describeTextQuote, findTextQuote } from './anchor';
import type { Article, Quote } from '../core/types';
import { recordFromCapture, recordFromMenu } from './record';
import type { QuoteRecord } from './schema';
import { speakerFor } from './speaker';
import { normaliseWhitespace, siteFromUrl } from './text';

/** The text as the page index writes it: paragraph breaks one newline, other whitespace one space. */
function indexForm(text: string): string {
  return text.replace(/\s*\n\s*/g, '\n').replace(/[ \t\f\r\u00a0]+/g, ' ').trim();
}

export function recordFromReader(selectionText: string, source: string, article: Article | null | undefined, quotes: readonly Quote[] = []): QuoteRecord | null {
  const text = normaliseWhitespace(selectionText);
  if (!text) return null;
  if (!article) return /^https?:/.test(source) ? { ...recordFromMenu(text, source, null), origin: 'reader' } : null;
  const url = article.canonicalUrl || source;
  const meta = {
    url,
    location: /^https?:/.test(source) ? source : article.url,
    title: article.title,
    site: article.siteName || siteFromUrl(url),
    author: article.byline,
    published: article.publishedTime,
  };
  const bare = { exact: text, prefix: '', suffix: '', start: null, end: null };
  const pageText = indexForm(article.text);
  const at = findTextQuote(pageText, bare);
  const anchor = at ? describeTextQuote(pageText, at.start, at.end) : bare;
  // Speaker: the report's quotes carry offsets in article.text itself.
  const inArticle = findTextQuote(article.text, bare);
  const speaker = inArticle ? speakerFor({ text: article.text, start: inArticle.start, end: inArticle.end }, () => [...quotes]) : null;
  return recordFromCapture({ text, anchor, meta, context: null }, { speaker, origin: 'reader' });
}
