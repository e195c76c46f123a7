/**
 * Reader states in real headless Chromium with the built extension
 * (.output/chrome-mv3; build first with `npx wxt build`), pages from
 * 127.0.0.1 (see harness.ts): a missing report, a refusal and a hostile
 * cached report each give a safe page, never a blank one; and axe finds no
 * serious violation in the reader. The reader's entry points and reading
 * view are in reader.e2e.ts; the driver helpers in readerSupport.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { seriousA11yViolations } from './a11y';
import { fireCommand, openAndGrant, readerLoaded, type ReaderChrome } from './readerSupport';

declare const chrome: ReaderChrome;

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
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
    const { page, tabId } = await openAndGrant(h, 'no-article.html');
    // The refusal itself is extraction's call (tested there); here the cached
    // report for this tab and URL is a refusal, as extraction gives for lists.
    await h.worker.evaluate(async ({ id, url }) => {
      const report = { ok: false, error: { code: 'no-article', message: 'No article found on this page.' }, trackers: [] };
      await chrome.storage.session.set({ [`report:${id}`]: { tabId: id, url, report, at: Date.now(), stale: false } });
    }, { id: tabId, url: `${h.server.origin}/no-article.html` });
    await fireCommand(h, tabId);
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
    const { page, tabId } = await openAndGrant(h, 'seed.html');
    await fireCommand(h, tabId);
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
