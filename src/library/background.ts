/**
 * Quote saving in the background, wiring only: the "Save quote" context menu,
 * the 'save-quote' command, the 'library:save' message (popup/reader buttons)
 * and 'library:show' (library page → find the passage again). Listeners are
 * added synchronously at start-up so a worker woken by the event finds them.
 * The saves live in saveQuote.ts, finding a passage again in showQuote.ts.
 */
import { browser } from 'wxt/browser';
import { t } from '@/src/ext/i18n';
import { isReaderUrl } from '@/src/ext/background/reader';
import { handleMessages } from '@/src/ext/messages';
import { quoteStore } from './backgroundStore';
import { recordFromRequest } from './record';
import { badge, saveErrorMessage } from './saveFeedback';
import { saveFromCommand, saveFromPage, saveFromReader } from './saveQuote';
import type { QuoteOrigin } from './schema';
import { showInTab, showQuote } from './showQuote';

export const SAVE_MENU_ID = 'sourcelight-library-save-quote';

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
    if (isReaderUrl(pageUrl)) {
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
