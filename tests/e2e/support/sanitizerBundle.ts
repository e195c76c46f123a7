/**
 * Node side of the sanitiser browser tiers: builds the page bundle
 * (sanitizerPage.ts) with esbuild, and lists the hostile payloads: our own
 * cases always, the shared corpus only when ../shared/corpus is present
 * (read at run time, never copied into the repo: its licences differ).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, resolve } from 'node:path';
import { build } from 'esbuild';
import type { SanitizerPageApi } from './sanitizerPage';

export type { SanitizerPageApi };
export const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');
export const HOSTILE_CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/hostile/xss-vectors.json');
export const TEST_BASE = 'https://news.example/world/2024/story.html';
/** A blank page to run payloads in (served by a route, not a file). */
export const BLANK_HTML = '<!DOCTYPE html><html lang="en"><head><title>blank</title></head><body></body></html>';
/** Hosts the reader must never request: the sanitiser drops these beacons. */
export const BEACON_URL = /facebook\.com\/tr|google-analytics\.com|doubleclick\.net|\/\/pixel\.|scorecardresearch|mc\.yandex/;

export async function bundleSanitizerPage(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'sanitizerPage.ts')],
    bundle: true, format: 'iife', platform: 'browser', target: ['chrome120', 'firefox115'], write: false, logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export function corpusPayloads(): { id: string; payload: string }[] | null {
  if (!existsSync(HOSTILE_CORPUS)) return null;
  return JSON.parse(readFileSync(HOSTILE_CORPUS, 'utf8')) as { id: string; payload: string }[];
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `/__blank.html` and the fixture pages (`/<name>.html`, flat) on 127.0.0.1. */
export async function serveFixtures(): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/__blank.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BLANK_HTML);
      return;
    }
    const name = basename(path);
    if (!/^[\w-]+\.html$/.test(name) || path !== `/${name}`) {
      res.writeHead(404).end();
      return;
    }
    readFile(resolve(PAGES_DIR, name)).then(
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
