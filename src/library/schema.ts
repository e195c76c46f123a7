/**
 * The saved-quote record: its current schema, and validation of anything read
 * from storage or an import file. Validation never throws: hostile or corrupt
 * input is normal input, and one bad record must never take the rest with it.
 */

/** Current record schema. Bump it and add a step in migrate.ts together. */
export const SCHEMA_VERSION = 2;

/** storage.local key prefix: one key per quote, so saves never rewrite each other. */
export const QUOTE_KEY_PREFIX = 'q:';

export const LIMITS = {
  text: 20_000,
  context: 200,
  note: 10_000,
  tag: 64,
  tags: 50,
  field: 2_000,
  url: 4_000,
} as const;

/**
 * A W3C Web Annotation TextQuoteSelector (exact/prefix/suffix) with the
 * TextPositionSelector (start/end in the page's whitespace-normalised text).
 */
export interface QuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets in the normalised page text; null when the page could not be read. */
  start: number | null;
  end: number | null;
}

export interface QuotePage {
  /** Canonical URL when the page declares one, else the page URL. */
  url: string;
  /** The address the quote was saved from (may differ from the canonical one). */
  location: string;
  title: string;
  site: string;
  author: string | null;
  /** As found on the page (ISO 8601 when the page gives it so). */
  published: string | null;
}

/** Where a save came from. `menu-only` means the page could not be scripted. */
export type QuoteOrigin = 'page' | 'reader' | 'popup' | 'menu-only' | 'import';

export interface QuoteRecord {
  v: typeof SCHEMA_VERSION;
  id: string;
  /** The selected text, whitespace normalised. */
  text: string;
  speaker: string | null;
  page: QuotePage;
  anchor: QuoteAnchor;
  /** ISO 8601 time saved. */
  savedAt: string;
  /** ISO 8601 time of the last edit (note, tags); equals savedAt until then. */
  updatedAt: string;
  note: string;
  tags: string[];
  origin: QuoteOrigin;
  /** True when only the selection and page URL were available (no anchor, no metadata). */
  missingContext: boolean;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; reason: string };

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const ORIGINS: readonly QuoteOrigin[] = ['page', 'reader', 'popup', 'menu-only', 'import'];

export function isQuoteId(id: unknown): id is string {
  return typeof id === 'string' && ID_RE.test(id);
}

export function quoteKey(id: string): string {
  return QUOTE_KEY_PREFIX + id;
}

/**
 * Ids start with the save time (base 36, fixed width) so that sorting the
 * storage keys alone gives newest first: the library can show its first
 * screen after reading a few dozen quotes instead of all of them.
 */
export function newQuoteId(at: number = Date.now()): string {
  return `${Math.max(0, Math.floor(at)).toString(36).padStart(9, '0')}-${crypto.randomUUID()}`;
}

const TIME_ID = /^[0-9a-z]{9}-/;

/** Newest first by id time; ids without a time prefix (foreign imports) go last. */
export function compareKeysNewestFirst(a: string, b: string): number {
  const ta = TIME_ID.test(a.slice(QUOTE_KEY_PREFIX.length));
  const tb = TIME_ID.test(b.slice(QUOTE_KEY_PREFIX.length));
  if (ta !== tb) return ta ? -1 : 1;
  return a < b ? 1 : a > b ? -1 : 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, max: number): string | undefined {
  return typeof v === 'string' && v.length <= max ? v : undefined;
}

function optStr(v: unknown, max: number): string | null | undefined {
  if (v === null || v === undefined) return null;
  return str(v, max);
}

function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > 40) return false;
  const t = Date.parse(v);
  return !Number.isNaN(t) && Math.abs(t) < 8.64e15;
}

function offset(v: unknown): number | null | undefined {
  if (v === null || v === undefined) return null;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

function isWebUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:';
  } catch {
    return false;
  }
}

/** Checks a value claiming to be a current-schema record; returns a clean copy (no extra fields). */
export function validateQuote(raw: unknown): Validation<QuoteRecord> {
  if (!isObject(raw)) return { ok: false, reason: 'not an object' };
  if (raw.v !== SCHEMA_VERSION) return { ok: false, reason: `schema version ${String(raw.v)} is not ${SCHEMA_VERSION}` };
  if (!isQuoteId(raw.id)) return { ok: false, reason: 'missing or malformed id' };
  const text = str(raw.text, LIMITS.text);
  if (!text || !text.trim()) return { ok: false, reason: 'missing or too long text' };
  const speaker = optStr(raw.speaker, LIMITS.field);
  if (speaker === undefined) return { ok: false, reason: 'malformed speaker' };

  const p = raw.page;
  if (!isObject(p)) return { ok: false, reason: 'missing page' };
  const url = str(p.url, LIMITS.url);
  if (!url || !isWebUrl(url)) return { ok: false, reason: 'page url is not a web address' };
  const location = str(p.location, LIMITS.url) ?? url;
  const title = str(p.title, LIMITS.field);
  const site = str(p.site, LIMITS.field);
  const author = optStr(p.author, LIMITS.field);
  const published = optStr(p.published, LIMITS.field);
  if (title === undefined || site === undefined || author === undefined || published === undefined) {
    return { ok: false, reason: 'malformed page metadata' };
  }

  const a = raw.anchor;
  if (!isObject(a)) return { ok: false, reason: 'missing anchor' };
  const exact = str(a.exact, LIMITS.text);
  const prefix = str(a.prefix, LIMITS.context);
  const suffix = str(a.suffix, LIMITS.context);
  const start = offset(a.start);
  const end = offset(a.end);
  if (exact === undefined || prefix === undefined || suffix === undefined || start === undefined || end === undefined) {
    return { ok: false, reason: 'malformed anchor' };
  }
  if (start !== null && end !== null && end < start) return { ok: false, reason: 'anchor ends before it starts' };

  if (!isIsoDate(raw.savedAt)) return { ok: false, reason: 'missing or malformed savedAt' };
  // Stored as UTC ISO strings so that newest-first is a plain string compare.
  const savedAt = new Date(raw.savedAt).toISOString();
  const updatedAt = isIsoDate(raw.updatedAt) ? new Date(raw.updatedAt).toISOString() : savedAt;
  const note = raw.note === undefined ? '' : str(raw.note, LIMITS.note);
  if (note === undefined) return { ok: false, reason: 'malformed note' };
  const tags = raw.tags === undefined ? [] : raw.tags;
  if (!Array.isArray(tags) || tags.length > LIMITS.tags || !tags.every((t) => typeof t === 'string' && t.length <= LIMITS.tag)) {
    return { ok: false, reason: 'malformed tags' };
  }
  const origin = ORIGINS.includes(raw.origin as QuoteOrigin) ? (raw.origin as QuoteOrigin) : 'import';
  return {
    ok: true,
    value: {
      v: SCHEMA_VERSION,
      id: raw.id,
      text,
      speaker,
      page: { url, location, title, site, author, published },
      anchor: { exact, prefix, suffix, start, end },
      savedAt,
      updatedAt,
      note,
      tags: normaliseTags(tags as string[]),
      origin,
      missingContext: raw.missingContext === true,
    },
  };
}

/** Tags: trimmed, inner whitespace collapsed, no leading '#', de-duplicated case-insensitively. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    const tag = t.replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, LIMITS.tag);
    const k = tag.toLowerCase();
    if (!tag || seen.has(k)) continue;
    seen.add(k);
    out.push(tag);
    if (out.length >= LIMITS.tags) break;
  }
  return out;
}

/** Parses "a, b #c" style input from the tag field. */
export function parseTagInput(input: string): string[] {
  return normaliseTags(input.split(/[,;\n]|\s#/));
}
