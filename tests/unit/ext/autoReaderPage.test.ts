import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { declaresArticle, isAutoReaderCandidate, isListUrl, looksLikeList } from '@/src/ext/autoReaderPage';

const doc = (html: string): Document => parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
const fixture = (name: string): Document =>
  parseHTML(readFileSync(resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8')).document as unknown as Document;

describe('isListUrl', () => {
  it('treats home pages, sections, tags, authors, searches, archives and pages as lists', () => {
    for (const url of [
      'https://example.com/',
      'https://example.com',
      'https://example.com/index.html',
      'https://example.com/en/',
      'https://example.com/category/war/',
      'https://example.com/tag/ukraine',
      'https://example.com/author/jane-doe/',
      'https://example.com/news/page/2/',
      'https://example.com/2024/05/',
      'https://example.com/?s=putin',
      'https://example.com/news?page=3',
      'https://example.de/thema/klima/',
      'https://example.fr/rubrique/politique/',
      'not a url',
    ]) {
      expect(isListUrl(url), url).toBe(true);
    }
  });

  it('leaves article URLs alone', () => {
    for (const url of [
      'https://example.com/2024/05/17/mayor-resigns/',
      'https://example.com/news/world-europe-12345678',
      'https://example.com/ukraine-war-putin-tells-mothers/',
      'https://example.com/article/2024/pages-of-history',
      'https://example.com/?p=48213',
      'http://127.0.0.1:8080/seed.html',
    ]) {
      expect(isListUrl(url), url).toBe(false);
    }
  });
});

describe('page markup', () => {
  it('reads og:type and JSON-LD article types (also in arrays and full IRIs)', () => {
    expect(declaresArticle(doc('<meta property="og:type" content="article">'))).toBe(true);
    expect(declaresArticle(doc('<script type="application/ld+json">{"@type":["WebPage","NewsArticle"]}</script>'))).toBe(true);
    expect(declaresArticle(doc('<script type="application/ld+json">{"@type":"http://schema.org/BlogPosting"}</script>'))).toBe(true);
    expect(declaresArticle(doc('<script type="application/ld+json">{"@type":"WebSite"} broken {</script>'))).toBe(false);
    expect(declaresArticle(doc('<p>nothing</p>'))).toBe(false);
  });

  it('recognises a page of linked teaser headings as a list', () => {
    const teasers = Array.from({ length: 4 }, (_, i) => `<a href="/a${i}"><h3>Story ${i}</h3></a><p>Teaser.</p>`).join('');
    expect(looksLikeList(doc(teasers))).toBe(true);
    const article = '<h2>Background</h2><p>Text.</p><h2>What next</h2><p>More <a href="/x">text</a>.</p>';
    expect(looksLikeList(doc(article))).toBe(false);
  });

  it('accepts the seed article and refuses the home-page fixture', () => {
    expect(isAutoReaderCandidate(fixture('seed.html'), 'http://news.test/seed.html')).toBe(true);
    expect(isAutoReaderCandidate(fixture('no-article.html'), 'http://news.test/no-article.html')).toBe(false);
    expect(isAutoReaderCandidate(fixture('seed.html'), 'http://news.test/')).toBe(false);
    // Without its og:type the home page is still a list by its linked teaser headings.
    const home = fixture('no-article.html');
    home.querySelector('meta[property="og:type"]')?.remove();
    expect(isAutoReaderCandidate(home, 'http://news.test/no-article.html')).toBe(false);
    for (const name of ['de-artikel.html', 'fr-article.html', 'rtl-ar.html', 'liveblog.html', 'news-jsonld-paywall.html', 'wordpress-comments.html']) {
      expect(isAutoReaderCandidate(fixture(name), `http://news.test/${name}`), name).toBe(true);
    }
  });
});
