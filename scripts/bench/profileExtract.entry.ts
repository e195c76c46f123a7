// Bundled into a page by scripts/bench/profileExtract.ts: the real pipeline
// and plain Readability on the same page, each behind a named function so the
// CPU profile can tell them apart.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/extract/extractArticle';
import { createSanitizer } from '../../src/extract/sanitize';

const sanitize = createSanitizer(window);
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

function profiledReadability(doc: Document): unknown {
  return new Readability(doc).parse();
}

function profiledExtract(doc: Document, url: string): unknown {
  return extractArticle(doc, { url, sanitize });
}

(window as unknown as { slProfile: unknown }).slProfile = {
  run(html: string, url: string): void {
    const a = parse(html), b = parse(html);
    profiledReadability(a);
    profiledExtract(b, url);
  },
};
