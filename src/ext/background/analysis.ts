/**
 * Background side of "analyse this tab": checks the tab can be scripted,
 * injects the on-demand content script, asks it for a report and caches the
 * report per tab and URL. The popup asks through 'analysis:get'; the reader
 * and library features call `analyseTab` / `injectContentScript` directly.
 */
import { browser } from 'wxt/browser';
import type { Report } from '@/src/core/types';
import {
  classifyInjectionError,
  hasFileAccess,
  restrictionOf,
  type RestrictionKind,
} from '@/src/ext/browserQuirks';
import { handleMessages, isObj, sendToTab, type TabAnalysis, type TabRefusal, type TabRefusalCode } from '@/src/ext/messages';
import { dropCachedReport, getFreshEntry, markStale, putCachedReport } from '@/src/ext/reportCache';
import { t } from '@/src/ext/i18n';

/** The content script's path in the build (WXT: entrypoints/content.ts → content-scripts/content.js). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** Extraction is bounded by its own limits; this only guards against a hung page. */
const ANALYSE_TIMEOUT_MS = 20_000;
const PING_TIMEOUT_MS = 1_000;
/** The cache check must not cost the popup its instant reopen: a busy page keeps the cached report. */
const FINGERPRINT_TIMEOUT_MS = 300;

export interface AnalyseOptions {
  /** "Try anyway": extract even when the page does not look like an article. Bypasses the cache. */
  force?: boolean;
  /** Ignore the cached report. */
  refresh?: boolean;
}

export function registerAnalysis(): void {
  handleMessages({
    'analysis:get': (req) => analyseTab(req.tabId, { force: req.force, refresh: req.refresh }),
  });
  // A reload or navigation makes the cached report stale (kept for the reader's Back).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void markStale(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropCachedReport(tabId));
}

const inFlight = new Map<string, Promise<TabAnalysis>>();

/** The report for a tab: cached when the page has not changed, else freshly built in the page. */
export function analyseTab(tabId: number, options: AnalyseOptions = {}): Promise<TabAnalysis> {
  const key = `${tabId}:${options.force ? 'force' : options.refresh ? 'refresh' : 'normal'}`;
  const running = inFlight.get(key);
  if (running) return running;
  const job = analyseTabOnce(tabId, options).finally(() => inFlight.delete(key));
  inFlight.set(key, job);
  return job;
}

async function analyseTabOnce(tabId: number, options: AnalyseOptions): Promise<TabAnalysis> {
  let url: string | undefined;
  try {
    const tab = await browser.tabs.get(tabId);
    // Without activeTab/host access the URL is hidden; injection then tells us why.
    url = tab.url || undefined;
  } catch {
    return refusal('no-tab');
  }
  if (url) {
    const restriction = restrictionOf(url, await hasFileAccess());
    if (restriction) return restricted(restriction, url);
    if (!options.force && !options.refresh) {
      const cached = await getFreshEntry(tabId, url);
      if (cached && (await stillSamePage(tabId, cached.fingerprint))) return cached.report;
    }
  }
  try {
    await injectContentScript(tabId);
    const answer = await withTimeout(sendToTab(tabId, 'content:analyse', { force: options.force }), ANALYSE_TIMEOUT_MS);
    if (!isObj(answer) || !isReport(answer.report)) return refusal('failed', url);
    const report = answer.report;
    const pageUrl = url ?? (await browser.tabs.get(tabId).then((tab) => tab.url, () => undefined));
    if (pageUrl) await putCachedReport(tabId, pageUrl, report, typeof answer.fingerprint === 'string' ? answer.fingerprint : undefined);
    return report;
  } catch (err) {
    const failure = classifyInjectionError(err);
    if (failure === 'restricted') return restricted(url ? (restrictionOf(url, false) ?? 'browser-page') : 'browser-page', url);
    return refusal(failure, url);
  }
}

/**
 * Does the page still say what it said when analysed? Asks the content script
 * (already in the page if we analysed it) for its fingerprint. No answer — the
 * script is gone or the page is busy — keeps the cached report: navigation
 * events already mark it stale when the page was replaced.
 */
async function stillSamePage(tabId: number, fingerprint: string | undefined): Promise<boolean> {
  if (!fingerprint) return true;
  const answer = await withTimeout(sendToTab(tabId, 'content:ping', {}), FINGERPRINT_TIMEOUT_MS).catch(() => null);
  if (!isObj(answer) || typeof answer.fingerprint !== 'string' || answer.fingerprint === '') return true;
  return answer.fingerprint === fingerprint;
}

/**
 * Makes sure our content script listens in the tab's top frame: asks it first
 * (cheap when present), injects otherwise. The page's own scripts cannot see it
 * (isolated world). Throws the browser's error when the tab cannot be scripted.
 */
export async function injectContentScript(tabId: number): Promise<void> {
  const present = await withTimeout(sendToTab(tabId, 'content:ping', {}), PING_TIMEOUT_MS).then(
    (answer) => isObj(answer) && typeof answer.version === 'string',
    () => false,
  );
  if (present) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

function isReport(value: unknown): value is Report {
  if (!isObj(value) || typeof value.ok !== 'boolean') return false;
  if (value.article !== undefined && (!isObj(value.article) || typeof value.article.text !== 'string')) return false;
  if (!value.ok && (!isObj(value.error) || typeof value.error.code !== 'string')) return false;
  return true;
}

const RESTRICTION_MESSAGE: Record<RestrictionKind, string> = {
  'browser-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  pdf: 'restrictedPdf',
  'view-source': 'restrictedViewSource',
  'file-access': 'restrictedFileAccess',
  'not-a-page': 'restrictedNotAPage',
};

const REFUSAL_MESSAGE: Record<Exclude<TabRefusalCode, 'restricted'>, string> = {
  'no-access': 'refusalNoAccess',
  'no-tab': 'refusalNoTab',
  failed: 'refusalFailed',
};

function restricted(restriction: RestrictionKind, url?: string): TabRefusal {
  return { ok: false, tabRefusal: 'restricted', restriction, message: t(RESTRICTION_MESSAGE[restriction]), url };
}

function refusal(code: Exclude<TabRefusalCode, 'restricted'>, url?: string): TabRefusal {
  return { ok: false, tabRefusal: code, message: t(REFUSAL_MESSAGE[code]), url };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}
