/**
 * Reader mode in real Firefox: opened from the popup and from the keyboard
 * shortcut, in the same tab (Back returns to the page); the article is shown,
 * none of the page's own scripts run there, and nothing it shows is fetched
 * from anywhere but 127.0.0.1. Display settings survive a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { buildHas, launchFirefox, reloadAndWait, until, waitForDocument, type FirefoxSession } from '../support/firefox';
import { openPopupFor, waitForReader } from '../support/firefoxFlows';
import { chooseContextMenuItem, clickToolbarButton, openContextMenu, pressShortcut, shortcutOf, waitForRealPopup } from '../support/firefoxChrome';
import { selectText } from '../support/firefoxPages';

const SEED_TITLE = 'Ukraine war: Putin tells Russian soldiers’ mothers he shares their pain';
const hasReader = buildHas('reader.html');

/** An article whose inline script, if it ever ran, would say so three ways. */
function scriptedArticleHtml(origin: string): string {
  const para = (i: number) =>
    `<p>Paragraph ${i} of the council report. “We will publish every figure,” said Maria Lopez, the council treasurer, on Tuesday. ` +
    'The budget grows by four percent, according to the finance committee, and the vote is expected next week after a public hearing.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council publishes its budget</title></head>
<body><article><h1>Council publishes its budget</h1>
${[1, 2, 3].map(para).join('\n')}
<script>
  window.__slPageScriptRan = true;
  new Image().src = ${JSON.stringify(`${origin}/__script-ran`)} + '?from=' + encodeURIComponent(location.protocol);
  document.documentElement.setAttribute('data-page-script', location.protocol);
</script>
${[4, 5, 6].map(para).join('\n')}
<figure><img src="${origin}/council.svg" alt="The council chamber" width="400" height="200"><figcaption>The council chamber.</figcaption></figure>
<img src="https://pixel.invalid/p.gif?id=123" width="1" height="1" alt="">
</article></body></html>`;
}

async function readerArticle(page: Page) {
  return page.evaluate(() => ({
    view: document.documentElement.dataset.view ?? '',
    title: document.getElementById('article-title')?.textContent?.trim() ?? '',
    body: (document.getElementById('article-body') as HTMLElement | null)?.innerText ?? '',
    pageScriptRan: (window as unknown as { __slPageScriptRan?: boolean }).__slPageScriptRan === true,
    pageScriptMark: document.documentElement.getAttribute('data-page-script'),
    foreignScripts: [...document.scripts].filter((s) => !s.src.startsWith(location.origin + '/')).map((s) => s.outerHTML.slice(0, 120)),
  }));
}

describe.skipIf(!hasReader)('Firefox reader mode', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await launchFirefox();
    ff.server.route('/scripted.html', scriptedArticleHtml(ff.server.origin));
    ff.server.route(
      '/council.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#8aa"/></svg>',
      'image/svg+xml',
    );
  });
  afterAll(async () => {
    await ff?.close();
  });

  async function openReaderFromPopup(path: string): Promise<{ tab: Page; since: number }> {
    const { tab, popup, state } = await openPopupFor(ff, path);
    expect(state).toBe('report');
    // Let the page's own (refused) third-party requests finish before we start counting.
    await new Promise((r) => setTimeout(r, 300));
    const since = Date.now();
    await popup.click('#open-reader');
    await waitForReader(tab, true);
    await popup.close();
    return { tab, since };
  }

  it('opens the seed article from the popup in the same tab, and Back returns to the page', async () => {
    const { tab, since } = await openReaderFromPopup('/seed.html');
    const article = await readerArticle(tab);
    expect(article.view).toBe('article');
    expect(article.title).toBe(SEED_TITLE);
    expect(article.body).toContain('We share your pain');
    expect(article.foreignScripts).toEqual([]);
    // Give images and fonts time to be requested: none may leave 127.0.0.1.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(ff.proxy.since(since)).toEqual([]);

    await tab.evaluate(() => history.back());
    await waitForDocument(tab, (url) => url === ff.server.url('/seed.html'), 'the original page after Back');
    await tab.close();
  });

  it('never runs the page’s own inline script, and fetches nothing off 127.0.0.1', async () => {
    const { tab, since } = await openReaderFromPopup('/scripted.html');
    // It did run on the original page (the control for this test).
    expect(ff.server.hits.some((h) => h.path === '/__script-ran?from=http%3A')).toBe(true);
    const article = await readerArticle(tab);
    expect(article.view).toBe('article');
    expect(article.body).toContain('We will publish every figure');
    expect(article.pageScriptRan).toBe(false);
    expect(article.pageScriptMark).toBeNull();
    expect(article.foreignScripts).toEqual([]);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(ff.server.hits.filter((h) => h.path.startsWith('/__script-ran') && h.at >= since)).toEqual([]);
    // The article's own image (on 127.0.0.1) is shown; its off-machine tracking pixel is never fetched.
    expect(ff.server.hits.some((h) => h.path === '/council.svg' && h.at >= since)).toBe(true);
    expect(ff.proxy.since(since)).toEqual([]);
    await tab.close();
  });

  it('marks quotes with their speakers when the toggle is on', async () => {
    const { tab } = await openReaderFromPopup('/seed.html');
    const marksOn = () => tab.evaluate(() => document.documentElement.dataset.marks === 'on');
    if (!(await marksOn())) {
      await tab.click('#toggle-marks');
      await until(marksOn, 'marks to turn on');
    }
    const marked = await until(
      () => tab.evaluate(() => {
        const quotes = [...document.querySelectorAll('#article-body mark.sl-quote')].map((m) => m.textContent ?? '');
        const speakers = [...document.querySelectorAll('#article-body .sl-speaker')].map((s) => s.textContent ?? '');
        return quotes.length ? { quotes, speakers } : null;
      }),
      'quote marks in the article',
    );
    expect(marked.quotes.join(' ')).toContain('We share your pain');
    expect(marked.speakers.join(' ')).toMatch(/Putin/);
    await tab.click('#toggle-marks');
    await until(async () => !(await marksOn()), 'marks to turn off');
    await tab.close();
  });

  it('reads a right-to-left article right to left', async () => {
    const { tab } = await openReaderFromPopup('/rtl-ar.html');
    const article = await tab.evaluate(() => {
      const el = document.getElementById('article');
      return { dir: el?.getAttribute('dir'), lang: el?.getAttribute('lang'), computed: el ? getComputedStyle(el).direction : '' };
    });
    expect(article.lang).toMatch(/^ar/);
    expect(article.computed).toBe('rtl');
    await tab.close();
  });

  it('explains itself instead of a blank page when opened without a tab', async () => {
    const page = await ff.openExtensionPage('reader.html');
    await until(() => page.evaluate(() => document.documentElement.dataset.view === 'state'), 'the reader state');
    expect(await page.evaluate(() => document.getElementById('state-title')?.textContent?.trim().length ?? 0)).toBeGreaterThan(5);
    await page.close();
  });

  it('keeps display settings across a reload', async () => {
    const { tab } = await openReaderFromPopup('/seed.html');
    const current = await tab.evaluate(() => document.documentElement.dataset.theme);
    const next = current === 'sepia' ? 'dark' : 'sepia';
    await tab.click('#toggle-display');
    await tab.click(`input[type="radio"][name$="-theme"][value="${next}"]`);
    await until(() => tab.evaluate((next) => document.documentElement.dataset.theme === next, next), 'the theme to apply');
    // The theme shows before its storage write settles (the page applies it first): wait for both.
    await until(async () => JSON.stringify(await tab.evaluate(() => browser.storage.local.get(null))).includes(`"theme":"${next}"`), 'the theme to be stored');

    await reloadAndWait(tab, 'the reloaded reader');
    await until(() => tab.evaluate(() => document.documentElement.dataset.view), 'the reloaded reader to render');
    expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe(next);
    await tab.close();
  });
});

describe.skipIf(!hasReader)('Firefox reader mode by a person’s own actions (activeTab only, no host permission)', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await launchFirefox({ grantLocalhost: false });
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('the open-reader shortcut opens the reader on the front tab (the shortcut grants activeTab)', async () => {
    const tab = await ff.openPage('/seed.html');
    await tab.bringToFront();
    await pressShortcut(ff, await shortcutOf(ff, 'open-reader'));
    await waitForReader(tab, true);
    const article = await readerArticle(tab);
    expect(article.view).toBe('article');
    expect(article.title).toBe(SEED_TITLE);
    expect((await ff.inExtension(() => browser.permissions.getAll())).origins).toEqual([]);
    await tab.close();
  });

  it('the real toolbar popup’s "Open reader" replaces the page with the reader', async () => {
    const tab = await ff.openPage('/seed.html');
    await tab.bringToFront();
    await clickToolbarButton(ff);
    expect((await waitForRealPopup(ff)).state).toBe('report');
    // The panel is not a BiDi context: press its button from the control tab (same extension process).
    await ff.inExtension(() => {
      const [view] = browser.extension.getViews({ type: 'popup' }) as unknown as { document: Document }[];
      (view?.document.getElementById('open-reader') as HTMLButtonElement | null)?.click();
    });
    await waitForReader(tab, true);
    expect((await readerArticle(tab)).title).toBe(SEED_TITLE);
    await tab.close();
  });

  it('the context menu’s reader item opens the reader', async () => {
    const tab = await ff.openPage('/seed.html');
    await tab.bringToFront();
    // On plain article text (not a link, nothing selected): the "page" context.
    const point = await selectText(tab, 'carefully picked');
    await tab.evaluate(() => getSelection()?.removeAllRanges());
    const items = await openContextMenu(ff, tab, point);
    const item = items.find((i) => /open-reader$/.test(i.id));
    expect(item, JSON.stringify(items)).toBeDefined();
    await chooseContextMenuItem(ff, 'open-reader');
    await waitForReader(tab, true);
    expect((await readerArticle(tab)).title).toBe(SEED_TITLE);
    await tab.close();
  });
});
