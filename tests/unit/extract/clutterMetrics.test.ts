import { describe, expect, it } from 'vitest';
import { collapsedLength, nonSpaceLength } from '../../../src/extract/clutterMetrics';

describe('text measures', () => {
  it('collapsedLength is the length of trim() and \\s{2,} -> one space, on random text', () => {
    const alphabet = ['a', 'Я', '北', ' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '.'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let t = 0; t < 3000; t++) {
      let s = '';
      for (let i = rand(25); i > 0; i--) s += alphabet[rand(alphabet.length)];
      expect(collapsedLength(s), JSON.stringify(s)).toBe(s.trim().replace(/\s{2,}/g, ' ').length);
    }
  });

  it('nonSpaceLength counts what is neither ASCII space/control nor no-break space', () => {
    expect(nonSpaceLength(' a\u00a0b\n\tc ')).toBe(3);
  });
});
