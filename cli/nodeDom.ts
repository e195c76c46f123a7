/**
 * DOM for Node: linkedom to parse pages (fast), jsdom only for the sanitiser,
 * because DOMPurify silently returns its input unchanged on linkedom.
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { createSanitizer } from '../src/extract/sanitize';

/**
 * Parses a page with linkedom. linkedom makes the first element it meets the
 * root, so a page with anything before <html> (a PHP warning, a bare <style>,
 * <!DOCTYPE html><head> with no <html>) comes out as a <br>/<style>/<head>
 * document with an empty body, where a browser builds html/head/body and reads
 * the page. Such pages are re-parsed from their first <html>, <head> or <body>
 * tag: the stray prologue (a browser would put it at the top of the body or in
 * the head) is dropped, and linkedom, which is no HTML5 tree builder, cannot
 * place it anyway.
 */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.localName === 'html') return document as unknown as Document;
  const repaired = fromDocumentStart(html);
  return (repaired === null ? document : parseHTML(repaired).document) as unknown as Document;
}

/**
 * The markup from its doctype (or else its first <html>, <head> or <body> tag)
 * on, inside one <html>, with IE conditional comments removed (they hold
 * alternative <html> tags that linkedom would nest); null when it has none.
 */
export function fromDocumentStart(html: string): string | null {
  const m = /<!doctype[^>]*>|<(?:html|head|body)[\s>]/i.exec(html);
  if (!m) return null;
  const rest = html
    .slice(m.index)
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/<!--\[if[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, '');
  return /^\s*<html[\s>]/i.test(rest) ? `<!DOCTYPE html>${rest}` : `<!DOCTYPE html><html>${rest.replace(/<\/?html\b[^>]*>/gi, '')}</html>`;
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
