/**
 * Quote library end to end in real headless Chromium (built extension in
 * .output/chrome-mv3): save from a page, see it in the library, edit, delete
 * with undo, export, import into a fresh profile, find it again on an edited
 * page; plus the storage guarantees under real storage.local and a real
 * service-worker stop.
 *
 * What is driven how: a context-menu click cannot be driven headlessly, so the
 * tests call `saveFromPage` — the very function the menu's onClicked listener
 * and the save-quote command call — inside the service worker with the real
 * tab id and the values the menu would pass (selectionText, pageUrl). "Show"
 * from the library asks for the site's optional host permission, a browser
 * prompt the tests cannot answer; so the find-and-highlight step calls
 * `showInTab` (what the library:show handler calls after opening the tab) on a
 * tab with activeTab. How activeTab is granted, the service worker reached and
 * stopped, and the worker's library types: librarySupport.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openTab, type Harness } from './harness';
import { seriousA11yViolations } from './a11y';
import { currentWorker, grantActiveTab, openLibrary, selectText, stopServiceWorker, type Lib, type SavedRecord } from './librarySupport';

declare const self: { sourcelightLibrary: Lib };
declare const chrome: typeof import('wxt/browser').browser;

const tmp = mkdtempSync(join(tmpdir(), 'sourcelight-library-e2e-'));
let h: Harness;

const QUOTE = 'The harbour will reopen in spring, and the ferries will run again,';

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('saving a quote from a page', () => {
  let saved: SavedRecord;

  it('captures text, anchor, metadata and speaker, and confirms with a badge and a toast', async () => {
    const { tabId, page } = await openTab(h, `${h.server.origin}/library-article.html`);
    await grantActiveTab(h, page);
    await selectText(page, QUOTE);
    const out = await (await currentWorker(h)).evaluate((a) => self.sourcelightLibrary.saveFromPage(a), { tabId, selectionText: QUOTE, pageUrl: page.url() });
    expect(out.ok).toBe(true);
    saved = out.record!;
    expect(saved.text).toBe(QUOTE);
    expect(saved.speaker).toBe('Ann Lee');
    expect(saved.missingContext).toBe(false);
    expect(saved.page).toMatchObject({ url: 'https://coastline-post.example/2024/03/harbour-to-reopen', location: page.url(), site: 'Coastline Post', author: 'Jane Smith', published: '2024-03-05T10:00:00Z' });
    expect(saved.anchor.exact).toBe(QUOTE);
    expect(saved.anchor.prefix).toMatch(/harbour wall\.\n“$/);
    expect(saved.anchor.suffix).toMatch(/^” said Mayor Ann Lee/);
    expect(await (await currentWorker(h)).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');
    expect(await page.locator('#sourcelight-quote-toast').count()).toBe(1);
  });

  it('the shortcut without a selection says what to do instead of saving nothing silently', async () => {
    const { tabId, page } = await openTab(h, `${h.server.origin}/library-article.html?no-selection`);
    await grantActiveTab(h, page);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    // What the save-quote command passes: the tab, no selection text.
    const out = await (await currentWorker(h)).evaluate((a) => self.sourcelightLibrary.saveFromPage(a), { tabId, pageUrl: page.url() });
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/Select some text first/);
    expect(await (await currentWorker(h)).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('!');
    expect(await page.locator('#sourcelight-quote-toast').count()).toBe(1);
    await page.close();
  });

  it('without page access saves what the menu gives and flags missing context', async () => {
    const { tabId, page } = await openTab(h, `${h.server.origin}/library-article.html?no-access`);
    const out = await (await currentWorker(h)).evaluate((a) => self.sourcelightLibrary.saveFromPage(a), { tabId, selectionText: 'Critics were unconvinced.', pageUrl: page.url(), title: 'Harbour' });
    expect(out.ok).toBe(true);
    expect(out.record).toMatchObject({ text: 'Critics were unconvinced.', missingContext: true, anchor: { start: null } });
    await page.close();
  });

  it('shows the quote in the library, grouped by article, and searches it', async () => {
    const lib = await openLibrary(h);
    const card = lib.locator(`.quote[data-id="${saved.id}"]`);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('blockquote').textContent()).toBe(QUOTE);
    expect(await card.locator('.speaker').textContent()).toContain('Ann Lee');
    expect(await lib.locator('section.article', { has: card }).locator('h2').textContent()).toContain('Harbour to reopen');
    await lib.fill('#search', 'ferries lee');
    expect(await lib.locator('.quote').count()).toBe(1);
    await lib.fill('#search', 'no such words anywhere');
    expect(await lib.locator('.quote').count()).toBe(0);
    expect(await lib.locator('#empty').isVisible()).toBe(true);
    await lib.fill('#search', '');
    await lib.close();
  });

  it('has no serious or critical accessibility violations, light and dark, also with the edit form open', async () => {
    const lib = await openLibrary(h);
    for (const colorScheme of ['light', 'dark'] as const) {
      await lib.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(lib)).toEqual([]);
    }
    await lib.locator(`.quote[data-id="${saved.id}"] [data-action="edit"]`).click();
    expect(await seriousA11yViolations(lib)).toEqual([]);
    await lib.keyboard.press('Escape');
    await expect.poll(() => lib.locator('.quote form').count()).toBe(0);
    await lib.close();
  });

  it('edits note and tags, deletes with undo', async () => {
    const lib = await openLibrary(h);
    const card = () => lib.locator(`.quote[data-id="${saved.id}"]`);
    await card().locator('[data-action="edit"]').click();
    await card().locator('textarea[name="note"]').fill('Check the ferry timetable');
    await card().locator('input[name="tags"]').fill('ports, #council');
    await card().locator('button[type="submit"]').click();
    await expect.poll(() => card().locator('.note').textContent()).toBe('Check the ferry timetable');
    expect(await card().locator('.tags li').allTextContents()).toEqual(['#ports', '#council']);
    await lib.fill('#search', '#council');
    expect(await lib.locator('.quote').count()).toBe(1);
    await lib.fill('#search', '');

    await card().locator('[data-action="delete"]').click();
    await expect.poll(() => card().count()).toBe(0);
    expect(await (await currentWorker(h)).evaluate((id) => self.sourcelightLibrary.quoteStore().get(id), saved.id)).toBeNull();
    await lib.click('#notice [data-action="undo"]');
    await expect.poll(() => card().count()).toBe(1);
    expect((await (await currentWorker(h)).evaluate((id) => self.sourcelightLibrary.quoteStore().get(id), saved.id))?.anchor).toEqual(saved.anchor);
    await lib.close();
  });
});

describe('never lose a quote (real storage.local, real service worker)', () => {
  it('keeps 200 quotes saved at once from the worker and the library page together', async () => {
    const lib = await openLibrary(h);
    const before = (await (await currentWorker(h)).evaluate(() => self.sourcelightLibrary.quoteStore().loadAll())).quotes.length;
    const fromPage = lib.evaluate(async () => {
      const send = (i: number) =>
        chrome.runtime.sendMessage({ type: 'library:save', payload: { quote: { text: `Page burst quote ${i}`, speaker: null, url: 'http://127.0.0.1/burst', title: 'Burst' } } });
      return Promise.all(Array.from({ length: 100 }, (_, i) => send(i)));
    });
    const worker = await currentWorker(h);
    const fromWorker = worker.evaluate(async () => {
      const store = self.sourcelightLibrary.quoteStore();
      const now = new Date().toISOString();
      return Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          store.save({ v: 2, id: `burst-${i}`, text: `Worker burst quote ${i}`, speaker: null, page: { url: 'http://127.0.0.1/burst', location: 'http://127.0.0.1/burst', title: 'Burst', site: '127.0.0.1', author: null, published: null }, anchor: { exact: `Worker burst quote ${i}`, prefix: '', suffix: '', start: null, end: null }, savedAt: now, updatedAt: now, note: '', tags: [], origin: 'page', missingContext: true }),
        ),
      );
    });
    const [pageResults] = await Promise.all([fromPage, fromWorker]);
    expect((pageResults as Array<{ ok: boolean }>).every((r) => r.ok)).toBe(true);
    const after = await worker.evaluate(() => self.sourcelightLibrary.quoteStore().loadAll());
    expect(after.quotes.length).toBe(before + 200);
    expect(after.problems).toEqual([]);
    // The open library page followed every change.
    await expect.poll(() => lib.locator('#count').textContent()).toContain(String(before + 200));
    await lib.close();
  });

  it('a save racing a delete: the new quote is kept and the deleted one stays deleted', async () => {
    const lib = await openLibrary(h);
    const send = (text: string) => lib.evaluate((t) => chrome.runtime.sendMessage({ type: 'library:save', payload: { quote: { text: t, speaker: null, url: 'http://127.0.0.1/race', title: 'Race' } } }), text);
    const victim = (await send('About to be deleted')) as { ok: boolean; id: string };
    const card = lib.locator(`.quote[data-id="${victim.id}"]`);
    await expect.poll(() => card.count()).toBe(1);
    // The delete (library page) and a new save (through the background) at the same time.
    const [, saved] = await Promise.all([card.locator('[data-action="delete"]').click(), send('Saved during the delete')]);
    const fresh = saved as { ok: boolean; id: string };
    const store = async (id: string) => (await currentWorker(h)).evaluate((i) => self.sourcelightLibrary.quoteStore().get(i), id);
    await expect.poll(() => store(victim.id)).toBeNull();
    expect((await store(fresh.id))?.text).toBe('Saved during the delete');
    await expect.poll(() => lib.locator(`.quote[data-id="${fresh.id}"]`).count()).toBe(1);
    expect(await card.count()).toBe(0);
    await lib.close();
  });

  it('skips and reports a corrupt record without losing the others, and leaves it in place', async () => {
    const w = await currentWorker(h);
    await w.evaluate(() => chrome.storage.local.set({ 'q:corrupt-record': { v: 2, id: 'corrupt-record', text: 12 }, 'q:from-the-future': { v: 99, id: 'from-the-future' } }));
    const lib = await openLibrary(h);
    await lib.waitForSelector('body[data-loaded="all"]').catch(() => undefined);
    await expect.poll(() => lib.locator('#problems').textContent()).toMatch(/^2 stored records could not be read/);
    expect(await lib.locator('.quote').count()).toBeGreaterThan(0);
    const kept = await w.evaluate(() => chrome.storage.local.get(['q:corrupt-record', 'q:from-the-future']));
    expect(Object.keys(kept).sort()).toEqual(['q:corrupt-record', 'q:from-the-future']);
    await w.evaluate(() => chrome.storage.local.remove(['q:corrupt-record', 'q:from-the-future']));
    await lib.close();
  });

  it('keeps both quotes when the service worker is stopped between two saves', async () => {
    const lib = await openLibrary(h);
    const save = (text: string) => lib.evaluate((t) => chrome.runtime.sendMessage({ type: 'library:save', payload: { quote: { text: t, speaker: null, url: 'http://127.0.0.1/restart', title: 'Restart' } } }), text);
    const first = (await save('Saved before the worker stopped')) as { ok: boolean; id: string };
    expect(first.ok).toBe(true);
    expect(await stopServiceWorker(h, lib)).toBe(true);
    const second = (await save('Saved after the worker restarted')) as { ok: boolean; id: string };
    expect(second.ok).toBe(true);
    const ids = (await (await currentWorker(h)).evaluate(() => self.sourcelightLibrary.quoteStore().loadAll())).quotes.map((q) => q.id);
    expect(ids).toContain(first.id);
    expect(ids).toContain(second.id);
    await lib.close();
  });
});

describe('export, import into a fresh profile, find it again', () => {
  let exported: string;
  let fresh: Harness;

  afterAll(async () => {
    await fresh?.close();
  });

  it('exports JSON, Markdown and CSV from the library page', async () => {
    const lib = await openLibrary(h);
    const grab = async (button: string) => {
      const [dl] = await Promise.all([lib.waitForEvent('download'), lib.click(button)]);
      const path = join(tmp, dl.suggestedFilename());
      await dl.saveAs(path);
      return { name: dl.suggestedFilename(), body: readFileSync(path, 'utf8'), path };
    };
    const json = await grab('#export-json');
    expect(json.name).toMatch(/^sourcelight-quotes-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(json.body) as { format: string; quotes: SavedRecord[] };
    expect(doc.format).toBe('sourcelight-quotes');
    expect(doc.quotes.some((q) => q.text === QUOTE)).toBe(true);
    exported = json.path;
    const md = await grab('#export-md');
    expect(md.body).toContain(`> ${QUOTE}`);
    expect(md.body).toContain('Citation: Smith, J. (2024, March 5).');
    const csv = await grab('#export-csv');
    expect(csv.body.split('\r\n')[0]).toMatch(/^id,saved,text,speaker/);
    await lib.close();
  });

  it('imports the export into a fresh profile, reporting a damaged line and importing the rest', async () => {
    fresh = await launch();
    const lines = readFileSync(exported, 'utf8').split('\n');
    lines.splice(2, 0, '{"v":2,"id":"broken", this line is damaged');
    const damaged = join(tmp, 'damaged.json');
    writeFileSync(damaged, lines.join('\n'));
    const total = lines.length - 4; // header, closing line, trailing newline and the damaged line
    const lib = await openLibrary(fresh);
    await lib.setInputFiles('#import-file', damaged);
    await lib.waitForFunction(() => document.body.dataset.lastImport);
    const report = JSON.parse((await lib.evaluate(() => document.body.dataset.lastImport))!) as { added: number; rejected: Array<{ line: number; reason: string }> };
    expect(report.added).toBe(total);
    expect(report.rejected).toEqual([{ line: 3, reason: 'not valid JSON' }]);
    expect(await lib.locator('#notice').textContent()).toMatch(/1/);
    await lib.fill('#search', 'ferries');
    await expect.poll(() => lib.locator('.quote blockquote').first().textContent()).toBe(QUOTE);
    await lib.close();
  });

  it('finds and highlights the passage again on an edited page, and says so when it is gone', async () => {
    const w = await currentWorker(fresh);
    const record = (await w.evaluate(() => self.sourcelightLibrary.quoteStore().loadAll())).quotes.find((q) => q.text === QUOTE)!;
    const { tabId, page } = await openTab(fresh, `${fresh.server.origin}/library-article-edited.html`);
    await grantActiveTab(fresh, page);
    const res = await w.evaluate(([id, r]) => self.sourcelightLibrary.showInTab(id, r), [tabId, record] as const);
    expect(res).toMatchObject({ ok: true, found: true, exact: false });
    const marked = await page.$$eval('mark[data-sourcelight-quote]', (ms) => ms.map((m) => m.textContent).join(''));
    expect(marked).toBe('The harbour will reopen in spring, and the ferries will run again from April,');

    const gone = await openTab(fresh, `${fresh.server.origin}/library-article-gone.html`);
    await grantActiveTab(fresh, gone.page);
    const res2 = await w.evaluate(([id, r]) => self.sourcelightLibrary.showInTab(id, r), [gone.tabId, record] as const);
    expect(res2).toMatchObject({ ok: true, found: false });
    expect(await gone.page.locator('#sourcelight-quote-toast').count()).toBe(1);
  });
});
