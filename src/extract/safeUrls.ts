/**
 * URL rules of the reader profile: which schemes survive, how relative URLs
 * resolve, which query parameters are tracking and get stripped, and how a
 * `srcset` is rebuilt from absolute http(s) candidates only.
 *
 * Every decision goes through the WHATWG URL parser (`new URL`), the same one
 * the browser uses when it follows the link, so tricks that fool string
 * checks (`java\tscript:`, `JaVaScRiPt:`, entity-encoded colons, leading
 * control characters) are seen exactly as the browser would see them.
 */

/**
 * Query parameters that only identify a click, a campaign or a mailing
 * recipient, never the resource. Names are matched case-insensitively;
 * entries ending in `_` match as prefixes (every `utm_…`).
 *
 * Sources: Google (utm_*, gclid, gclsrc, dclid, gbraid, wbraid, _ga, _gl),
 * Meta (fbclid, igshid, igsh), Microsoft Ads (msclkid), Mailchimp (mc_eid,
 * mc_cid), HubSpot (_hsenc, _hsmi, __hssc, __hstc, __hsfp, hsctatracking),
 * Yandex (yclid, ysclid, _openstat), X/Twitter (twclid, ref_src, ref_url),
 * TikTok (ttclid), LinkedIn (li_fat_id), Marketo (mkt_tok), Adobe (s_kwcid,
 * ef_id), AT Internet/Piano (xtor), Vero (vero_id, vero_conv), Olytics
 * (oly_anon_id, oly_enc_id), Wicked Reports (wickedid), Rakuten (ranmid,
 * raneaid, ransiteid), Impact (irclickid), Matomo/Piwik campaign tags
 * (pk_campaign, pk_kwd, pk_source, pk_medium, pk_content, mtm_*), generic
 * in-site campaign tags (itm_*).
 * Deliberately NOT stripped: `ref`, `source`, `id`, `s`: they often select
 * content.
 */
export const TRACKING_PARAMS: readonly string[] = [
  'utm_', 'itm_', 'mtm_',
  'pk_campaign', 'pk_kwd', 'pk_keyword', 'pk_source', 'pk_medium', 'pk_content',
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid',
  'mc_eid', 'mc_cid', 'igshid', 'igsh',
  '_hsenc', '_hsmi', '__hssc', '__hstc', '__hsfp', 'hsctatracking',
  'yclid', 'ysclid', '_openstat', 'ref_src', 'ref_url', 'twclid', 'ttclid',
  'li_fat_id', 'mkt_tok', 's_kwcid', 'ef_id', 'xtor', 'vero_id', 'vero_conv',
  'oly_anon_id', 'oly_enc_id', 'wickedid', 'ranmid', 'raneaid', 'ransiteid',
  'irclickid', '_ga', '_gl',
];

const PREFIXES = TRACKING_PARAMS.filter((p) => p.endsWith('_') && !p.startsWith('_'));
const EXACT = new Set(TRACKING_PARAMS.filter((p) => !PREFIXES.includes(p)));

/** True when `name` is a tracking query parameter (see TRACKING_PARAMS). */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return EXACT.has(n) || PREFIXES.some((p) => n.startsWith(p));
}

/** Parses `value` against `base`; null when it does not parse. Never throws. */
export function parseUrl(value: string, base?: string | null): URL | null {
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}

const WEB = new Set(['http:', 'https:']);

/**
 * Drops user:password@ from a URL: "https://trusted.example@evil.example/"
 * reads like trusted.example but goes to evil.example, and credentials have
 * no place in an article's links anyway.
 */
function withoutCredentials(url: URL): URL {
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
  }
  return url;
}

/** Absolute http(s) URL for `value` (credentials removed), or null for any other scheme or garbage. */
export function resolveHttpUrl(value: string, base: string | null): string | null {
  const url = parseUrl(value.trim(), base);
  return url && WEB.has(url.protocol) ? withoutCredentials(url).href : null;
}

/** Removes tracking parameters (TRACKING_PARAMS) from an absolute URL. */
export function stripTrackingParams(url: URL): URL {
  const names = [...new Set([...url.searchParams.keys()])];
  const drop = names.filter(isTrackingParam);
  if (drop.length === 0) return url;
  for (const name of drop) url.searchParams.delete(name);
  // An emptied query leaves a bare "?" otherwise.
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url;
}

/**
 * Click-tracking redirectors that carry the real destination in a query
 * parameter: host (exact) → parameter names. Following the link through
 * them tells the redirector what was read and clicked. A Map, not an object:
 * a link's host is page input, and as an object key "constructor" (a valid
 * host) found Object's constructor, which threw and emptied the whole
 * article, and "__proto__" was unwrapped like href.li.
 */
const REDIRECTORS: ReadonlyMap<string, readonly string[]> = new Map([
  ['www.google.com', ['q', 'url']],
  ['google.com', ['q', 'url']],
  ['l.facebook.com', ['u']],
  ['lm.facebook.com', ['u']],
  ['l.instagram.com', ['u']],
  ['l.messenger.com', ['u']],
  ['www.youtube.com', ['q']],
  ['t.umblr.com', ['z']],
  ['href.li', []],
  ['away.vk.com', ['to']],
  ['slack-redir.net', ['url']],
  ['out.reddit.com', ['url']],
]);

/** The destination inside a known redirector link (google.com/url?q=…, l.facebook.com/l.php?u=…), else `url`. */
export function unwrapRedirect(url: URL): URL {
  const host = url.hostname.toLowerCase();
  const params = REDIRECTORS.get(host);
  if (!params) return url;
  const path = url.pathname;
  if ((host.endsWith('google.com') && path !== '/url') || (host === 'www.youtube.com' && path !== '/redirect')) return url;
  // href.li puts the whole destination after "?".
  const candidates = params.length ? params.map((p) => url.searchParams.get(p)) : [safeDecode(url.search.slice(1))];
  for (const value of candidates) {
    const inner = value ? parseUrl(value) : null;
    if (inner && WEB.has(inner.protocol)) return inner;
  }
  return url;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

export type LinkTarget =
  | { kind: 'web'; href: string }
  | { kind: 'mailto'; href: string }
  | { kind: 'fragment'; href: string };

/**
 * Classifies and rewrites a link `href`: in-page fragments stay fragments,
 * http(s) links become absolute, leave known redirectors and lose tracking
 * parameters, `mailto:` is
 * kept as is. Anything else (javascript:, data:, vbscript:, file:, blob:,
 * custom schemes, unparsable) gives null: the link loses its href.
 */
export function rewriteLink(href: string, base: string | null): LinkTarget | null {
  const value = href.trim();
  // A bare fragment means "this article"; resolving it against a <base href>
  // elsewhere would turn it into a link to another page.
  if (value.startsWith('#')) return { kind: 'fragment', href: value };
  const url = parseUrl(value, base);
  if (!url) return null;
  if (url.protocol === 'mailto:') return { kind: 'mailto', href: url.href };
  if (!WEB.has(url.protocol)) return null;
  return { kind: 'web', href: stripTrackingParams(withoutCredentials(unwrapRedirect(url))).href };
}

/** One `srcset` candidate: a URL and its descriptor ("800w", "2x" or ""). */
export interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/**
 * Parses a `srcset` the way the HTML spec does in outline: a URL is a run of
 * non-space characters (commas inside it are allowed, a trailing comma ends
 * it), then descriptors up to the next comma outside parentheses.
 */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  const s = srcset.slice(0, 20_000);
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /[\s,]/.test(s[i]!)) i++;
    if (i >= s.length) break;
    let j = i;
    while (j < s.length && !/\s/.test(s[j]!)) j++;
    let url = s.slice(i, j);
    i = j;
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      let k = i;
      while (k < s.length && (depth > 0 || s[k] !== ',')) {
        if (s[k] === '(') depth++;
        else if (s[k] === ')') depth = Math.max(0, depth - 1);
        k++;
      }
      descriptor = s.slice(i, k).trim();
      i = k + 1;
    }
    if (url) out.push({ url, descriptor });
  }
  return out;
}

/** Width or density a candidate stands for, to pick the best one. */
function candidateSize(c: SrcsetCandidate): number {
  const m = /^(\d+(?:\.\d+)?)([wx])$/i.exec(c.descriptor.split(/\s+/)[0] ?? '');
  if (!m) return 1;
  const n = Number(m[1]);
  return m[2]!.toLowerCase() === 'x' ? n * 1000 : n;
}

/**
 * Rebuilds a `srcset` with absolute http(s) URLs only (others are dropped).
 * Returns the new attribute value (empty when nothing survives) and the
 * largest candidate, a good `src` when the image has none.
 */
export function sanitizeSrcset(srcset: string, base: string | null): { srcset: string; best: string | null } {
  const kept: SrcsetCandidate[] = [];
  for (const c of parseSrcset(srcset)) {
    const href = resolveHttpUrl(c.url, base);
    if (!href) continue;
    // Only "<n>w" / "<n>x" descriptors are meaningful; anything else is noise.
    const descriptor = /^\d+(?:\.\d+)?[wx]$/i.test(c.descriptor) ? c.descriptor : '';
    kept.push({ url: href, descriptor });
  }
  let best: SrcsetCandidate | null = null;
  for (const c of kept) if (!best || candidateSize(c) > candidateSize(best)) best = c;
  // Commas inside a URL are fine when re-parsed: only a trailing one splits,
  // and parseSrcset already removed those.
  const value = kept
    .map((c) => `${c.url}${c.descriptor ? ' ' + c.descriptor : ''}`)
    .join(', ');
  return { srcset: value, best: best ? best.url : null };
}
