import { describe, expect, it } from 'vitest';
import { joinSpans, spanOf, spanOfElement, type TextSpan } from '../../../src/extract/readabilityCandidateText';
import { collapsedLength } from '../../../src/extract/clutterMetrics';
import { doc, page } from './helpers';

/** A small deterministic generator (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// Every kind of white space \s and trim() know, and a few that they do not.
const PIECES = ['a', 'bc', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', '\u200b', 'x y', '', '\r\n', 'é'];
const randomText = (r: () => number): string => Array.from({ length: Math.floor(r() * 6) }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');

describe('TextSpan', () => {
  it('measures a string as collapsedLength does, and a concatenation from its parts', () => {
    const r = rng(7);
    for (let i = 0; i < 5000; i++) {
      const parts = Array.from({ length: 1 + Math.floor(r() * 5) }, () => randomText(r));
      const joined = parts.map(spanOf).reduce<TextSpan>((a, b) => joinSpans(a, b), spanOf(''));
      expect(joined.core, JSON.stringify(parts)).toBe(collapsedLength(parts.join('')));
      expect(spanOf(parts.join('')).core).toBe(collapsedLength(parts.join('')));
    }
  });

  it('measures an element from its children as from its whole text, remembered children included', () => {
    const r = rng(11);
    for (let i = 0; i < 800; i++) {
      const build = (depth: number): string => Array.from({ length: Math.floor(r() * 4) }, () => {
        const k = r();
        if (depth > 4 || k < 0.4) return randomText(r).replace(/</g, '');
        if (k < 0.5) return '<!-- c -->';
        const tag = ['div', 'p', 'span', 'a', 'b'][Math.floor(r() * 5)];
        return `<${tag}${r() < 0.5 ? ' data-c' : ''}>${build(depth + 1)}</${tag}>`;
      }).join('');
      const d = doc(page(`<div id="root" data-c>${build(0)}</div>`));
      const memo = new WeakMap<Element, TextSpan>();
      const remembered = (el: Element): boolean => el.hasAttribute('data-c');
      // Inner ones first or outer ones first: either order gives the same measures.
      const all = Array.from(d.querySelectorAll('[data-c]'));
      for (const el of r() < 0.5 ? all : all.reverse()) {
        expect(spanOfElement(el, memo, remembered).core).toBe(collapsedLength(el.textContent ?? ''));
      }
    }
  });
});
