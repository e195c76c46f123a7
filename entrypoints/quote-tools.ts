/**
 * Injected on demand (scripting.executeScript files) into the tab where a
 * quote is saved or shown; never registered as a content script. It only
 * defines functions; the background then calls them with a second, tiny
 * injected function (so arguments and results stay structured-clonable).
 */
import { captureSelection } from '@/src/library/capture';
import { showPassage } from '@/src/library/highlight';
import { showToast } from '@/src/library/toast';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>).__sourcelightQuoteTools = {
    capture: (hint: string | null) => captureSelection(document, window, hint),
    show: (anchor: Parameters<typeof showPassage>[1]) => showPassage(document, anchor),
    toast: (message: string, kind: 'ok' | 'warn' | 'error') => showToast(document, message, kind),
  };
});
