// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleFromVisibleText, MIN_FORCED_WORDS, visibleParagraphs } from '@/src/ext/forcedArticle';

const words = (n: number, w = 'word'): string => Array.from({ length: n }, () => w).join(' ');

describe('"Try anyway" from visible text', () => {
  it('splits visible text into paragraphs, whitespace collapsed', () => {
    expect(visibleParagraphs('  One   line \n\n\nTwo\tlines\n \n')).toEqual(['One line', 'Two lines']);
  });

  it('builds a plain article with escaped paragraphs and the page’s language', () => {
    document.documentElement.setAttribute('lang', 'de');
    document.title = 'Seite';
    const text = `${words(20, 'Hallo')}\n<img src=x onerror=alert(1)> ${words(20)}`;
    const article = articleFromVisibleText(document, 'https://x.example/', text)!;
    expect(article.title).toBe('Seite');
    expect(article.lang).toBe('de');
    expect(article.text.split('\n\n')).toHaveLength(2);
    expect(article.html).toContain('&lt;img');
    expect(article.html).not.toContain('<img');
    expect(article.wordCount).toBeGreaterThanOrEqual(MIN_FORCED_WORDS);
  });

  it('declines pages with too little text', () => {
    expect(articleFromVisibleText(document, 'https://x.example/', 'Home News Sport')).toBeNull();
  });
});
