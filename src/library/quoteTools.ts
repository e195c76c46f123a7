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

/**
 * Injects the tools into the frame, then calls `tool` there with `arg`; the
 * top frame's result. Throws when the page cannot be scripted.
 */
async function callTool<T>(tabId: number, frameId: number, tool: 'capture' | 'show', arg: unknown): Promise<T | undefined> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [TOOLS_FILE] });
  const results = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: (name: string, a: unknown) => (globalThis as unknown as { __sourcelightQuoteTools: Record<string, (a: unknown) => unknown> }).__sourcelightQuoteTools[name]!(a),
    args: [tool, arg],
  });
  return topFrameResult<T>(results as never);
}

/** Selection + anchor + page metadata, read inside the page. Throws when the page cannot be scripted. */
export function captureInTab(tabId: number, frameId: number, hint: string | null): Promise<CaptureResult | undefined> {
  return callTool<CaptureResult>(tabId, frameId, 'capture', hint);
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
export function highlightInTab(tabId: number, anchor: QuoteAnchor): Promise<ShowResult | undefined> {
  return callTool<ShowResult>(tabId, 0, 'show', anchor);
}
