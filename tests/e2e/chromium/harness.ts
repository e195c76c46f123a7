/**
 * Real-Chromium harness for the extension: a persistent profile with the built
 * extension loaded, a static server on 127.0.0.1, and helpers to reach the
 * extension's service worker, tabs and popup.
 *
 * How the tests get the extension onto a page (activeTab)
 * -------------------------------------------------------
 * The extension has no host permissions: it may script a tab only after the
 * person invokes it there (activeTab). Opening `popup.html?tabId=N` in a tab is
 * not such a gesture, and `permissions.request` needs a gesture and a prompt.
 * So the tests do what a person does — click the toolbar button — through the
 * DevTools protocol's `Extensions.triggerAction` (Chromium's own test hook:
 * available over --remote-debugging-pipe, which Playwright uses, with
 * --enable-unsafe-extension-debugging). That runs the real default action on
 * the tab: the real popup opens and activeTab is granted for that tab, exactly
 * as after a click. The production manifest is unchanged. After that, pages like
 * `popup.html?tabId=N` may render the tab's report too (the grant lasts until
 * the tab navigates).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { serveDirectory, type StaticServer } from '../../../scripts/staticServer';

/** The extension APIs as seen inside the service worker (evaluate callbacks run there, not in Node). */
declare const chrome: typeof import('wxt/browser').browser;

export const EXT_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');

export interface Harness {
  context: BrowserContext;
  server: StaticServer;
  extensionId: string;
  worker: Worker;
  /** Requests that tried to leave 127.0.0.1 (all are aborted), with the URL of the frame/worker that made them. */
  offHost: { url: string; from: string }[];
  close(): Promise<void>;
}

export async function launch(): Promise<Harness> {
  const server = await serveDirectory(PAGES_DIR);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`,
    ],
  });
  const offHost: Harness['offHost'] = [];
  // Nothing may leave 127.0.0.1: pages' own trackers are aborted and recorded too.
  await context.route(
    (url) => !isLocal(url),
    (route) => {
      const req = route.request();
      let from = '';
      try {
        from = req.frame().url();
      } catch {
        from = req.serviceWorker()?.url() ?? '';
      }
      offHost.push({ url: req.url(), from });
      return route.abort('blockedbyclient');
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    server,
    extensionId,
    worker,
    offHost,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function isLocal(url: URL): boolean {
  if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'chrome:') return true;
  return url.hostname === '127.0.0.1';
}

/**
 * Opens `url` in a new tab through the extension's own chrome.tabs.create, so
 * the test knows the tab id (without host access chrome.tabs hides tab URLs,
 * so a tab cannot be found by URL). Returns the tab id and its Playwright page.
 */
export async function openTab(h: Harness, url: string): Promise<{ tabId: number; page: Page }> {
  const opened = h.context.waitForEvent('page', { timeout: 15_000 });
  const tabId = await h.worker.evaluate(async (u) => (await chrome.tabs.create({ url: u, active: true })).id ?? -1, url);
  const page = await opened;
  await page.waitForLoadState('load').catch(() => undefined);
  return { tabId, page };
}

/**
 * Clicks the toolbar button on `page` (Extensions.triggerAction): the real popup
 * opens as a new page and activeTab is granted for that tab. Returns the popup page.
 */
export async function clickToolbarButton(h: Harness, page: Page): Promise<Page> {
  type Session = { send(method: string, params?: object): Promise<unknown>; detach(): Promise<void> };
  const browserSession = (await h.context.browser()!.newBrowserCDPSession()) as unknown as Session;
  try {
    // triggerAction wants the *tab* target (Chromium's tab targets wrap page targets).
    const { targetInfos } = (await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    const popupOpened = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/popup.html'), timeout: 10_000 });
    await browserSession.send('Extensions.triggerAction', { id: h.extensionId, targetId: tab.targetId });
    return await popupOpened;
  } finally {
    await browserSession.detach().catch(() => undefined);
  }
}

/** Opens `popup.html?tabId=N` in its own tab (how the tests render a given tab's report). */
export async function openPopupFor(h: Harness, tabId: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  return page;
}

/** Waits until the popup left its loading state; returns the state name. */
export async function popupState(popup: Page, timeout = 20_000): Promise<string> {
  await popup.waitForFunction(() => document.body.dataset.state && document.body.dataset.state !== 'loading', null, { timeout });
  return popup.evaluate(() => document.body.dataset.state ?? '');
}
