import { callDom, getDom, removeNode, replaceNode } from './domSafe';
import { isTrackingPixel } from './pixels';

/**
 * Lazy-loading scripts keep the real image URL in a data attribute and show
 * a placeholder (a 1×1 data: GIF, an SVG, a grey JPEG) until the image
 * scrolls into view; a <noscript> next to it often carries the plain <img>.
 * Sourcelight runs no page scripts, so without this the reader would show
 * placeholders or nothing.
 *
 * `promoteLazyImages` rewrites images in place so that `src`/`srcset` hold
 * the real URLs. Run it on a CLONE before Readability (Readability drops
 * <noscript> and may drop images without a usable src), and the sanitiser
 * runs it again on the article HTML. Plain DOM calls only: it runs on
 * linkedom, jsdom and browser documents. Never throws.
 */

/** Attributes lazy loaders use for the real `src`, most specific first. */
export const LAZY_SRC_ATTRS: readonly string[] = [
  'data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-original-src', 'data-orig-src',
  'data-hi-res-src', 'data-actualsrc', 'data-echo', 'data-lazyload', 'data-img-src', 'data-full-src',
];

/** Attributes lazy loaders use for the real `srcset`. */
export const LAZY_SRCSET_ATTRS: readonly string[] = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];

const MAX_NOSCRIPTS = 2_000;
const MAX_IMAGES = 20_000;
/** A <noscript> with more text than this is not just an image fallback. */
const MAX_NOSCRIPT_TEXT = 300;

/** Returns how many images were changed. */
export function promoteLazyImages(root: Document | Element): number {
  let changed = 0;
  try {
    changed += unwrapNoscriptImages(root);
  } catch {
    // Keep going: attribute promotion below is independent.
  }
  try {
    const images = Array.from(callDom<NodeListOf<Element>>(root, 'querySelectorAll', 'img, picture > source')).slice(0, MAX_IMAGES);
    for (const el of images) if (promoteAttributes(el)) changed++;
  } catch {
    // Hostile markup never stops extraction.
  }
  return changed;
}

/** A value that can be an image URL (not empty, not a data: placeholder). */
function isRealUrl(value: string | null): value is string {
  if (!value) return false;
  const v = value.trim();
  return v.length > 0 && v.length < 4_000 && !/^data:/i.test(v);
}

function promoteAttributes(el: Element): boolean {
  let changed = false;
  if (el.localName.toLowerCase() === 'img') {
    for (const name of LAZY_SRC_ATTRS) {
      const value = el.getAttribute(name);
      if (isRealUrl(value)) {
        if (el.getAttribute('src') !== value.trim()) {
          el.setAttribute('src', value.trim());
          changed = true;
        }
        break;
      }
    }
  }
  for (const name of LAZY_SRCSET_ATTRS) {
    const value = el.getAttribute(name);
    if (value && value.trim() && !/^data:/i.test(value.trim())) {
      if (el.getAttribute('srcset') !== value) {
        el.setAttribute('srcset', value);
        changed = true;
      }
      break;
    }
  }
  return changed;
}

/**
 * Replaces an image-only <noscript> by its <img>: where the element just
 * before it is the lazy placeholder (an <img>, or a <picture> holding one),
 * the placeholder is replaced; otherwise the <noscript> itself is. Tracking
 * pixels in <noscript> (Meta Pixel, Matomo) are left alone.
 */
function unwrapNoscriptImages(root: Document | Element): number {
  const doc = getDom<Document | null>(root, 'ownerDocument') ?? (root as Document);
  let changed = 0;
  const noscripts = Array.from(callDom<NodeListOf<Element>>(root, 'querySelectorAll', 'noscript')).slice(0, MAX_NOSCRIPTS);
  for (const noscript of noscripts) {
    try {
      const img = noscriptImage(noscript, doc);
      if (!img || isTrackingPixel(img, null)) continue;
      if (!noscript.parentNode) continue;
      const imported = callDom<Element>(doc, 'importNode', img, true);
      const placeholder = placeholderBefore(noscript);
      if (placeholder && placeholder.parentNode) {
        if (!imported.getAttribute('alt') && placeholder.getAttribute('alt')) imported.setAttribute('alt', placeholder.getAttribute('alt')!);
        replaceNode(placeholder, imported);
        removeNode(noscript);
      } else {
        replaceNode(noscript, imported);
      }
      changed++;
    } catch {
      // Skip this one.
    }
  }
  return changed;
}

/**
 * The single <img> inside an image-only <noscript>, or null. Parsed with
 * scripting off (DOMParser, jsdom, linkedom) the <img> is an element; parsed
 * with scripting on (a live page's clone) the content is text, which is
 * parsed here inside an inert <template>: nothing loads, nothing runs.
 */
function noscriptImage(noscript: Element, doc: Document): Element | null {
  let container: ParentNode = noscript;
  if (noscript.children.length === 0) {
    const text = noscript.textContent ?? '';
    if (text.length > 4_000 || !/<img\b/i.test(text)) return null;
    const template = callDom<HTMLTemplateElement>(doc, 'createElement', 'template');
    template.innerHTML = text;
    container = template.content ?? template;
  }
  const images = container.querySelectorAll('img');
  if (images.length !== 1) return null;
  const textLength = (container.textContent ?? '').trim().length;
  if (textLength > MAX_NOSCRIPT_TEXT) return null;
  const img = images[0]!;
  return isRealUrl(img.getAttribute('src')) || img.getAttribute('srcset') ? img : null;
}

function placeholderBefore(noscript: Element): Element | null {
  const prev = noscript.previousElementSibling;
  if (!prev) return null;
  const tag = prev.localName.toLowerCase();
  if (tag === 'img') return prev;
  if (tag === 'picture') return prev.querySelector('img') ? prev : null;
  return null;
}
