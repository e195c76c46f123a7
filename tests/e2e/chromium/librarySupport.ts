/**
 * Driver helpers for the Chromium quote-library end-to-end test
 * (library.e2e.ts): the saved record and the library API as the service
 * worker exposes them (self.sourcelightLibrary), reaching that worker while
 * Chromium stops and restarts it (and stopping it on purpose), selecting text
 * on a page, opening the library page, and granting activeTab.
 */
import type { Page, Worker } from 'playwright-core';
import { clickToolbarButton, type Harness } from './harness';

export interface SavedRecord {
  id: string;
  text: string;
  speaker: string | null;
  missingContext: boolean;
  page: { url: string; location: string; title: string; site: string; author: string | null; published: string | null };
  anchor: { exact: string; prefix: string; suffix: string; start: number | null; end: number | null };
}
interface Outcome {
  ok: boolean;
  message: string;
  record?: SavedRecord;
}
/** What the service worker exposes as `self.sourcelightLibrary` (evaluate callbacks run there). */
export type Lib = {
  saveFromPage(t: { tabId: number; selectionText?: string; pageUrl?: string; title?: string }): Promise<Outcome>;
  showInTab(tabId: number, r: SavedRecord): Promise<{ ok: boolean; found?: boolean; exact?: boolean }>;
  quoteStore(): { loadAll(): Promise<{ quotes: SavedRecord[]; problems: unknown[] }>; get(id: string): Promise<SavedRecord | null>; save(r: unknown): Promise<unknown> };
};
declare const chrome: typeof import('wxt/browser').browser;

/**
 * The extension's service worker as it is now: Chromium stops an idle worker
 * after ~30 s and the tests stop it on purpose, so never keep a handle; wake
 * it with a message when none is running.
 */
export async function currentWorker(harness: Harness): Promise<Worker> {
  const find = () => harness.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${harness.extensionId}/`));
  const live = find();
  if (live) return live;
  const started = harness.context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/library.html`);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake' }).catch(() => undefined));
  const w = find() ?? (await started);
  await page.close();
  return w;
}

export async function selectText(page: Page, needle: string): Promise<void> {
  await page.evaluate((n) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const i = node.data.indexOf(n);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + n.length);
      const s = getSelection()!;
      s.removeAllRanges();
      s.addRange(r);
      return;
    }
    throw new Error(`text not on page: ${n}`);
  }, needle);
}

export async function openLibrary(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/library.html`);
  await page.waitForSelector('body[data-state="ready"]');
  return page;
}

/** activeTab the way a person grants it: a real toolbar click (Extensions.triggerAction, see harness.ts). */
export async function grantActiveTab(harness: Harness, page: Page): Promise<void> {
  await clickToolbarButton(harness, page);
}

/**
 * Stops the extension's service worker through the DevTools protocol (what
 * chrome://serviceworker-internals "Stop" does) and waits until it reports
 * stopped; says whether it did within 20 s. The worker must be running (the
 * caller has just had an answer from it). Success is either signal that it
 * stopped: Playwright's worker 'close', or the protocol's 'stopped' status (the
 * 'running' status may already be past when ServiceWorker.enable reports,
 * which made waiting for it flaky). `page` hosts the DevTools session.
 */
export async function stopServiceWorker(harness: Harness, page: Page): Promise<boolean> {
  type Versions = { versions: Array<{ scriptURL: string; runningStatus: string }> };
  const worker = await currentWorker(harness);
  const cdp = await harness.context.newCDPSession(page);
  const ours = (v: { scriptURL: string }) => v.scriptURL.startsWith(`chrome-extension://${harness.extensionId}/`);
  let stoppedSeen = false;
  const stopped = new Promise<void>((resolve) => {
    const done = (): void => {
      stoppedSeen = true;
      resolve();
    };
    worker.once('close', done);
    cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => {
      if (e.versions.some((v) => ours(v) && v.runningStatus === 'stopped')) done();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((r) => setTimeout(r, 20_000))]);
  await cdp.detach();
  return stoppedSeen;
}
