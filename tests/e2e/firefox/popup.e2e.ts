/**
 * The toolbar popup in real Firefox: the seed page's report, and each state
 * that is not a report (never a blank popup).
 *
 * Two ways in: `popup.html?tabId=N` in a tab (the test hook of issue 4), and
 * the real toolbar button (firefoxChrome.clickToolbarButton), which is the
 * only path that exercises activeTab without any host permission.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, settledState, until, type FirefoxSession } from '../support/firefox';
import { openPopupFor } from '../support/firefoxFlows';
import { clickToolbarButton, waitForRealPopup } from '../support/firefoxChrome';
import { hugePageHtml, navOnlyPageHtml, readPopup, tinyPdf } from '../support/firefoxPages';

const SEED_TITLE = 'Ukraine war: Putin tells Russian soldiers’ mothers he shares their pain';

describe('Firefox popup, host permission for 127.0.0.1 granted (popup.html?tabId=N)', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await launchFirefox();
    ff.server.route('/nothing.html', navOnlyPageHtml());
    ff.server.route('/huge.html', hugePageHtml());
    ff.server.route('/paper.pdf', tinyPdf(), 'application/pdf');
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('shows the seed page: title, site, quotes under their speaker, sources, trackers named', async () => {
    const { popup: page, tab } = await openPopupFor(ff, '/seed.html');
    const report = await readPopup(page);
    expect(report.state).toBe('report');
    expect(report.title).toBe(SEED_TITLE);
    expect(report.meta).toContain('Newsline Today');
    expect(report.meta).toMatch(/\d+ min/);

    const putin = report.speakers.find((g) => g.speaker.includes('Vladimir Putin'));
    expect(putin, JSON.stringify(report.speakers)).toBeDefined();
    expect(putin!.quotes.join('\n')).toContain('We share your pain');
    expect(putin!.quotes.join('\n')).toContain('Nothing can replace the loss of a son');

    expect(report.sources).toContain('Picture Courtesy: Google');
    for (const tracker of ['Meta Pixel', 'Google Analytics', 'Google AdSense']) expect(report.cleaned).toContain(tracker);
    expect(report.text).toMatch(/Summary/i);
    await page.close();
    await tab.close();
  });

  it('reopens instantly from the per-tab cache (same report, no new analysis needed)', async () => {
    const { popup: page, tab, tabId } = await openPopupFor(ff, '/seed.html');
    const first = await readPopup(page);
    const started = Date.now();
    const again = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    expect(await settledState(again)).toBe('report');
    const elapsed = Date.now() - started;
    expect((await readPopup(again)).title).toBe(first.title);
    // Generous bound: this is a correctness check of the cache path, not a benchmark.
    expect(elapsed).toBeLessThan(5_000);
    await again.close();
    await page.close();
    await tab.close();
  });

  it('offers short, medium and long summaries and remembers the choice', async () => {
    const { popup: page, tab, tabId } = await openPopupFor(ff, '/seed.html');
    const summary = () => page.evaluate(() => document.querySelector('#summary .summary-body')?.textContent?.trim() ?? '');
    const medium = await summary();
    await page.click('label[for="summary-short"]');
    const short = await until(async () => {
      const text = await summary();
      return text && text !== medium ? text : null;
    }, 'the short summary');
    expect(short.length).toBeLessThan(medium.length);
    await page.click('label[for="summary-long"]');
    const long = await until(async () => {
      const text = await summary();
      return text && text !== short ? text : null;
    }, 'the long summary');
    expect(long.length).toBeGreaterThanOrEqual(medium.length);

    const again = await ff.openExtensionPage(`popup.html?tabId=${tabId}`, page);
    expect(await settledState(again)).toBe('report');
    expect(await again.evaluate(() => (document.getElementById('summary-long') as HTMLInputElement | null)?.checked)).toBe(true);
    await page.click('label[for="summary-medium"]'); // leave the default for the other tests
    await again.close();
    await tab.close();
  });

  it('refreshes the cached report when the page changed', async () => {
    const article = (title: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>` +
      Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the council met on Tuesday to discuss the budget, and “we will publish every figure,” said Maria Lopez, the treasurer, after a long debate about schools and roads.</p>`).join('') +
      '</article></body></html>';
    ff.server.route('/changing.html', article('First version of the story'));
    const { popup: page, tab, tabId, state } = await openPopupFor(ff, '/changing.html');
    expect(state).toBe('report');
    expect((await readPopup(page)).title).toBe('First version of the story');

    ff.server.route('/changing.html', article('Second version of the story'));
    await tab.reload({ waitUntil: 'load' });
    const again = await ff.openExtensionPage(`popup.html?tabId=${tabId}`, page);
    expect(await settledState(again)).toBe('report');
    expect((await readPopup(again)).title).toBe('Second version of the story');
    await again.close();
    await tab.close();
  });

  it('says "no article" on a page with nothing to read, and offers "Try anyway" once', async () => {
    const { popup: page, tab, state } = await openPopupFor(ff, '/nothing.html');
    expect(state).toBe('no-article');
    const button = await page.waitForSelector('.state-no-article button');
    await button!.click();
    const after = await settledState(page);
    expect(['report', 'no-article']).toContain(after);
    // Once forced, the popup does not offer "Try anyway" again.
    expect(await page.$('.state-no-article button')).toBeNull();
    await page.close();
    await tab.close();
  });

  it('says "too large" on a page past the extraction limits', async () => {
    const { popup: page, tab, state } = await openPopupFor(ff, '/huge.html');
    expect(state).toBe('too-large');
    expect((await readPopup(page)).text.length).toBeGreaterThan(20);
    await page.close();
    await tab.close();
  });

  it('explains the PDF viewer instead of failing', async () => {
    const { popup: page, tab, state } = await openPopupFor(ff, '/paper.pdf');
    expect(state).toBe('restricted');
    expect((await readPopup(page)).text).toMatch(/PDF/i);
    await page.close();
    await tab.close();
  });

  it('gives an actionable error for a tab that is gone', async () => {
    const page = await ff.openExtensionPage('popup.html?tabId=987654');
    expect(await settledState(page)).toBe('error');
    const report = await readPopup(page);
    expect(report.text.length).toBeGreaterThan(20);
    expect(await page.$('.state-error button')).not.toBeNull(); // Retry
    await page.close();
  });
});

describe('Firefox popup, no host permission (activeTab only)', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await launchFirefox({ grantLocalhost: false });
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('asks for the go-ahead when the person has not clicked the toolbar button', async () => {
    const { popup: page, tab, state } = await openPopupFor(ff, '/seed.html');
    expect(state).toBe('no-access');
    expect((await readPopup(page)).text).toMatch(/toolbar/i);
    await page.close();
    await tab.close();
  });

  it('reports the seed page from a real toolbar click (activeTab), with no host permission', async () => {
    const tab = await ff.openPage('/seed.html');
    await tab.bringToFront();
    await clickToolbarButton(ff);
    const popup = await waitForRealPopup(ff);
    expect(popup.state).toBe('report');
    expect(popup.text).toContain(SEED_TITLE);
    expect(popup.text).toContain('We share your pain');
    expect((await ff.inExtension(() => browser.permissions.getAll())).origins).toEqual([]);
    await tab.close();
  });

  it('explains browser pages (about:blank) instead of failing', async () => {
    const tab = await ff.browser.newPage();
    await tab.bringToFront();
    await clickToolbarButton(ff);
    const popup = await waitForRealPopup(ff);
    expect(popup.state).toBe('restricted');
    expect(popup.text.length).toBeGreaterThan(20);
    await tab.close();
  });
});
