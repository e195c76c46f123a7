/**
 * The sanitiser's real-browser suite, shared by Chromium (playwright-core)
 * and Firefox (puppeteer-core): both drivers' pages can `goto`, `evaluate`
 * one argument and `addScriptTag`, which is all it needs.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../../unit/extract/support/hostileCases';
import { BEACON_URL, TEST_BASE, corpusPayloads, type SanitizerPageApi } from './sanitizerBundle';
import type { Rendered } from './sanitizerPage';

export interface PageLike {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  url(): string;
  close(): Promise<void>;
}

export interface SuiteEnv {
  /** A page on `path` of the 127.0.0.1 fixture server ('/__blank.html' is a blank page), bundle injected. */
  open(path: string): Promise<PageLike>;
  origin(): string;
  /** URLs that tried to leave 127.0.0.1, when the driver can see them. */
  offHost?: () => string[];
  /** Milliseconds to let image errors and toggle events fire. */
  settleMs?: number;
}

type Page = Window & { SL: SanitizerPageApi };

async function renderAll(env: SuiteEnv, payloads: string[]): Promise<{ results: Rendered[]; hits: string[]; url: string }> {
  const page = await env.open('/__blank.html');
  try {
    const results = await page.evaluate((a: { payloads: string[]; base: string }) => (globalThis as unknown as Page).SL.renderAll(a.payloads, a.base), { payloads, base: TEST_BASE });
    await new Promise((r) => setTimeout(r, env.settleMs ?? 1_500));
    const hits = await page.evaluate(() => (globalThis as unknown as Page).SL.hits(), null);
    return { results, hits, url: page.url() };
  } finally {
    await page.close();
  }
}

export function defineSanitizerSuite(browserName: string, env: SuiteEnv): void {
  describe(`sanitiser in real ${browserName}`, () => {
    it('control: the traps see unsanitised handlers run (so an empty result means something)', async () => {
      const page = await env.open('/__blank.html');
      await page.evaluate(() => (globalThis as unknown as Page).SL.renderRaw(
        '<img src="x" onerror="window.__xss(1)"><details open ontoggle="window.__xss(2)"><summary>s</summary></details>'), null);
      await new Promise((r) => setTimeout(r, env.settleMs ?? 1_500));
      const hits = await page.evaluate(() => (globalThis as unknown as Page).SL.hits(), null);
      expect(hits.sort()).toEqual(['__xss(1)', '__xss(2)']);
      await page.close();
    });

    it('own hostile cases: nothing unsafe survives, nothing runs when rendered', async () => {
      const { results, hits, url } = await renderAll(env, HOSTILE_CASES.map((c) => c.html));
      HOSTILE_CASES.forEach((c, i) => {
        const r = results[i]!;
        expect(r.problems, c.name).toEqual([]);
        for (const s of c.absent ?? []) expect(r.html.toLowerCase(), `${c.name}: ${s}`).not.toContain(s.toLowerCase());
        for (const s of c.keep ?? []) expect(r.text, `${c.name}: ${s}`).toContain(s);
        for (const s of c.present ?? []) expect(r.html, `${c.name}: ${s}`).toContain(s);
      });
      expect(hits).toEqual([]);
      expect(url).toBe(`${env.origin()}/__blank.html`);
      if (env.offHost) expect(env.offHost().filter((u) => BEACON_URL.test(u))).toEqual([]);
    });

    const corpus = corpusPayloads();
    it.runIf(corpus !== null)('shared hostile corpus (read at run time, skipped when absent)', async () => {
      const { results, hits, url } = await renderAll(env, corpus!.map((v) => v.payload));
      const failures = results.flatMap((r, i) => (r.problems.length ? [`${corpus![i]!.id}: ${r.problems.join('; ')}`] : []));
      expect(failures).toEqual([]);
      expect(hits).toEqual([]);
      expect(url).toBe(`${env.origin()}/__blank.html`);
    });

    it('seed page: trackers named from the live DOM (its <noscript> is text there)', async () => {
      const page = await env.open('/seed.html');
      const names = await page.evaluate(() => (globalThis as unknown as Page).SL.trackerNames(), null);
      expect(names).toEqual(expect.arrayContaining(['Google Analytics', 'Meta Pixel', 'Google AdSense']));
      await page.close();
    });

    it('the live page clobbering document methods cannot break or bypass the sanitiser', async () => {
      const page = await env.open('/__blank.html');
      const out = await page.evaluate((base: string) => (globalThis as unknown as Page).SL.sanitizeOnClobberedPage(
        '<p onclick="x()">Kept <a href="/a?utm_source=x">link</a></p><img data-src="/lazy.jpg" src="data:image/gif;base64,AA"><script>1</script>', base), TEST_BASE);
      expect(out).toBe('<p>Kept <a href="https://news.example/a" rel="noopener noreferrer" target="_blank">link</a></p>' +
        '<img src="https://news.example/lazy.jpg" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
      await page.close();
    });

    it('trackers: a page cannot hide its trackers by clobbering document methods', async () => {
      const page = await env.open('/__blank.html');
      const names = await page.evaluate(() => (globalThis as unknown as Page).SL.trackerNamesOf(
        '<img name="getElementsByTagName"><img name="baseURI"><form name="querySelectorAll"></form>' +
        '<script src="https://static.hotjar.com/c/hotjar-1.js"></script><img src="https://www.facebook.com/tr?id=1">'), null);
      expect(names).toEqual(['Hotjar', 'Meta Pixel']);
      await page.close();
    });

    it('a page naming form controls or images after DOM members cannot hang extraction or hide its article', async () => {
      const prose = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the harbour story, long enough to be read as prose, with a comma, another, and more words still.</p>`).join('');
      const members = ['parentNode', 'nextSibling', 'nextElementSibling', 'firstChild', 'firstElementChild', 'parentElement', 'childNodes',
        'children', 'textContent', 'getAttribute', 'hasAttribute', 'localName', 'nodeType', 'className', 'style', 'querySelector', 'remove'];
      const snippets = [
        ...members.flatMap((m) => [`<form><input type="hidden" name="${m}"></form>`, `<form><input id="${m}"></form>`]),
        '<form id="f"></form><input form="f" name="parentNode">', '<form><img name="nextSibling" src="a.png"></form>',
        '<img name="body">', '<img name="documentElement">', '<article><address><form class="fn"><input name="textContent"></form></address></article>', '<form name="getElementsByTagName"></form>', '<embed name="createElement">',
      ];
      const pages = snippets.map((x) => `<html><head><title>Harbour</title></head><body>${x}<div class="story"><h1>Harbour</h1>${prose}${x}${prose}</div></body></html>`);
      const page = await env.open('/__blank.html');
      const out = await page.evaluate((p: string[]) => (globalThis as unknown as Page).SL.extractClobbered(p), pages);
      await page.close();
      expect(out.clobbers).toBe(true);
      out.results.forEach((text, i) => expect(text, snippets[i]).toContain('Paragraph 7 of the harbour story'));
    });

    it('a page naming images after document members still gets a fingerprint of its own text', async () => {
      const names = '<img name="body"><img name="title"><img name="documentElement">';
      const pages = ['The harbour reopens.', 'The ferry is cancelled.'].map((t) => `<html><head><title>News</title></head><body>${names}<p>${t}</p></body></html>`);
      const page = await env.open('/__blank.html');
      const prints = await page.evaluate((p: string[]) => (globalThis as unknown as Page).SL.fingerprintsOf(p), pages);
      await page.close();
      expect(prints[0]).not.toBe('');
      expect(prints[0]).not.toBe(prints[1]);
    });

    it('lazy-images: a clone of the live page gets every real image URL, pixels dropped', async () => {
      const page = await env.open('/lazy-images.html');
      const srcs = await page.evaluate(() => (globalThis as unknown as Page).SL.readerImages('article'), null);
      expect(srcs).toEqual([
        'https://images.tidewater.example/2024/08/reef-hero-1200.jpg',
        'https://images.tidewater.example/2024/08/shelf-map.png',
        `${env.origin()}/2024/08/upwelling-chart.png`,
        'https://images.tidewater.example/2024/08/colony-pair-1600.jpg',
        'https://images.tidewater.example/2024/08/boat-1024.jpg',
      ]);
      await page.close();
    });

    it('base-href: relative URLs resolve against document.baseURI, tracking parameters stripped', async () => {
      const page = await env.open('/base-href.html');
      const hrefs = await page.evaluate(() => (globalThis as unknown as Page).SL.readerLinks('article'), null);
      expect(hrefs).toEqual([
        'https://static.harbourtown-herald.example/archive/records/council-minutes-1891.pdf',
        '#appeal',
        'https://static.harbourtown-herald.example/archive/2023/06/photos/gallery.html',
        'https://harbourtown-herald.example/reports/mural-conservation.pdf?ref=article',
        'mailto:archive@harbourtown-history.example?subject=Chamber%20photos',
      ]);
      await page.close();
    });
  });
}
