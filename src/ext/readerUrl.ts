/**
 * reader.html?tab=<id>&src=<original URL>[&error=<code>] — built by the
 * background, parsed by the reader page. Pure, so both sides agree.
 */
export interface ReaderParams {
  tabId: number | null;
  /** The original page; only http(s) URLs are ever turned into links. */
  src: string | null;
  /** Set when the background could not analyse the page (a TabRefusalCode or report error code). */
  error: string | null;
}

export function readerQuery(tabId: number, src: string, error?: string): string {
  const q = new URLSearchParams({ tab: String(tabId), src });
  if (error) q.set('error', error);
  return `?${q.toString()}`;
}

export function parseReaderParams(search: string): ReaderParams {
  const q = new URLSearchParams(search);
  const tab = Number(q.get('tab'));
  const error = q.get('error');
  return {
    tabId: Number.isSafeInteger(tab) && tab >= 0 && q.get('tab') !== '' && q.has('tab') ? tab : null,
    src: q.get('src'),
    error: error && /^[a-z-]{1,40}$/.test(error) ? error : null,
  };
}

/** The original URL as a safe link target, or null. */
export function safeWebUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
