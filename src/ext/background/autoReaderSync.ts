/**
 * Keeps the auto-reader content script registration equal to
 * (sites the person chose) ∩ (host permissions still granted).
 * One dynamic script whose `matches` are all active sites' patterns.
 */
import { browser } from 'wxt/browser';
import { loadSettings } from '@/src/ext/settingsStore';
import { sitePatterns } from '@/src/ext/sites';

export const AUTO_READER_SCRIPT_ID = 'sourcelight-auto-reader';
/** WXT's output path for entrypoints/auto-reader.content.ts. */
export const AUTO_READER_SCRIPT_FILE = 'content-scripts/auto-reader.js';

async function granted(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

async function syncOnce(): Promise<string[]> {
  const { autoReaderSites } = await loadSettings();
  const matches: string[] = [];
  for (const pattern of new Set(autoReaderSites.flatMap(sitePatterns))) {
    if (await granted(pattern)) matches.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_READER_SCRIPT_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_READER_SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([
      { id: AUTO_READER_SCRIPT_ID, matches, js: [AUTO_READER_SCRIPT_FILE], runAt: 'document_idle', allFrames: false },
    ]);
  }
  return matches;
}

let chain: Promise<unknown> = Promise.resolve();

/** Re-syncs; calls run one after another. Resolves with the active patterns. */
export function syncAutoReader(): Promise<string[]> {
  const run = chain.then(syncOnce);
  chain = run.catch(() => undefined);
  return run;
}
