/**
 * DOM for Node: linkedom to parse pages (fast), jsdom only for the sanitiser,
 * because DOMPurify silently returns its input unchanged on linkedom.
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { createSanitizer } from '../src/extract/sanitize';

export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}

let sanitizer: ((html: string, baseUrl: string) => string) | null = null;

/** One jsdom window for the whole process; DOMPurify is bound to it once. */
export function nodeSanitizer(): (html: string, baseUrl: string) => string {
  if (!sanitizer) {
    const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
    sanitizer = createSanitizer(window as unknown as Window & typeof globalThis);
  }
  return sanitizer;
}
