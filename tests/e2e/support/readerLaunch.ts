/**
 * Chromium launch for the auto-reader tests (reader helper's; the shared
 * harness is tests/e2e/chromium/harness.ts).
 *
 * Two things the shared harness cannot do:
 *
 * 1. Two "sites" on one loopback server. `--host-resolver-rules` maps
 *    news.test and other.test to 127.0.0.1, so the same static server (bound
 *    to 127.0.0.1 only) serves an allowed site and a site that is not.
 *    Nothing resolves anywhere else; every other host is aborted and recorded.
 *
 * 2. Granting the optional host permission without a prompt. Chromium shows
 *    the permission prompt in browser UI that automation cannot answer. The
 *    test therefore loads a copy of the built extension whose manifest also
 *    lists `http://news.test/*` under host_permissions (granted at install).
 *    The options page then runs its real code path: `permissions.request` in
 *    the click handler resolves true without a prompt (already granted), the
 *    site is stored, the content script is registered. What this does NOT
 *    cover: the prompt itself, and `permissions.remove` actually revoking the
 *    host (Chromium refuses to remove install-time permissions; the extension
 *    ignores that refusal and still unregisters the script).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { serveDirectory, type StaticServer } from '../../../scripts/staticServer';

export const BUILT_EXTENSION = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');
export const LOOPBACK_HOSTS = ['127.0.0.1', 'news.test', 'other.test'];

export interface ReaderHarness {
  context: BrowserContext;
  server: StaticServer;
  worker: Worker;
  extensionId: string;
  /** http://<host>:<port> of the static server under another loopback name. */
  site(host: 'news.test' | 'other.test'): string;
  offHost: string[];
  close(): Promise<void>;
}

export async function launchWithHosts(preGranted: string[]): Promise<ReaderHarness> {
  const server = await serveDirectory(FIXTURE_PAGES);
  const port = new URL(server.origin).port;
  const extDir = mkdtempSync(join(tmpdir(), 'sourcelight-ext-'));
  cpSync(BUILT_EXTENSION, extDir, { recursive: true });
  const manifestPath = join(extDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...preGranted];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
      '--host-resolver-rules=MAP news.test 127.0.0.1, MAP other.test 127.0.0.1, MAP * ~NOTFOUND',
      `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
    ],
  });
  const offHost: string[] = [];
  await context.route(
    (url) => !(url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'chrome:' || LOOPBACK_HOSTS.includes(url.hostname)),
    (route) => {
      offHost.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    server,
    worker,
    extensionId: new URL(worker.url()).host,
    site: (host) => `http://${host}:${port}`,
    offHost,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extDir, { recursive: true, force: true });
    },
  };
}
