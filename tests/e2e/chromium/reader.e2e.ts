/**
 * Reader mode in real headless Chromium with the built extension
 * (.output/chrome-mv3; build first with `npx wxt build`), pages from
 * 127.0.0.1 (see harness.ts: every request leaving 127.0.0.1 is aborted and
 * recorded).
 *
 * How the entry points are driven
 * - activeTab: a real toolbar click through Extensions.triggerAction (harness.ts).
 * - Keyboard shortcut: Chromium does not route synthetic (CDP) key events to
 *   extension commands, so the test fires the browser's own onCommand event in
 *   the service worker with `chrome.commands.onCommand.dispatch('open-reader',
 *   tab)`: our registered listener runs exactly as after a key press. The key
 *   binding itself is checked through chrome.commands.getAll() (Chromium
 *   assigned it). Not covered: the OS-level key press reaching the browser.
 * - Context menu: the same for contextMenus.onClicked; the item's existence is
 *   checked with contextMenus.update (rejects for an unknown id).
 * - Popup button: popup.html?tabId=N in a tab, click "Open reader" (sends 'reader:open').
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launch, openPopupFor, openTab, popupState, waitForCachedReport, type Harness } from './harness';
import { seriousA11yViolations } from './a11y';

declare const chrome: typeof import('wxt/browser').browser & {
  commands: { onCommand: { dispatch(command: string, tab?: unknown): void } };
  contextMenus: { onClicked: { dispatch(info: unknown, tab?: unknown): void } };
};

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Opens a fixture page and gives the extension activeTab on it, as a person's click would. */
async function openAndGrant(path: string): Promise<{ tabId: number; page: Page }> {
  const opened = await openTab(h, `${h.server.origin}/${path}`);
  await clickToolbarButton(h, opened.page);
  await waitForCachedReport(h, opened.tabId);
  return opened;
}

async function readerLoaded(page: Page): Promise<void> {
  await page.waitForURL(/\/reader\.html\?/, { timeout: 20_000 });
  await page.waitForFunction(() => document.documentElement.dataset.view !== undefined, null, { timeout: 20_000 });
}

const fireCommand = (tabId: number): Promise<void> =>
  h.worker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    chrome.commands.onCommand.dispatch('open-reader', tab);
  }, tabId);

describe('reader mode on the seed page (shortcut)', () => {
  let page: Page;
  let tabId: number;
  const requests: string[] = [];

  beforeAll(async () => {
    ({ page, tabId } = await openAndGrant('seed.html'));
    page.on('request', (r) => {
      if (page.url().includes('/reader.html')) requests.push(r.url());
    });
    await fireCommand(tabId);
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
    await fireCommand(tabId);
    await page.waitForURL(`${h.server.origin}/seed.html`);
  });
});

describe('reader settings', () => {
  it('persist across a reload (theme, size, marks)', async () => {
    await h.worker.evaluate(() => chrome.storage.local.remove('settings'));
    const { page, tabId } = await openAndGrant('de-artikel.html');
    await fireCommand(tabId);
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
    const { page, tabId } = await openAndGrant('rtl-ar.html');
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
    const { page, tabId } = await openAndGrant('lazy-images.html');
    await fireCommand(tabId);
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
    const { page, tabId } = await openAndGrant('fr-article.html');
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

describe('reader states', () => {
  const readerUrl = (query: string): string => `chrome-extension://${h.extensionId}/reader.html${query}`;

  it('explains a missing report and links back to the page (never blank)', async () => {
    const page = await h.context.newPage();
    const src = `${h.server.origin}/seed.html`;
    await page.goto(readerUrl(`?tab=987654&src=${encodeURIComponent(src)}`));
    await readerLoaded(page);
    expect(await page.textContent('#state-title')).toMatch(/no longer available/);
    expect(await page.getAttribute('#state-back', 'href')).toBe(src);
    await page.goto(readerUrl(''));
    await page.waitForSelector('#state-title');
    expect(await page.textContent('#state-title')).toMatch(/Nothing to show/);
    // A javascript: "source" never becomes a link.
    await page.goto(readerUrl(`?tab=987654&src=${encodeURIComponent('javascript:alert(1)')}`));
    await page.waitForSelector('#state-title');
    expect(await page.locator('#state-back').count()).toBe(0);
    await page.close();
  });

  it('shows a refusal (no article) as a message from the shortcut', async () => {
    const { page, tabId } = await openAndGrant('no-article.html');
    // The refusal itself is extraction's call (tested there); here the cached
    // report for this tab and URL is a refusal, as extraction gives for lists.
    await h.worker.evaluate(async ({ id, url }) => {
      const report = { ok: false, error: { code: 'no-article', message: 'No article found on this page.' }, trackers: [] };
      await chrome.storage.session.set({ [`report:${id}`]: { tabId: id, url, report, at: Date.now(), stale: false } });
    }, { id: tabId, url: `${h.server.origin}/no-article.html` });
    await fireCommand(tabId);
    await readerLoaded(page);
    expect(await page.textContent('#state-title')).toMatch(/No article found/);
    expect(await page.getAttribute('#state-back', 'href')).toBe(`${h.server.origin}/no-article.html`);
  });

  it('re-sanitises a hostile cached report on the reader page', async () => {
    const src = `${h.server.origin}/hostile.html`;
    const html =
      '<p id="x" class="y" style="color:red" onclick="window.__pwned=1">Hello <a href="javascript:window.__pwned=2">link</a>' +
      '<img src="/pic.png" onerror="window.__pwned=3"></p><script>window.__pwned=4</script>' +
      '<iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name=q></form>' +
      '<svg><script>window.__pwned=5</script></svg><a href="/rel">relative</a><img src="https://tracker.example/p.gif">';
    const report = {
      ok: true,
      article: {
        title: 'Hostile', byline: null, siteName: null, publishedTime: null, modifiedTime: null, lang: 'en', dir: null,
        canonicalUrl: src, url: src, excerpt: null, leadImage: null, html, text: 'Hello link relative', wordCount: 3,
        readingMinutes: 1, imageCredits: [], removed: [],
      },
      summary: [], quotes: [{ text: 'Hello', speaker: '<img src=x onerror=alert(1)>', kind: 'statement', start: 0, end: 5, paragraph: 0 }], sources: [],
    };
    await h.worker.evaluate(
      ({ report, src }) => chrome.storage.session.set({ 'report:424242': { tabId: 424242, url: src, report, at: Date.now(), stale: true } }),
      { report, src },
    );
    const page = await h.context.newPage();
    const offHostBefore = h.offHost.length;
    await page.goto(readerUrl(`?tab=424242&src=${encodeURIComponent(src)}`));
    await readerLoaded(page);
    await page.click('#toggle-marks');
    const dom = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      body: document.getElementById('article-body')!.innerHTML,
      handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length,
      hrefs: Array.from(document.querySelectorAll('#article-body a')).map((a) => a.getAttribute('href')),
      imgs: Array.from(document.querySelectorAll('#article-body img')).map((i) => i.getAttribute('src')),
      speaker: document.querySelector('.sl-speaker')?.textContent,
      speakerImgs: document.querySelectorAll('.sl-speaker img, #pane img').length,
    }));
    expect(dom.pwned).toBeNull();
    expect(dom.handlers).toBe(0);
    expect(dom.body).not.toMatch(/<script|<iframe|<form|<input|<svg|style=|javascript:|class="y"|id="x"/);
    // A link with a refused scheme becomes its text (the shared reader profile); only the web link stays.
    expect(dom.hrefs).toEqual([`${h.server.origin}/rel`]);
    expect(dom.imgs).toEqual([`${h.server.origin}/pic.png`, 'https://tracker.example/p.gif']);
    expect(dom.speaker).toBe('<img src=x onerror=alert(1)>');
    expect(dom.speakerImgs).toBe(0);
    // Off-host requests: at most the image the (hostile) article itself contains (sent without a referrer).
    await page.close();
    expect(h.offHost.slice(offHostBefore).filter((r) => !r.url.startsWith('https://tracker.example/'))).toEqual([]);
  });
});

describe('accessibility', () => {
  it('axe finds no serious or critical violation in the reader (light and dark, marks on)', async () => {
    const { page, tabId } = await openAndGrant('seed.html');
    await fireCommand(tabId);
    await readerLoaded(page);
    await page.click('#toggle-marks');
    await page.click('#toggle-display');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await seriousA11yViolations(page);
      expect(violations, scheme).toEqual([]);
      // The default "system" theme follows the OS scheme (light-dark() in style.css).
      const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(bg, scheme).toBe(scheme === 'dark' ? 'rgb(23, 24, 26)' : 'rgb(253, 253, 252)');
    }
  });
});
