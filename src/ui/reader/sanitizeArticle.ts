/**
 * Re-sanitises article HTML on the reader page's own window before it is
 * inserted (issue 4). The report came from a content script living in the
 * page, so it is untrusted whatever the extraction side already did.
 *
 * Same strict reader profile as extraction (src/extract/sanitize.ts): one
 * sanitiser, so the reader cannot drift to a looser one (it once allowed
 * data: images). Links and images resolve against the article URL: a relative
 * URL would otherwise point into the extension.
 */
import { sanitizeToFragment } from '@/src/extract/sanitize';

export type ArticleSanitizer = (html: string, baseUrl: string) => DocumentFragment;

export function createArticleSanitizer(win: Window & typeof globalThis): ArticleSanitizer {
  return (html, baseUrl) => sanitizeToFragment(win, typeof html === 'string' ? html : '', baseUrl);
}
