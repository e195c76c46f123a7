import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extractArticle';
import { doc, page, prose } from './helpers';

const URL = 'https://news.example/2024/05/council-library';

function article(html: string) {
  const r = extractArticle(doc(html), { url: URL });
  if (!r.ok) throw new Error(`expected an article, got ${r.error.code}: ${r.error.message}`);
  return r.article;
}

describe('extractArticle', () => {
  it('never touches the live page: the input serialises byte-identically afterwards', () => {
    const d = doc(page(`<div class="share-bar"><a href="#">Share</a></div><article><h1>Council backs library plan</h1>${prose(6)}
      <p class="credit">Photo: Reuters</p><div class="ad-slot">Advertisement</div></article>
      <div id="comments"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>`));
    const before = d.documentElement.outerHTML;
    const r = extractArticle(d, { url: URL });
    expect(r.ok).toBe(true);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('returns an article with text, counts and metadata', () => {
    const a = article(page(`<article><h1>Council backs library plan</h1>${prose(5)}</article>`));
    expect(a.title).toBe('Council backs new library plan for the town centre');
    expect(a.text.split('\n\n')).toHaveLength(5);
    expect(a.wordCount).toBeGreaterThan(150);
    expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(a.lang).toBe('en');
    expect(a.url).toBe(URL);
    expect(a.canonicalUrl).toBe(URL);
  });

  it('refuses a page with no article', () => {
    const r = extractArticle(doc(page('<nav><a href="/">Home</a> <a href="/about">About</a></nav>')), { url: URL });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('no-article');
      expect(r.error.message.length).toBeGreaterThan(10);
    }
  });

  it('refuses a page without a body as unsupported instead of throwing', () => {
    const d = doc('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    const r = extractArticle(d, { url: URL });
    expect(r.ok).toBe(false);
  });

  it('ends a 10 000-deep page quickly in too-large, without a stack overflow', () => {
    const depth = 10_000;
    const html = page(`${'<div>'.repeat(depth)}<p>deep</p>${'</div>'.repeat(depth)}`);
    const t0 = Date.now();
    const r = extractArticle(doc(html), { url: URL });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too-large');
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('ends a huge page (over the element limit) in too-large or an article, in bounded time', () => {
    const row = '<li><a href="/x">link</a> <span>cell</span></li>';
    const html = page(`<article>${prose(5)}</article><ul>${row.repeat(40_000)}</ul>`);
    const t0 = Date.now();
    const r = extractArticle(doc(html), { url: URL });
    expect(Date.now() - t0).toBeLessThan(10_000);
    if (!r.ok) expect(r.error.code).toBe('too-large');
  });

  it('honours a smaller maxElems', () => {
    const r = extractArticle(doc(page(`<article>${prose(30)}</article>`)), { url: URL, maxElems: 10 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too-large');
  });

  it('calls the sanitiser on the cleaned html with the page base', () => {
    const seen: string[] = [];
    const r = extractArticle(doc(page(`<article>${prose(5)}</article>`, '<title>T</title><base href="/static/">')), {
      url: URL,
      sanitize: (html, base) => {
        seen.push(base);
        return `<div>${html.length}</div>`;
      },
    });
    expect(r.ok).toBe(true);
    expect(seen).toEqual(['https://news.example/static/']);
    if (r.ok) expect(r.article.html).toMatch(/^<div>\d+<\/div>$/);
  });

  it('keeps script and style text out of article.text', () => {
    const a = article(page(`<article>${prose(3)}<script>var secret = "SCRIPT_TEXT";</script><style>.x{content:"STYLE_TEXT"}</style>${prose(2)}</article>`));
    expect(a.text).not.toContain('SCRIPT_TEXT');
    expect(a.text).not.toContain('STYLE_TEXT');
  });

  it('moves image credit lines out of the body into imageCredits', () => {
    const a = article(page(`<article>${prose(5)}<p><em>Picture Courtesy: Google/images are subject to copyright</em></p></article>`));
    expect(a.text).not.toContain('Picture Courtesy');
    expect(a.imageCredits).toEqual(['Picture Courtesy: Google/images are subject to copyright']);
    expect(a.removed).toContainEqual({ kind: 'credit', count: 1 });
  });

  it('falls back to JSON-LD articleBody when the page body has no readable article', () => {
    const body = Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1} of the article body tells the story in full sentences, long enough to read.`).join('\n\n');
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'From JSON-LD', articleBody: body });
    const r = extractArticle(doc(page('<div id="app"></div>', `<title>From JSON-LD</title><script type="application/ld+json">${ld}</script>`)), { url: URL });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.text.split('\n\n')).toHaveLength(4);
  });
});
