import type { Tracker } from '../core/types';
import { callDom, getDom } from './domSafe';
import { TRACKER_RULES, cannotBeTrackerUrl, matchTrackerInline, matchTrackerUrl, type TrackerRule } from './trackerTable';
import { lookupTable } from '../core/lookupTable';

/**
 * Lists the analytics, advertising and social trackers a page carries, by
 * name, from the table in trackerTable.ts. Looks at what actually loads or
 * runs: script `src`, inline script text (vendor signatures, and URLs the
 * snippet builds), iframes, images (pixels), <noscript> fallbacks, AdSense
 * slots and AMP pixels/analytics. `<link rel=preconnect>` and plain links do
 * not count: they load nothing of the vendor's by themselves.
 *
 * One pass over each kind of element (getElementsByTagName, capped per
 * kind), bounded work per element, never throws. Deduplicated by name, in
 * the order found (scripts, frames, <noscript>, ad slots, images); `host` is
 * the first host seen for that tracker (absent when only an inline
 * signature named it).
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
    if (!value || cannotBeTrackerUrl(value)) return;
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
  const addRule = (name: string): void => {
    const rule = RULE_BY_NAME.get(name);
    if (rule) add(rule);
  };
  const addUrlsIn = (text: string): void => {
    for (const m of text.slice(0, MAX_TEXT).matchAll(URL_IN_TEXT)) addUrl('https:' + m[0]);
  };

  let textBudget = MAX_TOTAL_TEXT;
  const scanText = (text: string, signatures: boolean): void => {
    if (textBudget <= 0) return;
    const slice = text.slice(0, MAX_TEXT);
    textBudget -= slice.length;
    if (signatures) for (const rule of matchTrackerInline(slice)) add(rule);
    addUrlsIn(slice);
  };
  // Scripts first, then frames, then images: a page with 50,000 images must
  // not push its scripts past the per-kind caps.
  const byTag = elementsByTag(doc);
  const of = (tags: string[], cap: number): Element[] => tags.flatMap((tag) => (byTag.get(tag) ?? []).slice(0, cap));
  each(of(['script'], MAX_SCRIPTS), (el) => {
    const src = el.getAttribute('src');
    if (src) addUrl(src);
    else if (isScriptType(el.getAttribute('type'))) scanText(el.textContent ?? '', true);
  });
  each(of(['iframe', 'frame', 'embed'], MAX_FRAMES), (el) => addUrl(el.getAttribute('src')));
  each(of(['noscript'], MAX_FRAMES), (el) => {
    // With scripting on, a browser parses <noscript> as text, so its pixel
    // <img> is not an element here: read the URLs in the text.
    if (el.children.length === 0) scanText(el.textContent ?? '', false);
  });
  each(of(['ins'], MAX_FRAMES), (el) => {
    if (/\badsbygoogle\b/.test(el.getAttribute('class') ?? '')) addRule('Google AdSense');
  });
  each(of(['amp-analytics', 'amp-ad'], MAX_FRAMES), (el) => {
    const name = AMP_TYPES[(el.getAttribute('type') ?? '').toLowerCase()];
    if (name) addRule(name);
  });
  each(of(['img', 'amp-pixel', 'amp-img'], MAX_IMAGES), (el) => addUrl(el.getAttribute('src')));
  return [...found.values()];
}

const MAX_SCRIPTS = 20_000;
const MAX_FRAMES = 2_000;
const MAX_IMAGES = 20_000;
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
const AMP_TYPES = lookupTable<string>({
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
});

const RULE_BY_NAME = new Map(TRACKER_RULES.map((r) => [r.name, r] as const).reverse());

/** Runs `fn` on each element; a hostile element never stops the scan. */
function each(elements: Element[], fn: (el: Element) => void): void {
  for (const el of elements) {
    try {
      fn(el);
    } catch {
      // Skip it.
    }
  }
}

const SCANNED_TAGS = ['script', 'iframe', 'frame', 'embed', 'noscript', 'ins', 'amp-analytics', 'amp-ad', 'img', 'amp-pixel', 'amp-img'];

/**
 * The scanned elements by tag, each in document order: one walk of the page
 * (a selector list) instead of one per tag (getElementsByTagName walks the
 * whole page again for each of the eleven). Hostile-proof.
 */
function elementsByTag(doc: Document): Map<string, Element[]> {
  const byTag = new Map<string, Element[]>(SCANNED_TAGS.map((tag) => [tag, []]));
  try {
    const list = callDom<NodeListOf<Element>>(doc, 'querySelectorAll', SCANNED_TAGS.join(','));
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      byTag.get(getDom<string>(el, 'localName').toLowerCase())?.push(el);
    }
  } catch {
    // No scan: no trackers named.
  }
  return byTag;
}

function safeBaseUrl(doc: Document): string | null {
  try {
    const base = getDom<unknown>(doc, 'baseURI');
    return typeof base === 'string' && /^https?:/i.test(base) ? base : null;
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
