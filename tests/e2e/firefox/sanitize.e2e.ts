/**
 * The sanitiser in real Firefox ESR (headless, puppeteer-core over WebDriver
 * BiDi): the same bundle and suite as the Chromium tier
 * (tests/e2e/support/sanitizerSuite.ts), on Gecko's parser. No extension is
 * installed: the sanitiser runs in a plain 127.0.0.1 page. Offline by
 * construction: non-loopback traffic goes to a closed proxy port and
 * MOZ_DISABLE_NONLOCAL_CONNECTIONS refuses it anyway.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { FIREFOX_EXECUTABLE } from '../support/firefox';
import { firefoxPrefs } from '../support/firefoxPrefs';
import { bundleSanitizerPage, serveFixtures, type FixtureServer } from '../support/sanitizerBundle';
import { defineSanitizerSuite, type PageLike } from '../support/sanitizerSuite';

let bundle = '';
let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  bundle = await bundleSanitizerPage();
  server = await serveFixtures();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_EXECUTABLE,
    headless: true,
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    // Port 9 (discard) has no listener: anything proxied fails at once.
    extraPrefsFirefox: firefoxPrefs(9),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

defineSanitizerSuite('Firefox', {
  async open(path) {
    const page: Page = await browser.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    return page as unknown as PageLike;
  },
  origin: () => server.origin,
});
