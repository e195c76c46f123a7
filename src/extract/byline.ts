/**
 * Keeps Readability's byline when pass 1 removes the element it would have
 * read it from. Readability takes the *first* visible element (in document
 * order) whose class/id says byline/author, or rel=author / itemprop=author,
 * with 1–99 characters of text (Readability.js _isValidByline, 0.6.0). Pass
 * 1 often removes author boxes and headers; we find that element first and,
 * if pass 1 removed it, put an equivalent one at the start of <head>, which
 * Readability visits before the body: same byline, same removal.
 *
 * When Readability's first walk finds no byline, its retry without the
 * "unlikely" filter may (when the first attempt comes out too short). For
 * that case we also remember the element the retry would read; if pass 1
 * removes it, an equivalent goes back where it was (not into <head>: only a
 * retry should see it, as without pass 1).
 */
import { callDom, getDom } from './domSafe';

const BYLINE = /byline|author|dateline|writtenby|p-author/i;
// Readability removes these subtrees before it can see a byline inside them
// (REGEXPS.unlikelyCandidates / okMaybeItsACandidate / UNLIKELY_ROLES, 0.6.0).
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** Every attribute isShown, isValidByline and isUnlikely read. */
const READ = new Set(['hidden', 'aria-hidden', 'style', 'aria-modal', 'role', 'rel', 'itemprop', 'class', 'id']);

/** Class and id, as Readability matches its patterns against them. */
function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** `match` is classAndId(el), when the caller has it already. */
function isUnlikely(el: Element, match?: string): boolean {
  const tag = el.localName.toLowerCase();
  if (tag === 'body' || tag === 'a') return false;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  match ??= classAndId(el);
  if (!UNLIKELY.test(match) || OK_MAYBE.test(match)) return false;
  return !el.closest('table,code');
}

function isVisible(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return false;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return false;
  return true;
}

/** Visible, and not a modal dialog: what Readability's walk enters. */
function isShown(el: Element): boolean {
  return isVisible(el) && !(el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog');
}

function isValidByline(el: Element, match: string): boolean {
  const rel = el.getAttribute('rel');
  const itemprop = el.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || BYLINE.test(match))) return false;
  const len = (el.textContent ?? '').trim().length;
  return len > 0 && len < 100;
}

export interface FoundByline {
  el: Element;
  text: string;
  /** Found only by the emulated retry (not by Readability's first walk). */
  retry: boolean;
  /** The element's ancestors at the time it was found, nearest first. */
  ancestors: Element[];
}

/** The element Readability would take its byline from, and that byline. */
export function findBylineElement(doc: Document): FoundByline | null {
  // One walk stands for both of Readability's: the first byline outside any
  // "unlikely" subtree is what its first walk takes; failing that, the first
  // byline anywhere is what its retry takes (it comes first in document order).
  let retryPick: Element | null = null;
  let node: Element | null = doc.documentElement;
  // Inside an unlikely container (its subtree is the retry's only) until the
  // walk reaches the element after it.
  let hidden = false;
  let hiddenEnd: Element | null = null;
  while (node) {
    if (hidden && node === hiddenEnd) hidden = false;
    // isShown, isValidByline and isUnlikely read only the attributes in READ. Most elements carry none
    // of them but class and id: such an element is shown (no hidden,
    // aria-hidden, style, aria-modal), and without rel, itemprop and role it
    // is a byline or unlikely only if class/id match the patterns, tested
    // here on one read of each.
    if (!node.hasAttributes()) {
      // No class, id or other attribute: shown, no byline, not unlikely.
      node = next(node);
      continue;
    }
    let cls: string | null = null;
    let id: string | null = null;
    let other = false;
    for (const n of node.getAttributeNames()) {
      if (n === 'class') cls = node.getAttribute(n);
      else if (n === 'id') id = node.getAttribute(n);
      else if (READ.has(n)) other = true;
    }
    const match = `${cls ?? ''} ${id ?? ''}`;
    if (other && !isShown(node)) {
      node = nextSkipping(node);
      continue;
    }
    if ((other || BYLINE.test(match)) && isValidByline(node, match)) {
      if (!hidden) return found(node, false);
      retryPick ??= node;
      node = nextSkipping(node);
      continue;
    }
    if (!hidden && (other || UNLIKELY.test(match)) && isUnlikely(node, match)) {
      hidden = true;
      hiddenEnd = nextSkipping(node);
    }
    node = next(node);
  }
  return retryPick ? found(retryPick, true) : null;
}

function found(el: Element, retry: boolean): FoundByline {
  const named = el.querySelector('[itemprop*="name"]');
  return { el, text: ((named ?? el).textContent ?? '').trim(), retry, ancestors: ancestorsOf(el) };
}

function next(el: Element): Element | null {
  return el.firstElementChild ?? nextSkipping(el);
}

function nextSkipping(el: Element): Element | null {
  let cur: Element | null = el;
  while (cur) {
    const sib: Element | null = cur.nextElementSibling;
    if (sib) return sib;
    cur = cur.parentElement;
  }
  return null;
}

/**
 * After pass 1: re-inserts the byline element's equivalent if pass 1 removed
 * it: at the start of <head> for Readability's first walk, where it was for
 * its retry.
 */
export function restoreByline(doc: Document, found: FoundByline | null): void {
  if (!found || !doc.head) return;
  const root = doc.documentElement;
  // Gone, or emptied (pass 1 removed the part of it that held the name).
  if (root.contains(found.el) && (found.el.textContent ?? '').trim() === found.text) return;
  const span = doc.createElement('span');
  span.setAttribute('class', 'byline');
  span.textContent = found.text;
  if (!found.retry) {
    doc.head.insertBefore(span, doc.head.firstChild);
    return;
  }
  // Only inside the "unlikely" container that hid it from the first walk:
  // anywhere else the first walk would see it too.
  const chain = [found.el, ...found.ancestors];
  const hider = chain.findIndex((a) => isUnlikely(a) || !isVisible(a));
  if (hider < 0) return;
  const home = chain.slice(0, hider + 1).find((a) => root.contains(a));
  if (home) home.insertBefore(span, home.firstChild);
}

function ancestorsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let a = el.parentElement; a && out.length < 100; a = a.parentElement) out.push(a);
  return out;
}

// Comment threads mark each reply up as an <article> too; their <address>
// names the commenter, not the author.
const COMMENTISH = /comment|reply|replies|respon/i;

/**
 * The author named by an <address> inside an <article>. HTML defines
 * <address> as the contact information of its nearest <article> (HTML
 * Living Standard, "The address element"), so it is a byline by the
 * standard, not by a class-name guess. Readability does not read it, and its
 * first walk skips the page header where these usually sit; we use it only
 * when Readability finds no byline. A rel=author / itemprop=author / hCard
 * `fn` link inside it is preferred over the whole address text.
 */
export function findAddressByline(doc: Document): string | null {
  const addresses = Array.from(callDom<NodeListOf<Element>>(doc, 'querySelectorAll', 'article address')).slice(0, 20);
  for (const addr of addresses) {
    const article = addr.closest('article');
    if (!article || COMMENTISH.test(classAndId(article))) continue;
    if (!isVisible(addr)) continue;
    const named = addr.querySelector('[rel~="author"], [itemprop~="author"], .fn') ?? addr;
    // The live page: `named` may be a <form class="fn"> whose control is named textContent.
    const text = (getDom<string | null>(named, 'textContent') ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 0 && text.length < 100) return text;
  }
  return null;
}
