import { describe, expect, it } from 'vitest';
import { anchorContext, formatDate, quoteCitation, siteOf } from '@/src/ui/popup/format';
import { groupQuotes } from '@/src/ui/popup/groupQuotes';
import type { Quote } from '@/src/core/types';

const q = (text: string, speaker: string | null, kind: Quote['kind'] = 'statement'): Quote => ({ text, speaker, kind, start: 0, end: 0, paragraph: 0 });

describe('groupQuotes', () => {
  it('groups statements by speaker in order of appearance, unattributed last, phrases apart', () => {
    const { statements, phrases } = groupQuotes([
      q('a', null),
      q('b', 'Vladimir Putin'),
      q('c', 'Jane Roe'),
      q('d', 'vladimir putin'),
      q('fakes', 'Vladimir Putin', 'phrase'),
    ]);
    expect(statements.map((g) => [g.speaker, g.quotes.map((x) => x.text)])).toEqual([
      ['Vladimir Putin', ['b', 'd']],
      ['Jane Roe', ['c']],
      [null, ['a']],
    ]);
    expect(phrases.map((x) => x.text)).toEqual(['fakes']);
  });
});

describe('popup formatting', () => {
  it('names the site', () => {
    expect(siteOf({ siteName: 'Newsline Today', url: 'https://x.example/', canonicalUrl: '' })).toBe('Newsline Today');
    expect(siteOf({ siteName: null, url: 'https://www.x.example/a', canonicalUrl: '' })).toBe('x.example');
    expect(siteOf({ siteName: null, url: 'nonsense', canonicalUrl: '' })).toBe('');
  });

  it('formats dates in the UI locale and tolerates junk', () => {
    expect(formatDate('2022-11-26T09:14:00+00:00', 'en-US')).toMatch(/Nov 26, 2022/);
    expect(formatDate('2022-11-26T09:14:00+00:00', 'de')).toMatch(/26\.11\.2022|26\. Nov\. 2022/);
    expect(formatDate('yesterday-ish', 'en')).toBeNull();
    expect(formatDate(null, 'en')).toBeNull();
  });

  it('builds a citation to copy', () => {
    expect(quoteCitation('We share your pain', 'Vladimir Putin', 'Title', 'https://x.example/')).toBe('“We share your pain” — Vladimir Putin\n(Title, https://x.example/)');
    expect(quoteCitation('x', null, null, null)).toBe('“x”');
  });

  it('cuts a text-quote anchor around offsets, safely', () => {
    const text = 'He said: “We share your pain,” and left.';
    const start = text.indexOf('We');
    const end = start + 'We share your pain,'.length;
    expect(anchorContext(text, start, end, 5)).toEqual({ prefix: 'id: “', suffix: '” and' });
    expect(anchorContext(text, 50, 10)).toEqual({ prefix: '', suffix: '' });
  });
});
