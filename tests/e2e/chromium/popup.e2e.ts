/**
 * The toolbar popup in real headless Chromium with the built extension
 * (.output/chrome-mv3; build first with `npx wxt build`).
 *
 * Pages come from a static server on 127.0.0.1; every request that tries to
 * leave 127.0.0.1 is aborted and recorded (see harness.ts). How the tests get
 * activeTab (a real toolbar click through Extensions.triggerAction) is
 * explained at the top of harness.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LINKS_ONLY_HTML, NO_ARTICLE_HTML, TOO_LARGE_HTML, serveGenerated } from './generatedPages';
import { EXT_DIR, PAGES_DIR, cachedEntry, clickToolbarButton, launch, openPopupFor, openTab, popupState, waitForCachedReport, type Harness } from './harness';
import { seriousA11yViolations } from './a11y';

declare const chrome: typeof import('wxt/browser').browser;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const texts = (popup: Page, selector: string): Promise<string[]> =>
  popup.$$eval(selector, (nodes) => nodes.map((n) => (n.textContent ?? '').trim()));

describe('least privilege in the built manifest', () => {
  it('has no host permissions and no content script declared for pages', () => {
    const manifest = JSON.parse(readFileSync(resolve(EXT_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage', 'contextMenus']));
    expect(manifest.permissions as string[]).not.toContain('tabs');
    expect(manifest.permissions as string[]).not.toContain('<all_urls>');
    expect((manifest.action as { default_popup?: string }).default_popup).toBe('popup.html');
  });
});

describe('popup on the seed page', () => {
  let tabId: number;
  let popup: Page;

  beforeAll(async () => {
    const opened = await openTab(h, `${h.server.origin}/seed.html`);
    tabId = opened.tabId;
    await clickToolbarButton(h, opened.page);
    popup = await openPopupFor(h, tabId);
    await popupState(popup, 45_000);
  });

  it('renders the report: title, site, date, reading time', async () => {
    expect(await popupState(popup)).toBe('report');
    expect(await popup.textContent('h1.title')).toContain('Putin tells Russian soldiers');
    const meta = (await popup.textContent('.meta')) ?? '';
    expect(meta).toContain('Newsline Today');
    expect(meta).toMatch(/2022/);
    expect(meta).toMatch(/min read/);
  });

  it('shows a summary and switches its length', async () => {
    const medium = (await popup.textContent('.summary-text')) ?? '';
    expect(medium.length).toBeGreaterThan(40);
    await popup.click('label[for="summary-long"]');
    const long = (await popup.textContent('.summary-text')) ?? '';
    expect(long.length).toBeGreaterThanOrEqual(medium.length);
    await popup.click('label[for="summary-medium"]');
  });

  it('groups quotes by speaker, with copy and save buttons, phrases apart', async () => {
    const speakers = await texts(popup, '#quotes .speaker-group:not(.phrases) h3');
    expect(speakers.some((s) => /Putin/.test(s))).toBe(true);
    const putinGroup = popup.locator('#quotes .speaker-group', { has: popup.locator('h3', { hasText: 'Putin' }) }).first();
    expect(await putinGroup.locator('li.quote-statement').count()).toBeGreaterThan(0);
    expect(await putinGroup.locator('li.quote-statement').first().textContent()).toMatch(/share your pain|loss of a son/);
    expect(await popup.locator('#quotes li.quote button').count()).toBeGreaterThan(1);
    // Statements come before the phrases block.
    const order = await popup.$$eval('#quotes .speaker-group', (groups) => groups.map((g) => g.classList.contains('phrases')));
    expect(order.indexOf(true) === -1 || order.indexOf(true) === order.length - 1).toBe(true);
  });

  it('copies a quote with its speaker', async () => {
    // Record what goes to the clipboard (reading it back needs a permission
    // Chromium will not grant to extension origins from the test).
    await popup.evaluate(() => {
      const w = window as unknown as { copied?: string };
      navigator.clipboard.writeText = async (text: string) => void (w.copied = text);
    });
    const button = popup.locator('#quotes .speaker-group', { has: popup.locator('h3', { hasText: 'Putin' }) }).locator('li.quote button').first();
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    const copied = await popup.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    expect(copied).toMatch(/^“.+” — .*Putin/s);
  });

  it('saves a quote to the library with its speaker', async () => {
    const item = popup.locator('#quotes .speaker-group', { has: popup.locator('h3', { hasText: 'Putin' }) }).locator('li.quote').first();
    const text = ((await item.locator('.quote-text').textContent()) ?? '').trim();
    const save = item.locator('button').nth(1);
    await save.click();
    await expect.poll(() => save.textContent()).toBe('Saved');
    // The library helper's store keeps one key per quote in storage.local.
    const stored = await h.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).toContain(text.slice(0, 20));
    expect(stored).toMatch(/Putin/);
  });

  it('names the trackers the page carried and shows sources and image credits', async () => {
    const trackers = await texts(popup, '#cleaned .tracker-name');
    expect(trackers).toEqual(expect.arrayContaining(['Google Analytics', 'Meta Pixel']));
    const sources = await popup.textContent('#sources');
    expect(sources).toMatch(/Picture Courtesy/);
  });

  it('is instant on reopen: the report comes from the session cache', async () => {
    const before = await cachedEntry(h, tabId);
    const again = await openPopupFor(h, tabId);
    expect(await popupState(again)).toBe('report');
    const rendered = await again.evaluate(() => performance.getEntriesByName('sourcelight:rendered')[0]?.startTime ?? -1);
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(1_000);
    const after = await cachedEntry(h, tabId);
    expect(after?.at).toBe(before?.at);
    await again.close();
  });

  it('re-analyses when the page changed its text without navigating', async () => {
    const before = await cachedEntry(h, tabId);
    const page = h.context.pages().find((p) => p.url().endsWith('/seed.html'))!;
    // A clock-like change (digits only) keeps the cache ...
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('span'), { textContent: '12:34' })));
    const same = await openPopupFor(h, tabId);
    expect(await popupState(same)).toBe('report');
    expect((await cachedEntry(h, tabId))?.at).toBe(before?.at);
    await same.close();
    // ... a new paragraph (as a single-page app swapping content) refreshes it.
    await page.evaluate(() => document.querySelector('p')!.append(' A sentence the page added later.'));
    const changed = await openPopupFor(h, tabId);
    expect(await popupState(changed)).toBe('report');
    // The popup may show the cached report first; the background then re-analyses and the popup re-renders.
    await expect.poll(async () => (await cachedEntry(h, tabId))!.at, { timeout: 20_000 }).toBeGreaterThan(before!.at);
    await expect.poll(() => changed.textContent('#summary'), { timeout: 5_000 }).toBeTruthy();
    await changed.close();
  });

  it('re-analyses after the page reloads', async () => {
    const before = await cachedEntry(h, tabId);
    const page = h.context.pages().find((p) => p.url().endsWith('/seed.html'))!;
    await page.reload();
    await expect.poll(async () => (await cachedEntry(h, tabId))?.stale).toBe(true);
    // The reload revoked activeTab, as in real use: the person clicks again.
    await clickToolbarButton(h, page);
    const popup2 = await openPopupFor(h, tabId);
    expect(await popupState(popup2, 45_000)).toBe('report');
    const fresh = await waitForCachedReport(h, tabId);
    expect(fresh.at).toBeGreaterThan(before!.at);
    await popup2.close();
  });

  it('sends nothing off 127.0.0.1 from the extension', async () => {
    // Every off-host attempt (all aborted) must be the page's own: a URL its HTML references.
    const pageHtml = readFileSync(resolve(PAGES_DIR, 'seed.html'), 'utf8').replaceAll('&amp;', '&');
    expect(h.offHost.filter((r) => r.from.startsWith('chrome-extension://'))).toEqual([]);
    expect(h.offHost.filter((r) => !pageHtml.includes(r.url))).toEqual([]);
  });

  it('has no serious or critical accessibility violations (light and dark)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await seriousA11yViolations(popup), scheme).toEqual([]);
    }
  });
});

describe('the content script', () => {
  it('never changes the page, survives a second injection, and leaves nothing in the page’s own world', async () => {
    const { tabId, page } = await openTab(h, `${h.server.origin}/seed.html?untouched-dom`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await clickToolbarButton(h, page);
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup, 45_000)).toBe('report');
    // Inject again (as a shortcut after the popup would) and re-analyse.
    const answers = await h.worker.evaluate(async (id) => {
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
      const pings = await Promise.all([1, 2, 3].map(() => chrome.tabs.sendMessage(id, { type: 'content:ping', payload: {} })));
      return pings.map((p) => typeof (p as { version?: unknown }).version);
    }, tabId);
    expect(answers).toEqual(['string', 'string', 'string']);
    await popup.click('#refresh');
    expect(await popupState(popup, 45_000)).toBe('report');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.evaluate(() => (globalThis as Record<string, unknown>).__sourcelightContent)).toBeUndefined();
    await popup.close();
  });
});

describe('popup → reader', () => {
  it('"Open reader" replaces the tab with the reader (Back returns)', async () => {
    const { tabId, page } = await openTab(h, `${h.server.origin}/seed.html?reader`);
    await clickToolbarButton(h, page);
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup, 45_000)).toBe('report');
    await popup.click('#open-reader');
    await page.waitForURL(/\/reader\.html/, { timeout: 20_000 });
    await page.goBack();
    await page.waitForURL(/\/seed\.html\?reader$/, { timeout: 20_000 });
    await popup.close();
  });
});

describe('popup states', () => {
  it('explains restricted browser pages (chrome://version)', async () => {
    const { tabId } = await openTab(h, 'chrome://version');
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup)).toBe('restricted');
    expect(await popup.textContent('.state-message')).toMatch(/browser page/i);
    await popup.close();
  });

  it('asks for the go-ahead on a tab where Sourcelight was not invoked', async () => {
    const { tabId } = await openTab(h, `${h.server.origin}/seed.html?untouched`);
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup)).toBe('no-access');
    expect(await popup.textContent('.state-message')).toMatch(/toolbar button/);
    await popup.close();
  });

  it('says when no article was found, with the reason and "Try anyway"', async () => {
    const { tabId, page } = await openTab(h, await serveGenerated(h, 'no-article.html', NO_ARTICLE_HTML));
    await clickToolbarButton(h, page);
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup, 45_000)).toBe('no-article');
    expect((await popup.textContent('.state-message'))?.length).toBeGreaterThan(10);
    await popup.click('text=Try anyway');
    // Forced extraction either finds something or says so again — never blank, never stuck.
    const state = await popupState(popup);
    expect(['report', 'no-article']).toContain(state);
    expect(await popup.locator('text=Try anyway').count()).toBe(0);
    expect(await seriousA11yViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('"Try anyway" reads the visible text of a page extraction refused', async () => {
    const { tabId, page } = await openTab(h, await serveGenerated(h, 'links-only.html', LINKS_ONLY_HTML));
    await clickToolbarButton(h, page);
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup, 45_000)).toBe('no-article');
    await popup.click('text=Try anyway');
    expect(await popupState(popup, 45_000)).toBe('report');
    expect(await popup.textContent('h1.title')).toBe('Menu of stories');
    expect(await popup.textContent('.summary-text')).toMatch(/late bus service/);
    await popup.close();
  });

  it('refuses a page that is too large, plainly', async () => {
    const { tabId, page } = await openTab(h, await serveGenerated(h, 'too-large.html', TOO_LARGE_HTML));
    await page.waitForFunction(() => document.documentElement.dataset.built === 'yes', null, { polling: 100 });
    await clickToolbarButton(h, page);
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup, 45_000)).toBe('too-large');
    expect(await popup.textContent('.state-title')).toMatch(/too large/);
    await popup.close();
  });

  it('shows an actionable error for a tab that is gone', async () => {
    const popup = await openPopupFor(h, 987_654_321);
    expect(await popupState(popup)).toBe('error');
    expect(await popup.textContent('.state-message')).toMatch(/closed/);
    expect(await popup.locator('button', { hasText: 'Try again' }).count()).toBe(1);
    await popup.close();
  });
});
