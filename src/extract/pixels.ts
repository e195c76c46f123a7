import { callDom, removeNode } from './domSafe';
import { matchTrackerUrl } from './trackerTable';
import { parseUrl } from './safeUrls';

/**
 * Tracking pixels: images that exist to be requested, not seen. Dropped from
 * the reader (loading them would report the reading to the vendor) and
 * counted by findTrackers on the original page instead.
 *
 * An <img> is a pixel when it is:
 * - tiny by its attributes: width and height both ≤ 2, or either 0;
 * - hidden: `hidden` attribute, or inline style display:none,
 *   visibility:hidden, opacity:0, or a 0–2 px width and height;
 * - a beacon by URL: a host/path in the tracker table (facebook.com/tr,
 *   google-analytics.com/collect, doubleclick.net, pixel.wp.com, …), a host
 *   named pixel.*, beacon.*, or a file named pixel/beacon/track/1x1/spacer.
 */
export function isTrackingPixel(img: Element, base: string | null): boolean {
  const w = dimension(img.getAttribute('width'));
  const h = dimension(img.getAttribute('height'));
  if ((w !== null && h !== null && w <= 2 && h <= 2) || w === 0 || h === 0) return true;
  if (img.hasAttribute('hidden')) return true;
  if (isHiddenByStyle(img.getAttribute('style'))) return true;
  const src = img.getAttribute('src');
  if (!src) return false;
  const url = parseUrl(src.trim(), base ?? 'https://relative.invalid/');
  if (!url || !/^https?:$/.test(url.protocol)) return false;
  // Social widgets' hosts also serve real pictures (embedded posts); only
  // analytics and ad hosts are beacons by host alone.
  const rule = matchTrackerUrl(url);
  if (rule && rule.category !== 'social') return true;
  if (/^(?:pixel|pixels|beacon|beacons)\d*\./i.test(url.hostname)) return true;
  return BEACON_FILE.test(url.pathname);
}

const BEACON_FILE = /\/(?:pixel|beacon|track|tracking|tracker|1x1|spacer|blank|transparent|clear)\.(?:gif|png|php)$/i;

/** Integer value of a width/height attribute ("1", "1px", " 0 "), or null. */
function dimension(value: string | null): number | null {
  if (value === null) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value);
  return m ? Number(m[1]) : null;
}

function isHiddenByStyle(style: string | null): boolean {
  if (!style) return false;
  const s = style.toLowerCase().slice(0, 2_000);
  if (/(?:^|;)\s*display\s*:\s*none\b/.test(s)) return true;
  if (/(?:^|;)\s*visibility\s*:\s*hidden\b/.test(s)) return true;
  if (/(?:^|;)\s*opacity\s*:\s*0(?:\.0*)?\s*(?:!important\s*)?(?:;|$)/.test(s)) return true;
  const w = /(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)px/.exec(s);
  const h = /(?:^|;)\s*height\s*:\s*(\d+(?:\.\d+)?)px/.exec(s);
  return !!(w && h && Number(w[1]) <= 2 && Number(h[1]) <= 2);
}

/** Removes every tracking pixel <img> under `root`; returns how many. Never throws. */
export function dropTrackingPixels(root: Document | Element, base: string | null): number {
  let dropped = 0;
  try {
    for (const img of Array.from(callDom<NodeListOf<Element>>(root, 'querySelectorAll', 'img'))) {
      if (isTrackingPixel(img, base) && img.parentNode) {
        removeNode(img);
        dropped++;
      }
    }
  } catch {
    // Keep what was done.
  }
  return dropped;
}
