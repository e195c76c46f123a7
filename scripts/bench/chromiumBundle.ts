/**
 * What the in-browser benchmarks share: their command-line options, the
 * readability-test-pages corpus (read in place, never copied), and an
 * esbuild bundle of an entry file opened in headless Chromium from 127.0.0.1.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { serveDirectory } from '../staticServer';

/** `--name value` from the command line, or `dflt`. */
export function option(name: string, dflt: string): string {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
}

/** The corpus folder (`--pages DIR`, default ../shared/corpus/readability-test-pages beside the checkout). */
export function readabilityPagesDir(): string {
  const dir = resolve(option('--pages', join(import.meta.dirname, '../../../shared/corpus/readability-test-pages')));
  if (!existsSync(dir)) throw new Error(`no corpus at ${dir}`);
  return dir;
}

export interface BundlePage {
  page: Page;
  close(): Promise<void>;
}

/** Bundles `entry` (IIFE), serves it from 127.0.0.1 and opens it in headless Chromium. */
export async function openBundle(entry: string, options: { minify: boolean; keepNames?: boolean }): Promise<BundlePage> {
  const dir = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  await build({
    entryPoints: [entry], bundle: true, format: 'iife', outfile: join(dir, 'bundle.js'),
    minify: options.minify, keepNames: options.keepNames ?? false, logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="bundle.js"></script>');
  // Cross-origin isolated: timers of 5 µs, not 100 µs (medians of runs of a
  // few milliseconds were quantised to 0.1 ms, a step of ~2% in a ratio).
  const server = await serveDirectory(dir, { isolated: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(`${server.origin}/index.html`);
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('benchmark page is not cross-origin isolated');
  return {
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
