/** "Save quote" from the reader: the quote-library helper stores it ('library:save'). */
import type { Article } from '@/src/core/types';
import { sendMessage, type QuoteSaveRequest, type QuoteSaveResponse } from '@/src/ext/messages';
import type { LocatedQuote } from './spans';

/** Characters of context kept on each side (W3C TextQuoteSelector prefix/suffix). */
const CONTEXT = 32;

export function quoteSaveRequest(q: LocatedQuote, article: Article): QuoteSaveRequest {
  const { start, end } = q.quote;
  const valid = Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end > start && end <= article.text.length;
  return {
    text: q.quote.text,
    speaker: q.quote.speaker ?? null,
    url: article.url,
    canonicalUrl: article.canonicalUrl ?? null,
    title: article.title ?? null,
    siteName: article.siteName ?? null,
    byline: article.byline ?? null,
    publishedTime: article.publishedTime ?? null,
    ...(valid
      ? { start, end, prefix: article.text.slice(Math.max(0, start - CONTEXT), start), suffix: article.text.slice(end, end + CONTEXT) }
      : {}),
  };
}

export async function saveQuote(tabId: number | null, q: LocatedQuote, article: Article): Promise<QuoteSaveResponse> {
  try {
    const res = await sendMessage('library:save', { ...(tabId !== null ? { tabId } : {}), quote: quoteSaveRequest(q, article) });
    if (res && typeof res === 'object' && 'ok' in res) return res;
    return { ok: false, message: '' };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
