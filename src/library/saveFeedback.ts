/**
 * How a save tells its outcome outside the page: a badge on the toolbar button
 * (with the message as its tooltip) and the words for a failed save.
 */
import { browser } from 'wxt/browser';
import { t } from '@/src/ext/i18n';
import type { FeedbackKind } from './quoteTools';
import { QuoteStoreError } from './store';

/** Visible confirmation on the toolbar button, for a few seconds; the message goes in its tooltip. */
export async function badge(tabId: number, kind: FeedbackKind, message: string): Promise<void> {
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

export function saveErrorMessage(e: unknown): string {
  if (e instanceof QuoteStoreError && e.code === 'quota') return t('libraryErrorQuota');
  return t('libraryErrorSave', e instanceof Error ? e.message : String(e));
}
