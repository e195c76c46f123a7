/**
 * Reader mode timing in headless Chromium (build first: `npx wxt build`):
 *   npx tsx scripts/bench-reader.ts
 * For each page: the open-reader command to the article on screen (report
 * already cached by a toolbar click, as when the popup was opened first), and
 * the median of 9 reloads of the reader page (navigation start → the
 * 'sourcelight:reader-rendered' performance mark: read cache, re-sanitise,
 * locate quotes, render).
 */
import { clickToolbarButton, launch, openTab, waitForCachedReport } from '../tests/e2e/chromium/harness';

declare const chrome: typeof import('wxt/browser').browser & {
  commands: { onCommand: { dispatch(command: string, tab?: unknown): void } };
};

const PAGES = process.argv.slice(2).length ? process.argv.slice(2) : ['seed.html', 'wordpress-comments.html', 'liveblog.html'];
const RUNS = 9;
const rendered = (): boolean => performance.getEntriesByName('sourcelight:reader-rendered').length > 0;

const h = await launch();
try {
  for (const fixture of PAGES) {
    const { tabId, page } = await openTab(h, `${h.server.origin}/${fixture}`);
    await clickToolbarButton(h, page);
    await waitForCachedReport(h, tabId);
    const t0 = Date.now();
    await h.worker.evaluate(async (id) => chrome.commands.onCommand.dispatch('open-reader', await chrome.tabs.get(id)), tabId);
    await page.waitForURL(/\/reader\.html\?/);
    await page.waitForFunction(rendered);
    const commandMs = Date.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      await page.waitForFunction(rendered);
      times.push(await page.evaluate(() => performance.getEntriesByName('sourcelight:reader-rendered')[0]!.startTime));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)]!;
    console.log(`${fixture}: command → article ${commandMs} ms; reader reload → article median ${median.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[RUNS - 1]!.toFixed(1)}, n=${RUNS})`);
  }
} finally {
  await h.close();
}
