/**
 * Strict reader-profile sanitiser (DOMPurify). Bound to a real window: a
 * browser's, or jsdom's in Node. Placeholder until the extraction work lands.
 */
export function createSanitizer(win: Window & typeof globalThis): (html: string, baseUrl: string) => string {
  void win;
  return (html) => html;
}
