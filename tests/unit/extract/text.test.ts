import { describe, expect, it } from 'vitest';
import { countWords, domToText, readingMinutes, wordCount } from '../../../src/extract/text';
import { doc } from './helpers';

const text = (html: string) => domToText(doc(`<html><body>${html}</body></html>`).body);

describe('article text', () => {
  it('separates blocks by exactly one blank line', () => {
    expect(text('<p>One.</p><p>Two.</p><div><div><p>Three.</p></div></div><h2>Head</h2><ul><li>a</li><li>b</li></ul>')).toBe('One.\n\nTwo.\n\nThree.\n\nHead\n\na\n\nb');
  });

  it('turns <br> into a single newline and collapses whitespace', () => {
    expect(text('<p>line one<br>line   two\n  continues</p>')).toBe('line one\nline two continues');
  });

  it('never includes script, style or template text', () => {
    expect(text('<p>keep</p><script>evil()</script><style>p{}</style><template><p>t</p></template><noscript>ns</noscript>')).toBe('keep');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(text('<pre>a\n  b</pre>')).toBe('a\nb');
  });

  it('separates table cells by spaces', () => {
    expect(text('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a b');
  });
});

describe('word count and reading time', () => {
  it('counts words, and CJK by character', () => {
    expect(wordCount("It's a well-known fact, 2024.")).toBe(5);
    expect(wordCount('北京欢迎你')).toBe(5);
    expect(wordCount('Tokyo 東京')).toBe(3);
  });

  it('uses per-language reading speed', () => {
    const words = Array.from({ length: 1000 }, () => 'wort').join(' ');
    expect(readingMinutes(words, 'en')).toBe(Math.round(1000 / 228));
    expect(readingMinutes(words, 'de-DE')).toBe(Math.round(1000 / 179));
    expect(readingMinutes('字'.repeat(2550), 'zh')).toBe(10);
    expect(readingMinutes('', 'en')).toBe(0);
    expect(readingMinutes('a few words', null)).toBe(1);
  });
});

describe('countWords', () => {
  // The definition it replaces: blank CJK characters, then match words.
  const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
  const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
  const byRegex = (text: string) => {
    const cjkChars = (text.match(CJK) ?? []).length;
    return { words: ((cjkChars ? text.replace(CJK, ' ') : text).match(WORD) ?? []).length, cjkChars };
  };

  it('counts as the regex definition does, on random text from a mixed alphabet', () => {
    const alphabet = ['a', 'Z', '7', ' ', '\n', "'", '’', '-', '--', '.', 'é', 'ß', 'Я', 'ش', '٣', '北', 'カ', '한', '\u00a0', '𝐀', '😀', '\ud800', '\udc00', '_', '\u0301'];
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let t = 0; t < 3000; t++) {
      let s = '';
      for (let i = rand(30); i > 0; i--) s += alphabet[rand(alphabet.length)];
      expect(countWords(s), JSON.stringify(s)).toEqual(byRegex(s));
    }
  });

  it('joins words by one apostrophe or hyphen only', () => {
    expect(countWords("well-known it's abc--def x-")).toEqual({ words: 5, cjkChars: 0 });
    expect(countWords('東京-Tokyo')).toEqual({ words: 1, cjkChars: 2 });
  });
});
