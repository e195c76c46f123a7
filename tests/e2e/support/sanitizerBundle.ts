/**
 * Node side of the sanitiser browser tiers: builds the page bundle
 * (sanitizerPage.ts) with esbuild, and lists the hostile payloads: our own
 * cases always, the shared corpus only when ../shared/corpus is present
 * (read at run time, never copied into the repo: its licences differ).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { serveDirectory } from '../../../scripts/staticServer';
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

/** Serves `/__blank.html` and the fixture pages on 127.0.0.1. */
export async function serveFixtures(): Promise<FixtureServer> {
  const server = await serveDirectory(PAGES_DIR);
  server.route('/__blank.html', BLANK_HTML);
  return server;
}
