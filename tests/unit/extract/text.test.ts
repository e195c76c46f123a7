import { describe, expect, it } from 'vitest';
import { domToText, readingMinutes, wordCount } from '../../../src/extract/text';
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
