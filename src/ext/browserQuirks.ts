/**
 * Every Chrome/Firefox difference the extension shell relies on, in one file,
 * so that the rest of the code reads as if there were one browser.
 */
import { browser, type Browser } from 'wxt/browser';

/** Build-time browser target (WXT sets import.meta.env.BROWSER); runtime check as a fallback for tests. */
export const isFirefox: boolean =
  (import.meta.env?.BROWSER ?? '') === 'firefox' ||
  (typeof navigator !== 'undefined' && /\bFirefox\//.test(navigator.userAgent));

/** Why a URL cannot be scripted. The popup turns each into a plain explanation. */
export type RestrictionKind = 'browser-page' | 'web-store' | 'pdf' | 'view-source' | 'file-access' | 'not-a-page';

/**
 * Hosts where the browser forbids extensions to run scripts.
 * Chrome: the Chrome Web Store (old and new hosts) — extensions.webstore_url.
 * Firefox: `extensions.webextensions.restrictedDomains` (AMO, accounts, support).
 */
const CHROME_RESTRICTED_HOSTS = ['chromewebstore.google.com', 'microsoftedge.microsoft.com'];
const FIREFOX_RESTRICTED_HOSTS = [
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'addons.mozilla.org',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
];

/** Schemes of browser-internal pages (both browsers; some exist in one only). */
const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
  'brave:', 'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'jar:', 'blob:', 'data:', 'javascript:',
  'filesystem:', 'view-source:',
]);

/**
 * Classifies a tab URL before injecting. `fileAccess` is whether the user
 * allowed file:// access (Chrome: "Allow access to file URLs"; Firefox grants
 * file:// with activeTab). Returns null when the URL looks scriptable.
 */
export function restrictionOf(rawUrl: string | undefined, fileAccess: boolean, firefox = isFirefox): RestrictionKind | null {
  if (!rawUrl) return 'not-a-page';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'not-a-page';
  }
  if (url.protocol === 'view-source:') return 'view-source';
  if (BROWSER_SCHEMES.has(url.protocol)) return 'browser-page';
  if (url.protocol === 'file:') {
    if (/\.pdf$/i.test(url.pathname)) return 'pdf';
    return fileAccess ? null : 'file-access';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not-a-page';
  const host = url.hostname.toLowerCase();
  if (firefox ? FIREFOX_RESTRICTED_HOSTS.includes(host) : CHROME_RESTRICTED_HOSTS.includes(host)) return 'web-store';
  // The old Chrome Web Store lives under a path of a shared host.
  if (!firefox && host === 'chrome.google.com' && url.pathname.startsWith('/webstore')) return 'web-store';
  // Both browsers show PDFs in a built-in viewer that extensions cannot script.
  if (/\.pdf$/i.test(url.pathname)) return 'pdf';
  return null;
}

/** Chrome: extension.isAllowedFileSchemeAccess(); Firefox lets activeTab reach file:// pages. */
export async function hasFileAccess(): Promise<boolean> {
  if (isFirefox) return true;
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

/** What an injection/messaging error means, from each browser's wording. */
export type InjectionFailure = 'no-access' | 'restricted' | 'no-tab' | 'failed';

export function classifyInjectionError(err: unknown): InjectionFailure {
  const message = err instanceof Error ? err.message : String(err);
  // Chrome: "No tab with id: 12." Firefox: "Invalid tab ID: 12".
  if (/no tab with id|invalid tab id/i.test(message)) return 'no-tab';
  // Chrome: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted.",
  // "Cannot access contents of url "chrome-extension://…"".
  if (/chrome:\/\/ url|extensions gallery|cannot be scripted|chrome-extension:\/\//i.test(message)) return 'restricted';
  // Chrome: "Cannot access contents of the page. Extension manifest must request permission…",
  // "Cannot access contents of url …". Firefox: "Missing host permission for the tab".
  if (/cannot access|missing host permission|permission/i.test(message)) return 'no-access';
  // The PDF viewer and error pages: Chrome "Frame with ID 0 is showing error page".
  if (/error page/i.test(message)) return 'restricted';
  return 'failed';
}

/**
 * One of our own pages shown in a tab (e.g. the reader): its URL, selected
 * text and document. No extension may script extension pages, so scripting
 * cannot read the selection there or show a message in it. Firefox's
 * background is a page in the same process as our pages, and
 * extension.getViews() reaches their windows directly; Chrome's service
 * worker has no getViews, so this returns null there (the caller says what to
 * do instead).
 */
export function ownPageInTab(tabId: number): { url: string; selection: string; document: Document } | null {
  try {
    const extension = browser.extension as unknown as { getViews?: (p: { type: 'tab'; tabId: number }) => Window[] } | undefined;
    if (typeof extension?.getViews !== 'function') return null;
    const [view] = extension.getViews({ type: 'tab', tabId });
    if (!view) return null;
    return { url: view.location.href, selection: view.getSelection()?.toString() ?? '', document: view.document };
  } catch {
    return null;
  }
}

/**
 * storage.session: Chrome 102+, Firefox 115+. Where it is missing (or blocked),
 * fall back to memory, which lives as long as the background does.
 */
export type SessionArea = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

const memory = new Map<string, unknown>();
const memoryArea: SessionArea = {
  get: (async (keys?: string | string[] | null) => {
    const list = keys == null ? [...memory.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of list) if (memory.has(k)) out[k] = memory.get(k);
    return out;
  }) as SessionArea['get'],
  set: (async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) memory.set(k, v);
  }) as SessionArea['set'],
  remove: (async (keys: string | string[]) => {
    for (const k of Array.isArray(keys) ? keys : [keys]) memory.delete(k);
  }) as SessionArea['remove'],
};

export function sessionArea(): SessionArea {
  const session = (browser?.storage as { session?: SessionArea } | undefined)?.session;
  return session ?? memoryArea;
}

/**
 * scripting.executeScript results: Chrome gives [{ frameId, documentId, result }]
 * and rejects when the script throws; Firefox gives [{ frameId, result }] or
 * [{ frameId, error }]. Returns the top frame's result or throws its error.
 */
export function topFrameResult<T>(results: ReadonlyArray<{ frameId?: number; result?: unknown; error?: unknown }> | undefined): T | undefined {
  const top = results?.find((r) => (r.frameId ?? 0) === 0) ?? results?.[0];
  if (top && top.error !== undefined && top.error !== null) {
    throw top.error instanceof Error ? top.error : new Error(String(top.error));
  }
  return top?.result as T | undefined;
}

/**
 * tabs.onUpdated: Firefox accepts a filter argument, Chrome throws on it.
 * We never pass one; listeners check `changeInfo` themselves.
 */
export const TABS_ON_UPDATED_FILTER_SUPPORTED = isFirefox;
