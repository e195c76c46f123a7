/**
 * Auto-reader in real Firefox, including the real permission path: the
 * profile sets extensions.webextOptionalPermissionPrompts=false, so
 * permissions.request() on a real click (BiDi input) grants without a
 * doorhanger, and permissions.remove() really gives the host back.
 *
 * The allowed site is http://127.0.0.1; "elsewhere" is the same loopback
 * server as http://localhost (another origin, no permission).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, buildHas, launchFirefox, locationOf, until, waitForDocument, type FirefoxSession } from '../support/firefox';

const hasOptions = buildHas('options.html') && buildHas('content-scripts/auto-reader.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!hasOptions)('Firefox auto-reader', () => {
  let ff: FirefoxSession;
  let options: Page;

  beforeAll(async () => {
    ff = await launchFirefox({ grantLocalhost: false });
    options = await ff.openExtensionPage('options.html');
    await until(() => options.$('#site-input'), 'the options page');
  });
  afterAll(async () => {
    await ff?.close();
  });

  const granted = (): Promise<string[]> => ff.inExtension(async () => (await browser.permissions.getAll()).origins ?? []);
  const registered = (): Promise<string[]> =>
    ff.inExtension(async () => (await browser.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
  const listed = (): Promise<string[]> =>
    options.evaluate(() => Array.from(document.querySelectorAll('li.site')).map((li) => li.getAttribute('data-origin') ?? ''));

  /** Opens a fixture page and reports where the tab is after the auto-reader had its chance. */
  async function landing(url: string): Promise<{ page: Page; href: string }> {
    const page = await ff.browser.newPage();
    await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
    await sleep(2500);
    return { page, href: await locationOf(page) };
  }

  it('starts with no host access and no script', async () => {
    expect(await granted()).toEqual([]);
    expect(await registered()).toEqual([]);
  });

  it('adding a site asks for that origin only and registers the script', async () => {
    await options.bringToFront();
    await options.type('#site-input', `${ff.server.origin}/seed.html`);
    await options.click('#site-add');
    await until(async () => (await listed()).includes('http://127.0.0.1'), 'the site in the list');
    expect(await granted()).toEqual(['http://127.0.0.1/*']);
    await until(async () => (await registered()).length > 0, 'the registered script');
    expect(await registered()).toEqual(['http://127.0.0.1/*']);
    expect(await options.$eval('li.site .site-status', (el) => el.textContent)).toBe('Active');
  });

  it('opens an article of that site in reader mode', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ff.server.url('/seed.html'), { waitUntil: 'load' }).catch(() => undefined);
    await waitForDocument(page, (href) => href.startsWith(`${EXTENSION_ORIGIN}/reader.html`), 'the reader', 20_000);
    await until(() => page.evaluate(() => document.getElementById('article-title')?.textContent ?? ''), 'the article title', 20_000);
    expect(await page.evaluate(() => document.getElementById('article-title')?.textContent)).toContain('Putin');
    await page.close();
  });

  it('leaves the home page fixture and other sites alone', async () => {
    const list = await landing(ff.server.url('/no-article.html'));
    expect(list.href).toBe(ff.server.url('/no-article.html'));
    await list.page.close();
    const otherUrl = ff.server.url('/seed.html').replace('127.0.0.1', 'localhost');
    const other = await landing(otherUrl);
    expect(other.href).toBe(otherUrl);
    await other.page.close();
  });

  it('shows access revoked elsewhere, and "Allow access" restores it', async () => {
    await ff.inExtension(() => browser.permissions.remove({ origins: ['http://127.0.0.1/*'] }));
    await until(async () => (await registered()).length === 0, 'the script to be unregistered after the revoke');
    await until(() => options.$eval('li.site .site-status', (el) => el.classList.contains('missing')), 'the missing-access status');
    await options.bringToFront();
    await options.click('li.site[data-origin="http://127.0.0.1"] button:not(.secondary)');
    await until(async () => (await registered()).length > 0, 'the script to be registered again');
    expect(await granted()).toEqual(['http://127.0.0.1/*']);
    await until(() => options.$eval('li.site .site-status', (el) => el.classList.contains('ok')), 'the active status');
  });

  it('removing the site unregisters the script and gives the permission back', async () => {
    await options.bringToFront();
    await options.click('li.site[data-origin="http://127.0.0.1"] button.secondary');
    await until(async () => (await listed()).length === 0, 'the site to leave the list');
    await until(async () => (await registered()).length === 0, 'the script to be unregistered');
    // The list follows the settings change (storage.onChanged), which comes before the options page
    // gives the permission back (sitesView removeSite: save → resync → permissions.remove): wait for it.
    await until(async () => (await granted()).length === 0, 'the permission to be given back').catch(() => undefined);
    expect(await granted()).toEqual([]);
    const after = await landing(ff.server.url('/seed.html'));
    expect(after.href).toBe(ff.server.url('/seed.html'));
    await after.page.close();
  });
});
