/**
 * The sanitiser in real Chromium (headless, playwright-core): the same code
 * the content script and reader page run, bundled with esbuild and injected
 * into a page served from 127.0.0.1. Hostile payloads are sanitised, checked
 * on a re-parse, then RENDERED into the live page (string and fragment paths)
 * with alert/confirm/prompt/print and a `__xss` marker trapped: nothing may
 * run, nothing may navigate, no beacon may be requested.
 * Payloads: our own cases (tests/unit/extract/support/hostileCases.ts) and,
 * when present, ../shared/corpus/hostile/xss-vectors.json read at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../../scripts/staticServer';
import { HOSTILE_CASES } from '../../unit/extract/support/hostileCases';

const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');
const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/hostile/xss-vectors.json');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const BASE = 'https://news.example/world/2024/story.html';
/** Hosts the sanitiser must never let the reader request. */
const BEACONS = /facebook\.com\/tr|google-analytics\.com|doubleclick\.net|pixel\.|scorecardresearch|mc\.yandex/;

interface SL {
  createSanitizer(win: Window): (html: string, base: string) => string;
  sanitizeToFragment(win: Window, html: string, base: string): DocumentFragment;
  findTrackers(doc: Document): { name: string }[];
  promoteLazyImages(root: Document | Element): number;
  unsafeParts(html: string, parse: (html: string) => Element): string[];
}
/** The test page's window: no global augmentation, so other test files' types stay untouched. */
type TestWindow = Window & { SL: SL; __hits: string[]; __xss(tag: unknown): void };

let bundle = '';
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const offHost: string[] = [];

beforeAll(async () => {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'sanitizePage.ts')],
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent',
  });
  bundle = out.outputFiles[0]!.text;
  server = await serveDirectory(PAGES_DIR);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  context = await browser.newContext();
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => {
    offHost.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.route(`${server.origin}/__blank.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><html lang="en"><head><title>blank</title></head><body></body></html>' }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openWithBundle(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.addScriptTag({ content: bundle });
  return page;
}

interface Rendered {
  html: string;
  text: string;
  problems: string[];
}

/** Sanitises and renders every payload in one page; returns per-payload results and what ran. */
async function renderAll(payloads: string[]): Promise<{ results: Rendered[]; hits: string[]; url: string; page: Page }> {
  const page = await openWithBundle('/__blank.html');
  await page.evaluate(() => {
    const window = globalThis as unknown as TestWindow;
    window.__hits = [];
    const hit = (what: string) => (...args: unknown[]) => void window.__hits.push(`${what}(${args.map(String).join(',')})`);
    window.__xss = hit('__xss');
    window.alert = hit('alert');
    window.confirm = hit('confirm') as unknown as typeof window.confirm;
    window.prompt = hit('prompt') as unknown as typeof window.prompt;
    window.print = hit('print');
    window.open = hit('open') as unknown as typeof window.open;
  });
  const results = await page.evaluate(({ payloads, base }) => {
    const window = globalThis as unknown as TestWindow;
    const sanitize = window.SL.createSanitizer(window);
    const parse = (html: string) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      const div = document.createElement('div');
      div.appendChild(t.content);
      return div;
    };
    return payloads.map((payload) => {
      const html = sanitize(payload, base);
      const problems = window.SL.unsafeParts(html, parse);
      // Render both ways the extension does: string into a live element, fragment appended.
      const viaString = document.createElement('div');
      document.body.appendChild(viaString);
      viaString.innerHTML = html;
      const viaFragment = document.createElement('div');
      document.body.appendChild(viaFragment);
      viaFragment.appendChild(window.SL.sanitizeToFragment(window, payload, base));
      return { html, text: viaString.textContent ?? '', problems };
    });
  }, { payloads, base: BASE });
  // Let image errors, focus and toggle events fire.
  await page.waitForTimeout(1_500);
  const hits = await page.evaluate(() => (globalThis as unknown as TestWindow).__hits);
  return { results, hits, url: page.url(), page };
}

describe('sanitiser in real Chromium', () => {
  it('control: the trap sees unsanitised payloads run (so an empty result means something)', async () => {
    const page = await openWithBundle('/__blank.html');
    const hits = await page.evaluate(async () => {
      const window = globalThis as unknown as TestWindow;
      const seen: string[] = [];
      window.__xss = (tag) => void seen.push(String(tag));
      const div = document.createElement('div');
      document.body.appendChild(div);
      div.innerHTML = '<img src="x" onerror="window.__xss(1)"><details open ontoggle="window.__xss(2)"><summary>s</summary></details>';
      await new Promise((r) => setTimeout(r, 1_000));
      return seen.sort();
    });
    expect(hits).toEqual(['1', '2']);
    await page.close();
  });

  it('own hostile cases: nothing unsafe survives, nothing runs when rendered', async () => {
    const { results, hits, url, page } = await renderAll(HOSTILE_CASES.map((c) => c.html));
    HOSTILE_CASES.forEach((c, i) => {
      const r = results[i]!;
      expect(r.problems, c.name).toEqual([]);
      for (const s of c.absent ?? []) expect(r.html.toLowerCase(), `${c.name}: ${s}`).not.toContain(s.toLowerCase());
      for (const s of c.keep ?? []) expect(r.text, `${c.name}: ${s}`).toContain(s);
    });
    expect(hits).toEqual([]);
    expect(url).toBe(`${server.origin}/__blank.html`);
    expect(offHost.filter((u) => BEACONS.test(u))).toEqual([]);
    await page.close();
  });

  it.runIf(existsSync(CORPUS))('shared hostile corpus (read at run time, skipped when absent)', async () => {
    const vectors = JSON.parse(readFileSync(CORPUS, 'utf8')) as { id: string; payload: string }[];
    const { results, hits, url, page } = await renderAll(vectors.map((v) => v.payload));
    const failures = results.flatMap((r, i) => (r.problems.length ? [`${vectors[i]!.id}: ${r.problems.join('; ')}`] : []));
    expect(failures).toEqual([]);
    expect(hits).toEqual([]);
    expect(url).toBe(`${server.origin}/__blank.html`);
    await page.close();
  });

  it('seed page: trackers named from the live DOM (noscript parsed as text)', async () => {
    const page = await openWithBundle('/seed.html');
    const names = await page.evaluate(() => (globalThis as unknown as TestWindow).SL.findTrackers(document).map((t) => t.name));
    expect(names).toEqual(expect.arrayContaining(['Google Analytics', 'Meta Pixel', 'Google AdSense']));
    await page.close();
  });

  it('lazy-images: a clone of the live page gets every real image URL, pixels dropped', async () => {
    const page = await openWithBundle('/lazy-images.html');
    const srcs = await page.evaluate(() => {
      const window = globalThis as unknown as TestWindow;
      const clone = document.cloneNode(true) as Document;
      window.SL.promoteLazyImages(clone);
      const html = window.SL.createSanitizer(window)(clone.querySelector('article')!.innerHTML, document.baseURI);
      const div = document.createElement('div');
      div.innerHTML = html;
      return Array.from(div.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    });
    const origin = server.origin;
    expect(srcs).toEqual([
      'https://images.tidewater.example/2024/08/reef-hero-1200.jpg',
      'https://images.tidewater.example/2024/08/shelf-map.png',
      `${origin}/2024/08/upwelling-chart.png`,
      'https://images.tidewater.example/2024/08/colony-pair-1600.jpg',
      'https://images.tidewater.example/2024/08/boat-1024.jpg',
    ]);
    await page.close();
  });

  it('base-href: relative URLs resolve against document.baseURI, tracking parameters stripped', async () => {
    const page = await openWithBundle('/base-href.html');
    const hrefs = await page.evaluate(() => {
      const window = globalThis as unknown as TestWindow;
      const html = window.SL.createSanitizer(window)(document.querySelector('article')!.innerHTML, document.baseURI);
      const div = document.createElement('div');
      div.innerHTML = html;
      return Array.from(div.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    });
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
