// Bundled into a page by scripts/bench-extract.ts: the real pipeline and plain
// Readability, timed on the same parsed documents in the same browser.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/extract/extractArticle';
import { buildReport } from '../../src/core/buildReport';
import { createSanitizer } from '../../src/extract/sanitize';

const sanitize = createSanitizer(window);
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

(window as unknown as { slBench: unknown }).slBench = {
  /**
   * One page, one repetition of each: [readability ms, extract ms, full
   * report ms, readability on a copy ms]. The last is Readability as its
   * README says to run it on a page that must stay intact (cloneNode, then
   * parse), which is what extractArticle promises; it is printed for
   * context, the bar compares with parse alone.
   */
  run(html: string, url: string): [number, number, number, number] {
    const a = parse(html), b = parse(html), c = parse(html), d = parse(html);
    const r = time(() => new Readability(a).parse());
    const e = time(() => extractArticle(b, { url, sanitize }));
    const f = time(() => buildReport(c, { url, sanitize }));
    const rc = time(() => new Readability(d.cloneNode(true) as Document).parse());
    return [r, e, f, rc];
  },
};
