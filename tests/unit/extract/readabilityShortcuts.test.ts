import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { installReadabilityShortcuts } from '../../../src/extract/readabilityShortcuts';
import { collapsedLength, hasNonSpaceChars } from '../../../src/extract/clutterMetrics';
import { doc, page, prose } from './helpers';

type Method = (this: unknown, ...args: unknown[]) => unknown;
type Internals = Record<string, Method> & { REGEXPS: Record<string, RegExp> };

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const fixtures = readdirSync(PAGES).filter((n) => n.endsWith('.html')).map((n) => readFileSync(join(PAGES, n), 'utf8'));

/** Edge cases for each shortcut: spaces that trim() removes, hidden markers, bylines, commas. */
const EDGES = page(`
  <div class="byline">By A. Writer</div><span rel="author">   </span><p itemprop="author">${'x'.repeat(120)}</p>
  <div class="author-box"><span>Jo</span></div><a class="dateline">Paris,</a>
  <div> \u00a0\u2003\n\t</div><div><br><hr></div><div><!-- only a comment --></div><div><span> </span><br></div>
  <section><div><div> </div></div>x</section><h2>\ufeff</h2><header><br>text</header><div><img src="a.png"></div>
  <div style="display:none">a</div><div style="visibility: hidden">b</div><div style="color:red">c</div>
  <div hidden>d</div><div aria-hidden="true">e</div><div aria-hidden="true" class="fallback-image">f</div>
  <div aria-hidden="false">g</div><svg><text>h</text></svg>
  <p>One, two,, three , four</p><p>No commas at all</p><p>,</p>
  <div><a href="#x">anchor</a> and <a href="/y">a link</a>  with   spaces <a>none</a></div>
  <div><a href="#">   </a></div><div></div>
  ${prose(2)}`);

/** Every element of every test page, each asked of the shortcut and of Readability's own method. */
function compare(method: string, ask: (fn: Method, r: Internals, el: Element) => unknown): void {
  for (const html of [EDGES, ...fixtures]) {
    const d = doc(html);
    const reader = new Readability(d) as unknown as Internals;
    const own = (Readability.prototype as unknown as Internals)[method]!;
    installReadabilityShortcuts(reader);
    const fast = reader[method]!;
    expect(fast).not.toBe(own);
    for (const el of Array.from(d.querySelectorAll('*'))) {
      expect(ask(fast, reader, el), `${method} on <${el.localName} class="${el.getAttribute('class') ?? ''}">`).toEqual(ask(own, reader, el));
    }
  }
}

/** `change` run by Readability's own methods and by the shortcuts leaves each page's body the same. */
function sameChanges(pages: string[], change: (r: Internals, body: HTMLElement) => void): void {
  for (const html of pages) {
    const plain = doc(html);
    const fast = doc(html);
    const reader = new Readability(fast) as unknown as Internals;
    installReadabilityShortcuts(reader);
    change(new Readability(plain) as unknown as Internals, plain.body);
    change(reader, fast.body);
    expect(fast.body.innerHTML).toBe(plain.body.innerHTML);
  }
}

describe('installReadabilityShortcuts', () => {
  it('_isValidByline answers as Readability does', () => {
    compare('_isValidByline', (fn, r, el) => fn.call(r, el, `${el.getAttribute('class') ?? ''} ${el.id}`));
  });

  it('_isElementWithoutContent answers as Readability does', () => {
    compare('_isElementWithoutContent', (fn, r, el) => fn.call(r, el));
  });

  it('_isProbablyVisible answers as Readability does', () => {
    compare('_isProbablyVisible', (fn, r, el) => fn.call(r, el));
  });

  it('_getLinkDensity answers as Readability does, to the last bit', () => {
    compare('_getLinkDensity', (fn, r, el) => fn.call(r, el));
  });

  it('_getLinkDensity answers as Readability does while it scores candidates (measures remembered)', () => {
    for (const html of [EDGES, ...fixtures]) {
      const d = doc(html);
      const reader = new Readability(d) as unknown as Internals;
      const own = (Readability.prototype as unknown as Internals)._getLinkDensity!;
      installReadabilityShortcuts(reader);
      const all = Array.from(d.querySelectorAll('*'));
      // As in Readability's candidate loop: scored elements still in the page, asked one after another.
      for (const el of all) (el as unknown as { readability: object }).readability = { contentScore: 1 };
      for (const el of all) expect(reader._getLinkDensity!.call(reader, el)).toEqual(own.call(reader, el));
    }
  });

  it('forgets remembered measures at any call outside the candidate loop', () => {
    const d = doc(page(`<div id="outer"><div id="inner"><a href="/x">a long link text here</a> and some more words</div></div>${prose(1)}`));
    const reader = new Readability(d) as unknown as Internals;
    installReadabilityShortcuts(reader);
    const [outer, inner] = [d.getElementById('outer')!, d.getElementById('inner')!];
    (outer as unknown as { readability: object }).readability = { contentScore: 1 };
    (inner as unknown as { readability: object }).readability = { contentScore: 1 };
    const density = (el: Element): unknown => reader._getLinkDensity!.call(reader, el);
    const before = density(outer);
    // The page changes between two scoring loops; a call about an element
    // that is no candidate (the walk, the cleaning) comes in between.
    inner.append(' with many more words after the link than before');
    density(d.body);
    const own = (Readability.prototype as unknown as Internals)._getLinkDensity!;
    expect(density(outer)).toEqual(own.call(reader, outer));
    expect(density(outer)).not.toEqual(before);
  });

  it('_cleanConditionally removes what Readability removes, each text built once per call', () => {
    // Nested boxes: inner ones go first, which changes the text the outer ones are judged on.
    const nested = page(`<div class="outer">${prose(1)}<div class="mid"><div class="inner"><a href="/a">link one</a> <a href="/b">link two</a></div>
      <p>Short, text.</p><div><span>ad</span></div></div><ul><li><a href="/c">x</a></li></ul>${prose(1, 'More')}</div>`);
    sameChanges([nested, EDGES, ...fixtures], (r, body) => {
      for (const tag of ['table', 'ul', 'div']) r._cleanConditionally!.call(r, body, tag);
    });
  });

  it('_cleanStyles removes what Readability removes', () => {
    const styled = page(`<table border="1" width="90%" cellpadding="2" style="color:red" class="t"><tr><td valign="top" width="10" height="5" id="c">x</td>
      <td Align="left" data-x="1">y</td></tr></table><pre width="80">code</pre><div width="3" height="4" bgcolor="red"><hr width="50%"><img width="10" height="10" src="a.png" style="border:0"></div>
      <svg style="fill:red" width="10"><rect style="x" width="5"/></svg><p align="center" vspace="1" hspace="2"><font face="x" style="y">z</font></p>${prose(1)}`);
    sameChanges([styled, EDGES, ...fixtures], (r, body) => r._cleanStyles!.call(r, body));
  });

  it('keeps no text past the _cleanConditionally call that built it', () => {
    const d = doc(page(`<div id="box"><p>First, text.</p></div>${prose(1)}`));
    const reader = new Readability(d) as unknown as Internals;
    installReadabilityShortcuts(reader);
    const box = d.getElementById('box')!;
    reader._cleanConditionally!.call(reader, d.body, 'div');
    box.querySelector('p')!.textContent = 'Changed';
    expect(reader._getInnerText!.call(reader, box)).toBe('Changed');
    expect(reader._getLinkDensity!.call(reader, box)).toBe(0);
  });

  it('_getCharCount answers as Readability does, for commas and other strings', () => {
    compare('_getCharCount', (fn, r, el) => [fn.call(r, el), fn.call(r, el, ','), fn.call(r, el, ' '), fn.call(r, el, 'o')]);
  });

  it('leaves whole parses unchanged', () => {
    for (const html of [EDGES, ...fixtures]) {
      const plain = new Readability(doc(html)).parse();
      const reader = new Readability(doc(html));
      installReadabilityShortcuts(reader);
      expect(reader.parse()).toEqual(plain);
    }
  });

  it('changes nothing on an instance without the internals it relies on', () => {
    const odd = { _isValidByline: () => true };
    installReadabilityShortcuts(odd);
    expect(odd._isValidByline()).toBe(true);
    expect(Object.keys(odd)).toEqual(['_isValidByline']);
  });
});

describe('hasNonSpaceChars', () => {
  it('counts text below any depth and treats every JavaScript space as space', () => {
    const d = doc(page('<div id="a"><span><b> </b></span>\u00a0<i>\n<u>x</u></i></div><div id="b"> \u2028<!-- c --><p>\ufeff</p></div>'));
    expect(hasNonSpaceChars(d.getElementById('a')!, 1)).toBe(true);
    expect(hasNonSpaceChars(d.getElementById('a')!, 2)).toBe(false);
    expect(hasNonSpaceChars(d.getElementById('b')!, 1)).toBe(false);
  });

  it('is a lower bound of collapsedLength, reached exactly at the count of non-space characters', () => {
    for (const html of [EDGES, ...fixtures]) {
      const body = doc(html).body;
      const text = body.textContent ?? '';
      const count = text.replace(/\s/g, '').length;
      expect(count).toBeLessThanOrEqual(collapsedLength(text));
      expect(hasNonSpaceChars(body, count)).toBe(true);
      expect(hasNonSpaceChars(body, count + 1)).toBe(false);
    }
  });
});
