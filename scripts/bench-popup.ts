/**
 * Benchmark (not a test): time from opening the popup to the report being
 * shown, in headless Chromium with the built extension (npx wxt build first).
 *
 *   npx tsx scripts/bench-popup.ts [--reps 10]
 *
 * Pages: the seed page, and the largest Readability test page (read in place
 * from ../shared/corpus, served from 127.0.0.1, never copied). For each page:
 *   cold  - the tab's cached report is removed first: injection + pipeline + render
 *   warm  - reopened with the report cached for the tab (the reopen path)
 * Baseline in the same run: opening the popup page on a tab id that has no
 * report to show (the page's own load and first paint, no pipeline).
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clickToolbarButton, launch, openTab, waitForCachedReport, type Harness } from '../tests/e2e/chromium/harness';
import { serveDirectory } from './staticServer';

declare const chrome: typeof import('wxt/browser').browser;

const argv = process.argv.slice(2);
const reps = Number(argv[argv.indexOf('--reps') + 1] ?? 10) || 10;
const corpus = resolve(import.meta.dirname, '../../shared/corpus/readability-test-pages');

function median(a: number[]): number { const s = [...a].sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]!; }

async function timeOpen(h: Harness, tabId: number): Promise<number> {
  const page = await h.context.newPage();
  const t0 = performance.now();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await page.waitForFunction(() => document.body.dataset.state && document.body.dataset.state !== 'loading', null, { polling: 'raf', timeout: 60_000 });
  const ms = performance.now() - t0;
  await page.close();
  return ms;
}

async function measure(h: Harness, url: string): Promise<{ cold: number; warm: number }> {
  const { tabId, page } = await openTab(h, url);
  await clickToolbarButton(h, page); // activeTab, as after a real click
  await waitForCachedReport(h, tabId, 60_000);
  const cold: number[] = [], warm: number[] = [];
  for (let i = 0; i < reps; i++) {
    await h.worker.evaluate(async (id) => chrome.storage.session.remove(`report:${id}`), tabId);
    cold.push(await timeOpen(h, tabId));
    warm.push(await timeOpen(h, tabId));
  }
  await page.close();
  return { cold: median(cold), warm: median(warm) };
}

const h = await launch();
const corpusServer = existsSync(corpus) ? await serveDirectory(corpus) : null;
try {
  const baseline: number[] = [];
  for (let i = 0; i < reps; i++) baseline.push(await timeOpen(h, 999_999));
  const base = median(baseline);
  const rows: [string, { cold: number; warm: number }][] = [];
  rows.push(['seed page', await measure(h, `${h.server.origin}/seed.html`)]);
  if (corpusServer) {
    const largest = readdirSync(corpus)
      .filter((n) => existsSync(join(corpus, n, 'source.html')))
      .map((n) => ({ n, size: statSync(join(corpus, n, 'source.html')).size }))
      .sort((a, b) => b.size - a.size)[0]!;
    rows.push([`${largest.n} (${(largest.size / 1024).toFixed(0)} KiB)`, await measure(h, `${corpusServer.origin}/${largest.n}/source.html`)]);
  }
  console.log(`popup open → report shown, median of ${reps}, headless Chromium`);
  console.log(`baseline (popup page, nothing to analyse): ${base.toFixed(1)} ms`);
  for (const [name, r] of rows) {
    console.log(`${name.padEnd(28)} cold ${r.cold.toFixed(1).padStart(7)} ms (${(r.cold / base).toFixed(2)}x baseline)   warm ${r.warm.toFixed(1).padStart(7)} ms (${(r.warm / base).toFixed(2)}x)`);
  }
} finally {
  await corpusServer?.close();
  await h.close();
}
