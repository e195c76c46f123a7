import { describe, expect, it } from 'vitest';
import { collapse, collapsedLength, leastTotalFor, nonSpaceLength, nonSpaceLengthUpTo, TextBefore, textLength, TextTotal } from '../../../src/extract/clutterMetrics';
import { doc } from './helpers';

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

  it('collapse is replace(/\\s+/g, " ").trim(), on random text', () => {
    const alphabet = ['a', 'Я', ' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u3000', '\ufeff', '\u0085', '.'];
    let seed = 3;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));
    for (let t = 0; t < 3000; t++) {
      let s = '';
      for (let i = rand(25); i > 0; i--) s += alphabet[rand(alphabet.length)];
      expect(collapse(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }
  });

  it('nonSpaceLength counts what is neither ASCII space/control nor no-break space', () => {
    expect(nonSpaceLength(' a\u00a0b\n\tc ')).toBe(3);
  });

  it('nonSpaceLength counts UTF-16 units other than \\x00-\\x20 and no-break space, on random text', () => {
    const alphabet = ['a', 'Я', '北', '😀', ' ', '\t', '\n', '\u0000', '\u001f', '!', '\u007f', '\u00a0', '\u00a1', '\u2003', '\u3000', '\ufeff'];
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let t = 0; t < 2000; t++) {
      let s = '';
      for (let i = rand(40); i > 0; i--) s += alphabet[rand(alphabet.length)];
      let n = 0;
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32 && s.charCodeAt(i) !== 160) n++;
      expect(nonSpaceLength(s), JSON.stringify(s)).toBe(n);
    }
  });

  it('nonSpaceLengthUpTo is nonSpaceLength below the limit, a count of a part from there', () => {
    const t = ' ab\u00a0c d\n\te ';
    for (let limit = 0; limit <= 7; limit++) expect(nonSpaceLengthUpTo(t, limit)).toBe(nonSpaceLength(t));
    expect(nonSpaceLengthUpTo(t, Infinity)).toBe(5);
    // Long texts are read in pieces, and only as far as the limit.
    const long = ('ab cd\n'.repeat(300) + ' '.repeat(2000)).repeat(3);
    const all = nonSpaceLength(long);
    for (const limit of [0, 1, 399, 400, 401, 1199, 1200, 1201, 2000, all - 1, all, all + 1, Infinity]) {
      const n = nonSpaceLengthUpTo(long, limit);
      if (all < limit) expect(n, String(limit)).toBe(all);
      else expect(n >= limit && n <= all, `${limit} ${n}`).toBe(true);
    }
  });

  it('leastTotalFor: share * total >= len exactly from it up, as floating point computes it', () => {
    for (const share of [0.3, 0.6, 0.1, 0.7]) {
      for (let len = 0; len < 3000; len += 7) {
        const t = leastTotalFor(len, share);
        expect(share * t >= len, `${share} ${len} ${t}`).toBe(true);
        if (t > 0) expect(share * (t - 1) >= len, `${share} ${len} ${t}`).toBe(false);
      }
    }
  });
});

describe('TextTotal', () => {
  it('answers whether the text before the cuts reaches a length, however it is asked', () => {
    const d = doc('<html><body><div id="a">one two</div><p id="b">three <b>four</b></p><p>five six seven</p></body></html>');
    const before = textLength(d.body);
    for (const order of [[1, 5, before, before + 1, 3], [before + 1, 2, before], [before, before + 1]]) {
      const total = new TextTotal(d.body);
      const a = d.getElementById('a')!;
      const b = d.getElementById('b')!;
      expect(total.atLeast(order[0]!)).toBe(before >= order[0]!);
      a.remove();
      total.cut(a);
      for (const min of order.slice(1)) expect(total.atLeast(min), `${order} ${min}`).toBe(before >= min);
      b.remove();
      total.cut(b);
      for (const min of order) expect(total.atLeast(min)).toBe(before >= min);
      d.body.prepend(a, b);
    }
  });
});

describe('TextBefore', () => {
  it('is the text length before the removals and shortened texts it was told of, inside the tree or not', () => {
    const html = '<div id="r"><p id="a">one <b id="b">two three</b></p><p id="c">four five <i>six</i></p><p id="d">seven</p></div>';
    for (let asked = 0; asked <= 4; asked++) {
      const d = doc(`<html><body>${html}</body></html>`);
      const root = d.getElementById('r')!;
      const start = textLength(root);
      const before = new TextBefore(root);
      const [a, b, c] = ['a', 'b', 'c'].map((id) => d.getElementById(id)!);
      const steps: (() => void)[] = [
        () => { before.removing(b!); b!.remove(); },
        () => { before.removing(a!); a!.remove(); },
        // Inside a subtree already cut from the tree: no change to its text.
        () => { const t = a!.firstChild as Text; before.changing(t, 'x'); t.data = 'x'; },
        () => { const t = c!.firstChild as Text; before.changing(t, 'fo'); t.data = 'fo'; },
      ];
      steps.forEach((step, i) => {
        if (i === asked) expect(before.value()).toBe(start);
        step();
      });
      expect(before.value()).toBe(start);
    }
  });
});
