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
 *
 * Two more things some tests need (options `siteHosts`, `preGrantedHosts`):
 *
 * 1. Several "sites" on one loopback server. `--host-resolver-rules` maps each
 *    extra name (e.g. news.test, other.test) to 127.0.0.1, so the same static
 *    server (bound to 127.0.0.1 only) serves an allowed site and one that is
 *    not. Nothing resolves anywhere else; every other host is aborted and
 *    recorded.
 * 2. An optional host permission granted without a prompt. Chromium shows the
 *    permission prompt in browser UI that automation cannot answer, so the
 *    harness loads a copy of the built extension whose manifest also lists
 *    those hosts under host_permissions (granted at install). The options page
 *    then runs its real code path: `permissions.request` in the click handler
 *    resolves true without a prompt (already granted). Not covered: the prompt
 *    itself, and `permissions.remove` really revoking the host (Chromium
 *    refuses to remove install-time permissions).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { serveDirectory, type StaticServer } from '../../../scripts/staticServer';

/** The extension APIs as seen inside the service worker (evaluate callbacks run there, not in Node). */
declare const chrome: typeof import('wxt/browser').browser;

/** The built extension; SL_CHROME_EXT points elsewhere (e.g. a private copy while others rebuild .output). */
export const EXT_DIR = process.env.SL_CHROME_EXT ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');

export interface Harness {
  context: BrowserContext;
  server: StaticServer;
  /** A second 127.0.0.1 server over a temporary directory, for pages built by the tests. */
  generatedServer: StaticServer;
  generatedDir: string;
  extensionId: string;
  worker: Worker;
  /** Requests that tried to leave 127.0.0.1 (all are aborted), with the URL of the frame/worker that made them. */
  offHost: { url: string; from: string }[];
  /** http://<host>:<port> of the fixture server under one of `siteHosts`. */
  site(host: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** UI language of the browser, e.g. 'de'. */
  uiLanguage?: string;
  /** Extra host names resolved to 127.0.0.1 (and only those). */
  siteHosts?: string[];
  /** Match patterns granted at install (see the note above). */
  preGrantedHosts?: string[];
}

/** A private copy of the built extension whose manifest also grants `hosts`. */
function extensionGranting(hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-ext-'));
  cpSync(EXT_DIR, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const server = await serveDirectory(PAGES_DIR);
  const generatedDir = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-pages-'));
  const generatedServer = await serveDirectory(generatedDir);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-'));
  const siteHosts = options.siteHosts ?? [];
  const extDir = options.preGrantedHosts?.length ? extensionGranting(options.preGrantedHosts) : EXT_DIR;
  const resolverRules = siteHosts.length
    ? [`--host-resolver-rules=${[...siteHosts.map((host) => `MAP ${host} 127.0.0.1`), 'MAP * ~NOTFOUND'].join(', ')}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    // Chromium on Linux takes its UI (and extension i18n) language from LANGUAGE, when the
    // locale pack is installed (Debian: chromium-l10n); `locale` sets navigator.language.
    ...(options.uiLanguage
      ? { locale: options.uiLanguage, env: { ...process.env, LANGUAGE: options.uiLanguage } }
      : {}),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--enable-unsafe-extension-debugging', ...resolverRules,
      `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
    ],
  });
  const offHost: Harness['offHost'] = [];
  // Nothing may leave 127.0.0.1: pages' own trackers are aborted and recorded too.
  await context.route(
    (url) => !isLocal(url, siteHosts),
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
    generatedServer,
    generatedDir,
    extensionId,
    worker,
    offHost,
    site: (host) => `http://${host}:${new URL(server.origin).port}`,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      await generatedServer.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(generatedDir, { recursive: true, force: true });
      if (extDir !== EXT_DIR) rmSync(extDir, { recursive: true, force: true });
    },
  };
}

function isLocal(url: URL, siteHosts: string[]): boolean {
  if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'chrome:') return true;
  return url.hostname === '127.0.0.1' || siteHosts.includes(url.hostname);
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
 * opens and activeTab is granted for that tab. Playwright does not attach to
 * the popup (a browser-UI-hosted page), so this waits until the popup's target
 * exists and returns its URL; tests read the tab's report through
 * `popup.html?tabId=N` pages.
 */
export async function clickToolbarButton(h: Harness, page: Page): Promise<string> {
  type Session = { send(method: string, params?: object): Promise<unknown>; detach(): Promise<void> };
  type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };
  // The popup analyses the *active* tab, as after a real click: bring ours to the front.
  await page.bringToFront();
  const session = (await h.context.browser()!.newBrowserCDPSession()) as unknown as Session;
  try {
    const popupTargets = async (): Promise<string[]> => {
      const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'page' }] })) as Targets;
      return targetInfos.filter((t) => t.url.endsWith(`${h.extensionId}/popup.html`)).map((t) => t.targetId);
    };
    const before = new Set(await popupTargets());
    // triggerAction wants the *tab* target (Chromium's tab targets wrap page targets).
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as Targets;
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await session.send('Extensions.triggerAction', { id: h.extensionId, targetId: tab.targetId });
    for (let i = 0; i < 100; i++) {
      const fresh = (await popupTargets()).filter((id) => !before.has(id));
      if (fresh.length) return `chrome-extension://${h.extensionId}/popup.html`;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the toolbar popup did not open');
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The cached report entry for a tab, read in the service worker (null when none). */
export async function cachedEntry(h: Harness, tabId: number): Promise<{ url: string; at: number; stale: boolean; ok: boolean } | null> {
  return h.worker.evaluate(async (id) => {
    const got = (await chrome.storage.session.get(`report:${id}`)) as Record<string, { url: string; at: number; stale: boolean; report: { ok: boolean } } | undefined>;
    const e = got[`report:${id}`];
    return e ? { url: e.url, at: e.at, stale: e.stale, ok: e.report.ok } : null;
  }, tabId);
}

/** Waits until the tab's report is cached (the real popup's analysis finished). */
export async function waitForCachedReport(h: Harness, tabId: number, timeout = 20_000): Promise<NonNullable<Awaited<ReturnType<typeof cachedEntry>>>> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const e = await cachedEntry(h, tabId);
    if (e && !e.stale) return e;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no cached report for tab ${tabId}`);
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
