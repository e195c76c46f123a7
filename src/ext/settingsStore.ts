/**
 * Settings in storage.local (persist across reloads and restarts). Every read
 * goes through `migrate`, so callers always see a valid current value; every
 * write stores the current version.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, migrate, type ReaderSettings, type Settings } from './settings';
import type { Site } from './sites';

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return migrate(got[SETTINGS_KEY]);
  } catch {
    return migrate(undefined);
  }
}

/** Writes from one page run one after another, so a fast slider never stores an older value last. */
let queue: Promise<unknown> = Promise.resolve();

function write(update: (s: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const next = update(await loadSettings());
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function saveReaderSettings(patch: Partial<ReaderSettings>): Promise<Settings> {
  return write((s) => migrate({ ...s, reader: { ...s.reader, ...patch } }));
}

export function saveAutoReaderSites(sites: Site[]): Promise<Settings> {
  return write((s) => migrate({ ...s, autoReaderSites: sites }));
}

/** Calls `listener` with the new settings whenever another page changes them. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(migrate(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
