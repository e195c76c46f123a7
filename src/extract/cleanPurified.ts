/**
 * Step 3 of the sanitiser (sanitize.ts): what DOMPurify's clean tree still
 * needs for the reader. URLs are rebuilt from the URL parser's view of them
 * (links to http(s), mailto and in-page fragments only; images to absolute
 * http(s) only), and comments and bidi overrides leave the text.
 */
import { callDom } from './domSafe';
import { resolveHttpUrl, rewriteLink, sanitizeSrcset } from './safeUrls';

/**
 * Step 3: every URL attribute is rebuilt from the URL parser's view of it.
 * (DOMPurify already removed them from elements other than <a> and <img>:
 * readerProfile.allowUrlAttribute.) Elements are listed by tag name, which
 * needs no selector matching.
 */
export function rewriteUrls(root: Element, base: string | null): void {
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    a.removeAttribute('target');
    a.removeAttribute('rel');
    const href = a.getAttribute('href');
    const link = href === null ? null : rewriteLink(href, base);
    if (!link) {
      // A link that may not go anywhere is just its text (named anchors,
      // javascript: and other refused schemes).
      unwrap(a);
      continue;
    }
    a.setAttribute('href', link.href);
    if (link.kind === 'fragment') continue;
    a.setAttribute('rel', 'noopener noreferrer');
    // mailto opens the mail client; a _blank target would leave an empty tab.
    if (link.kind === 'web') a.setAttribute('target', '_blank');
  }
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const srcset = img.getAttribute('srcset');
    let best: string | null = null;
    if (srcset !== null) {
      const clean = sanitizeSrcset(srcset, base);
      best = clean.best;
      if (clean.srcset) img.setAttribute('srcset', clean.srcset);
      else {
        img.removeAttribute('srcset');
        img.removeAttribute('sizes');
      }
    }
    const src = img.getAttribute('src');
    const resolved = (src !== null ? resolveHttpUrl(src, base) : null) ?? best;
    if (!resolved) {
      img.parentNode?.removeChild(img);
      continue;
    }
    img.setAttribute('src', resolved);
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    // The reader must not tell image hosts which article is being read.
    img.setAttribute('referrerpolicy', 'no-referrer');
  }
}

/** Replaces `el` by its children. */
function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/**
 * Bidi OVERRIDE controls (U+202D LRO, U+202E RLO) reverse how characters
 * display, the classic "invoice\u202Egpj.exe" spoof; real RTL text uses
 * embeddings, isolates and marks, which are kept.
 */
const BIDI_OVERRIDES = /[\u202D\u202E]/g;
const HAS_BIDI_OVERRIDE = /[\u202D\u202E]/;

/**
 * Whether cleanTextNodes can change a tree whose serialisation (innerHTML)
 * is `html`. HTML serialisation writes every comment as `<!--…-->` and
 * escapes only &, <, >, " and U+00A0 in text and attribute values, so a
 * comment or a bidi override anywhere in the tree shows in the string
 * (shadow roots are not serialised, and cleanTextNodes does not enter them
 * either; template contents are serialised but not walked, which can only
 * make this say yes for nothing). Without either, cleanTextNodes has nothing to
 * do: the string path asks this of the string it builds anyway, sparing
 * the walk on nearly every article.
 */
export function needsTextCleaning(html: string): boolean {
  return HAS_BIDI_OVERRIDE.test(html) || html.includes('<!--');
}

/** Removes comments and bidi overrides from text, alt and title. */
export function cleanTextNodes(root: ParentNode & Node, inert: Document): void {
  const walker = callDom<TreeWalker>(inert, 'createTreeWalker', root, 0x80 | 0x4 /* NodeFilter.SHOW_COMMENT | SHOW_TEXT */);
  const comments: Node[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === 8) comments.push(node);
    else if (node.nodeValue && HAS_BIDI_OVERRIDE.test(node.nodeValue)) node.nodeValue = node.nodeValue.replace(BIDI_OVERRIDES, '');
  }
  for (const c of comments) c.parentNode?.removeChild(c);
  for (const el of Array.from(root.querySelectorAll('[alt], [title]'))) {
    for (const name of ['alt', 'title']) {
      const value = el.getAttribute(name);
      if (value && HAS_BIDI_OVERRIDE.test(value)) el.setAttribute(name, value.replace(BIDI_OVERRIDES, ''));
    }
  }
}
