import type { TrackerCategory } from '../core/types';
import { requiredWords, wordGate } from './inlineGate';

/**
 * The small, documented table of trackers Sourcelight names. One row per
 * product people would recognise. A row matches a URL (script/img/iframe
 * `src`, or a URL written inside an inline script or <noscript>) by host
 * suffix, optionally narrowed by a path pattern; or an inline script by a
 * signature (the global the vendor's snippet defines or calls).
 *
 * Rows are tried in order and the first match wins, so specific rows (Google
 * Ads on googletagmanager.com/gtag/js?id=AW-…) come before general ones.
 * Hosts are matched at a dot boundary: "doubleclick.net" matches
 * "securepubads.g.doubleclick.net" but not "notdoubleclick.net".
 *
 * Also used by the sanitiser: an image whose URL matches a row is a beacon.
 */
export interface TrackerRule {
  name: string;
  category: TrackerCategory;
  /** Hostname suffixes. Without hosts, `path` alone matches on any host (self-hosted tools). */
  hosts?: readonly string[];
  /** Tested against pathname + search. */
  path?: RegExp;
  /** Signature in inline script text. */
  inline?: RegExp;
}

export const TRACKER_RULES: readonly TrackerRule[] = [
  // Google. gtag.js serves GA4, Universal Analytics and Ads; the id prefix says which.
  { name: 'Google Ads', category: 'advertising', hosts: ['googletagmanager.com'], path: /^\/gtag\/js\?(?:.*&)?id=AW-/i,
    inline: /gtag\(\s*['"]config['"]\s*,\s*['"]AW-/ },
  { name: 'Google Analytics', category: 'analytics',
    hosts: ['google-analytics.com', 'analytics.google.com', 'googletagmanager.com/gtag'],
    inline: /gtag\(\s*['"]config['"]\s*,\s*['"](?:G|UA)-|\bga\(\s*['"](?:create|send)['"]|_gaq\.push|GoogleAnalyticsObject/ },
  { name: 'Google Tag Manager', category: 'tag-manager', hosts: ['googletagmanager.com'],
    inline: /['"]GTM-[A-Z0-9]{4,}['"]/ },
  { name: 'Google AdSense', category: 'advertising', hosts: ['pagead2.googlesyndication.com', 'adservice.google.com'],
    inline: /\badsbygoogle\b/ },
  { name: 'Google Ads', category: 'advertising', hosts: ['googleadservices.com', 'googleads.g.doubleclick.net'] },
  { name: 'Google Ad Manager', category: 'advertising',
    hosts: ['doubleclick.net', 'googletagservices.com', 'googlesyndication.com'], inline: /\bgoogletag\.(?:cmd|defineSlot|pubads)\b/ },
  // Meta.
  { name: 'Meta Pixel', category: 'advertising', hosts: ['connect.facebook.net'], path: /fbevents\.js|signals\//i,
    inline: /\bfbq\(/ },
  { name: 'Meta Pixel', category: 'advertising', hosts: ['facebook.com'], path: /^\/tr\/?(?:\?|$)/ },
  { name: 'Facebook SDK', category: 'social', hosts: ['connect.facebook.net', 'facebook.com'] },
  // Other social and ad networks' pixels.
  { name: 'X (Twitter) Pixel', category: 'advertising', hosts: ['static.ads-twitter.com', 'ads-twitter.com', 'analytics.twitter.com', 't.co'],
    inline: /\btwq\(/ },
  { name: 'X (Twitter) widgets', category: 'social', hosts: ['platform.twitter.com', 'platform.x.com'] },
  { name: 'LinkedIn Insight Tag', category: 'advertising', hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
    inline: /\b_linkedin_partner_id\b/ },
  { name: 'TikTok Pixel', category: 'advertising', hosts: ['analytics.tiktok.com'], inline: /\bttq\.(?:load|page|track)\(/ },
  { name: 'Snap Pixel', category: 'advertising', hosts: ['sc-static.net', 'tr.snapchat.com'], inline: /\bsnaptr\(/ },
  { name: 'Pinterest Tag', category: 'advertising', hosts: ['ct.pinterest.com', 's.pinimg.com/ct'],
    inline: /\bpintrk\(/ },
  { name: 'Reddit Pixel', category: 'advertising', hosts: ['alb.reddit.com', 'redditstatic.com/ads'],
    inline: /\brdt\(\s*['"](?:init|track)/ },
  { name: 'Microsoft Advertising (UET)', category: 'advertising', hosts: ['bat.bing.com'], inline: /\buetq\b/ },
  { name: 'Microsoft Clarity', category: 'analytics', hosts: ['clarity.ms'], inline: /['"]clarity['"]\s*,\s*['"]script['"]/ },
  { name: 'VK Pixel', category: 'advertising', hosts: ['vk.com/rtrg'] },
  { name: 'AddThis', category: 'social', hosts: ['addthis.com', 'addthisedge.com'] },
  { name: 'ShareThis', category: 'social', hosts: ['sharethis.com'] },
  { name: 'Disqus', category: 'social', hosts: ['disqus.com', 'disquscdn.com'] },
  // Content recommendation and ad tech.
  { name: 'Taboola', category: 'advertising', hosts: ['taboola.com'], inline: /\b_taboola\b/ },
  { name: 'Outbrain', category: 'advertising', hosts: ['outbrain.com', 'outbrainimg.com'], inline: /\bOBR\.extern\b/ },
  { name: 'Criteo', category: 'advertising', hosts: ['criteo.net', 'criteo.com'], inline: /\bcriteo_q\b|\bCriteo\.(?:events|DisplayAd)/ },
  { name: 'Amazon Ads', category: 'advertising', hosts: ['amazon-adsystem.com'], inline: /\bapstag\.(?:init|fetchBids)\b/ },
  { name: 'Xandr (AppNexus)', category: 'advertising', hosts: ['adnxs.com'] },
  { name: 'Magnite (Rubicon Project)', category: 'advertising', hosts: ['rubiconproject.com'] },
  { name: 'PubMatic', category: 'advertising', hosts: ['pubmatic.com'] },
  { name: 'Index Exchange', category: 'advertising', hosts: ['casalemedia.com'] },
  { name: 'Teads', category: 'advertising', hosts: ['teads.tv'] },
  { name: 'Quantcast', category: 'advertising', hosts: ['quantserve.com', 'quantcount.com', 'quantcast.com'],
    inline: /\b_qevents\b|\b__qc\b/ },
  { name: 'Permutive', category: 'advertising', hosts: ['permutive.com', 'permutive.app'] },
  { name: 'Moat', category: 'advertising', hosts: ['moatads.com'] },
  { name: 'Integral Ad Science', category: 'advertising', hosts: ['adsafeprotected.com'] },
  { name: 'DoubleVerify', category: 'advertising', hosts: ['doubleverify.com'] },
  // Analytics.
  { name: 'Chartbeat', category: 'analytics', hosts: ['chartbeat.com', 'chartbeat.net'], inline: /\b_sf_async_config\b/ },
  { name: 'comScore', category: 'analytics', hosts: ['scorecardresearch.com', 'comscore.com'], inline: /\b_comscore\b/ },
  { name: 'Parse.ly', category: 'analytics', hosts: ['parsely.com', 'parse.ly'], inline: /\bPARSELY\b/ },
  { name: 'Nielsen', category: 'analytics', hosts: ['imrworldwide.com'] },
  { name: 'Hotjar', category: 'analytics', hosts: ['hotjar.com', 'hotjar.io'], inline: /\b_hjSettings\b/ },
  { name: 'Yandex Metrica', category: 'analytics', hosts: ['mc.yandex.ru', 'mc.yandex.com', 'mc.yandex.by'],
    inline: /\bym\(\s*\d+\s*,\s*['"]init['"]/ },
  { name: 'Top.Mail.Ru', category: 'analytics', hosts: ['top-fwz1.mail.ru', 'top.mail.ru'] },
  { name: 'Baidu Tongji', category: 'analytics', hosts: ['hm.baidu.com'], inline: /\b_hmt\b/ },
  { name: 'CNZZ (Umeng)', category: 'analytics', hosts: ['cnzz.com', 'umeng.com'] },
  { name: 'Segment', category: 'analytics', hosts: ['cdn.segment.com', 'api.segment.io'], inline: /\banalytics\.load\(\s*['"]/ },
  { name: 'Mixpanel', category: 'analytics', hosts: ['mxpnl.com', 'mixpanel.com'], inline: /\bmixpanel\.init\(/ },
  { name: 'Amplitude', category: 'analytics', hosts: ['amplitude.com'] },
  { name: 'Heap', category: 'analytics', hosts: ['heapanalytics.com'], inline: /\bheap\.load\(/ },
  { name: 'Plausible', category: 'analytics', hosts: ['plausible.io'], inline: /\bplausible\(\s*['"]/ },
  { name: 'Adobe Analytics', category: 'analytics', hosts: ['omtrdc.net', '2o7.net'],
    inline: /\bs_gi\(|\bAppMeasurement\b/ },
  { name: 'Adobe Experience Platform Tags', category: 'tag-manager', hosts: ['adobedtm.com'] },
  { name: 'Tealium iQ', category: 'tag-manager', hosts: ['tiqcdn.com'], inline: /\butag_data\b/ },
  { name: 'Matomo', category: 'analytics', hosts: ['matomo.cloud'], inline: /\b_paq\.push\(/ },
  { name: 'Matomo', category: 'analytics', path: /\/(?:matomo|piwik)\.(?:js|php)(?:$|\?)/i },
  { name: 'INFOnline', category: 'analytics', hosts: ['ioam.de'], inline: /\biom\.c\(/ },
  { name: 'Piano Analytics (AT Internet)', category: 'analytics', hosts: ['xiti.com', 'aticdn.net', 'ati-host.net', 'pa-cd.com'],
    inline: /\bATInternet\b/ },
  { name: 'Piano (Cxense)', category: 'analytics', hosts: ['cxense.com'] },
  { name: 'Gemius', category: 'analytics', hosts: ['gemius.pl'], inline: /\bpp_gemius_identifier\b/ },
  { name: 'HubSpot', category: 'analytics', hosts: ['hs-scripts.com', 'hs-analytics.net', 'track.hubspot.com'] },
  { name: 'Jetpack Stats', category: 'analytics', hosts: ['stats.wp.com', 'pixel.wp.com'] },
  { name: 'New Relic', category: 'other', hosts: ['js-agent.newrelic.com', 'nr-data.net'] },
  { name: 'Optimizely', category: 'other', hosts: ['optimizely.com'] },
];

interface IndexedHost {
  order: number;
  rule: TrackerRule;
  /** Path prefix from a "host/path" entry, or "". */
  prefix: string;
}

/** Host suffix → rows naming it, so a lookup costs one probe per label of the hostname. */
const BY_HOST = new Map<string, IndexedHost[]>();
/** Rows without hosts (self-hosted tools), matched by path on any host. */
const PATH_ONLY: IndexedHost[] = [];
TRACKER_RULES.forEach((rule, order) => {
  if (!rule.hosts) {
    PATH_ONLY.push({ order, rule, prefix: '' });
    return;
  }
  for (const h of rule.hosts) {
    const slash = h.indexOf('/');
    const host = slash < 0 ? h : h.slice(0, slash);
    const entry = { order, rule, prefix: slash < 0 ? '' : h.slice(slash) };
    const list = BY_HOST.get(host);
    if (list) list.push(entry);
    else BY_HOST.set(host, [entry]);
  }
});

/** A host as the table is keyed: lower case, without a trailing dot (both lookups must agree). */
function tableHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

/** The most labels any table host has: longer suffixes name no row. */
const MAX_LABELS = Math.max(...[...BY_HOST.keys()].map((h) => h.split('.').length));

/** Calls `visit` with the rows filed under each suffix of `host` (at a dot boundary, two labels or more). */
function forHostRows(host: string, visit: (c: IndexedHost) => void): void {
  // Only the last MAX_LABELS labels can name a row: starting there keeps a
  // hostile 16 KB host ("a.a.a.…") from costing one hash of a long suffix
  // per label (quadratic).
  let start = host.length;
  for (let n = 0; n < MAX_LABELS && start > 0; n++) start = host.lastIndexOf('.', start - 1);
  // "a.b.c" → "a.b.c", "b.c" (never the last label alone).
  for (let suffix = start < 0 ? host : host.slice(start + 1); suffix.includes('.'); suffix = suffix.slice(suffix.indexOf('.') + 1)) {
    const list = BY_HOST.get(suffix);
    if (list) for (const c of list) visit(c);
  }
}

/**
 * The row a URL belongs to, or null: the first row in table order whose host
 * (at a dot boundary, plus the path prefix of "host/path" entries) and path
 * pattern match.
 */
export function matchTrackerUrl(url: URL): TrackerRule | null {
  const host = tableHost(url.hostname);
  const path = url.pathname + url.search;
  let best: IndexedHost | null = null;
  const consider = (c: IndexedHost): void => {
    if (best && best.order <= c.order) return;
    if (c.prefix && !url.pathname.startsWith(c.prefix)) return;
    if (c.rule.path && !c.rule.path.test(path)) return;
    best = c;
  };
  forHostRows(host, consider);
  for (const c of PATH_ONLY) consider(c);
  return (best as IndexedHost | null)?.rule ?? null;
}

/**
 * An absolute or scheme-relative http(s) URL whose authority is a plain
 * ASCII host and port and nothing else (no user, no "\\", no "%"): the URL
 * parser gives it that host in lower case as its hostname (or an IPv4
 * address, all digits, which no row names), or fails.
 */
const PLAIN_HOST_URL = /^(?:https?:)?\/\/([a-z0-9][a-z0-9.-]*)(?::[0-9]*)?(?:[/?#]|$)/i;
/**
 * Letters every URL a host-less row (PATH_ONLY) matches has in its path and
 * search. The URL parser never decodes a path or search, nor adds letters to
 * them, so a value without them cannot become such a URL (unit-tested
 * against the table: a new host-less row must extend this).
 */
export const PATH_ONLY_WORDS = /matomo|piwik/i;

/**
 * True only when `value` (a src, or a URL found in script text) cannot name
 * any row, whatever the base it is resolved against: matchTrackerUrl would
 * return null for it, and so would the base-less fallback. Spares building a
 * URL for the many script, image and frame URLs of first-party and CDN hosts
 * (URL parsing and matching were a third of the tracker scan's time in
 * Chromium). Anything it cannot vouch for answers false and goes the full way.
 */
export function cannotBeTrackerUrl(value: string): boolean {
  const v = value.trim();
  // Tabs and newlines are dropped by the URL parser, joining what they split.
  if (/[\t\n\r]/.test(v) || PATH_ONLY_WORDS.test(v)) return false;
  const m = PLAIN_HOST_URL.exec(v);
  if (!m) return false;
  let named = false;
  forHostRows(tableHost(m[1]!), () => {
    named = true;
  });
  return !named;
}

const INLINE_RULES = TRACKER_RULES.filter((rule) => rule.inline);
/**
 * Every inline signature in one pattern. Most inline scripts name no vendor;
 * one scan of their text tells so (7x faster than a scan per signature on
 * the readability test pages' scripts), and only texts that match go through
 * the rules one by one. The signatures use no flags and no backreferences,
 * so the union matches exactly when one of them does (unit-tested).
 */
export const ANY_INLINE_SIGNATURE = new RegExp(INLINE_RULES.map((rule) => `(?:${rule.inline!.source})`).join('|'));

const INLINE_WORDS = INLINE_RULES.map((rule) => requiredWords(rule.inline!.source));
/** Texts it misses hold no signature (inlineGate.ts); null when a signature has no word to look for. */
export const INLINE_GATE = INLINE_WORDS.every((w) => w !== null) ? wordGate(INLINE_WORDS.flatMap((w) => w!)) : null;

/** Rules whose inline signature appears in `text` (inline script source). */
export function matchTrackerInline(text: string): TrackerRule[] {
  if ((INLINE_GATE && !INLINE_GATE.test(text)) || !ANY_INLINE_SIGNATURE.test(text)) return [];
  const out: TrackerRule[] = [];
  for (const rule of INLINE_RULES) if (rule.inline!.test(text)) out.push(rule);
  return out;
}
