/**
 * Auto-reader sites: what a person types ("example.com", a pasted article
 * URL) → one origin, and the match patterns for its host permission and
 * content script. Pure; no browser API.
 *
 * One site is one origin (scheme + host) and nothing more: least privilege,
 * as issue 4 asks ("the optional host permission for that origin only").
 * Ports are dropped because match patterns cannot carry them in Firefox; a
 * pattern without a port matches every port in both browsers.
 */

export type SiteScheme = 'https' | 'http';

export interface Site {
  /** "https://example.com" — the stored identity of a site. */
  origin: string;
  scheme: SiteScheme;
  host: string;
}

export type SiteError = 'empty' | 'invalid' | 'scheme' | 'host';

export type ParsedSite = { ok: true; site: Site } | { ok: false; error: SiteError };

const MAX_INPUT = 2048;

/** Parses what a person typed into a site. Never throws. */
export function parseSite(input: string): ParsedSite {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_INPUT || /\s/.test(text)) return { ok: false, error: 'invalid' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return { ok: false, error: 'scheme' };
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== 'https' && scheme !== 'http') return { ok: false, error: 'scheme' };
  if (url.username || url.password) return { ok: false, error: 'invalid' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!isPlausibleHost(host)) return { ok: false, error: 'host' };
  return { ok: true, site: { origin: `${scheme}://${host}`, scheme, host } };
}

function isPlausibleHost(host: string): boolean {
  if (host === '' || host.includes('*') || host.length > 253) return false;
  if (host === 'localhost' || /^\[[0-9a-f:.]+\]$/.test(host)) return true;
  // One-label names ("news") are almost always a typo for a domain.
  if (!host.includes('.')) return false;
  return host.split('.').every((label) => /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/.test(label) || /^xn--[a-z0-9-]+$/.test(label));
}

/** Match patterns for a site's host permission and content script. */
export function sitePatterns(site: Site): string[] {
  return [`${site.scheme}://${site.host}/*`];
}

/** Whether a page URL belongs to a site (any port, any path). */
export function siteMatchesUrl(site: Site, pageUrl: string): boolean {
  try {
    const url = new URL(pageUrl);
    return url.protocol === `${site.scheme}:` && url.hostname.toLowerCase().replace(/\.$/, '') === site.host;
  } catch {
    return false;
  }
}

/** Patterns of `removed` that no remaining site still needs (same host over http and https). */
export function patternsToRelease(removed: Site, remaining: readonly Site[]): string[] {
  const kept = new Set(remaining.flatMap(sitePatterns));
  return sitePatterns(removed).filter((p) => !kept.has(p));
}
