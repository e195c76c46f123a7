/**
 * Auto-reader: registered at run time (scripting.registerContentScripts) only
 * for the sites a person chose in the options, with that site's host
 * permission. On an article it asks the background to open reader mode; on
 * home pages, lists and non-articles it does nothing.
 *
 * No `matches` here: WXT would copy them into host_permissions (BRIEF, traps).
 */
import { sendMessage } from '@/src/ext/messages';
import { isAutoReaderCandidate } from '@/src/ext/autoReaderPage';
import { isReaderable } from '@/src/extract/readerable';

export default defineContentScript({
  registration: 'runtime',
  main() {
    if (window.top !== window) return;
    // Coming back (Back from the reader, or history): leave the page as it is.
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav?.type === 'back_forward') return;
    try {
      if (!isAutoReaderCandidate(document, location.href)) return;
      if (!isReaderable(document)) return;
    } catch {
      return;
    }
    void sendMessage('reader:auto', {}).catch(() => undefined);
  },
});
