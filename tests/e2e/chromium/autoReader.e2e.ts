/**
 * Options page and auto-reader in real headless Chromium. How the host
 * permission is granted without a prompt, and how two sites share one
 * loopback server, is explained in harness.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { seriousA11yViolations } from './a11y';

declare const chrome: typeof import('wxt/browser').browser & {
  runtime: { onStartup: { dispatch(): void } };
};

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await launch({ siteHosts: ['news.test', 'other.test'], preGrantedHosts: ['http://news.test/*'] });
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.waitForSelector('#site-input');
});
afterAll(async () => {
  await h?.close();
});

const registered = (): Promise<string[]> =>
  h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));

/** Opens a URL in a new tab and reports where the tab is after `settle` ms. */
async function visit(url: string, settle = 2500): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(settle);
  return page;
}

describe('options: sites', () => {
  it('refuses what is not a site, with a message tied to the field', async () => {
    await options.fill('#site-input', 'ftp://example.com');
    await options.click('#site-add');
    expect(await options.textContent('#site-error')).toMatch(/Only web sites/);
    expect(await options.getAttribute('#site-input', 'aria-invalid')).toBe('true');
    await options.fill('#site-input', '*.example.com');
    await options.press('#site-input', 'Enter');
    expect(await options.textContent('#site-error')).toMatch(/no wildcards/);
    expect(await registered()).toEqual([]);
  });

  it('adds a site: permission for that origin only, script registered', async () => {
    // A pasted article address becomes its origin.
    await options.fill('#site-input', `${h.site('news.test')}/seed.html`);
    await options.click('#site-add');
    const item = options.locator('li.site[data-origin="http://news.test"]');
    await item.waitFor();
    expect(await item.locator('.site-status').textContent()).toBe('Active');
    expect(await options.textContent('#site-error')).toBe('');
    expect(await registered()).toEqual(['http://news.test/*']);
    const granted = await h.worker.evaluate(async () => (await chrome.permissions.getAll()).origins);
    expect(granted).toEqual(['http://news.test/*']);
  });
});

describe('auto-reader', () => {
  it('opens articles of the chosen site in reader mode', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.site('news.test')}/seed.html`);
    await page.waitForURL(/\/reader\.html\?/, { timeout: 20_000 });
    await page.waitForSelector('#article h1');
    expect(await page.textContent('#article h1')).toContain('Putin');
    // Back shows the page itself; it does not bounce into the reader again.
    await page.goBack();
    await page.waitForURL(`${h.site('news.test')}/seed.html`);
    await page.waitForTimeout(2500);
    expect(page.url()).toBe(`${h.site('news.test')}/seed.html`);
    await page.close();
  });

  it('leaves home pages and lists of the chosen site alone', async () => {
    const page = await visit(`${h.site('news.test')}/no-article.html`);
    expect(page.url()).toBe(`${h.site('news.test')}/no-article.html`);
    await page.close();
  });

  it('does nothing on other sites', async () => {
    const page = await visit(`${h.site('other.test')}/seed.html`);
    expect(page.url()).toBe(`${h.site('other.test')}/seed.html`);
    await page.close();
  });

  it('re-registers its script on browser start if it went missing', async () => {
    await h.worker.evaluate(() => chrome.scripting.unregisterContentScripts());
    expect(await registered()).toEqual([]);
    await h.worker.evaluate(() => chrome.runtime.onStartup.dispatch());
    await expect.poll(registered).toEqual(['http://news.test/*']);
  });

  it('stops after the site is removed (script unregistered)', async () => {
    await options.bringToFront();
    await options.click('li.site[data-origin="http://news.test"] button:has-text("Remove")');
    await options.locator('li.site').waitFor({ state: 'detached' });
    expect(await options.textContent('#site-list')).toMatch(/No sites yet/);
    expect(await registered()).toEqual([]);
    const page = await visit(`${h.site('news.test')}/seed.html`);
    expect(page.url()).toBe(`${h.site('news.test')}/seed.html`);
    await page.close();
  });

  it('made no request off the loopback hosts from extension pages', () => {
    expect(h.offHost.map((r) => r.url).filter((u) => u.startsWith('chrome-extension://'))).toEqual([]);
  });
});

describe('options: reader defaults', () => {
  it('change the reader and survive a reload', async () => {
    await options.check('input[name="options-theme"][value="sepia"]');
    await options.check('#opt-marks');
    await options.reload();
    await options.waitForSelector('#site-input');
    expect(await options.isChecked('input[name="options-theme"][value="sepia"]')).toBe(true);
    expect(await options.isChecked('#opt-marks')).toBe(true);
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
  });

  it('axe finds no serious or critical violation (light and dark)', async () => {
    for (const [theme, scheme] of [['system', 'light'], ['dark', 'dark']] as const) {
      await options.check(`input[name="options-theme"][value="${theme}"]`);
      await options.emulateMedia({ colorScheme: scheme });
      const violations = await seriousA11yViolations(options);
      expect(violations, theme).toEqual([]);
    }
  });
});
