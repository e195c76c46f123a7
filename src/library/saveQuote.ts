/**
 * Saving a selected passage from a tab: the save the context menu and the
 * 'save-quote' shortcut run, on a web page or in our own reader.
 *
 * A save on a page injects quote-tools.js into the tab (activeTab, granted by
 * the menu click or the shortcut), captures selection + anchor + metadata
 * there, finds the speaker here, and writes one key. Where the page cannot be
 * scripted it saves what the menu gives and flags the record as missing context.
 */
import { browser } from 'wxt/browser';
import { findEntities } from '@/src/analyze/names';
import { findQuotes } from '@/src/analyze/quotes';
import { isReaderUrl } from '@/src/ext/background/reader';
import { classifyInjectionError, ownPageInTab, restrictionOf } from '@/src/ext/browserQuirks';
import { t } from '@/src/ext/i18n';
import { getCachedEntry } from '@/src/ext/reportCache';
import { parseReaderParams } from '@/src/ext/readerUrl';
import { quoteStore } from './backgroundStore';
import type { CaptureResult } from './capture';
import { captureInTab, toastInTab, type FeedbackKind } from './quoteTools';
import { recordFromReader } from './readerSave';
import { recordFromCapture, recordFromMenu } from './record';
import { badge, saveErrorMessage } from './saveFeedback';
import type { QuoteOrigin, QuoteRecord } from './schema';
import { speakerFor } from './speaker';
import { showToast } from './toast';

export interface SaveOutcome {
  ok: boolean;
  message: string;
  record?: QuoteRecord;
}

export interface PageTarget {
  tabId: number;
  frameId?: number;
  /** What the context menu gives: used when the page cannot be scripted. */
  selectionText?: string | null;
  pageUrl?: string | null;
  title?: string | null;
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

/** Stores the record and tells the outcome (saved, saved without context, or why not) through `tell`. */
async function storeAndTell(record: QuoteRecord, tell: (kind: FeedbackKind, message: string) => Promise<void>): Promise<SaveOutcome> {
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

/** The save the context menu and the shortcut run (also reachable by the e2e tests, see background.ts). */
export async function saveFromPage(target: PageTarget, origin: QuoteOrigin = 'page'): Promise<SaveOutcome> {
  const frameId = target.frameId ?? 0;
  const hint = target.selectionText ?? null;
  let got: CaptureResult | undefined;
  let scriptable = true;
  try {
    got = await captureInTab(target.tabId, frameId, hint);
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
    await Promise.all([toastInTab(target.tabId, frameId, message, 'warn'), badge(target.tabId, 'error', message)]);
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
  return storeAndTell(record, async (kind, message) => {
    await Promise.all([badge(target.tabId, kind, message), scriptable ? toastInTab(target.tabId, frameId, message, kind) : undefined]);
  });
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
  const tell = async (kind: FeedbackKind, message: string) => {
    const own = ownPageInTab(tabId);
    if (own) showToast(own.document, message, kind);
    await badge(tabId, kind, message);
  };
  if (!record) {
    const message = t('libraryErrorNoAccess');
    await tell('error', message);
    return { ok: false, message };
  }
  return storeAndTell(record, tell);
}
