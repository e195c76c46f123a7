import { describe, expect, it } from 'vitest';
import { citation, quoteWithCitation, splitAuthors } from '@/src/library/citation';
import { makeQuote } from './helpers';

describe('citations', () => {
  const q = makeQuote({ author: 'By Jane Smith', title: 'Harbour budget approved', site: 'Example News', url: 'https://news.example/a/story', published: '2024-03-05T23:30:00-05:00' });

  it('APA 7', () => {
    expect(citation(q, 'apa')).toBe('Smith, J. (2024, March 5). Harbour budget approved. Example News. https://news.example/a/story');
  });
  it('MLA 9', () => {
    expect(citation(q, 'mla')).toBe('Smith, Jane. “Harbour budget approved.” Example News, 5 Mar. 2024, news.example/a/story.');
  });
  it('Chicago bibliography', () => {
    expect(citation(q, 'chicago')).toBe('Smith, Jane. “Harbour budget approved.” Example News, March 5, 2024. https://news.example/a/story.');
  });
  it('without author or date: title first (APA), access date (MLA, Chicago)', () => {
    const bare = makeQuote({ author: null, published: null, title: 'What now?', savedAt: '2026-11-27T10:00:00Z' });
    expect(citation(bare, 'apa')).toBe('What now? (n.d.). Example News. https://news.example/a/story');
    expect(citation(bare, 'mla')).toBe('“What now?” Example News, news.example/a/story. Accessed 27 Nov. 2026.');
    expect(citation(bare, 'chicago')).toBe('“What now?” Example News. Accessed November 27, 2026. https://news.example/a/story.');
  });
  it('several authors and organisations', () => {
    expect(splitAuthors('By Jane Smith and John Doe')).toEqual(['Jane Smith', 'John Doe']);
    const two = makeQuote({ author: 'Jane Smith, John Doe' });
    expect(citation(two, 'apa')).toMatch(/^Smith, J\., & Doe, J\. \(2024/);
    expect(citation(two, 'chicago')).toMatch(/^Smith, Jane, and John Doe\. /);
    const org = makeQuote({ author: 'Reuters' });
    expect(citation(org, 'apa')).toMatch(/^Reuters\. \(2024/);
  });
  it('quote with citation for the clipboard', () => {
    expect(quoteWithCitation(q, 'apa').split('\n')[0]).toBe(`“${q.text}” — Mayor Ann Lee`);
  });
});
