import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '@/src/core/types';
import { recordFromReader } from '@/src/library/readerSave';
import { recordFromMenu } from '@/src/library/record';
import { validateQuote } from '@/src/library/schema';

const text = 'The council met on Tuesday.\n\n“The harbour will reopen in spring,” said Mayor Ann Lee.\n\nCritics were unconvinced.';
const article = {
  title: 'Harbour to reopen', byline: 'Jane Smith', siteName: 'Coastline Post', publishedTime: '2024-03-05', canonicalUrl: 'https://coastline.example/harbour',
  url: 'https://coastline.example/harbour?utm=x', text,
} as Article;
const s = text.indexOf('The harbour');
const quotes: Quote[] = [{ text: 'The harbour will reopen in spring,', speaker: 'Ann Lee', kind: 'statement', start: s, end: s + 34, paragraph: 1 }];

describe('records from the reader and from the menu alone', () => {
  it('locates a reader selection in the article: anchor, speaker, metadata', () => {
    const r = recordFromReader('The harbour will reopen   in spring', 'https://coastline.example/harbour?utm=x', article, quotes)!;
    expect(validateQuote(r).ok).toBe(true);
    expect(r).toMatchObject({ text: 'The harbour will reopen in spring', speaker: 'Ann Lee', origin: 'reader', missingContext: false });
    expect(r.page).toMatchObject({ url: 'https://coastline.example/harbour', title: 'Harbour to reopen', site: 'Coastline Post', author: 'Jane Smith' });
    expect(r.anchor.prefix.endsWith('Tuesday.\n“')).toBe(true);
    expect(r.anchor.suffix.startsWith(',” said')).toBe(true);
  });
  it('without the article keeps the selection and the original address, flagged', () => {
    const r = recordFromReader('Critics were unconvinced.', 'https://coastline.example/harbour', null)!;
    expect(r).toMatchObject({ origin: 'reader', missingContext: true, page: { url: 'https://coastline.example/harbour' } });
    expect(recordFromReader('x', 'chrome-extension://abc/reader.html', null)).toBeNull();
  });
  it('menu-only records drop the fragment and flag missing context', () => {
    const r = recordFromMenu(' some  words ', 'https://x.example/a#frag', 'T');
    expect(r).toMatchObject({ text: 'some words', missingContext: true, origin: 'menu-only', page: { url: 'https://x.example/a', site: 'x.example', title: 'T' } });
    expect(r.id).toMatch(/^[0-9a-z]{9}-/);
  });
});

describe('records from the popup and reader Save buttons (library:save)', () => {
  it('keeps the article metadata, speaker and context, and normalises whitespace', async () => {
    const { recordFromRequest } = await import('@/src/library/record');
    const r = recordFromRequest(
      { text: ' The harbour  will reopen ', speaker: 'Ann Lee', url: 'https://x.example/a?utm=1', canonicalUrl: 'https://x.example/a', title: 'T', siteName: null, byline: 'Jane Smith', publishedTime: '2024-03-05', prefix: 'Tuesday.\n\n  “', suffix: ',”  said', start: 40, end: 62 },
      'reader',
    );
    expect(validateQuote(r).ok).toBe(true);
    expect(r).toMatchObject({ text: 'The harbour will reopen', speaker: 'Ann Lee', origin: 'reader', missingContext: false });
    expect(r.page).toEqual({ url: 'https://x.example/a', location: 'https://x.example/a?utm=1', title: 'T', site: 'x.example', author: 'Jane Smith', published: '2024-03-05' });
    expect(r.anchor).toEqual({ exact: 'The harbour will reopen', prefix: 'Tuesday.\n“', suffix: ',” said', start: 40, end: 62 });
  });
});
