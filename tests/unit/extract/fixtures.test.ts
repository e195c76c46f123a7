import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extractArticle';
import { doc } from './helpers';

const dir = new URL('../../fixtures/pages/', import.meta.url);
const load = (name: string) => doc(readFileSync(new URL(name, dir), 'utf8'));
const URL_ = 'https://fixture.example/article';

/** Page furniture each fixture carries, in its language, that must not reach the text. */
const clutter: Record<string, string[]> = {
  'seed.html': ['Advertisement', 'Share this', 'Leave a Reply', 'Post Comment', 'Trending', 'Previous:', 'Picture Courtesy'],
  'wordpress-comments.html': ['Leave a Reply', 'Your email address will not be published', 'Advertisement'],
  'news-jsonld-paywall.html': ['Advertisement'],
  'liveblog.html': ['Advertisement'],
  'de-artikel.html': ['Anzeige', 'Das könnte Sie auch interessieren'],
  'fr-article.html': ['Publicité', 'Lire aussi'],
  'rtl-ar.html': [],
  'cjk-zh.html': [],
  'lazy-images.html': ['Advertisement'],
  'base-href.html': [],
};

describe('fixture pages', () => {
  for (const [name, strings] of Object.entries(clutter)) {
    it(`${name}: an article without its clutter, live DOM untouched`, () => {
      const d = load(name);
      const before = d.documentElement.outerHTML;
      const r = extractArticle(d, { url: URL_ });
      expect(d.documentElement.outerHTML).toBe(before);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.article.text.length).toBeGreaterThan(500);
      expect(r.article.title).not.toBe('');
      expect(r.article.text).not.toMatch(/<script|function\s*\(|gtag\(|fbq\(/);
      for (const s of strings) expect(r.article.text, s).not.toContain(s);
    });
  }

  it('seed.html: body starts and ends where the gold says, credit kept aside', () => {
    const r = extractArticle(load('seed.html'), { url: URL_ });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.article.text.startsWith('“We share your pain,” Russian President Vladimir Putin')).toBe(true);
    expect(r.article.text.endsWith('describing them as “heroes”.')).toBe(true);
    expect(r.article.imageCredits).toEqual(['Picture Courtesy: Google/images are subject to copyright']);
    expect(r.article.siteName).toBe('Newsline Today');
    expect(r.article.byline).toBeNull();
  });

  it('rtl-ar.html: language and direction', () => {
    const r = extractArticle(load('rtl-ar.html'), { url: URL_ });
    expect(r.ok && r.article.lang).toBe('ar');
    expect(r.ok && r.article.dir).toBe('rtl');
  });

  it('wordpress-comments.html: the caption credit goes to imageCredits', () => {
    const r = extractArticle(load('wordpress-comments.html'), { url: URL_ });
    expect(r.ok && r.article.imageCredits).toEqual(['Photo: Tomasz Brill/The Eastmoor Chronicle']);
  });

  it('no-article.html: a home page of teasers is refused as no-article', () => {
    const r = extractArticle(load('no-article.html'), { url: URL_ });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('no-article');
  });
});
