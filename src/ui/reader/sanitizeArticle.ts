/**
 * Re-sanitises article HTML on the reader page's own window before it is
 * inserted (issue 4). The report came from a content script living in the
 * page, so it is untrusted whatever the extraction side already did.
 *
 * Reader profile: HTML only (no SVG/MathML), no forms, frames, media players,
 * styles, ids or classes (ids could clobber ours; classes could match our
 * CSS). Links and images are resolved against the article URL — a relative URL
 * would otherwise point into the extension — and only web URLs survive.
 */
import DOMPurify, { type Config } from 'dompurify';

const FORBID_TAGS = [
  'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'fieldset',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'video', 'audio', 'source', 'track', 'canvas',
  'dialog', 'template', 'slot', 'noscript', 'marquee', 'portal',
];
const FORBID_ATTR = ['style', 'class', 'id', 'name', 'target', 'form', 'srcdoc', 'ping', 'background', 'poster', 'usemap', 'tabindex', 'contenteditable', 'accesskey'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  // Removed with their text: control labels ("Go", "Subscribe") are not article text.
  ADD_FORBID_CONTENTS: ['button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'form', 'dialog'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

const WEB = new Set(['http:', 'https:']);

function resolve(raw: string, base: string, allowed: (u: URL) => boolean): string | null {
  // An empty URL would resolve to the article page itself.
  if (raw.trim() === '') return null;
  try {
    const url = new URL(raw.trim(), base);
    return allowed(url) ? url.href : null;
  } catch {
    return null;
  }
}

const linkOk = (u: URL): boolean => WEB.has(u.protocol) || u.protocol === 'mailto:';
const imageOk = (u: URL): boolean => WEB.has(u.protocol) || /^data:image\/(png|jpe?g|gif|webp|avif);/i.test(u.href);

function resolveSrcset(value: string, base: string): string | null {
  const out: string[] = [];
  for (const candidate of value.split(/,\s+/)) {
    const [url, ...descriptor] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const abs = resolve(url, base, (u) => WEB.has(u.protocol));
    if (!abs) return null;
    out.push([abs, ...descriptor].join(' '));
  }
  return out.length ? out.join(', ') : null;
}

export type ArticleSanitizer = (html: string, baseUrl: string) => DocumentFragment;

export function createArticleSanitizer(win: Window & typeof globalThis): ArticleSanitizer {
  const purify = DOMPurify(win);
  let base = 'about:blank';
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (typeof el.getAttribute !== 'function') return;
    const tag = el.localName;
    if (el.hasAttribute('href')) {
      const abs = resolve(el.getAttribute('href') ?? '', base, linkOk);
      if (abs) el.setAttribute('href', abs);
      else el.removeAttribute('href');
    }
    if (tag === 'a' && el.hasAttribute('href')) el.setAttribute('rel', 'noopener noreferrer');
    if (tag === 'img') {
      const abs = resolve(el.getAttribute('src') ?? '', base, imageOk);
      if (abs) el.setAttribute('src', abs);
      else el.removeAttribute('src');
      const srcset = el.getAttribute('srcset');
      if (srcset !== null) {
        const resolved = resolveSrcset(srcset, base);
        if (resolved) el.setAttribute('srcset', resolved);
        else el.removeAttribute('srcset');
      }
      // The news site sees the image request anyway; it need not see the reader's URL.
      el.setAttribute('referrerpolicy', 'no-referrer');
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    } else {
      el.removeAttribute('srcset');
      // Only images load anything here.
      if (el.hasAttribute('src')) el.removeAttribute('src');
    }
    if (el.hasAttribute('cite')) {
      const abs = resolve(el.getAttribute('cite') ?? '', base, (u) => WEB.has(u.protocol));
      if (abs) el.setAttribute('cite', abs);
      else el.removeAttribute('cite');
    }
    if (el.hasAttribute('dir') && !/^(ltr|rtl|auto)$/i.test(el.getAttribute('dir') ?? '')) el.removeAttribute('dir');
  });
  return (html, baseUrl) => {
    base = baseUrl;
    try {
      return purify.sanitize(typeof html === 'string' ? html : '', CONFIG);
    } finally {
      base = 'about:blank';
    }
  };
}
