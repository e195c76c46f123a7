import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findBylineElement } from '../../../src/extract/byline';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

// The walk as it was before it skipped elements without the attributes it
// reads: every element tested (Readability.js 0.6.0's rules, as byline.ts).
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const classAndId = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
const visible = (el: Element) => !el.hasAttribute('hidden')
  && !(el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image'))
  && !/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '');
const unlikely = (el: Element) => {
  if (el.localName === 'body' || el.localName === 'a') return false;
  const role = el.getAttribute('role');
  if (role && ['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog'].includes(role)) return true;
  return UNLIKELY.test(classAndId(el)) && !/and|article|body|column|content|main|shadow/i.test(classAndId(el)) && !el.closest('table,code');
};
const byline = (el: Element) => {
  const itemprop = el.getAttribute('itemprop');
  if (!(el.getAttribute('rel') === 'author' || (itemprop && itemprop.includes('author')) || BYLINE.test(classAndId(el)))) return false;
  const len = (el.textContent ?? '').trim().length;
  return len > 0 && len < 100;
};
function reference(d: Document): [Element, boolean] | null {
  let retry: Element | null = null;
  const visit = (el: Element, hidden: boolean): Element | null => {
    if (!visible(el) || (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog')) return null;
    if (byline(el)) {
      if (!hidden) return el;
      retry ??= el;
      return null;
    }
    const inner = hidden || unlikely(el);
    for (const c of Array.from(el.children)) {
      const f = visit(c, inner);
      if (f) return f;
    }
    return null;
  };
  const first = visit(d.documentElement, false);
  return first ? [first, false] : retry ? [retry, true] : null;
}

/** Small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ATTRS = [
  'class="byline"', 'class="ByLine x"', 'class="author-box"', 'id="sidebar"', 'class="comment-list"', 'class="content sidebar"', 'class="x"',
  'hidden', 'aria-hidden="true"', 'class="fallback-image" aria-hidden="true"', 'style="display: none"', 'style="color: red"', 'role="navigation"',
  'role="dialog" aria-modal="true"', 'rel="author"', 'rel="Author"', 'itemprop="author"', 'data-x="1"', 'href="/a"', 'id="main"',
];
const TAGS = ['div', 'span', 'p', 'a', 'section', 'table', 'code', 'header'];

function page(rnd: () => number): string {
  const el = (depth: number): string => {
    const tag = TAGS[Math.floor(rnd() * TAGS.length)]!;
    const attrs = rnd() < 0.5 ? '' : ' ' + ATTRS[Math.floor(rnd() * ATTRS.length)];
    const kids = depth > 4 ? 0 : Math.floor(rnd() * 4);
    let inner = rnd() < 0.3 ? 'By Ana' : rnd() < 0.1 ? 'x'.repeat(120) : '';
    for (let i = 0; i < kids; i++) inner += el(depth + 1);
    return `<${tag}${attrs}>${inner}</${tag}>`;
  };
  return `<html><head><title>t</title></head><body>${el(0)}${el(0)}${el(0)}</body></html>`;
}

describe('findBylineElement', () => {
  it('takes the first visible byline outside unlikely subtrees, else the retry pick', () => {
    const d = doc('<html><body><div class="sidebar"><span class="byline">By Ben</span></div><p class="author">By Ana</p></body></html>');
    expect(findBylineElement(d)).toMatchObject({ text: 'By Ana', retry: false });
    const r = doc('<html><body><div class="sidebar"><span class="byline">By Ben</span></div><p>text</p></body></html>');
    expect(findBylineElement(r)).toMatchObject({ text: 'By Ben', retry: true });
    expect(findBylineElement(doc('<html><body><p hidden class="byline">By Ana</p><div><p>x</p></div></body></html>'))).toBeNull();
  });

  it('agrees with a walk that tests every element, on 2,000 generated pages', () => {
    const rnd = random(7);
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      const d = doc(page(rnd));
      const want = reference(d);
      const got = findBylineElement(d);
      expect(got?.el === want?.[0] && got?.retry === want?.[1], `page ${i}`).toBe(true);
      if (want) found++;
    }
    // The generator exercises both outcomes.
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(1900);
  });
});
