import { describe, expect, it } from 'vitest';
import { groupByArticle } from '@/src/library/group';
import { createSearchIndex } from '@/src/library/search';
import { makeQuote } from './helpers';

describe('search', () => {
  const a = makeQuote({ text: 'The harbour will reopen', speaker: 'Jürgen Müller', site: 'Hafen Zeitung', tags: ['ports'] });
  const b = makeQuote({ text: 'Taxes go up', speaker: 'Ann Lee', site: 'Example News', title: 'Council vote', tags: ['tax', 'budget'] });
  const idx = createSearchIndex([a, b]);

  it('matches text, speaker (accent-insensitive), site and tags; all words must match', () => {
    expect(idx.search('harbour')).toEqual(new Set([a.id]));
    expect(idx.search('muller')).toEqual(new Set([a.id]));
    expect(idx.search('zeitung')).toEqual(new Set([a.id]));
    expect(idx.search('#budget')).toEqual(new Set([b.id]));
    expect(idx.search('taxes lee')).toEqual(new Set([b.id]));
    expect(idx.search('taxes müller')).toEqual(new Set());
    expect(idx.search('  ').size).toBe(2);
  });
  it('stays fast with 10,000 quotes', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => makeQuote({ text: `Quote ${i} on the budget and the harbour of town ${i % 97}`, tags: [`t${i % 13}`] }));
    const big = createSearchIndex(many);
    const t0 = performance.now();
    const hits = big.search('harbour town 42');
    const ms = performance.now() - t0;
    expect(hits.size).toBeGreaterThan(0);
    expect(ms).toBeLessThan(50);
  });
  it('add/remove keep the index in step', () => {
    const i2 = createSearchIndex();
    i2.add(a);
    i2.remove(a.id);
    expect(i2.size()).toBe(0);
  });
  it('groups by article keeping newest-first order', () => {
    const x1 = makeQuote({ url: 'https://x.example/1' });
    const y = makeQuote({ url: 'https://y.example/1' });
    const x2 = makeQuote({ url: 'https://x.example/1' });
    expect(groupByArticle([x2, y, x1]).map((g) => [g.url, g.quotes.length])).toEqual([
      ['https://x.example/1', 2],
      ['https://y.example/1', 1],
    ]);
  });
});
