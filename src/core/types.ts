/**
 * The types every context shares: content script, popup, reader, CLI, tests.
 * They mirror the report contract in ../shared/tools/README.md so that the
 * CLI can print a `Report` as one OUT.jsonl line without translation.
 */

/** A clean, sanitised article with its metadata. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, as found on the page (meta, JSON-LD or <time>). */
  publishedTime: string | null;
  modifiedTime: string | null;
  /** BCP 47 tag as the page declares it (e.g. "en-US"), or null. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** Canonical URL when the page declares one, else the page URL. */
  canonicalUrl: string;
  /** The URL the page was read from. */
  url: string;
  excerpt: string | null;
  leadImage: string | null;
  /** Sanitised HTML of the body (safe to insert in an extension page after re-sanitising). */
  html: string;
  /**
   * Plain text: block boundaries are newlines, paragraphs (and other blocks)
   * are separated by one blank line, <br> is a single newline.
   */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** Image credit lines removed from the body ("Picture Courtesy: …", "Photo: Reuters"). */
  imageCredits: string[];
  /** What the cleaner removed beyond Readability, by kind, for "Page cleaned". */
  removed: RemovedClutter[];
}

export type ClutterKind =
  | 'share'
  | 'comments'
  | 'newsletter'
  | 'related'
  | 'ad'
  | 'navigation'
  | 'consent'
  | 'teaser'
  | 'crumbs'
  | 'credit'
  | 'other';

export interface RemovedClutter {
  kind: ClutterKind;
  count: number;
}

export type TrackerCategory = 'analytics' | 'advertising' | 'social' | 'tag-manager' | 'other';

export interface Tracker {
  name: string;
  category: TrackerCategory;
  host?: string;
}

export type RefusalCode = 'no-article' | 'too-large' | 'unsupported';

/** Why extraction declined a page; `message` is for a person to read. */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

export type ExtractResult =
  | { ok: true; article: Article; trackers: Tracker[] }
  | { ok: false; error: Refusal; trackers: Tracker[] };

export type QuoteKind = 'statement' | 'phrase';

export interface Quote {
  /** The quoted words without their marks. */
  text: string;
  speaker: string | null;
  /** Role or description of the speaker when the article gives one ("Russian President"). */
  speakerRole?: string | null;
  kind: QuoteKind;
  /** Character offsets of `text` in article.text. */
  start: number;
  end: number;
  /** 0-based paragraph index in article.text. */
  paragraph: number;
}

/**
 * Quoted words that nobody is reported to say: titles of shows and books, names, slogans on signs,
 * scare quotes. Kept apart from `quotes` (which hold what someone said) so a reader can still see them.
 */
export type QuotedTerm = Pick<Quote, 'text' | 'start' | 'end' | 'paragraph'>;

export type SourceKind =
  | 'person'
  | 'organisation'
  | 'document'
  | 'media'
  | 'unnamed'
  | 'image-credit'
  | 'publisher';

export interface SourceClaim {
  /** A short snippet of what the source said or is credited with. */
  text: string;
  /** Character offsets of the sentence carrying the claim in article.text, for highlighting. */
  start: number;
  end: number;
}

export interface SourceNote {
  who: string;
  kind: SourceKind;
  vague: boolean;
  role?: string | null;
  claims: SourceClaim[];
}

export type SummaryLength = 'short' | 'medium' | 'long';

export interface Analysis {
  summary: string[];
  quotes: Quote[];
  /** Quoted titles, names and scare quotes nobody is reported to say (not in `quotes`). */
  quotedTerms?: QuotedTerm[];
  sources: SourceNote[];
}

/** The input of analysis: plain text plus what metadata helps attribution. */
export interface AnalysisInput {
  text: string;
  title?: string | null;
  lang?: string | null;
  byline?: string | null;
  siteName?: string | null;
  imageCredits?: string[];
}

export interface Timings {
  extract?: number;
  analyze?: number;
  total: number;
}

export type ErrorCode = RefusalCode | 'bad-input' | 'internal';

/** One page's full report: what the popup shows and what the CLI prints. */
export interface Report {
  ok: boolean;
  error?: { code: ErrorCode; message: string };
  article?: Article;
  summary?: string[];
  quotes?: Quote[];
  quotedTerms?: QuotedTerm[];
  sources?: SourceNote[];
  trackers?: Tracker[];
  ms?: Timings;
}
