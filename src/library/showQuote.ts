/**
 * Finding a saved passage again ('library:show' from the library page): open
 * the quote's page in a new tab, wait for it to load, then find and highlight
 * the passage there.
 */
import { browser } from 'wxt/browser';
import { classifyInjectionError } from '@/src/ext/browserQuirks';
import { t } from '@/src/ext/i18n';
import type { QuoteShowResponse } from '@/src/ext/messages';
import { quoteStore } from './backgroundStore';
import { highlightInTab, toastInTab } from './quoteTools';
import type { QuoteRecord } from './schema';

/**
 * Resolves once the tab has loaded a real page. A new tab first reports an
 * about:blank that is already 'complete' (Firefox), so that state does not count.
 */
function waitForTabComplete(tabId: number, timeoutMs = 30_000): Promise<void> {
  const loaded = (tab: { status?: string; url?: string }) => tab.status === 'complete' && !!tab.url && !tab.url.startsWith('about:');
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      fn();
    };
    const onUpdated = (id: number, _info: unknown, tab: { status?: string; url?: string }) => {
      if (id === tabId && loaded(tab)) done(resolve);
    };
    const timer = setTimeout(() => done(() => reject(new Error('timeout'))), timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    void browser.tabs.get(tabId).then(
      (tab) => loaded(tab) && done(resolve),
      (e: unknown) => done(() => reject(e)),
    );
  });
}

/** Finds and highlights a saved passage in an open tab. */
export async function showInTab(tabId: number, record: QuoteRecord, retry = true): Promise<QuoteShowResponse> {
  try {
    const res = await highlightInTab(tabId, record.anchor);
    if (!res?.found) await toastInTab(tabId, 0, t('libraryNotFoundOnPage'), 'warn');
    return { ok: true, tabId, found: !!res?.found, exact: !!res?.exact };
  } catch (e) {
    const why = classifyInjectionError(e);
    // The page may still have been swapping documents (redirect, late navigation): try once more.
    if (retry && why !== 'no-tab') {
      await new Promise((r) => setTimeout(r, 700));
      return showInTab(tabId, record, false);
    }
    return { ok: false, tabId, reason: why === 'no-access' ? 'no-access' : 'failed', message: why === 'no-access' ? t('libraryShowNoAccess') : t('libraryShowFailed') };
  }
}

/** Opens the saved quote's page in a new tab and shows the passage there. */
export async function showQuote(id: string): Promise<QuoteShowResponse> {
  const record = await quoteStore().get(id);
  if (!record) return { ok: false, reason: 'gone', message: t('libraryQuoteGone') };
  const tab = await browser.tabs.create({ url: record.page.location || record.page.url, active: true });
  if (tab.id === undefined) return { ok: false, reason: 'failed', message: t('libraryShowFailed') };
  try {
    await waitForTabComplete(tab.id);
  } catch {
    return { ok: false, tabId: tab.id, reason: 'failed', message: t('libraryShowFailed') };
  }
  return showInTab(tab.id, record);
}
