/**
 * Quote saving in the background: the "Save quote" context menu, the
 * 'save-quote' command, the 'library:save' message (popup/reader buttons) and
 * 'library:show' (library page → find the passage again). Listeners are added
 * synchronously at start-up so a worker woken by the event finds them.
 *
 * A save injects quote-tools.js into the tab (activeTab, granted by the menu
 * click or the shortcut), captures selection + anchor + metadata there, finds
 * the speaker here, and writes one key. Where the page cannot be scripted it
 * saves what the menu gives and flags the record as missing context.
 */
import { browser } from 'wxt/browser';
import { findEntities } from '@/src/analyze/names';
import { findQuotes } from '@/src/analyze/quotes';
import { classifyInjectionError, ownPageInTab, restrictionOf, topFrameResult } from '@/src/ext/browserQuirks';
import { t } from '@/src/ext/i18n';
import { handleMessages, type QuoteShowResponse } from '@/src/ext/messages';
import type { CaptureResult } from './capture';
import type { ShowResult } from './highlight';
import { getCachedEntry } from '@/src/ext/reportCache';
import { parseReaderParams } from '@/src/ext/readerUrl';
import { recordFromReader } from './readerSave';
import { recordFromCapture, recordFromMenu, recordFromRequest } from './record';
import type { QuoteOrigin, QuoteRecord } from './schema';
import { speakerFor } from './speaker';
import { showToast } from './toast';
import { createQuoteStore, QuoteStoreError, type QuoteStore, type StorageAreaLike } from './store';

export const SAVE_MENU_ID = 'sourcelight-library-save-quote';
const TOOLS_FILE = '/quote-tools.js';

let store: QuoteStore | null = null;
export function quoteStore(): QuoteStore {
  store ??= createQuoteStore(browser.storage.local as unknown as StorageAreaLike);
  return store;
}

export interface SaveOutcome {
  ok: boolean;
  message: string;
  record?: QuoteRecord;
}

interface PageTarget {
  tabId: number;
  frameId?: number;
  /** What the context menu gives: used when the page cannot be scripted. */
  selectionText?: string | null;
  pageUrl?: string | null;
  title?: string | null;
}

async function injectTools(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [TOOLS_FILE] });
}

async function capture(tabId: number, frameId: number, hint: string | null): Promise<CaptureResult | undefined> {
  await injectTools(tabId, frameId);
  const results = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: (h: string | null) => (globalThis as unknown as { __sourcelightQuoteTools: { capture(h: string | null): unknown } }).__sourcelightQuoteTools.capture(h),
    args: [hint],
  });
  return topFrameResult<CaptureResult>(results as never);
}

async function toast(tabId: number, frameId: number, message: string, kind: 'ok' | 'warn' | 'error'): Promise<void> {
  await browser.scripting
    .executeScript({
      target: { tabId, frameIds: [frameId] },
      func: (m: string, k: string) => (globalThis as unknown as { __sourcelightQuoteTools?: { toast(m: string, k: string): void } }).__sourcelightQuoteTools?.toast(m, k),
      args: [message, kind],
    })
    .catch(() => undefined);
}

/** Visible confirmation on the toolbar button, for a few seconds; the message goes in its tooltip. */
async function badge(tabId: number, kind: 'ok' | 'warn' | 'error', message: string): Promise<void> {
  const colours = { ok: '#1b5e20', warn: '#a15c00', error: '#b00020' };
  const text = kind === 'error' ? '!' : '✓';
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: colours[kind] });
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title: message });
    setTimeout(() => {
      void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      void browser.action.setTitle({ tabId, title: t('actionTitle') }).catch(() => undefined);
    }, 4000);
  } catch {
    // The tab may be gone; nothing else to tell.
  }
}

function saveErrorMessage(e: unknown): string {
  if (e instanceof QuoteStoreError && e.code === 'quota') return t('libraryErrorQuota');
  return t('libraryErrorSave', e instanceof Error ? e.message : String(e));
}

function detectSpeaker(c: NonNullable<Extract<CaptureResult, { ok: true }>['capture']['context']>): string | null {
  // As analyzeText does: one entity index lets speakers be resolved across sentences.
  // A speaker is a bonus: if the analysis fails on this page, the quote is still saved.
  try {
    return speakerFor(c, (text) => findQuotes(text, { entities: findEntities(text) }));
  } catch {
    return null;
  }
}

function isReaderUrl(url: string | null | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL('/reader.html'));
}

/**
 * Why a page could not be read, in words that say what to do. Browser and
 * store pages, the PDF viewer and view-source can never be read; other pages
 * (no access, our reader in Chrome) can still be saved from the context
 * menu, which hands us the selected text.
 */
function cannotReadMessage(error: unknown, url: string | null | undefined): string {
  if (isReaderUrl(url)) return t('libraryErrorNoAccess');
  const restriction = restrictionOf(url ?? undefined, true);
  const never = restriction === 'browser-page' || restriction === 'web-store' || restriction === 'pdf' || restriction === 'view-source';
  return never || classifyInjectionError(error) === 'restricted' ? t('libraryErrorRestricted') : t('libraryErrorNoAccess');
}

/** The save the context menu and the shortcut run (also reachable by the e2e tests, see below). */
export async function saveFromPage(target: PageTarget, origin: QuoteOrigin = 'page'): Promise<SaveOutcome> {
  const frameId = target.frameId ?? 0;
  const hint = target.selectionText ?? null;
  let got: CaptureResult | undefined;
  let scriptable = true;
  try {
    got = await capture(target.tabId, frameId, hint);
  } catch (e) {
    // Only a failure to script the page lands here (no access, browser page, tab gone).
    scriptable = false;
    const url = target.pageUrl ?? '';
    if (!hint || !/^(https?|file):/.test(url)) {
      const message = cannotReadMessage(e, url);
      await badge(target.tabId, 'error', message);
      return { ok: false, message };
    }
  }
  if (got && !got.ok) {
    const message = t('libraryNoSelection');
    await Promise.all([toast(target.tabId, frameId, message, 'warn'), badge(target.tabId, 'error', message)]);
    return { ok: false, message };
  }
  const record = got?.ok
    ? recordFromCapture(got.capture, { speaker: got.capture.context ? detectSpeaker(got.capture.context) : null, origin })
    : !scriptable && hint
      ? recordFromMenu(hint, target.pageUrl ?? '', target.title ?? null)
      : null;
  if (!record) {
    const message = t('libraryErrorSave', 'no result from the page');
    await badge(target.tabId, 'error', message);
    return { ok: false, message };
  }
  try {
    const saved = await quoteStore().save(record);
    const message = saved.missingContext ? t('librarySavedNoContext') : t('librarySaved');
    const kind = saved.missingContext ? 'warn' : 'ok';
    await Promise.all([badge(target.tabId, kind, message), scriptable ? toast(target.tabId, frameId, message, kind) : undefined]);
    return { ok: true, message, record: saved };
  } catch (e) {
    const message = saveErrorMessage(e);
    await Promise.all([badge(target.tabId, 'error', message), scriptable ? toast(target.tabId, frameId, message, 'error') : undefined]);
    return { ok: false, message };
  }
}

/**
 * The save-quote shortcut. The command gives the tab (activeTab is granted to
 * it) but no selection text. In our own reader, which no extension may script,
 * the selection is read from the reader's window where the browser allows it
 * (Firefox), and saved as the reader's context menu does; elsewhere the page
 * is scripted. Every outcome ends in a badge (and a toast where the page can
 * be scripted), so the shortcut never fails silently.
 */
export async function saveFromCommand(tab?: { id?: number; url?: string; title?: string }): Promise<SaveOutcome | null> {
  const target = tab?.id !== undefined && tab.id >= 0 ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined || target.id < 0) return null;
  const own = ownPageInTab(target.id);
  if (own && isReaderUrl(own.url)) {
    if (!own.selection.trim()) {
      const message = t('libraryNoSelection');
      showToast(own.document, message, 'warn');
      await badge(target.id, 'error', message);
      return { ok: false, message };
    }
    return saveFromReader(target.id, own.url, own.selection);
  }
  return saveFromPage({ tabId: target.id, pageUrl: own?.url ?? target.url, title: target.title });
}

/** The context menu inside our reader page: context from the report the reader shows. */
export async function saveFromReader(tabId: number, readerUrl: string, selectionText: string): Promise<SaveOutcome> {
  const params = parseReaderParams(new URL(readerUrl).search);
  const entry = await getCachedEntry(params.tabId ?? tabId);
  const report = entry?.report;
  const record = recordFromReader(selectionText, params.src ?? '', report?.article, report?.quotes ?? []);
  // In Firefox the message also shows inside the reader (see ownPageInTab); the badge may sit in the extensions menu.
  const tell = async (kind: 'ok' | 'warn' | 'error', message: string) => {
    const own = ownPageInTab(tabId);
    if (own) showToast(own.document, message, kind);
    await badge(tabId, kind, message);
  };
  if (!record) {
    const message = t('libraryErrorNoAccess');
    await tell('error', message);
    return { ok: false, message };
  }
  try {
    const saved = await quoteStore().save(record);
    const message = saved.missingContext ? t('librarySavedNoContext') : t('librarySaved');
    await tell(saved.missingContext ? 'warn' : 'ok', message);
    return { ok: true, message, record: saved };
  } catch (e) {
    const message = saveErrorMessage(e);
    await tell('error', message);
    return { ok: false, message };
  }
}

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
    await injectTools(tabId, 0);
    const results = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (a: unknown) => (globalThis as unknown as { __sourcelightQuoteTools: { show(a: unknown): unknown } }).__sourcelightQuoteTools.show(a),
      args: [record.anchor],
    });
    const res = topFrameResult<ShowResult>(results as never);
    if (!res?.found) await toast(tabId, 0, t('libraryNotFoundOnPage'), 'warn');
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

async function showQuote(id: string): Promise<QuoteShowResponse> {
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

export function registerQuoteSaving(): void {
  browser.runtime.onInstalled.addListener(() => {
    // Re-create our own item only (other features own theirs); ignore "not found".
    void browser.contextMenus
      .remove(SAVE_MENU_ID)
      .catch(() => undefined)
      .then(() => browser.contextMenus.create({ id: SAVE_MENU_ID, title: t('libraryMenuSaveQuote'), contexts: ['selection'] }))
      .catch(() => undefined);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_MENU_ID || tab?.id === undefined || tab.id < 0) return;
    const pageUrl = info.pageUrl ?? tab.url ?? '';
    if (pageUrl.startsWith(browser.runtime.getURL('/reader.html'))) {
      void saveFromReader(tab.id, pageUrl, info.selectionText ?? '');
      return;
    }
    void saveFromPage({ tabId: tab.id, frameId: info.frameId, selectionText: info.selectionText, pageUrl, title: tab.title });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'save-quote') return;
    void saveFromCommand(tab).catch(async (e: unknown) => {
      // Unexpected (e.g. the tab query failed): still tell the user, on the tab the key was pressed in.
      if (tab?.id !== undefined && tab.id >= 0) await badge(tab.id, 'error', saveErrorMessage(e));
    });
  });

  handleMessages({
    'library:save': async (req, sender) => {
      const origin: QuoteOrigin = (sender.url ?? '').includes('/reader.html') ? 'reader' : 'popup';
      try {
        const saved = await quoteStore().save(recordFromRequest(req.quote, origin));
        if (req.tabId !== undefined) void badge(req.tabId, 'ok', t('librarySaved'));
        return { ok: true, id: saved.id };
      } catch (e) {
        return { ok: false, message: saveErrorMessage(e) };
      }
    },
    'library:show': (req) => showQuote(req.id),
  });

  // The e2e tests call the very functions the menu and shortcut call (a real
  // context-menu click cannot be driven headlessly). Only code running in the
  // background itself can reach this global.
  (globalThis as Record<string, unknown>).sourcelightLibrary = { saveFromPage, saveFromReader, saveFromCommand, showInTab, quoteStore };
}
