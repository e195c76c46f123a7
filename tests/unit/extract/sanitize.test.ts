/**
 * The sanitiser where it really runs in Node: jsdom 27 (the CLI's window).
 * The real-browser tier is tests/e2e/chromium/sanitize.e2e.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createSanitizer, sanitizeToFragment } from '../../../src/extract/sanitize';
import { HOSTILE_CASES } from './support/hostileCases';
import { unsafeParts } from './support/safety';
import { BASE, parse, sanitize, win, window } from './support/jsdomSanitizer';

const clean = (html: string, base = BASE) => parse(sanitize(html, base));

describe('reader profile: what is removed', () => {
  it('removes scripts, handlers, styles, frames, forms, ids, names and classes but keeps the text', () => {
    const out = clean(`<div id="a" class="x" style="color:red" onclick="alert(1)" data-x="1" aria-label="y">
      <p name="n">Hello <b>world</b></p><script>alert(1)</script><style>p{}</style>
      <iframe src="https://a.example/"></iframe><form><input name="q"><button>Go</button></form></div>`);
    expect(out.querySelector('script, style, iframe, form, input, button')).toBeNull();
    expect(out.querySelectorAll('[id], [name], [class], [style], [onclick], [data-x], [aria-label]').length).toBe(0);
    expect(out.textContent).toContain('Hello world');
    expect(out.textContent).not.toContain('Go');
  });

  it('keeps MathML text but not MathML markup, drops SVG', () => {
    const out = clean('<p>Let <math><mi>x</mi><mo>=</mo><mn>2</mn></math>.</p><svg><text>svg label</text></svg>');
    expect(out.querySelector('math, mi, svg')).toBeNull();
    expect(out.textContent).toBe('Let x=2.');
  });

  it('keeps tables, lists, quotes, figures and time', () => {
    const html = '<figure><img src="/a.jpg" alt="A"><figcaption>Cap</figcaption></figure><blockquote><p>Q</p></blockquote>' +
      '<ol start="3"><li>one</li></ol><table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>' +
      '<p><time datetime="2024-01-01">1 Jan</time> <q>said</q> <abbr title="World Health Organization">WHO</abbr></p>';
    const out = clean(html);
    for (const sel of ['figure', 'figcaption', 'blockquote', 'ol[start="3"]', 'th[scope]', 'td[colspan="2"]', 'time[datetime]', 'q', 'abbr[title]']) {
      expect(out.querySelector(sel), sel).not.toBeNull();
    }
  });

  it('removes comments and bidi overrides, keeps RTL text and marks', () => {
    const out = clean('<!-- c --><p dir="rtl" lang="ar">قال \u200Fالوزير</p><p>file\u202Egpj.exe</p>');
    expect(out.innerHTML).not.toContain('<!--');
    expect(out.textContent).toContain('قال \u200Fالوزير');
    expect(out.textContent).toContain('filegpj.exe');
    expect(out.querySelector('p[dir="rtl"][lang="ar"]')).not.toBeNull();
  });
});

describe('links', () => {
  it('resolves relative links, strips tracking parameters, opens safely', () => {
    const out = clean('<a href="../next.html?id=7&utm_source=tw&utm_medium=social&fbclid=abc&gclid=1#part">n</a>');
    const a = out.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://news.example/world/next.html?id=7#part');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
  });

  it('drops an emptied query entirely and keeps non-tracking parameters in order', () => {
    const out = clean('<a href="https://a.example/p?utm_campaign=x&mc_eid=1&mc_cid=2">a</a><a href="https://a.example/p?q=1&msclkid=2&page=3&_hsenc=x&igshid=y">b</a>');
    const [a, b] = Array.from(out.querySelectorAll('a'));
    expect(a!.getAttribute('href')).toBe('https://a.example/p');
    expect(b!.getAttribute('href')).toBe('https://a.example/p?q=1&page=3');
  });

  it('keeps in-page fragments as fragments (not resolved against <base>), without target', () => {
    const a = clean('<a href="#notes">notes</a>', 'https://cdn.example/archive/').querySelector('a')!;
    expect(a.getAttribute('href')).toBe('#notes');
    expect(a.hasAttribute('target')).toBe(false);
  });

  it('keeps mailto with rel but no _blank target', () => {
    const a = clean('<a href="mailto:desk@news.example?subject=Tip">tip</a>').querySelector('a')!;
    expect(a.getAttribute('href')).toBe('mailto:desk@news.example?subject=Tip');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.hasAttribute('target')).toBe(false);
  });

  it('turns links to every other scheme, and named anchors, into their text', () => {
    for (const href of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'tel:123', 'ftp://a.example/', 'file:///x']) {
      const out = clean(`<p>a <a href="${href}">t<b>u</b></a> b</p>`);
      expect(out.querySelector('a'), href).toBeNull();
      expect(out.innerHTML).toBe('<p>a t<b>u</b> b</p>');
    }
    expect(clean('<h2><a name="part2"></a>Part two</h2>').innerHTML).toBe('<h2>Part two</h2>');
  });

  it('resolves protocol-relative and root-relative links', () => {
    const [a, b] = Array.from(clean('<a href="//other.example/x">a</a><a href="/y">b</a>').querySelectorAll('a'));
    expect(a!.getAttribute('href')).toBe('https://other.example/x');
    expect(b!.getAttribute('href')).toBe('https://news.example/y');
  });

  it('keeps the article when a link names a host like an Object member ("constructor")', () => {
    expect(sanitize('<p>Text <a href="http://constructor/">x</a></p>', BASE)).toBe('<p>Text <a href="http://constructor/" rel="noopener noreferrer" target="_blank">x</a></p>');
  });

  it('drops relative links when the base is not http(s)', () => {
    const out = clean('<a href="/y">b</a><a href="https://a.example/">c</a>', 'about:blank');
    expect(out.innerHTML).toBe('b<a href="https://a.example/" rel="noopener noreferrer" target="_blank">c</a>');
  });
});

describe('images', () => {
  it('resolves relative src and srcset, adds lazy loading without referrer', () => {
    const img = clean('<img src="img/a.jpg" srcset="img/a-600.jpg 600w, //cdn.example/a-1200.jpg 1200w" sizes="100vw" alt="A">').querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://news.example/world/2024/img/a.jpg');
    expect(img.getAttribute('srcset')).toBe('https://news.example/world/2024/img/a-600.jpg 600w, https://cdn.example/a-1200.jpg 1200w');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('loading')).toBe('lazy');
  });

  it('drops data: images and images without any http(s) source', () => {
    const out = clean('<p>x<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><img><img src="javascript:1"></p>');
    expect(out.querySelector('img')).toBeNull();
  });

  it('takes the largest srcset candidate when src is a placeholder', () => {
    const img = clean('<img src="data:image/gif;base64,AA" srcset="/s.jpg 300w, /l.jpg 900w, /m.jpg 600w">').querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://news.example/l.jpg');
  });

  it('promotes lazy attributes: data-src, data-lazy-src, data-original, data-srcset', () => {
    const out = clean('<img src="/ph.gif" data-src="/real1.jpg"><img data-lazy-src="/real2.jpg"><img class="lazy" data-original="/real3.jpg">' +
      '<img src="data:image/svg+xml,%3Csvg/%3E" data-srcset="/r4-1.jpg 1x, /r4-2.jpg 2x">');
    expect(Array.from(out.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual([
      'https://news.example/real1.jpg', 'https://news.example/real2.jpg', 'https://news.example/real3.jpg', 'https://news.example/r4-2.jpg',
    ]);
  });

  it('replaces a placeholder with its <noscript> image and unwraps lone <noscript> images', () => {
    const out = clean('<figure><img src="data:image/gif;base64,AA" class="lazy" alt="Harbour"><noscript><img src="/harbour.jpg"></noscript></figure>' +
      '<p><noscript><img src="/solo.jpg" alt="Solo"></noscript></p>');
    const imgs = Array.from(out.querySelectorAll('img'));
    expect(imgs.map((i) => [i.getAttribute('src'), i.getAttribute('alt')])).toEqual([
      ['https://news.example/harbour.jpg', 'Harbour'],
      ['https://news.example/solo.jpg', 'Solo'],
    ]);
  });

  it('uses <picture> sources when the img has nothing better', () => {
    const out = clean('<picture><source data-srcset="/p-800.jpg 800w, /p-1600.jpg 1600w"><img src="data:image/gif;base64,AA" data-srcset="/i-800.jpg 800w"></picture>');
    expect(out.querySelector('picture, source')).toBeNull();
    expect(out.querySelector('img')!.getAttribute('src')).toBe('https://news.example/i-800.jpg');
  });

  it('drops tracking pixels by size, visibility and beacon host', () => {
    const out = clean('<p>t<img src="/a.gif" width="1" height="1"><img src="/b.gif" style="display: none"><img src="/c.gif" hidden>' +
      '<img src="https://www.facebook.com/tr?id=1&ev=PageView"><img src="https://pixel.wp.com/g.gif"><img src="https://sb.scorecardresearch.com/p?c1=2">' +
      '<img src="https://photos.example/real.jpg" width="640" height="480"></p>');
    expect(Array.from(out.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['https://photos.example/real.jpg']);
  });
});

describe('hostile input', () => {
  it.each(HOSTILE_CASES)('$name', (c) => {
    const html = sanitize(c.html, BASE);
    const root = parse(html);
    expect(unsafeParts(html, parse)).toEqual([]);
    const lower = root.innerHTML.toLowerCase();
    for (const s of c.absent ?? []) expect(lower, s).not.toContain(s.toLowerCase());
    for (const s of c.keep ?? []) expect(root.textContent, s).toContain(s);
    for (const s of c.present ?? []) expect(html, s).toContain(s);
  });

  it('never throws and returns a string for garbage input', () => {
    const junk: unknown[] = ['', null, undefined, 42, '<', '</p>', '<a href=', '\u0000<p>\u0000</p>', '<'.repeat(10_000)];
    for (const j of junk) expect(typeof sanitize(j as string, BASE)).toBe('string');
    expect(sanitize('<p>x</p>', 'not a url')).toBe('<p>x</p>');
  });

  it('flattens pathological nesting instead of recursing into it', () => {
    const out = parse(sanitize(`${'<div>'.repeat(1_000)}deep text${'</div>'.repeat(1_000)}`, BASE));
    expect(out.textContent).toBe('deep text');
    let depth = 0;
    for (let el: Element | null = out; el && el.firstElementChild; el = el.firstElementChild) depth++;
    expect(depth).toBeLessThanOrEqual(256);
  }, 120_000);

  const corpus = resolve(import.meta.dirname, '../../../../shared/corpus/hostile/xss-vectors.json');
  // Read at run time only, never copied into the repo (licences differ per entry).
  it.runIf(existsSync(corpus))('shared hostile corpus: no payload survives (skipped when ../shared/corpus is absent)', () => {
    const vectors = JSON.parse(readFileSync(corpus, 'utf8')) as { id: string; payload: string }[];
    const failures: string[] = [];
    for (const v of vectors) {
      const problems = unsafeParts(sanitize(v.payload, BASE), parse);
      if (problems.length) failures.push(`${v.id}: ${problems.join('; ')}`);
    }
    expect(vectors.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 180_000);
});

describe('fragment API and windows', () => {
  it('sanitizeToFragment returns a fragment the reader page can append', () => {
    const frag = sanitizeToFragment(win, '<p>a<script>1</script><a href="/x">x</a></p>', BASE);
    const host = window.document.createElement('div');
    host.appendChild(window.document.importNode(frag, true));
    expect(host.innerHTML).toBe('<p>a<a href="https://news.example/x" rel="noopener noreferrer" target="_blank">x</a></p>');
  });

  it('refuses a linkedom window, where DOMPurify would silently do nothing', () => {
    const lw = parseHTML('<!DOCTYPE html><html><body></body></html>') as unknown as Window & typeof globalThis;
    expect(() => createSanitizer(lw)).toThrow(/linkedom/);
  });

  it('the CLI sanitises with jsdom, not linkedom', async () => {
    const { nodeSanitizer } = await import('../../../cli/nodeDom');
    const out = nodeSanitizer()('<p onclick="x()">ok</p><script>alert(1)</script>', BASE);
    expect(out).toBe('<p>ok</p>');
  });
});

describe('fixtures', () => {
  const dir = resolve(import.meta.dirname, '../../fixtures/pages');
  const files = ['seed', 'wordpress-comments', 'news-jsonld-paywall', 'liveblog', 'de-artikel', 'fr-article', 'rtl-ar', 'cjk-zh', 'lazy-images', 'base-href', 'no-article'];
  it.each(files)('%s: the whole body sanitises to safe, tracking-free HTML', (name) => {
    const dom = new JSDOM(readFileSync(resolve(dir, `${name}.html`), 'utf8'), { url: 'https://fixture.example/articles/page.html' });
    const doc = dom.window.document;
    const html = sanitize(doc.body.innerHTML, doc.baseURI);
    expect(unsafeParts(html, parse)).toEqual([]);
    const root = parse(html);
    for (const a of Array.from(root.querySelectorAll('a[href]'))) expect(a.getAttribute('href')).not.toMatch(/[?&](utm_|fbclid|gclid)/);
    for (const img of Array.from(root.querySelectorAll('img'))) expect(img.getAttribute('src')).not.toMatch(/facebook\.com\/tr|google-analytics|doubleclick|pixel\.wp\.com|^data:/);
    dom.window.close();
  });

  it('base-href: relative URLs resolve against the page <base>, not the page URL', () => {
    const dom = new JSDOM(readFileSync(resolve(dir, 'base-href.html'), 'utf8'), { url: 'https://harbourtown-herald.example/news/2023/06/14/mural' });
    const doc = dom.window.document;
    const root = parse(sanitize(doc.querySelector('article')!.innerHTML, doc.baseURI));
    const hrefs = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://static.harbourtown-herald.example/archive/records/council-minutes-1891.pdf');
    expect(hrefs).toContain('https://static.harbourtown-herald.example/archive/2023/06/photos/gallery.html');
    expect(hrefs).toContain('https://harbourtown-herald.example/reports/mural-conservation.pdf?ref=article');
    expect(hrefs).toContain('#appeal');
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://static.harbourtown-herald.example/archive/2023/06/images/mural-lead.jpg');
    expect(root.querySelectorAll('img').length).toBe(1);
  });

  it('lazy-images: every article image gets its real URL', () => {
    const dom = new JSDOM(readFileSync(resolve(dir, 'lazy-images.html'), 'utf8'), { url: 'https://tidewater.example/science/2024/08/03/reef' });
    const doc = dom.window.document;
    const root = parse(sanitize(doc.querySelector('article')!.innerHTML, doc.baseURI));
    const srcs = Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(srcs).toEqual([
      'https://images.tidewater.example/2024/08/reef-hero-1200.jpg',
      'https://images.tidewater.example/2024/08/shelf-map.png',
      'https://tidewater.example/2024/08/upwelling-chart.png',
      'https://images.tidewater.example/2024/08/colony-pair-1600.jpg',
      'https://images.tidewater.example/2024/08/boat-1024.jpg',
    ]);
  });
});
