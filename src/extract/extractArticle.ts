import type { ExtractResult } from '../core/types';

export interface ExtractOptions {
  /** The page's URL; relative links resolve against the page's real base from it. */
  url: string;
  /** Readability's element limit; larger pages end in `too-large`. Default 30 000. */
  maxElems?: number;
  /**
   * Sanitiser: turns article HTML into a safe DOM fragment. Must run on a real
   * DOM (browser or jsdom): DOMPurify does nothing on linkedom.
   */
  sanitize?: (html: string, baseUrl: string) => string;
}

/**
 * Extracts the article from `doc` without touching it (works on a clone).
 * Never throws on page content: refusals come back as `{ ok: false }`.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  void doc;
  void options;
  return { ok: false, error: { code: 'unsupported', message: 'not implemented yet' }, trackers: [] };
}
