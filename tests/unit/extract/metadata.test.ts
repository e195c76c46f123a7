import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extractArticle';
import { readJsonLd } from '../../../src/extract/jsonld';
import { mergeMetadata, readRawMetadata, resolveBaseUrl } from '../../../src/extract/metadata';
import { doc, page, prose } from './helpers';

const URL = 'https://news.example/world/story';

function meta(head: string, r = {}, htmlAttrs = '') {
  const d = doc(`<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body>${prose(2)}</body></html>`);
  return mergeMetadata(readRawMetadata(d, URL), r, URL);
}

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('metadata', () => {
  it("keeps Readability's values when it has them", () => {
    const m = meta(ld({ '@type': 'NewsArticle', headline: 'LD headline', publisher: { name: 'LD Site' } }), { title: 'R title', siteName: 'R site', byline: 'R author' });
    expect(m.title).toBe('R title');
    expect(m.siteName).toBe('R site');
    expect(m.byline).toBe('R author');
  });

  it('fills title and site name from a JSON-LD NewsArticle when Readability has none', () => {
    const m = meta(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'LD headline', publisher: { '@type': 'Organization', name: 'LD Site' } }));
    expect(m.title).toBe('LD headline');
    expect(m.siteName).toBe('LD Site');
  });

  it('finds the article inside @graph and ignores broken JSON-LD', () => {
    const head = '<script type="application/ld+json">{ broken</script>' + ld({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['NewsArticle'], headline: 'In graph', datePublished: '2024-05-01T10:00:00Z', dateModified: '2024-05-02T08:00:00Z', author: [{ name: 'A. Writer' }], image: { url: 'https://cdn.example/lead.jpg' } }] });
    const j = readJsonLd(doc(page('', head)));
    expect(j?.headline).toBe('In graph');
    expect(j?.authors).toEqual(['A. Writer']);
    const m = meta(head);
    expect(m.modifiedTime).toBe('2024-05-02T08:00:00Z');
    expect(m.leadImage).toBe('https://cdn.example/lead.jpg');
  });

  it('reads modified time, canonical, excerpt and lead image from meta tags', () => {
    const m = meta(`<meta property="article:modified_time" content="2024-05-03T09:00:00Z"><link rel="canonical" href="/world/story-canonical"><meta name="description" content="A short summary."><meta property="og:image" content="/img/lead.jpg">`);
    expect(m.modifiedTime).toBe('2024-05-03T09:00:00Z');
    expect(m.canonicalUrl).toBe('https://news.example/world/story-canonical');
    expect(m.excerpt).toBe('A short summary.');
    expect(m.leadImage).toBe('https://news.example/img/lead.jpg');
  });

  it('falls back to the page URL as canonical, and reads lang and dir from <html>', () => {
    const m = meta('<title>x</title>', { lang: 'ar', dir: 'rtl' }, 'lang="ar" dir="rtl"');
    expect(m.canonicalUrl).toBe(URL);
    expect(m.lang).toBe('ar');
    expect(m.dir).toBe('rtl');
  });

  it('resolves <base href> against the page URL', () => {
    expect(resolveBaseUrl(doc(page('', '<base href="/assets/">')), URL)).toBe('https://news.example/assets/');
    expect(resolveBaseUrl(doc(page('', '<base href="https://cdn.example/x/">')), URL)).toBe('https://cdn.example/x/');
    expect(resolveBaseUrl(doc(page('')), URL)).toBe(URL);
  });

  it('end to end: keeps the byline Readability finds even when pass 1 removes its box', () => {
    const r = extractArticle(doc(page(`<div class="author-box">By Jane Reporter</div><article>${prose(5)}</article>`)), { url: URL });
    expect(r.ok && r.article.byline).toBe('By Jane Reporter');
  });

  it('end to end: invents no byline that only a retry would find when the first attempt succeeds', () => {
    const html = `<div class="entry-header"><h1>Council backs library plan</h1><a rel="author" href="/staff/jane">Jane Reporter</a></div><article>${prose(9)}</article>`;
    const r = extractArticle(doc(page(html)), { url: URL });
    expect(r.ok && r.article.byline).toBeNull();
  });

  it('end to end: a byline box that pass 1 removes inside an "unlikely" container still reaches the retry', () => {
    const html = `<div class="site_header"><div class="author_top"><span class="author_byline">By Jane Reporter</span></div>${prose(5)}</div>`;
    const r = extractArticle(doc(page(html)), { url: URL });
    expect(r.ok && r.article.byline).toBe('By Jane Reporter');
  });

  it("end to end: an <article>'s <address> names the author when Readability finds none", () => {
    const html = `<article><header class="entry-header"><h1>Council backs library plan</h1><address class="vcard"><a rel="author" href="/staff/jane">Jane Reporter</a></address></header>${prose(9)}</article>`;
    const r = extractArticle(doc(page(html)), { url: URL });
    expect(r.ok && r.article.byline).toBe('Jane Reporter');
  });

  it("reads no byline from a page-wide <address> or a comment's <address>", () => {
    const pageWide = meta('', {}, '');
    expect(pageWide.byline).toBeNull();
    const d = doc(page(`<article>${prose(3)}<article class="comment"><address>Commenter Name</address><p>Nice.</p></article></article><address>Newsroom, 1 Main St</address>`));
    expect(mergeMetadata(readRawMetadata(d, URL), {}, URL).byline).toBeNull();
    const own = doc(page(`<article><address>By <span class="fn">Ana Ortiz</span>, Madrid</address>${prose(3)}</article>`));
    expect(mergeMetadata(readRawMetadata(own, URL), {}, URL).byline).toBe('Ana Ortiz');
  });
});

