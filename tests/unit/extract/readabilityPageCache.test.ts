import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { cachePageAsTree } from '../../../src/extract/readabilityPageCache';
import { retriesLeft } from '../../../src/extract/readabilityRetries';
import { doc, page, prose } from './helpers';

/** Readability with many retries (a high threshold), with or without the cache. */
function run(d: Document, cached: boolean): { content: string; length: number; dir: string | null | undefined } {
  const reader = new Readability(d, { charThreshold: 5000 });
  const remove = cached ? cachePageAsTree(d.body, () => retriesLeft(reader)) : null;
  const r = reader.parse();
  remove?.();
  return { content: r?.content ?? '', length: r?.length ?? 0, dir: r?.dir };
}

/**
 * Retried: the "sidebar" is stripped on the first attempt only, so a retry's
 * result is kept. In it, a script between two text nodes (removed before the
 * cache is made, leaving them adjacent), carriage returns from `&#13;` in
 * text and in an attribute, and a <pre> whose text starts with a line feed:
 * what an HTML round trip changes and a tree copy must change the same way.
 */
const retried = page(`<div>${prose(2)}<div>\n\t<script>var x = 1;</script>, as reported (<span>1</span> rating)&#13;\nand more</div>`
  + `<p title="one&#13;two">${prose(1, 'Later')}</p><pre>\n\ncode line</pre></div><div class="sidebar">${prose(3, 'Elsewhere')}</div>`);

describe('cachePageAsTree', () => {
  it('answers the read with a token and puts the same tree back when it is set', () => {
    const d = doc(page('<div id="a"><p>One <b>two</b></p></div><p>Three</p>'));
    const before = d.body.innerHTML;
    const remove = cachePageAsTree(d.body);
    const token = d.body.innerHTML;
    expect(token).not.toContain('<');
    d.body.querySelector('#a')!.remove();
    d.body.innerHTML = token;
    expect(d.body.querySelector('#a')).not.toBeNull();
    remove();
    expect(d.body.innerHTML).toBe(before);
  });

  it('hands its saved tree over when one attempt is left, and only empties the page when none is', () => {
    const d = doc(page('<div id="a"><p>One</p></div>'));
    let left = 1;
    const remove = cachePageAsTree(d.body, () => left);
    const token = d.body.innerHTML;
    d.body.querySelector('#a')!.remove();
    d.body.innerHTML = token;
    expect(d.body.querySelector('#a p')?.textContent).toBe('One');
    // Nothing is kept for a second restore that still expects attempts after it.
    expect(() => (d.body.innerHTML = token)).toThrow(/last copy/);
    left = 0;
    d.body.innerHTML = token;
    expect(d.body.childNodes.length).toBe(0);
    remove();
  });

  it('hands any other value to the real setter, and can be removed', () => {
    const d = doc(page('<p>Old</p>'));
    const remove = cachePageAsTree(d.body);
    d.body.innerHTML = '<p>New</p>';
    remove();
    expect(d.body.innerHTML).toBe('<p>New</p>');
    expect(Object.getOwnPropertyDescriptor(d.body, 'innerHTML')).toBeUndefined();
  });

  it('gives Readability the same result as its HTML cache on a page it retries (jsdom, an HTML parser)', () => {
    const html = retried;
    const plain = run(new JSDOM(html).window.document, false);
    const cached = run(new JSDOM(html).window.document, true);
    expect(plain.length).toBeGreaterThan(0);
    expect(cached).toEqual(plain);
  });

  it('builds no copy after the last attempt, and the result stays the same (direction read from the page too)', () => {
    const html = retried.replace('<body>', '<body dir="rtl">');
    expect(html).toContain('<body dir="rtl">');
    const plain = new JSDOM(html).window.document;
    const cached = new JSDOM(html).window.document;
    const a = run(plain, false);
    expect(run(cached, true)).toEqual(a);
    // Readability put the page back after every attempt; the cache, whose last restore builds nothing, leaves it empty.
    expect(plain.body.children.length).toBeGreaterThan(0);
    expect(cached.body.childNodes.length).toBe(0);
  });

  it('the same on linkedom (the CLI DOM)', () => {
    expect(run(doc(retried), true)).toEqual(run(doc(retried), false));
  });
});
