/**
 * needsTextCleaning: the string path skips cleanTextNodes when the
 * serialised tree shows nothing for it to do; that must never skip a change.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextNodes, needsTextCleaning } from '../../../src/extract/cleanPurified';
import { HOSTILE_CASES } from './support/hostileCases';
import { parse, window } from './support/jsdomSanitizer';

const inert = window.document.implementation.createHTMLDocument('');

/** innerHTML before and after cleanTextNodes, for `html` parsed into a detached <div>. */
function cleaned(html: string): { before: string; after: string } {
  const div = parse(html);
  const before = div.innerHTML;
  cleanTextNodes(div, inert);
  return { before, after: div.innerHTML };
}

describe('needsTextCleaning', () => {
  it('sees comments and bidi overrides in text, alt and title', () => {
    for (const html of ['<p>a<!-- c -->b</p>', '<p>file\u202Egpj.exe</p>', '<img alt="x\u202Dy">', '<abbr title="\u202Ez">z</abbr>', '<!---->']) {
      const { before, after } = cleaned(html);
      expect(needsTextCleaning(before)).toBe(true);
      expect(after).not.toBe(before);
    }
  });

  it('is false for plain article markup, where cleaning changes nothing', () => {
    const html = '<p dir="rtl" lang="ar">قال \u200Fالوزير</p><p>a &lt;!-- not a comment --&gt; b</p><img alt="ok" src="https://img.example/a.jpg">';
    const { before, after } = cleaned(html);
    expect(needsTextCleaning(before)).toBe(false);
    expect(after).toBe(before);
  });

  it.each(HOSTILE_CASES)('$name: when it says no, cleaning changes nothing', (c) => {
    const { before, after } = cleaned(c.html);
    if (!needsTextCleaning(before)) expect(after).toBe(before);
  });
});
