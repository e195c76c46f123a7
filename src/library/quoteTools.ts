/**
 * Calls into quote-tools.js, the script the background injects into a tab to
 * capture a selection, show a toast or find a saved passage again. The file
 * only defines a global; a second, tiny injected function then calls it, so
 * arguments and results stay structured-clonable.
 */
import { browser } from 'wxt/browser';
import { topFrameResult } from '@/src/ext/browserQuirks';
import type { CaptureResult } from './capture';
import type { ShowResult } from './highlight';
import type { QuoteAnchor } from './schema';

const TOOLS_FILE = '/quote-tools.js';

export type FeedbackKind = 'ok' | 'warn' | 'error';

async function injectTools(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [TOOLS_FILE] });
}

/** Selection + anchor + page metadata, read inside the page. Throws when the page cannot be scripted. */
export async function captureInTab(tabId: number, frameId: number, hint: string | null): Promise<CaptureResult | undefined> {
  await injectTools(tabId, frameId);
  const results = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: (h: string | null) => (globalThis as unknown as { __sourcelightQuoteTools: { capture(h: string | null): unknown } }).__sourcelightQuoteTools.capture(h),
    args: [hint],
  });
  return topFrameResult<CaptureResult>(results as never);
}

/** A toast inside the page, if the tools are there; never throws. */
export async function toastInTab(tabId: number, frameId: number, message: string, kind: FeedbackKind): Promise<void> {
  await browser.scripting
    .executeScript({
      target: { tabId, frameIds: [frameId] },
      func: (m: string, k: string) => (globalThis as unknown as { __sourcelightQuoteTools?: { toast(m: string, k: string): void } }).__sourcelightQuoteTools?.toast(m, k),
      args: [message, kind],
    })
    .catch(() => undefined);
}

/** Finds and highlights the anchored passage in the tab's top frame. Throws when the page cannot be scripted. */
export async function highlightInTab(tabId: number, anchor: QuoteAnchor): Promise<ShowResult | undefined> {
  await injectTools(tabId, 0);
  const results = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: (a: unknown) => (globalThis as unknown as { __sourcelightQuoteTools: { show(a: unknown): unknown } }).__sourcelightQuoteTools.show(a),
    args: [anchor],
  });
  return topFrameResult<ShowResult>(results as never);
}
