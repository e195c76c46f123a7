/**
 * Driver helpers for the Chromium reader end-to-end tests (reader.e2e.ts,
 * readerStates.e2e.ts): open a fixture page with activeTab granted, fire the
 * open-reader shortcut, wait for the reader page.
 *
 * Keyboard shortcut: Chromium does not route synthetic (CDP) key events to
 * extension commands, so `fireCommand` fires the browser's own onCommand event
 * in the service worker with `chrome.commands.onCommand.dispatch('open-reader',
 * tab)`: our registered listener runs exactly as after a key press. Not
 * covered: the OS-level key press reaching the browser.
 */
import type { Page } from 'playwright-core';
import { clickToolbarButton, openTab, waitForCachedReport, type Harness } from './harness';

/** The extension APIs in the service worker, with the event dispatchers the tests fire. */
export type ReaderChrome = typeof import('wxt/browser').browser & {
  commands: { onCommand: { dispatch(command: string, tab?: unknown): void } };
  contextMenus: { onClicked: { dispatch(info: unknown, tab?: unknown): void } };
};
declare const chrome: ReaderChrome;

/** Opens a fixture page and gives the extension activeTab on it, as a person's click would. */
export async function openAndGrant(h: Harness, path: string): Promise<{ tabId: number; page: Page }> {
  const opened = await openTab(h, `${h.server.origin}/${path}`);
  await clickToolbarButton(h, opened.page);
  await waitForCachedReport(h, opened.tabId);
  return opened;
}

export async function readerLoaded(page: Page): Promise<void> {
  await page.waitForURL(/\/reader\.html\?/, { timeout: 20_000 });
  await page.waitForFunction(() => document.documentElement.dataset.view !== undefined, null, { timeout: 20_000 });
}

export const fireCommand = (h: Harness, tabId: number): Promise<void> =>
  h.worker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    chrome.commands.onCommand.dispatch('open-reader', tab);
  }, tabId);
