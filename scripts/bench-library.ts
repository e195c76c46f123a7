/**
 * Benchmark (not a test) of the quote library with 10,000 quotes in real
 * headless Chromium with the built extension (.output/chrome-mv3; build first
 * with `npx wxt build`). Prints medians:
 *   open    navigation start → first render done (performance mark 'library-ready')
 *   search  typing a query → list re-rendered (sync) and laid out
 *   save    'library:save' message from an extension page → stored (round trip
 *           through the background), and until the open library shows it
 * with baselines from the same run: raw storage.local.get(null) of all keys,
 * and one raw storage.local.set of one key.
 * Goal (issue 5): open < 300 ms, search < 50 ms, save < 50 ms.
 *
 * Run: npx wxt build && npx tsx scripts/bench-library.ts [--quotes 10000] [--runs 7] [--ext .output/chrome-mv3]
 * (--ext: a copy of the build, so that a concurrent rebuild cannot disturb the run)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const QUOTES = arg('--quotes', 10_000);
const RUNS = arg('--runs', 7);
const extArg = process.argv.indexOf('--ext');
const EXT_DIR = resolve(extArg > 0 ? process.argv[extArg + 1]! : '.output/chrome-mv3');

/** Headless Chromium with the extension, flags as in the e2e harness (BRIEF). */
async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (xs: number[]) => `${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;

// Evaluated as strings so that no bundler helper leaks into the browser.
const SEED = (n: number) => `(async () => {
  const words = 'harbour council budget minister election climate energy court police school hospital transport housing water tax trade union strike vote reform report inquiry border army ceasefire talks market inflation rates jobs'.split(' ');
  const names = ['Ann Lee', 'Jürgen Müller', 'María López', 'Olu Adeyemi', 'Chen Wei', 'Sarah Cohen', null, null];
  const sites = ['Coastline Post', 'Daily Ledger', 'Hafen Zeitung', 'Le Quotidien', 'Metro Wire'];
  let seed = 7; const rnd = (k) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  const sentence = (len) => Array.from({ length: len }, () => words[rnd(words.length)]).join(' ');
  const batch = {};
  const base = Date.UTC(2024, 0, 1);
  for (let i = 0; i < ${n}; i++) {
    const article = Math.floor(i / 4);
    const site = sites[article % sites.length];
    const url = 'https://news' + (article % 50) + '.example/' + article + '/story';
    const text = sentence(15 + rnd(50)) + ' ' + i;
    const at = new Date(base + i * 60000).toISOString();
    const id = (base + i * 60000).toString(36).padStart(9, '0') + '-bench-' + i;
    batch['q:' + id] = { v: 2, id, text, speaker: names[rnd(names.length)],
      page: { url, location: url, title: 'Story ' + article + ': ' + sentence(6), site, author: 'Jane Smith', published: '2024-03-05T10:00:00Z' },
      anchor: { exact: text, prefix: sentence(5).slice(0, 32), suffix: sentence(5).slice(0, 32), start: 1000 + i, end: 1000 + i + text.length },
      savedAt: at, updatedAt: at, note: rnd(5) === 0 ? sentence(12) : '', tags: rnd(3) === 0 ? [words[rnd(words.length)]] : [], origin: 'page', missingContext: false };
    if (Object.keys(batch).length === 1000) { await chrome.storage.local.set(batch); for (const k in batch) delete batch[k]; }
  }
  if (Object.keys(batch).length) await chrome.storage.local.set(batch);
  const all = await chrome.storage.local.get(null);
  return { keys: Object.keys(all).filter((k) => k.startsWith('q:')).length, bytes: JSON.stringify(all).length };
})()`;

async function main(): Promise<void> {
  const h = await launch();
  try {
    const page = await h.context.newPage();
    const libUrl = `chrome-extension://${h.extensionId}/library.html`;
    await page.goto(libUrl);
    await page.waitForSelector('body[data-state="ready"]');
    const seeded = (await page.evaluate(SEED(QUOTES))) as { keys: number; bytes: number };
    console.log(`Seeded ${seeded.keys} quotes (${(seeded.bytes / 1e6).toFixed(1)} MB as JSON) in storage.local, one key each.`);

    const rawGet: number[] = [];
    const rawKeys: number[] = [];
    const open: number[] = [];
    const complete: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      rawGet.push((await page.evaluate(`(async () => { const t = performance.now(); await chrome.storage.local.get(null); return performance.now() - t; })()`)) as number);
      rawKeys.push((await page.evaluate(`(async () => { const t = performance.now(); await chrome.storage.local.getKeys(); return performance.now() - t; })()`)) as number);
      await page.goto('about:blank');
      await page.goto(libUrl);
      await page.waitForSelector('body[data-state="ready"]');
      open.push((await page.evaluate(`performance.getEntriesByName('library-ready')[0].startTime`)) as number);
      await page.waitForSelector('body[data-loaded="all"]', { timeout: 60_000 });
      complete.push((await page.evaluate(`performance.getEntriesByName('library-complete')[0].startTime`)) as number);
    }
    const count = await page.textContent('#count');

    const queries = ['harbour', 'müller budget', '#tax', 'coastline council vote', 'zzz-no-match', 'story 12', 'a', 'le quotidien strike'];
    const search: number[] = [];
    const searchSync: number[] = [];
    for (let r = 0; r < 3; r++) {
      for (const q of queries) {
        const [sync, total] = (await page.evaluate(`(() => {
          const input = document.getElementById('search');
          const t0 = performance.now();
          input.value = ${JSON.stringify(q)};
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const t1 = performance.now();
          void document.body.offsetHeight;
          return [t1 - t0, performance.now() - t0];
        })()`)) as [number, number];
        searchSync.push(sync);
        search.push(total);
      }
    }
    await page.evaluate(`(() => { const i = document.getElementById('search'); i.value = ''; i.dispatchEvent(new Event('input')); })()`);

    const save: number[] = [];
    const saveShown: number[] = [];
    const rawSet: number[] = [];
    for (let r = 0; r < 15; r++) {
      const [roundTrip, shown, raw] = (await page.evaluate(`(async () => {
        const text = 'Benchmark save number ${r} ' + Math.random();
        const t0 = performance.now();
        const res = await chrome.runtime.sendMessage({ type: 'library:save', payload: { quote: { text, speaker: null, url: 'http://127.0.0.1/bench', title: 'Bench' } } });
        const t1 = performance.now();
        if (!res || !res.ok) throw new Error('save failed: ' + JSON.stringify(res));
        while (!document.querySelector('.quote[data-id="' + res.id + '"]')) await new Promise((r) => requestAnimationFrame(r));
        const t2 = performance.now();
        const t3 = performance.now();
        await chrome.storage.local.set({ ['bench-raw-' + ${r}]: { text } });
        const t4 = performance.now();
        return [t1 - t0, t2 - t0, t4 - t3];
      })()`)) as [number, number, number];
      save.push(roundTrip);
      saveShown.push(shown);
      rawSet.push(raw);
    }

    console.log(`Library with ${count}`);
    console.log(`baseline  storage.local.get(null) ${fmt(rawGet)}`);
    console.log(`baseline  storage.local.getKeys() ${fmt(rawKeys)}`);
    console.log(`open      ${fmt(open)}    goal < 300 ms  (first screen: the newest quotes rendered)`);
    console.log(`complete  ${fmt(complete)}    (all quotes read and indexed, in the background)`);
    console.log(`search    ${fmt(search)}    goal < 50 ms  (script + DOM only: ${fmt(searchSync)})`);
    console.log(`baseline  storage.local.set(1 key) ${fmt(rawSet)}`);
    console.log(`save      ${fmt(save)}    goal < 50 ms  (message → background → stored)`);
    console.log(`save→shown in open library ${fmt(saveShown)}`);
  } finally {
    await h.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
