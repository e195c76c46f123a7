/**
 * Benchmark (not a test): extraction pipeline vs plain Readability.parse in
 * headless Chromium, per page, over ../shared/corpus/readability-test-pages.
 *
 *   npx tsx scripts/bench-extract.ts [--pages DIR] [--reps 3] [--per-page out.json]
 *
 * Prints median and p95 of each, and the ratio of medians. For context it
 * also times Readability as its README runs it on a page that must stay
 * intact (cloneNode, then parse): extractArticle never touches the page, so
 * it pays for a copy too. The bar is the ratio to parse alone.
 * The corpus is read at run time and never copied into the project.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBundle, option, readabilityPagesDir } from './bench/chromiumBundle';

const pagesDir = readabilityPagesDir();
const reps = Number(option('--reps', '3'));
const perPageFile = option('--per-page', '');

interface BenchWindow { slBench: { run(html: string, url: string): [number, number, number, number] } }

const { page, close } = await openBundle(join(import.meta.dirname, 'bench/extractBench.entry.ts'), { minify: true });

const names = readdirSync(pagesDir).filter((n) => existsSync(join(pagesDir, n, 'source.html'))).sort();
const rd: number[] = [], ex: number[] = [], full: number[] = [], rdCopy: number[] = [];
const perPage: { name: string; rd: number; ex: number; full: number; rdCopy: number }[] = [];
let largest = { name: '', size: 0, ex: 0, rd: 0 };
for (const name of names) {
  const html = readFileSync(join(pagesDir, name, 'source.html'), 'utf8');
  const samples: [number, number, number, number][] = [];
  for (let i = 0; i < reps + 1; i++) {
    samples.push(await page.evaluate(([h, u]) => (window as unknown as BenchWindow).slBench.run(h!, u!), [html, 'http://fakehost/test/page.html']));
  }
  samples.shift(); // warm-up
  const m = (k: 0 | 1 | 2 | 3) => median(samples.map((s) => s[k]));
  rd.push(m(0)); ex.push(m(1)); full.push(m(2)); rdCopy.push(m(3));
  perPage.push({ name, rd: m(0), ex: m(1), full: m(2), rdCopy: m(3) });
  if (html.length > largest.size) largest = { name, size: html.length, ex: m(1), rd: m(0) };
}
await close();
if (perPageFile) writeFileSync(perPageFile, JSON.stringify(perPage, null, 1));

function median(a: number[]): number { const s = [...a].sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]!; }
function p95(a: number[]): number { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!; }
const f = (n: number) => n.toFixed(2).padStart(8);
console.log(`pages: ${names.length}, repetitions per page: ${reps} (+1 warm-up), Chromium headless`);
console.log(`                         median       p95   (ms per page)`);
console.log(`Readability.parse      ${f(median(rd))}  ${f(p95(rd))}`);
console.log(`extractArticle         ${f(median(ex))}  ${f(p95(ex))}   ratio of medians ${(median(ex) / median(rd)).toFixed(2)}x`);
console.log(`buildReport (+analyse) ${f(median(full))}  ${f(p95(full))}   ratio of medians ${(median(full) / median(rd)).toFixed(2)}x`);
// Context, not the bar: Readability as its README runs it on a page that must stay intact.
console.log(`cloneNode + parse      ${f(median(rdCopy))}  ${f(p95(rdCopy))}   extractArticle / this ${(median(ex) / median(rdCopy)).toFixed(2)}x`);
console.log(`largest page: ${largest.name} (${(largest.size / 1024).toFixed(0)} KiB): extract ${largest.ex.toFixed(1)} ms vs Readability ${largest.rd.toFixed(1)} ms`);
