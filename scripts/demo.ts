/**
 * Opens Chromium with the built extension on the demo article, served from
 * 127.0.0.1. Close the browser window to stop.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDirectory } from './staticServer';

const extDir = resolve(import.meta.dirname, '../.output/chrome-mv3');
const server = await serveDirectory(resolve(import.meta.dirname, '../tests/fixtures/pages'));
const url = `${server.origin}/seed.html`;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sourcelight-demo-')), {
  executablePath: '/usr/bin/chromium',
  headless: false,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Demo article: ${url}\nClick the Sourcelight toolbar button (pin it from the puzzle menu), or press Alt+Shift+L for reader mode.`);
context.on('close', () => { void server.close(); process.exit(0); });
