/**
 * Drive the built Firefox extension (.output/firefox-mv3) in real Firefox ESR
 * through puppeteer-core over WebDriver BiDi.
 *
 * How extension pages become drivable (researched on Firefox 153 ESR, see
 * tests/e2e/firefox/README.md):
 * - Firefox's BiDi refuses `browsingContext.navigate` to moz-extension:// and
 *   does not attach to extension documents unless the browser was started
 *   with `--remote-allow-system-access` (RemoteAgent.allowSystemAccess;
 *   remote/shared/BrowsingContextUtils.sys.mjs isWebdriverSafeNavigationURL).
 *   With the flag, navigation is allowed and `page.evaluate` runs in the
 *   extension page's own realm, where `browser.*` is available.
 * - Navigation to an extension page emits no BiDi load events, so
 *   `page.goto` would time out: we navigate with wait 'none' and poll the
 *   document's own `location.href` / `readyState` instead.
 * - The moz-extension host is pinned with the `extensions.webextensions.uuids`
 *   pref, so URLs are known before install.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID, FIREFOX_EXTENSION_UUID, firefoxPrefs } from './firefoxPrefs';
import { startRecordingProxy, type RecordingProxy } from './firefoxProxy';
import { serveDirectory, type StaticServer } from '../../../scripts/staticServer';

export { FIREFOX_ADDON_ID, FIREFOX_EXTENSION_UUID };
export const FIREFOX_EXECUTABLE = process.env.SL_FIREFOX ?? '/usr/bin/firefox-esr';
/** The build under test; SL_FIREFOX_EXTENSION_DIR points elsewhere (e.g. a build of another checkout). */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.SL_FIREFOX_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/firefox-mv3'));
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');

/**
 * tests/fixtures/pages on 127.0.0.1, uncached: tests replace pages through
 * `route` (an edited article, a changing page) and Firefox must fetch them again.
 */
export function serveFixturePages(): Promise<StaticServer> {
  return serveDirectory(FIXTURE_PAGES, { noStore: true });
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Extra prefs, e.g. to test a setting. */
  prefs?: Record<string, string | number | boolean>;
  /** Grant the optional host permission for 127.0.0.1 right after install (default true). */
  grantLocalhost?: boolean;
  /** Reuse a fixture server (e.g. a second, fresh profile visiting the same URLs); left open on close. */
  server?: StaticServer;
}

export interface FirefoxSession {
  browser: Browser;
  server: StaticServer;
  proxy: RecordingProxy;
  /** A tab kept on an extension page, for running `browser.*` calls. */
  control: Page;
  extensionUrl(path: string): string;
  /** A new tab on a fixture path (e.g. '/seed.html'), loaded. */
  openPage(path: string): Promise<Page>;
  /** Navigate `page` (default: a new tab) to an extension page; resolves when its document is complete. */
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  /** Evaluate in the control extension page (has `browser.*`). */
  inExtension<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>>;
  /** The WebExtension tab id of a page (brings it to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** Grant an optional host permission through permissions.request() on a real click. */
  grantHostPermission(origin?: string): Promise<void>;
  close(): Promise<void>;
}

export function extensionUrl(path: string): string {
  return `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until it returns a truthy value (errors count as "not yet"). */
export async function until<T>(fn: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await sleep(100);
  }
}

/** The document's own location (puppeteer's page.url() is stale for extension pages). */
export function locationOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/** Wait until the tab shows a document whose URL satisfies `test` and has finished loading. */
export async function waitForDocument(page: Page, test: (url: string) => boolean, what: string, timeoutMs = 10_000) {
  return until(
    async () => {
      const [href, state] = await page.evaluate(() => [location.href, document.readyState] as const);
      return test(href) && state === 'complete' ? href : null;
    },
    what,
    timeoutMs,
  );
}

/**
 * Reloads a page and waits for the new document. A reloaded page has the same
 * URL and its old document is also 'complete', so waiting on those alone can
 * pass before the reload starts (seen under load): the old document is marked
 * first and the wait is for a complete document without the mark.
 */
export async function reloadAndWait(page: Page, what: string, timeoutMs = 10_000): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.slBeforeReload = '1';
    location.reload();
  });
  await until(
    () => page.evaluate(() => !document.documentElement.dataset.slBeforeReload && document.readyState === 'complete'),
    what,
    timeoutMs,
  );
}

/**
 * Wait until an extension page has settled: body[data-state] is set and is
 * not 'loading' (the popup and reader mark their state this way).
 */
export async function settledState(page: Page, timeoutMs = 20_000): Promise<string> {
  return until(
    () => page.evaluate(() => {
      const state = document.body?.dataset.state;
      return state && state !== 'loading' ? state : null;
    }),
    'the page to leave its loading state',
    timeoutMs,
  );
}

/** Whether the build contains an extension page (features land one by one). */
export function buildHas(path: string, extensionDir = FIREFOX_EXTENSION_DIR): boolean {
  return existsSync(resolve(extensionDir, path));
}

/** Navigate a tab to an extension page without waiting for BiDi load events (none come). */
export async function navigateToExtensionPage(page: Page, path: string): Promise<Page> {
  const url = extensionUrl(path);
  // puppeteer's BiDi frame exposes its browsing context; `page.goto` waits for
  // a load event Firefox never reports for extension documents.
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } };
  await frame.browsingContext.navigate(url, 'none');
  await waitForDocument(page, (href) => href === url, `extension page ${path}`);
  return page;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npx wxt build -b firefox --mv3\` first`);
  }
  const proxy = await startRecordingProxy();
  const ownServer = !options.server;
  const server = options.server ?? (await serveFixturePages());
  let firefox: Browser | undefined;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_EXECUTABLE,
      headless: true,
      // Lets BiDi navigate to and evaluate in moz-extension:// documents.
      args: ['--remote-allow-system-access'],
      // Firefox's own guard: refuse any socket to a non-loopback address (and
      // let Remote Settings honour our dummy server pref). Belt and braces with
      // the recording proxy, which is what tells us what was attempted.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: { ...firefoxPrefs(proxy.port), ...options.prefs },
    });
    const id = await firefox.installExtension(extensionDir);
    if (id !== FIREFOX_ADDON_ID) throw new Error(`installed add-on id ${id}, expected ${FIREFOX_ADDON_ID}`);
    const control = await navigateToExtensionPage(await firefox.newPage(), controlPagePath(extensionDir));
    const b = firefox;
    const session: FirefoxSession = {
      browser: b,
      server,
      proxy,
      control,
      extensionUrl,
      async openPage(path) {
        const page = await b.newPage();
        await page.goto(server.url(path), { waitUntil: 'load' });
        return page;
      },
      async openExtensionPage(path, page) {
        return navigateToExtensionPage(page ?? (await b.newPage()), path);
      },
      inExtension(fn, ...args) {
        return control.evaluate(fn as never, ...(args as unknown as never[])) as never;
      },
      async tabIdOf(page) {
        // Without the `tabs` permission, tab URLs are only visible for hosts we
        // have permission for; the active tab is identifiable either way.
        await page.bringToFront();
        const href = await locationOf(page);
        return until(
          () =>
            control.evaluate(async (href: string) => {
              const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
              if (!tab?.id) return null;
              return tab.url === undefined || tab.url === href ? tab.id : null;
            }, href),
          `tab id of ${href}`,
        );
      },
      async grantHostPermission(origin = 'http://127.0.0.1/*') {
        await control.evaluate((origin: string) => {
          const button = document.createElement('button');
          button.id = 'sl-test-grant';
          button.textContent = 'grant';
          button.style.cssText = 'position:fixed;inset:0 auto auto 0;z-index:2147483647;width:80px;height:40px';
          button.addEventListener(
            'click',
            () => {
              void browser.permissions.request({ origins: [origin] }).then(
                (granted: boolean) => button.setAttribute('data-granted', String(granted)),
                (error: unknown) => button.setAttribute('data-granted', `error: ${String(error)}`),
              );
            },
            { once: true },
          );
          document.body.append(button);
        }, origin);
        await control.bringToFront();
        // A real click (BiDi input.performActions) is a user gesture, which
        // permissions.request() requires.
        await control.click('#sl-test-grant');
        const result = await until(
          () => control.evaluate(() => document.getElementById('sl-test-grant')?.getAttribute('data-granted')),
          'permission grant',
        );
        await control.evaluate(() => document.getElementById('sl-test-grant')?.remove());
        if (result !== 'true') throw new Error(`permissions.request(${origin}) → ${result}`);
      },
      async close() {
        await b.close().catch(() => {});
        if (ownServer) await server.close();
        await proxy.close();
      },
    };
    if (options.grantLocalhost ?? true) await session.grantHostPermission();
    return session;
  } catch (error) {
    await firefox?.close().catch(() => {});
    if (ownServer) await server.close();
    await proxy.close();
    throw error;
  }
}

/**
 * The control tab's page: any extension document gets `browser.*`. The options
 * page is the calmest one (it analyses nothing); fall back to the popup while
 * the options page does not exist yet.
 */
function controlPagePath(extensionDir: string): string {
  for (const candidate of ['options.html', 'library.html', 'popup.html']) {
    if (existsSync(resolve(extensionDir, candidate))) return candidate;
  }
  return 'manifest.json';
}
