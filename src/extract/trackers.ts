import type { Tracker } from '../core/types';
import { TRACKER_RULES, matchTrackerInline, matchTrackerUrl, type TrackerRule } from './trackerTable';

/**
 * Lists the analytics, advertising and social trackers a page carries, by
 * name, from the table in trackerTable.ts. Looks at what actually loads or
 * runs: script `src`, inline script text (vendor signatures, and URLs the
 * snippet builds), iframes, images (pixels), <noscript> fallbacks, AdSense
 * slots and AMP pixels/analytics. `<link rel=preconnect>` and plain links do
 * not count: they load nothing of the vendor's by themselves.
 *
 * One pass over those elements, bounded work per element, never throws.
 * Deduplicated by name, in order of first appearance; `host` is the first
 * host seen for that tracker (absent when only an inline signature named it).
 */
export function findTrackers(doc: Document): Tracker[] {
  const found = new Map<string, Tracker>();
  const add = (rule: TrackerRule, host?: string): void => {
    const seen = found.get(rule.name);
    if (!seen) found.set(rule.name, host ? { name: rule.name, category: rule.category, host } : { name: rule.name, category: rule.category });
    else if (!seen.host && host) seen.host = host;
  };
  const base = safeBaseUrl(doc);
  const addUrl = (value: string | null): void => {
    if (!value) return;
    const url = toUrl(value, base);
    if (url) {
      const rule = matchTrackerUrl(url);
      if (rule) add(rule, url.hostname);
      return;
    }
    // Relative URL on a page without a usable base: only the host-less rules
    // (self-hosted Matomo) can still recognise it, by path.
    const rel = toUrl(value, 'https://relative.invalid/');
    const rule = rel ? matchTrackerUrl(rel) : null;
    if (rule && !rule.hosts) add(rule);
  };
  const addUrlsIn = (text: string): void => {
    for (const m of text.slice(0, MAX_TEXT).matchAll(URL_IN_TEXT)) addUrl('https:' + m[0]);
  };

  let elements: Element[];
  try {
    elements = Array.from(doc.querySelectorAll(SELECTOR)).slice(0, MAX_ELEMENTS);
  } catch {
    return [];
  }
  let textBudget = MAX_TOTAL_TEXT;
  for (const el of elements) {
    try {
      const tag = el.localName.toLowerCase();
      if (tag === 'script') {
        const src = el.getAttribute('src');
        if (src) {
          addUrl(src);
          continue;
        }
        if (!isScriptType(el.getAttribute('type')) || textBudget <= 0) continue;
        const text = (el.textContent ?? '').slice(0, MAX_TEXT);
        textBudget -= text.length;
        for (const rule of matchTrackerInline(text)) add(rule);
        addUrlsIn(text);
      } else if (tag === 'noscript') {
        // With scripting on, a browser parses <noscript> as text, so its
        // pixel <img> is not an element here: read the URLs in the text.
        if (el.children.length === 0 && textBudget > 0) {
          const text = (el.textContent ?? '').slice(0, MAX_TEXT);
          textBudget -= text.length;
          addUrlsIn(text);
        }
      } else if (tag === 'ins') {
        const rule = RULE_BY_NAME.get('Google AdSense');
        if (rule) add(rule);
      } else if (tag === 'amp-analytics' || tag === 'amp-ad') {
        const name = AMP_TYPES[(el.getAttribute('type') ?? '').toLowerCase()];
        const rule = name ? RULE_BY_NAME.get(name) : undefined;
        if (rule) add(rule);
      } else {
        addUrl(el.getAttribute('src'));
      }
    } catch {
      // A hostile element never stops the scan.
    }
  }
  return [...found.values()];
}

const SELECTOR = 'script, iframe, frame, img, embed, noscript, ins.adsbygoogle, amp-pixel, amp-img, amp-analytics, amp-ad';
const MAX_ELEMENTS = 20_000;
/** Per inline script, and in total: vendor snippets are short; app bundles inlined in pages are not. */
const MAX_TEXT = 50_000;
const MAX_TOTAL_TEXT = 2_000_000;
/** "//host.tld/path" inside script text; the scheme is irrelevant for matching. */
const URL_IN_TEXT = /\/\/[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:\/[^\s'"`<>\\)]*)?/gi;

/** Types a browser executes as script; JSON-LD and templates are data. */
function isScriptType(type: string | null): boolean {
  if (type === null) return true;
  const t = type.trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript' || t.endsWith('/javascript') || t === 'text/ecmascript';
}

/** <amp-analytics type> / <amp-ad type> vendor ids → table names. */
const AMP_TYPES: Record<string, string> = {
  googleanalytics: 'Google Analytics',
  gtag: 'Google Analytics',
  facebookpixel: 'Meta Pixel',
  chartbeat: 'Chartbeat',
  comscore: 'comScore',
  parsely: 'Parse.ly',
  quantcast: 'Quantcast',
  nielsen: 'Nielsen',
  adsense: 'Google AdSense',
  doubleclick: 'Google Ad Manager',
  taboola: 'Taboola',
  outbrain: 'Outbrain',
  criteo: 'Criteo',
  segment: 'Segment',
  mixpanel: 'Mixpanel',
  metrika: 'Yandex Metrica',
  baiduanalytics: 'Baidu Tongji',
};

const RULE_BY_NAME = new Map(TRACKER_RULES.map((r) => [r.name, r] as const).reverse());

function safeBaseUrl(doc: Document): string | null {
  try {
    const base = doc.baseURI;
    return base && /^https?:/i.test(base) ? base : null;
  } catch {
    return null;
  }
}

function toUrl(value: string, base: string | null): URL | null {
  try {
    const v = value.trim();
    if (v.startsWith('//')) return new URL('https:' + v);
    return base ? new URL(v, base) : new URL(v);
  } catch {
    return null;
  }
}
