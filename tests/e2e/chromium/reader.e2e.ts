/**
 * Reader mode in real headless Chromium with the built extension
 * (.output/chrome-mv3; build first with `npx wxt build`), pages from
 * 127.0.0.1 (see harness.ts: every request leaving 127.0.0.1 is aborted and
 * recorded): the article from the shortcut, marks, side pane, progress,
 * printing, keyboard use and Back; settings that persist; the popup button
 * and the context menu. The reader's states and its accessibility check are
 * in readerStates.e2e.ts.
 *
 * How the entry points are driven
 * - activeTab: a real toolbar click through Extensions.triggerAction (harness.ts).
 * - Keyboard shortcut: the browser's own onCommand event fired in the service
 *   worker (fireCommand, readerSupport.ts). The key binding itself is checked
 *   through chrome.commands.getAll() (Chromium assigned it).
 * - Context menu: the same for contextMenus.onClicked; the item's existence is
 *   checked with contextMenus.update (rejects for an unknown id).
 * - Popup button: popup.html?tabId=N in a tab, click "Open reader" (sends 'reader:open').
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPopupFor, popupState, type Harness } from './harness';
import { fireCommand, openAndGrant, readerLoaded, type ReaderChrome } from './readerSupport';

declare const chrome: ReaderChrome;

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('reader mode on the seed page (shortcut)', () => {
  let page: Page;
  let tabId: number;
  const requests: string[] = [];

  beforeAll(async () => {
    ({ page, tabId } = await openAndGrant(h, 'seed.html'));
    page.on('request', (r) => {
      if (page.url().includes('/reader.html')) requests.push(r.url());
    });
    await fireCommand(h, tabId);
    await readerLoaded(page);
  });

  it('has a key bound to the command', async () => {
    const shortcut = await h.worker.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'open-reader')?.shortcut ?? '');
    expect(shortcut).not.toBe('');
  });

  it('shows the article in the same tab, with reading time', async () => {
    expect(page.url()).toContain(`reader.html?tab=${tabId}&src=`);
    expect(await page.textContent('#article h1')).toContain('Putin tells Russian soldiers');
    expect(await page.locator('#article-body p').count()).toBeGreaterThan(3);
    expect(await page.textContent('.article-meta')).toMatch(/min read/);
    expect(await page.getAttribute('#article', 'lang')).toMatch(/^en/);
    expect(await page.title()).toContain('Putin');
  });

  it('ran none of the page scripts and made no request off 127.0.0.1', async () => {
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        dataLayer: typeof w.dataLayer,
        fbq: typeof w.fbq,
        gtag: typeof w.gtag,
        scripts: Array.from(document.scripts).map((s) => s.src).filter((src) => !src.startsWith(location.origin)),
        handlers: document.querySelectorAll('#article [onclick], #article [onerror], #article [onload], #article script, #article iframe, #article form').length,
      };
    });
    expect(ran).toEqual({ dataLayer: 'undefined', fbq: 'undefined', gtag: 'undefined', scripts: [], handlers: 0 });
    expect(requests.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith(h.server.origin))).toEqual([]);
    expect(h.offHost.filter((r) => r.from.startsWith('chrome-extension://'))).toEqual([]);
  });

  it('marks quotes with speakers and underlines vague sourcing', async () => {
    expect(await page.locator('mark.sl-quote').count()).toBe(0);
    await page.click('#toggle-marks');
    await expect.poll(() => page.locator('mark.sl-quote').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('#toggle-marks', 'aria-pressed')).toBe('true');
    const speakers = await page.$$eval('.sl-speaker', (els) => els.map((e) => e.textContent ?? ''));
    expect(speakers.some((s) => /Putin/.test(s))).toBe(true);
    // Every quote in the pane that could be found in the text is marked there.
    const paneQuotes = await page.locator('#pane .pane-quote').count();
    const marked = await page.$$eval('mark.sl-quote[data-sl-start]', (els) => els.length);
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThanOrEqual(paneQuotes);
    const vagueSources = await page.locator('#pane .pane-source.vague').count();
    if (vagueSources > 0) expect(await page.locator('.sl-vague').count()).toBeGreaterThan(0);
    // Marks never change the words of the article.
    const withMarks = await page.$eval('#article-body', (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' '));
    await page.click('#toggle-marks');
    const without = await page.$eval('#article-body', (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' '));
    for (const s of speakers) expect(withMarks.length).toBeGreaterThanOrEqual(without.length + s.length - 1);
    await page.click('#toggle-marks');
  });

  it('side pane entries scroll to and select their place in the text', async () => {
    const first = page.locator('#pane .pane-quote').filter({ has: page.locator('button', { hasText: 'Show in text' }) }).first();
    const quoteText = ((await first.locator('blockquote').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    await first.locator('button', { hasText: 'Show in text' }).click();
    const selected = await page.evaluate(() => (window.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim());
    expect(selected).toBe(quoteText);
    const focusInArticle = await page.evaluate(() => !!document.activeElement?.closest('#article-body'));
    expect(focusInArticle).toBe(true);
  });

  it('saves a quote to the library from the pane', async () => {
    const save = (await page.locator('#pane .pane-quote button', { hasText: 'Save quote' }).first().elementHandle())!;
    await save.click();
    await expect.poll(() => save.textContent()).toBe('Saved');
    await expect.poll(() => page.textContent('[role="status"]')).toBe('Quote saved to your library.');
  });

  it('shows reading progress and prints without the reader chrome', async () => {
    const width = () => page.$eval('.progress-bar', (el) => (el as HTMLElement).style.inlineSize);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(width).toBe('0%');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(width).toBe('100%');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['.toolbar', '#pane', '.progress', '#article'].map((sel) => getComputedStyle(document.querySelector(sel)!).display),
    );
    expect(shown).toEqual(['none', 'none', 'none', 'block']);
    await page.emulateMedia({ media: 'screen' });
  });

  it('is usable from the keyboard with a visible focus', async () => {
    // A fresh load, so that sequential focus starts at the top of the page.
    await page.reload();
    await readerLoaded(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.focus('#toggle-display');
    const outline = await page.$eval('#toggle-display', (el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('reader-font');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('toggle-display');
  });

  it('returns to the original page with Back', async () => {
    await page.goBack();
    await page.waitForURL(`${h.server.origin}/seed.html`);
    await page.goForward();
    await readerLoaded(page);
    expect(await page.textContent('#article h1')).toContain('Putin');
  });

  it('the shortcut on the reader goes back to the page', async () => {
    await fireCommand(h, tabId);
    await page.waitForURL(`${h.server.origin}/seed.html`);
  });
});

describe('reader settings', () => {
  it('persist across a reload (theme, size, marks)', async () => {
    await h.worker.evaluate(() => chrome.storage.local.remove('settings'));
    const { page, tabId } = await openAndGrant(h, 'de-artikel.html');
    await fireCommand(h, tabId);
    await readerLoaded(page);
    await page.click('#toggle-display');
    expect(await page.getAttribute('#toggle-display', 'aria-expanded')).toBe('true');
    await page.check('input[name="reader-theme"][value="dark"]');
    await page.check('input[name="reader-font"][value="sans"]');
    await page.focus('#reader-size');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#toggle-display', 'aria-expanded')).toBe('false');
    expect(await page.getAttribute('#toggle-marks', 'aria-pressed')).toBe('false');
    await page.click('#toggle-marks');
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--reader-font-size'));
    expect(before).toBe('22px');
    // Give the (queued) storage writes time to land before reloading.
    await expect
      .poll(() => h.worker.evaluate(async () => JSON.stringify((await chrome.storage.local.get('settings')).settings)))
      .toContain('"marks":true');
    await page.reload();
    await readerLoaded(page);
    const after = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      font: document.documentElement.dataset.font,
      size: getComputedStyle(document.documentElement).getPropertyValue('--reader-font-size'),
      bg: getComputedStyle(document.documentElement).backgroundColor,
      marks: document.getElementById('toggle-marks')?.getAttribute('aria-pressed'),
    }));
    expect(after).toEqual({ theme: 'dark', font: 'sans', size: '22px', bg: 'rgb(23, 24, 26)', marks: 'true' });
    // The German article keeps its language and the page its reload.
    expect(await page.getAttribute('#article', 'lang')).toMatch(/^de/);
    expect(await page.locator('#article-body p').count()).toBeGreaterThan(2);
    // Back to defaults for the other tests.
    await h.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });
});

describe('reader from the popup button and the context menu', () => {
  it('opens an RTL article right to left from the popup', async () => {
    const { page, tabId } = await openAndGrant(h, 'rtl-ar.html');
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup)).toBe('report');
    await popup.click('#open-reader');
    await readerLoaded(page);
    await popup.close();
    const dir = await page.evaluate(() => {
      const article = document.getElementById('article')!;
      return { attr: article.getAttribute('dir'), lang: article.getAttribute('lang'), computed: getComputedStyle(article.querySelector('#article-body p')!).direction };
    });
    expect(dir.attr).toBe('rtl');
    expect(dir.lang).toMatch(/^ar/);
    expect(dir.computed).toBe('rtl');
  });

  it('shows images with their captions, requested without a referrer', async () => {
    const { page, tabId } = await openAndGrant(h, 'lazy-images.html');
    await fireCommand(h, tabId);
    await readerLoaded(page);
    const figures = await page.$$eval('#article-body figure', (els) =>
      els.map((f) => ({
        src: f.querySelector('img')?.getAttribute('src') ?? '',
        referrer: f.querySelector('img')?.getAttribute('referrerpolicy') ?? '',
        caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
      })),
    );
    const withCaption = figures.filter((f) => f.caption && /^https:\/\//.test(f.src));
    expect(withCaption.length).toBeGreaterThan(0);
    expect(withCaption.every((f) => f.referrer === 'no-referrer')).toBe(true);
  });

  it('opens from the context menu item', async () => {
    const { page, tabId } = await openAndGrant(h, 'fr-article.html');
    const exists = await h.worker.evaluate(() =>
      chrome.contextMenus.update('sourcelight-open-reader', {}).then(() => true, () => false),
    );
    expect(exists).toBe(true);
    await h.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'sourcelight-open-reader', editable: false, pageUrl: tab.url }, tab);
    }, tabId);
    await readerLoaded(page);
    expect(await page.getAttribute('#article', 'lang')).toMatch(/^fr/);
  });
});
