/**
 * Reader mode, background side: opens the reader in the same tab (so Back
 * returns to the article) from the keyboard shortcut, the context menu, the
 * popup's "Open reader" button and the auto-reader content script.
 *
 * The reader page reads the report from the per-tab session cache; this side
 * makes sure the cache holds the tab's report before navigating.
 */
import { browser } from 'wxt/browser';
import { analyseTab } from './analysis';
import { handleMessages, isTabRefusal, type TabAnalysis } from '@/src/ext/messages';
import { getCachedEntry, putCachedReport, sameDocumentUrl } from '@/src/ext/reportCache';
import { parseReaderParams, readerQuery, safeWebUrl } from '@/src/ext/readerUrl';
import { t } from '@/src/ext/i18n';

export const OPEN_READER_COMMAND = 'open-reader';
export const OPEN_READER_MENU_ID = 'sourcelight-open-reader';

export type OpenResult = { ok: boolean; message?: string };

export function readerPageUrl(tabId: number, src: string, error?: string): string {
  return browser.runtime.getURL('/reader.html') + readerQuery(tabId, src, error);
}

/** Whether a tab's URL is our reader page (readerPageUrl's prefix). */
export function isReaderUrl(url: string | null | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL('/reader.html'));
}

/**
 * Analyses the tab and replaces it with the reader. `auto` (auto-reader) opens
 * only real articles and stays silent otherwise; a person's explicit request
 * always lands on the reader page, which then explains any refusal.
 */
export async function openReader(tabId: number, opts: { auto?: boolean } = {}): Promise<OpenResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, message: t('refusalNoTab') };
  // Already in the reader: the shortcut toggles back to the page (as Back would).
  if (tab.url && isReaderUrl(tab.url)) {
    if (opts.auto) return { ok: false };
    const src = safeWebUrl(parseReaderParams(new URL(tab.url).search).src);
    await browser.tabs.goBack(tabId).catch(async () => {
      if (src) await browser.tabs.update(tabId, { url: src });
    });
    return { ok: true };
  }
  let result: TabAnalysis;
  try {
    result = await analyseTab(tabId);
  } catch (err) {
    result = { ok: false, tabRefusal: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
  if (isTabRefusal(result)) {
    if (opts.auto) return { ok: false, message: result.message };
    const src = result.url ?? tab.url ?? '';
    await browser.tabs.update(tabId, { url: readerPageUrl(tabId, src, result.tabRefusal) });
    return { ok: false, message: result.message };
  }
  if (opts.auto && (!result.ok || !result.article)) return { ok: false, message: result.error?.message };

  // The reader checks that the cached entry belongs to `src`; make sure it does.
  const pageUrl = tab.url ?? result.article?.url ?? '';
  let entry = await getCachedEntry(tabId);
  if (!entry || entry.stale || !sameDocumentUrl(entry.url, pageUrl)) {
    await putCachedReport(tabId, pageUrl, result);
    entry = await getCachedEntry(tabId);
  }
  if (!entry) {
    await browser.tabs.update(tabId, { url: readerPageUrl(tabId, pageUrl, 'failed') });
    return { ok: false, message: t('refusalFailed') };
  }
  await browser.tabs.update(tabId, { url: readerPageUrl(tabId, entry.url) });
  return { ok: result.ok, message: result.error?.message };
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function registerReader(): void {
  browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command !== OPEN_READER_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId !== null && tabId !== undefined && tabId >= 0) await openReader(tabId);
    })();
  });

  browser.runtime.onInstalled.addListener(() => {
    // Ids are ours alone: the library creates its own "Save quote" item.
    browser.contextMenus.remove(OPEN_READER_MENU_ID).catch(() => undefined).finally(() => {
      // Web pages only: not on our own reader page or the browser's pages.
      browser.contextMenus.create({
        id: OPEN_READER_MENU_ID,
        title: t('menuOpenReader'),
        contexts: ['page'],
        documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== OPEN_READER_MENU_ID || tab?.id === undefined || tab.id < 0) return;
    void openReader(tab.id);
  });

  handleMessages({
    'reader:open': (req) => openReader(req.tabId),
  });
}
