/** Building a record from what a save provides: a page capture, or only what the context menu gives. */
import type { QuoteSaveRequest } from '../ext/messages';
import type { PageCapture } from './capture';
import { LIMITS, newQuoteId, normaliseTags, SCHEMA_VERSION, type QuoteOrigin, type QuoteRecord } from './schema';
import { normaliseWhitespace, siteFromUrl } from './text';

export interface RecordExtras {
  speaker?: string | null;
  origin?: QuoteOrigin;
  note?: string;
  tags?: string[];
  now?: Date;
  id?: string;
}

export function recordFromCapture(capture: PageCapture, extras: RecordExtras = {}): QuoteRecord {
  const now = extras.now ?? new Date();
  const at = now.toISOString();
  const m = capture.meta;
  return {
    v: SCHEMA_VERSION,
    id: extras.id ?? newQuoteId(now.getTime()),
    text: capture.text.slice(0, LIMITS.text),
    speaker: extras.speaker ? normaliseWhitespace(extras.speaker).slice(0, LIMITS.field) : null,
    page: {
      url: m.url,
      location: m.location,
      title: m.title.slice(0, LIMITS.field),
      site: m.site.slice(0, LIMITS.field),
      author: m.author?.slice(0, LIMITS.field) ?? null,
      published: m.published?.slice(0, LIMITS.field) ?? null,
    },
    anchor: {
      ...capture.anchor,
      prefix: capture.anchor.prefix.slice(-LIMITS.context),
      suffix: capture.anchor.suffix.slice(0, LIMITS.context),
    },
    savedAt: at,
    updatedAt: at,
    note: extras.note?.slice(0, LIMITS.note) ?? '',
    tags: normaliseTags(extras.tags ?? []),
    origin: extras.origin ?? 'page',
    missingContext: capture.anchor.start === null,
  };
}

/** Where the page cannot be scripted: keep the selection and the address, and say context is missing. */
export function recordFromMenu(selectionText: string, pageUrl: string, title: string | null, extras: RecordExtras = {}): QuoteRecord {
  const text = normaliseWhitespace(selectionText).slice(0, LIMITS.text);
  const url = pageUrl.replace(/#.*$/, '');
  return recordFromCapture(
    {
      text,
      anchor: { exact: text, prefix: '', suffix: '', start: null, end: null },
      meta: { url, location: url, title: normaliseWhitespace(title ?? ''), site: siteFromUrl(url), author: null, published: null },
      context: null,
    },
    { origin: 'menu-only', ...extras },
  );
}

/** Popup/reader buttons: they already know the quote, its speaker and the article's metadata. */
export function recordFromRequest(q: QuoteSaveRequest, origin: QuoteOrigin): QuoteRecord {
  const url = q.canonicalUrl || q.url;
  const context = (s: string | undefined) => (s ?? '').replace(/\s*\n\s*/g, '\n').replace(/[ \t\u00a0]+/g, ' ');
  const text = normaliseWhitespace(q.text);
  return recordFromCapture(
    {
      text,
      anchor: { exact: text, prefix: context(q.prefix), suffix: context(q.suffix), start: q.start ?? null, end: q.end ?? null },
      meta: { url, location: q.url, title: q.title ?? '', site: q.siteName || siteFromUrl(url), author: q.byline ?? null, published: q.publishedTime ?? null },
      context: null,
    },
    { speaker: q.speaker, origin },
  );
}
