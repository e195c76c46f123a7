import { Readability } from '@mozilla/readability';
import type { Article, ExtractResult, Refusal, Tracker } from '../core/types';
import { ClutterCounter, cleanArticle, removeMarkupClutter, stripClassNames, textLength } from './clutter';
import { collapsedLength, hasNonSpaceChars, linkDensity } from './clutterMetrics';
import { findBylineElement, restoreByline } from './byline';
import { DEFAULT_MAX_ELEMS, MAX_DEPTH, measureTree } from './limits';
import { mergeMetadata, readRawMetadata, type RawMetadata, type ReadabilityMeta } from './metadata';
import { countWords, domToText, readingMinutes, wordCount } from './text';
import { skipDiscardedLog } from './readabilityLog';
import { readingCopy } from './readingCopy';
import { retriesLeft, skipRepeatedAttempts } from './readabilityRetries';
import { installReadabilityShortcuts } from './readabilityShortcuts';
import { cachePageAsTree } from './readabilityPageCache';
import type { Sanitizer } from './sanitize';
import { findTrackers } from './trackers';
import { getDom } from './domSafe';

export interface ExtractOptions {
  /** The page's URL; relative links resolve against the page's real base from it. */
  url: string;
  /** Readability's element limit; larger pages end in `too-large`. Default 30 000. */
  maxElems?: number;
  /**
   * Sanitiser: turns article HTML into safe HTML. Must run on a real DOM
   * (browser or jsdom): DOMPurify does nothing on linkedom. One made by
   * createSanitizer is handed the article as a DOM (Sanitizer.fromElement).
   */
  sanitize?: (html: string, baseUrl: string) => string;
}

/** Raw pages may be this much bigger than the limit before inert elements are dropped. */
const RAW_ELEMS_FACTOR = 4;
/**
 * Readability retries with looser rules while its result is shorter than
 * this (its default is 500). Pass 1 already removed most clutter, so a short
 * first result more often means a missed article than a short one; 1 500
 * recovered text on short-result pages in our measurements.
 */
const READABILITY_CHAR_THRESHOLD = 1500;
/** Readability's own default: below it a result is always retried. */
const READABILITY_MIN_THRESHOLD = 500;
/** Share of the page's text a first result may hold and still be retried. */
const RETRY_SHARE = 0.9;
/** Below this many characters of text, the cleaned result is retried without pass 1. */
const TINY_TEXT = 300;

/**
 * Extracts the article from `doc` without touching it (works on a clone).
 * Never throws on page content: refusals come back as `{ ok: false }`.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  let trackers: Tracker[] = [];
  try {
    const maxElems = options.maxElems ?? DEFAULT_MAX_ELEMS;
    // The page's own document: read through its class, which names in the
    // page (<img name="body">) cannot shadow (unclobber.ts).
    const root = getDom<Element | null>(doc, 'documentElement');
    if (!root || !getDom<Element | null>(doc, 'body')) return refuse('unsupported', 'This page has no HTML body to read.', trackers);
    // Measure before cloning: cloneNode and Readability recurse over the tree.
    const shape = measureTree(root, maxElems * RAW_ELEMS_FACTOR, MAX_DEPTH);
    if (shape.exceeded === 'depth') {
      return refuse('too-large', `This page nests elements more than ${MAX_DEPTH} levels deep; Sourcelight does not read pages built like that.`, trackers);
    }
    if (shape.exceeded === 'elements') {
      return refuse('too-large', `This page has more than ${maxElems * RAW_ELEMS_FACTOR} elements, too many to read safely.`, trackers);
    }

    // Read-only scans of the page itself: trackers live in the inert
    // elements (scripts, frames) the copy leaves out, metadata partly too
    // (<link rel=canonical>).
    try {
      trackers = findTrackers(doc);
    } catch {
      trackers = [];
    }
    const raw = readRawMetadata(doc, options.url);
    const clone = readingCopy(doc);
    // Dropping elements only shrinks the tree: a page already within the
    // limit needs no second count.
    if (shape.elements > maxElems && measureTree(clone.documentElement, maxElems, MAX_DEPTH).exceeded) {
      return refuse('too-large', `This page has more than ${maxElems} elements, too many to read safely.`, trackers);
    }

    const counter = new ClutterCounter();
    const byline = findBylineElement(clone);
    removeMarkupClutter(clone, counter);
    restoreByline(clone, byline);
    let parsed = runReadability(clone, maxElems);
    let credits: string[] = [];
    let result = parsed ? finish(parsed.content, counter, credits) : null;
    if (!result || result.textLen < TINY_TEXT) {
      const counter2 = new ClutterCounter();
      const credits2: string[] = [];
      // Pass 1 may have over-cleaned: retry on a fresh clone without it.
      const spare = readingCopy(doc);
      const parsed2 = runReadability(spare, maxElems);
      const result2 = parsed2 ? finish(parsed2.content, counter2, credits2) : null;
      if (result2 && (!result || result2.textLen > result.textLen * 1.5)) {
        parsed = parsed2;
        result = result2;
        credits = credits2;
        counter.reset(counter2);
      }
    }
    if (result && isTeaserList(result)) {
      return refuse('no-article', 'This page looks like a list of links to articles, not an article.', trackers);
    }
    if (!parsed || !result || result.textLen === 0) {
      const body = raw.jsonLd?.articleBody;
      if (body && body.length >= TINY_TEXT) return ok(articleFromText(body, raw, parsed ?? {}, options, counter, credits), trackers);
      return refuse('no-article', 'Sourcelight found no article on this page.', trackers);
    }
    return ok(buildArticle(result, raw, parsed, options, counter, credits), trackers);
  } catch (err) {
    // Page content must never crash the caller; say what happened instead.
    const detail = err instanceof RangeError ? 'The page is too complex to read safely.' : 'Sourcelight could not read this page.';
    return refuse(err instanceof RangeError ? 'too-large' : 'unsupported', detail, trackers);
  }
}

interface Parsed extends ReadabilityMeta {
  content: Element;
}

/**
 * The length Readability must reach before it stops retrying. Every retry
 * restores the page and runs the whole algorithm again (four runs in all
 * when none reaches the threshold), and a retry can only add text the page
 * has: where the page's whole text is short, 1 500 cannot be reached and a
 * first result holding 90% of the text can gain at most a tenth. So the
 * threshold is at most 90% of the page's text, measured as Readability
 * measures its result (trimmed, runs of whitespace as one), and never below
 * Readability's default. On the readability test pages this skipped 30% of
 * all Readability runs without changing which run was kept; on
 * trafilatura-eval it changed the kept run on 6 of 990 pages (121 characters
 * in all).
 */
function charThresholdFor(doc: Document): number {
  const body = doc.body;
  // Every non-space character counts in that measure: a page with enough of
  // them gets the full threshold without its whole text being built.
  if (body && hasNonSpaceChars(body, READABILITY_CHAR_THRESHOLD / RETRY_SHARE)) return READABILITY_CHAR_THRESHOLD;
  const pageText = collapsedLength(body?.textContent ?? '');
  return Math.max(READABILITY_MIN_THRESHOLD, Math.min(READABILITY_CHAR_THRESHOLD, pageText * RETRY_SHARE));
}

function runReadability(doc: Document, maxElems: number): Parsed | null {
  let uncache: (() => void) | null = null;
  try {
    const reader = new Readability<Element>(doc, {
      maxElemsToParse: maxElems,
      charThreshold: charThresholdFor(doc),
      keepClasses: true,
      serializer: (el) => el as Element,
    });
    uncache = doc.body ? cachePageAsTree(doc.body, () => retriesLeft(reader)) : null;
    skipRepeatedAttempts(reader);
    skipDiscardedLog(reader);
    installReadabilityShortcuts(reader);
    const r = reader.parse();
    if (!r || !r.content) return null;
    return { ...r, content: r.content };
  } catch {
    return null;
  } finally {
    uncache?.();
  }
}

interface Cleaned {
  content: Element;
  text: string;
  textLen: number;
}

function finish(content: Element, counter: ClutterCounter, credits: string[]): Cleaned {
  cleanArticle(content, counter, credits);
  stripClassNames(content);
  const text = domToText(content);
  return { content, text, textLen: textLength(content) };
}

/**
 * Readability always returns its best block, even on a home page. A result
 * with no paragraph of prose, mostly the text of three or more links, is a
 * teaser list.
 */
function isTeaserList(c: Cleaned): boolean {
  if (c.text.split('\n\n').some((p) => p.length >= 80)) return false;
  return c.content.querySelectorAll('a[href]').length >= 3 && linkDensity(c.content) > 0.5;
}

function buildArticle(c: Cleaned, raw: RawMetadata, r: ReadabilityMeta, options: ExtractOptions, counter: ClutterCounter, credits: string[]): Article {
  const meta = mergeMetadata(raw, r, options.url);
  const sanitize = options.sanitize as Partial<Sanitizer> | undefined;
  // A sanitiser that takes the article as a DOM spares serialising it here
  // and parsing it again there; the content is not used after this.
  const html = typeof sanitize?.fromElement === 'function' ? sanitize.fromElement(c.content, raw.baseUrl)
    : options.sanitize ? options.sanitize(c.content.innerHTML, raw.baseUrl) : c.content.innerHTML;
  return assemble(meta, html, c.text, options, counter, credits);
}

function articleFromText(body: string, raw: RawMetadata, r: ReadabilityMeta, options: ExtractOptions, counter: ClutterCounter, credits: string[]): Article {
  const meta = mergeMetadata(raw, r, options.url);
  const paras = body.split(/\n\s*\n|\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const text = paras.join('\n\n');
  const html = paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  return assemble(meta, options.sanitize ? options.sanitize(html, raw.baseUrl) : html, text, options, counter, credits);
}

function assemble(meta: ReturnType<typeof mergeMetadata>, html: string, text: string, options: ExtractOptions, counter: ClutterCounter, credits: string[]): Article {
  const words = countWords(text);
  return {
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    modifiedTime: meta.modifiedTime,
    lang: meta.lang,
    dir: meta.dir,
    canonicalUrl: meta.canonicalUrl,
    url: options.url,
    excerpt: meta.excerpt,
    leadImage: meta.leadImage,
    html,
    text,
    wordCount: wordCount(words),
    readingMinutes: readingMinutes(words, meta.lang),
    imageCredits: credits,
    removed: counter.list(),
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function ok(article: Article, trackers: Tracker[]): ExtractResult {
  return { ok: true, article, trackers };
}

function refuse(code: Refusal['code'], message: string, trackers: Tracker[]): ExtractResult {
  return { ok: false, error: { code, message }, trackers };
}
