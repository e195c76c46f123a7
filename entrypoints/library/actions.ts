/** Library actions that talk to files, the background and other tabs: export, import, Show. */
import { browser } from 'wxt/browser';
import { t } from '@/src/ext/i18n';
import { sendMessage } from '@/src/ext/messages';
import { parseImport } from '@/src/library/importQuotes';
import type { QuoteRecord } from '@/src/library/schema';
import type { QuoteStore } from '@/src/library/store';
import { textFragmentUrl } from '@/src/library/textFragment';

export type Say = (message: string, extra?: Node) => void;

/** Saves `body` as sourcelight-quotes-<date>.<ext> through a download link. */
export function download(ext: string, type: string, body: string): void {
  const name = `sourcelight-quotes-${new Date().toISOString().slice(0, 10)}.${ext}`;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Import a JSON export: merge by id, then say what was added, updated and rejected (with lines). */
export async function importFile(store: QuoteStore, file: File, say: Say): Promise<void> {
  const parsed = parseImport(await file.text());
  if (parsed.error) return say(t('libraryImportFailed', parsed.error));
  try {
    const r = await store.merge(parsed.records);
    const details = document.createElement('details');
    if (parsed.rejected.length) {
      const ul = document.createElement('ul');
      for (const rej of parsed.rejected.slice(0, 500)) ul.append(Object.assign(document.createElement('li'), { textContent: t('libraryImportRejectedLine', [String(rej.line), rej.reason]) }));
      details.append(Object.assign(document.createElement('summary'), { textContent: String(parsed.rejected.length) }), ul);
    }
    say(t('libraryImportReport', [String(r.added), String(r.updated), String(r.unchanged), String(parsed.rejected.length)]), parsed.rejected.length ? details : undefined);
    document.body.dataset.lastImport = JSON.stringify({ ...r, rejected: parsed.rejected });
  } catch (e) {
    say(t('libraryImportFailed', e instanceof Error ? e.message : String(e)));
  }
}

/** "Show": permission for the site inside the click, then the background opens the page and finds the passage. */
export async function showQuote(q: QuoteRecord, say: Say): Promise<void> {
  let granted = true;
  try {
    const u = new URL(q.page.location || q.page.url);
    // Asked within the click (Firefox requires the user gesture); no prompt when already granted.
    // No port in the pattern: match patterns cannot carry one in Firefox, and in Chrome they match any port.
    if (u.protocol === 'http:' || u.protocol === 'https:') granted = await browser.permissions.request({ origins: [`${u.protocol}//${u.hostname}/*`] });
  } catch {
    granted = false;
  }
  if (!granted) {
    await browser.tabs.create({ url: textFragmentUrl(q.page.location || q.page.url, q.anchor.exact) });
    return say(t('libraryShowFallback'));
  }
  const res = await sendMessage('library:show', { id: q.id });
  if (!res.ok) return say(res.message);
  say(res.found ? (res.exact ? t('libraryShowFound') : t('libraryShowFoundFuzzy')) : t('libraryNotFoundOnPage'));
}
