/**
 * The sanitiser in the one Node DOM where DOMPurify really works: jsdom 27
 * (the CLI's window). Shared by the string-path and element-path tests.
 */
import { JSDOM } from 'jsdom';
import { createSanitizer } from '../../../../src/extract/sanitize';

export const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
export const win = window as unknown as Window & typeof globalThis;
export const sanitize = createSanitizer(win);
export const BASE = 'https://news.example/world/2024/story.html';

/** A detached <div> holding the html, parsed by jsdom. */
export function parse(html: string): HTMLDivElement {
  const div = window.document.createElement('div');
  div.innerHTML = html;
  return div;
}
