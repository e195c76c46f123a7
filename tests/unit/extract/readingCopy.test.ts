import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropInert } from '../../../src/extract/limits';
import { readingCopy } from '../../../src/extract/readingCopy';
import { doc, page, prose } from './helpers';

const PAGE = page(
  `<article><h1>Title</h1>${prose(2)}<script>var x = 1;</script><svg><path d="M0"/></svg><style>p{}</style>` +
    `<script type="application/ld+json">{"@type":"NewsArticle"}</script><iframe src="https://ads.example/"></iframe></article><!-- end -->`,
  '<title>T</title><link rel="stylesheet" href="/a.css"><base href="/news/"><style>body{}</style>',
);

/** What extraction worked on before: the deep clone with the inert elements dropped. */
function deepThenDrop(d: Document): Document {
  const c = d.cloneNode(true) as Document;
  dropInert(c);
  return c;
}

describe('readingCopy', () => {
  it('builds the same tree as a deep clone with the inert elements dropped (browser-like DOM: jsdom)', () => {
    const page1 = new JSDOM(PAGE, { url: 'https://site.example/2024/story.html' }).window.document;
    const copy = readingCopy(page1);
    expect(copy).not.toBe(page1);
    expect(copy.documentElement.outerHTML).toBe(deepThenDrop(page1).documentElement.outerHTML);
    expect(copy.doctype?.name).toBe('html');
    expect(copy.baseURI).toBe(page1.baseURI);
    expect(copy.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(copy.querySelector('script:not([type]), style, svg, iframe, link')).toBeNull();
  });

  it('leaves the page itself untouched', () => {
    const page1 = new JSDOM(PAGE, { url: 'https://site.example/2024/story.html' }).window.document;
    const before = page1.documentElement.outerHTML;
    readingCopy(page1);
    expect(page1.documentElement.outerHTML).toBe(before);
  });

  it('falls back to the deep clone where a shallow clone makes no whole document (linkedom)', () => {
    const d = doc(PAGE);
    const copy = readingCopy(d);
    expect(copy.documentElement.outerHTML).toBe(deepThenDrop(d).documentElement.outerHTML);
    expect(copy.body.textContent).toContain('The council met');
    expect(readingCopy(doc(PAGE)).documentElement.outerHTML).toBe(copy.documentElement.outerHTML);
  });
});
