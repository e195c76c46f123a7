/**
 * Clutter removal beyond Readability, in two passes:
 *
 * 1. `removeMarkupClutter(doc)` before Readability, on the clone: elements
 *    whose role, tag or class/id names say "share bar", "comments",
 *    "newsletter", "related", "ad", "navigation", "cookie banner", … are
 *    removed, unless they hold much of the page's text (then they are
 *    wrappers, not clutter). Language-independent.
 * 2. `cleanArticle(root)` after Readability, on its chosen content: the same
 *    names again, whole-block phrases in several languages (clutterPhrases),
 *    image credit lines (kept aside as credits), and link-dense blocks at the
 *    start and end of the article.
 *
 * Both passes visit each element once plus the subtree text of candidates.
 */
import type { ClutterKind, RemovedClutter } from '../core/types';
import { BODY_NAMES, ROLE_KINDS, classifyNames } from './clutterPatterns';
import { COPYRIGHT_CREDIT, CREDIT_LINE, PHRASES } from './clutterPhrases';

export class ClutterCounter {
  private counts = new Map<ClutterKind, number>();
  add(kind: ClutterKind, n = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }
  /** Takes over another counter's counts (when its run is the one kept). */
  reset(from: ClutterCounter): void {
    this.counts = new Map(from.counts);
  }
  list(): RemovedClutter[] {
    return [...this.counts].map(([kind, count]) => ({ kind, count }));
  }
}

const NEVER_REMOVE = new Set(['html', 'body', 'main', 'article', 'h1', 'head', 'title', 'meta']);

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Text length without whitespace: cheap and layout-independent. */
export function textLength(el: Node): number {
  const t = el.textContent ?? '';
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

function linkTextLength(el: Element): number {
  let n = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i];
    if (a) n += textLength(a);
  }
  return n;
}

export function linkDensity(el: Element): number {
  const len = textLength(el);
  return len ? linkTextLength(el) / len : 0;
}

function names(el: Element): string {
  const id = el.getAttribute('id') ?? '';
  const cls = el.getAttribute('class') ?? '';
  return id || cls ? `${id} ${cls}` : '';
}

function isBodyMarked(el: Element, n: string): boolean {
  return (n !== '' && BODY_NAMES.test(n)) || /articlebody/i.test(el.getAttribute('itemprop') ?? '');
}

/** What an element is, by markup alone; null when it looks like content. */
function markupKind(el: Element, tag: string): ClutterKind | null {
  const role = el.getAttribute('role');
  if (role) {
    const kind = ROLE_KINDS[role.toLowerCase()];
    if (kind) return kind;
  }
  if (tag === 'nav') return 'navigation';
  if (tag === 'aside') return 'related';
  if (tag === 'footer') return 'navigation';
  if (tag === 'form') return formKind(el);
  const n = names(el);
  if (!n || isBodyMarked(el, n)) return null;
  return classifyNames(n);
}

/** Forms: comment forms have a textarea, newsletter forms an e-mail field. */
function formKind(form: Element): ClutterKind | null {
  if (form.querySelector('textarea')) return 'comments';
  if (form.querySelector('input[type="email"]')) return 'newsletter';
  if (form.querySelector('input[type="search"]')) return 'navigation';
  if (form.querySelector('input:not([type="hidden"]),select,button')) return 'other';
  return null;
}

/** A candidate holding this share of the text (or the title) is a wrapper, not clutter. */
function holdsContent(el: Element, kind: ClutterKind, totalText: number): boolean {
  if (el.querySelector('h1,[itemprop~="articleBody"],article')) return kind !== 'comments' || !!el.querySelector('h1');
  const len = textLength(el);
  const share = kind === 'comments' ? 0.6 : 0.3;
  return len > 500 && len > share * totalText;
}

/** Pass 1: removes clutter by markup from the clone before Readability runs. */
export function removeMarkupClutter(doc: Document, counter: ClutterCounter): void {
  const body = doc.body;
  if (!body) return;
  const total = textLength(body);
  const all = body.querySelectorAll('*');
  const list: Element[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el) list.push(el);
  }
  let removedRoot: Element | null = null;
  for (const el of list) {
    if (removedRoot && removedRoot.contains(el)) continue;
    const tag = el.localName.toLowerCase();
    if (NEVER_REMOVE.has(tag)) continue;
    const kind = markupKind(el, tag);
    if (!kind || holdsContent(el, kind, total)) continue;
    el.remove();
    counter.add(kind);
    removedRoot = el;
  }
}

const PHRASE_TAGS = new Set(['p', 'div', 'section', 'aside', 'header', 'footer', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'figcaption', 'span', 'small', 'strong', 'b', 'em', 'i', 'a', 'blockquote', 'dl', 'dd', 'dt', 'table', 'center', 'font']);
const HEADING = /^h[2-6]$/;

function phraseKind(text: string): ClutterKind | null {
  for (const [kind, re] of PHRASES) if (re.test(text)) return kind;
  return null;
}

function isCredit(text: string, el: Element): boolean {
  if (text.length > 160) return false;
  if (CREDIT_LINE.test(text) || COPYRIGHT_CREDIT.test(text)) return true;
  return /(?:^|[\s_-])(?:credits?|photo-?credit|image-?credit|copyright|photographer)(?:$|[\s_-])/i.test(names(el)) && text.length < 120;
}

function hasMedia(el: Element): boolean {
  return !!el.querySelector('img,picture,video,audio,figure,table,pre,math');
}

/** Pass 2: cleans Readability's chosen content in place. */
export function cleanArticle(root: Element, counter: ClutterCounter, credits: string[]): void {
  const total = textLength(root);
  const all = root.querySelectorAll('*');
  const list: Element[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el) list.push(el);
  }
  let removedRoot: Element | null = null;
  for (const el of list) {
    if (removedRoot && removedRoot.contains(el)) continue;
    const tag = el.localName.toLowerCase();
    if (NEVER_REMOVE.has(tag)) continue;
    let kind = markupKind(el, tag);
    if (kind && holdsContent(el, kind, total)) kind = null;
    if (!kind && PHRASE_TAGS.has(tag)) {
      const len = textLength(el);
      if (len > 0 && len < 400) {
        const text = collapse(el.textContent ?? '');
        if (isCredit(text, el)) {
          if (!credits.includes(text)) credits.push(text);
          kind = 'credit';
        } else {
          kind = phraseKind(text);
          if (kind && HEADING.test(tag)) removeFollowingLinkList(el, counter);
        }
      }
    }
    if (!kind) continue;
    el.remove();
    counter.add(kind);
    removedRoot = el;
  }
  trimEdges(root, counter);
}

/** "Related" heading: its list of links goes with it. */
function removeFollowingLinkList(heading: Element, counter: ClutterCounter): void {
  const next = heading.nextElementSibling;
  if (next && !HEADING.test(next.localName) && linkDensity(next) > 0.5 && !hasMedia(next)) {
    next.remove();
    counter.add('related');
  }
}

/** Descends through single-child wrappers to the element holding the blocks. */
function blockContainer(root: Element): Element {
  let cur = root;
  for (let i = 0; i < 50; i++) {
    const kids = cur.children;
    if (kids.length !== 1) break;
    const only = kids[0];
    if (!only) break;
    let directText = false;
    for (let c = cur.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) directText = true;
    }
    if (directText) break;
    cur = only;
  }
  return cur;
}

/** Link-dense or empty blocks at the start and end of the article are navigation. */
function trimEdges(root: Element, counter: ClutterCounter): void {
  const box = blockContainer(root);
  for (const fromEnd of [true, false]) {
    for (let i = 0; i < 8; i++) {
      const el = fromEnd ? box.lastElementChild : box.firstElementChild;
      if (!el || box.children.length <= 1) break;
      const len = textLength(el);
      if (hasMedia(el) || (/^(?:h[1-6]|p|blockquote|pre)$/.test(el.localName) && linkDensity(el) < 0.9)) break;
      if (len === 0) {
        el.remove();
        continue;
      }
      if (len < 600 && linkDensity(el) > 0.5) {
        el.remove();
        counter.add('related');
        continue;
      }
      break;
    }
  }
}

/** Readability was asked to keep class names for pass 2; drop them for output. */
export function stripClassNames(root: Element): void {
  const all = root.querySelectorAll('[class]');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el && el.getAttribute('class') !== 'page') el.removeAttribute('class');
  }
}
