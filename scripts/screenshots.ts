/**
 * Regenerates docs/screenshots/: the toolbar popup and the reader on the seed
 * page, in light and dark (prefers-color-scheme via emulateMedia).
 *
 *   npx wxt build && npx tsx scripts/screenshots.ts
 *
 * Uses the Chromium e2e harness (tests/e2e/chromium/harness.ts): the built
 * extension in headless Chromium, pages from 127.0.0.1, a real toolbar click
 * (Extensions.triggerAction) for activeTab, and the open-reader command fired
 * through chrome.commands.onCommand.dispatch.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { clickToolbarButton, launch, openPopupFor, openTab, popupState, waitForCachedReport } from '../tests/e2e/chromium/harness';

declare const chrome: typeof import('wxt/browser').browser & {
  commands: { onCommand: { dispatch(command: string, tab?: unknown): void } };
};

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const SCHEMES = ['light', 'dark'] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const h = await launch();
  try {
    const { tabId, page } = await openTab(h, `${h.server.origin}/seed.html`);
    await clickToolbarButton(h, page);
    await waitForCachedReport(h, tabId);

    // Popup: rendered at the toolbar popup's width.
    const popup = await openPopupFor(h, tabId);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popupState(popup);
    for (const colorScheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await popup.waitForTimeout(200);
      await popup.screenshot({ path: `${OUT}/popup-${colorScheme}.png`, fullPage: true });
    }
    await popup.close();

    // Reader: theme follows the system, quotes marked, side pane open.
    await h.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { version: 1, reader: { theme: 'system', marks: true, pane: true } } }),
    );
    await page.setViewportSize({ width: 1280, height: 860 });
    await h.worker.evaluate(async (id) => chrome.commands.onCommand.dispatch('open-reader', await chrome.tabs.get(id)), tabId);
    await page.waitForURL(/\/reader\.html\?/);
    await page.waitForSelector('mark.sl-quote');
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${OUT}/reader-${colorScheme}.png` });
    }
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await h.close();
  }
}

await main();
