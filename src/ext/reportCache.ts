/**
 * Reports cached per tab and URL in session storage, so reopening the popup
 * (or opening the reader) is instant and survives the background worker
 * stopping. Entries go stale when the tab navigates or reloads (tabs.onUpdated
 * status 'loading'), and disappear with the tab.
 *
 * Session storage is small (Chrome: 10 MB for the extension), so only the most
 * recent tabs are kept, and a quota error evicts the oldest entries first.
 */
import type { Report } from '@/src/core/types';
import { sessionArea } from './browserQuirks';

export interface CachedReport {
  tabId: number;
  url: string;
  report: Report;
  /** Date.now() when stored. */
  at: number;
  /** True once the tab started loading again (reload or navigation) after the report was made. */
  stale: boolean;
  /** The page's text fingerprint when analysed (fingerprint.ts); absent when unknown. */
  fingerprint?: string;
}

const PREFIX = 'report:';
const INDEX = 'report:index';
/** Tabs kept at once; older entries are evicted. */
export const MAX_CACHED_TABS = 12;

const keyOf = (tabId: number): string => `${PREFIX}${tabId}`;

function isCached(value: unknown): value is CachedReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.tabId === 'number' && typeof v.url === 'string' && typeof v.report === 'object' && v.report !== null;
}

/** Same page? Ignores the fragment: #section jumps do not change the article. */
export function sameDocumentUrl(a: string, b: string): boolean {
  const strip = (u: string): string => {
    const i = u.indexOf('#');
    return i < 0 ? u : u.slice(0, i);
  };
  return strip(a) === strip(b);
}

async function readIndex(): Promise<number[]> {
  const got = await sessionArea().get(INDEX);
  const list = (got as Record<string, unknown>)[INDEX];
  return Array.isArray(list) ? list.filter((n): n is number => Number.isSafeInteger(n)) : [];
}

/** The entry for a tab, whatever its URL or staleness (the reader uses stale ones too). */
export async function getCachedEntry(tabId: number): Promise<CachedReport | null> {
  try {
    const got = (await sessionArea().get(keyOf(tabId))) as Record<string, unknown>;
    const value = got[keyOf(tabId)];
    return isCached(value) ? value : null;
  } catch {
    return null;
  }
}

/** A fresh entry for this tab and URL, or null. */
export async function getFreshEntry(tabId: number, url: string): Promise<CachedReport | null> {
  const entry = await getCachedEntry(tabId);
  if (!entry || entry.stale || !sameDocumentUrl(entry.url, url)) return null;
  return entry;
}

/** A fresh report for this tab and URL, or null. */
export async function getCachedReport(tabId: number, url: string): Promise<Report | null> {
  return (await getFreshEntry(tabId, url))?.report ?? null;
}

export async function putCachedReport(tabId: number, url: string, report: Report, fingerprint?: string): Promise<void> {
  const entry: CachedReport = { tabId, url, report, at: Date.now(), stale: false, ...(fingerprint ? { fingerprint } : {}) };
  const index = (await readIndex()).filter((id) => id !== tabId);
  index.push(tabId);
  const evicted = index.splice(0, Math.max(0, index.length - MAX_CACHED_TABS));
  const area = sessionArea();
  if (evicted.length) await area.remove(evicted.map(keyOf));
  // On quota errors drop the oldest tabs one by one, then give up quietly: the
  // cache is an optimisation, never a reason to fail an analysis.
  for (;;) {
    try {
      await area.set({ [keyOf(tabId)]: entry, [INDEX]: index });
      return;
    } catch {
      const oldest = index.length > 1 ? index.shift() : undefined;
      if (oldest === undefined) return;
      await area.remove(keyOf(oldest)).catch(() => undefined);
    }
  }
}

/** Marks a tab's entry stale (its page is loading again); the reader may still read it. */
export async function markStale(tabId: number): Promise<void> {
  const entry = await getCachedEntry(tabId);
  if (!entry || entry.stale) return;
  await sessionArea().set({ [keyOf(tabId)]: { ...entry, stale: true } }).catch(() => undefined);
}

export async function dropCachedReport(tabId: number): Promise<void> {
  const index = (await readIndex()).filter((id) => id !== tabId);
  await sessionArea().remove(keyOf(tabId)).catch(() => undefined);
  await sessionArea().set({ [INDEX]: index }).catch(() => undefined);
}
