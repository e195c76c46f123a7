/**
 * Options in real Firefox: the automatic reader on a chosen site. Adding the
 * site asks for that origin's host permission (in the click) and articles on
 * it then open in the reader by themselves; home pages on it, and other sites,
 * do not. Removing the site gives the permission back and stops it.
 *
 * "Another site" is http://localhost:PORT, the same loopback server under
 * another host name (Firefox never proxies localhost; nothing leaves the machine).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, buildHas, launchFirefox, locationOf, reloadAndWait, until, waitForDocument, type FirefoxSession } from '../support/firefox';
import { listPageHtml } from '../support/firefoxPages';
import { pressShortcut, shortcutOf } from '../support/firefoxChrome';

const SITE = 'http://127.0.0.1';

async function openUrl(ff: FirefoxSession, url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  // The auto-reader may replace the page before puppeteer sees "load": do not wait for it.
  await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
  return page;
}

async function staysOnPage(page: Page, ms = 3_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if ((await locationOf(page).catch(() => '')).startsWith(EXTENSION_ORIGIN)) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return (await locationOf(page)).startsWith('http');
}

describe.skipIf(!buildHas('options.html'))('Firefox options: automatic reader on chosen sites', () => {
  let ff: FirefoxSession;
  let options: Page;
  beforeAll(async () => {
    ff = await launchFirefox({ grantLocalhost: false });
    ff.server.route('/home.html', listPageHtml());
    options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('#site-input');
  });
  afterAll(async () => {
    await ff?.close();
  });

  const origins = () => ff.inExtension(async () => (await browser.permissions.getAll()).origins ?? []);

  it('adding a site asks for that origin only', async () => {
    expect(await origins()).toEqual([]);
    await options.bringToFront();
    await options.type('#site-input', ff.server.origin);
    await options.click('#site-add'); // a real click: the permission request needs the gesture
    await options.waitForSelector(`li.site[data-origin="${SITE}"] .site-status.ok`, { timeout: 10_000 });
    expect(await origins()).toEqual([`${SITE}/*`]);
  });

  it('opens articles on that site in the reader by themselves', async () => {
    const page = await openUrl(ff, ff.server.url('/seed.html'));
    await waitForDocument(page, (url) => url.startsWith(`${EXTENSION_ORIGIN}/reader.html`), 'the automatic reader', 20_000);
    await until(() => page.evaluate(() => document.documentElement.dataset.view === 'article'), 'the article in the reader', 20_000);
    await page.close();
  });

  it('leaves home pages on that site alone', async () => {
    const page = await openUrl(ff, ff.server.url('/home.html'));
    expect(await staysOnPage(page)).toBe(true);
    await page.close();
  });

  it('leaves other sites alone', async () => {
    const elsewhere = ff.server.url('/seed.html').replace('127.0.0.1', 'localhost');
    const page = await openUrl(ff, elsewhere);
    expect(await staysOnPage(page)).toBe(true);
    await page.close();
  });

  it('removing the site gives the permission back and stops it', async () => {
    await options.bringToFront();
    await options.click(`li.site[data-origin="${SITE}"] button.secondary`);
    await until(async () => (await origins()).length === 0, 'the permission to be released');
    const page = await openUrl(ff, ff.server.url('/seed.html'));
    expect(await staysOnPage(page)).toBe(true);
    await page.close();
  });

  it('keeps its sites across a reload of the options page', async () => {
    await options.bringToFront();
    await options.type('#site-input', ff.server.origin);
    await options.click('#site-add');
    await options.waitForSelector(`li.site[data-origin="${SITE}"]`, { timeout: 10_000 });
    await reloadAndWait(options, 'the reloaded options page');
    await options.waitForSelector(`li.site[data-origin="${SITE}"] .site-status.ok`, { timeout: 10_000 });
  });

  it('reader display defaults chosen here survive a reload and apply in the reader', async () => {
    await options.bringToFront();
    await options.click('input[type="radio"][name="options-theme"][value="sepia"]');
    await until(async () => JSON.stringify(await ff.inExtension(() => browser.storage.local.get(null))).includes('sepia'), 'the theme to be saved');
    await reloadAndWait(options, 'the reloaded options page');
    await until(
      () => options.evaluate(() => (document.querySelector('input[name="options-theme"][value="sepia"]') as HTMLInputElement | null)?.checked === true),
      'sepia still chosen after reload',
    );

    // Not an auto-reader site, so only the shortcut opens the reader here.
    const tab = await openUrl(ff, ff.server.url('/rtl-ar.html').replace('127.0.0.1', 'localhost'));
    await tab.bringToFront();
    await pressShortcut(ff, await shortcutOf(ff, 'open-reader'));
    await waitForDocument(tab, (url) => url.startsWith(`${EXTENSION_ORIGIN}/reader.html`), 'the reader', 20_000);
    await until(() => tab.evaluate(() => document.documentElement.dataset.theme === 'sepia'), 'the sepia theme in the reader');
    await tab.close();
  });
});
