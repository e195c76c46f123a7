/**
 * The sanitiser in real Chromium (headless, playwright-core): the same code
 * the content script and reader page run, bundled with esbuild and injected
 * into pages served from 127.0.0.1. Every request off 127.0.0.1 is aborted
 * and recorded. Suite: tests/e2e/support/sanitizerSuite.ts.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { bundleSanitizerPage, serveFixtures, type FixtureServer } from '../support/sanitizerBundle';
import { defineSanitizerSuite, type PageLike } from '../support/sanitizerSuite';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let bundle = '';
let server: FixtureServer;
let browser: Browser;
let context: BrowserContext;
const offHost: string[] = [];

beforeAll(async () => {
  bundle = await bundleSanitizerPage();
  server = await serveFixtures();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  context = await browser.newContext();
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => {
    offHost.push(route.request().url());
    return route.abort('blockedbyclient');
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

defineSanitizerSuite('Chromium', {
  async open(path) {
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    return page as unknown as PageLike;
  },
  origin: () => server.origin,
  offHost: () => offHost,
});
