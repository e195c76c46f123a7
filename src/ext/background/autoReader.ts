/**
 * Auto-reader, background side: keeps the dynamic content script in sync
 * (start-up, install, settings or permission changes) and opens reader mode
 * when that script finds an article on a chosen site.
 */
import { browser } from 'wxt/browser';
import { handleMessages } from '@/src/ext/messages';
import { SETTINGS_KEY } from '@/src/ext/settings';
import { loadSettings } from '@/src/ext/settingsStore';
import { siteMatchesUrl } from '@/src/ext/sites';
import { sessionArea } from '@/src/ext/browserQuirks';
import { sameDocumentUrl } from '@/src/ext/reportCache';
import { openReader } from './reader';
import { syncAutoReader } from './autoReaderSync';

/** Per tab, the last URL auto-reader opened: coming back to it must not bounce into the reader again. */
const doneKey = (tabId: number): string => `autoReader:done:${tabId}`;

async function autoOpen(tabId: number, url: string): Promise<{ ok: boolean }> {
  const { autoReaderSites } = await loadSettings();
  // Trust the sender's URL (set by the browser), not anything the page says.
  if (!autoReaderSites.some((site) => siteMatchesUrl(site, url))) return { ok: false };
  const area = sessionArea();
  const key = doneKey(tabId);
  const done = ((await area.get(key)) as Record<string, unknown>)[key];
  if (typeof done === 'string' && sameDocumentUrl(done, url)) return { ok: false };
  await area.set({ [key]: url });
  const result = await openReader(tabId, { auto: true });
  return { ok: result.ok };
}

export function registerAutoReader(): void {
  const resync = (): void => void syncAutoReader().catch(() => undefined);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) resync();
  });
  browser.tabs.onRemoved.addListener((tabId) => void sessionArea().remove(doneKey(tabId)).catch(() => undefined));

  handleMessages({
    'reader:auto': (_req, sender) => {
      const tabId = sender.tab?.id;
      const url = sender.url ?? sender.tab?.url;
      if (tabId === undefined || tabId < 0 || !url || (sender.frameId ?? 0) !== 0) return { ok: false };
      return autoOpen(tabId, url);
    },
    'autoReader:sync': async () => ({ active: await syncAutoReader() }),
  });
}
