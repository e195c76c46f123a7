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
import { BODY_NAMES, ROLE_KINDS, classifyNames, names } from './clutterPatterns';
import { hasMedia, isCaptionBlock, isCredit, takeTrailingCredit } from './clutterCredits';
import { READ_ALSO_PREFIX, SIGN_OFF, SOURCE_LINE, phraseKind } from './clutterPhrases';
import { collapse, hasProse, leastTotalFor, linkDensity, linkTextLength, nonSpaceLength, nonSpaceLengthUpTo, TextBefore, TextTotal, textLength } from './clutterMetrics';
import { trimEdges } from './edges';

export { textLength } from './clutterMetrics';

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

function isBodyMarked(el: Element, n: string): boolean {
  return (n !== '' && BODY_NAMES.test(n)) || /articlebody/i.test(el.getAttribute('itemprop') ?? '');
}

/** What an element is, by markup alone; null when it looks like content. */
function markupKind(el: Element, tag: string): ClutterKind | null {
  // Most elements carry no attribute at all: no role and no names to read.
  const attrs = el.hasAttributes();
  const role = attrs ? el.getAttribute('role') : null;
  if (role) {
    const kind = ROLE_KINDS[role.toLowerCase()];
    if (kind) return kind;
  }
  if (tag === 'nav') return 'navigation';
  if (tag === 'aside') return 'related';
  if (tag === 'footer') return 'navigation';
  if (tag === 'form') return formKind(el);
  if (!attrs) return null;
  const n = names(el);
  // Names that mark the body win; asked only of the few with clutter names.
  const kind = n ? classifyNames(n) : null;
  return kind && !isBodyMarked(el, n) ? kind : null;
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
function holdsContent(el: Element, kind: ClutterKind, totalAtLeast: (min: number) => boolean): boolean {
  if (el.querySelector('h1,[itemprop~="articleBody"],article')) return kind !== 'comments' || !!el.querySelector('h1');
  // Most candidates are short: that is known without counting all of a
  // long one's text, and a long one with prose needs no exact count either.
  const raw = el.textContent ?? '';
  if (raw.length <= 400 || nonSpaceLengthUpTo(raw, 401) <= 400) return false;
  if (kind !== 'comments' && hasProse(el)) return true;
  const len = nonSpaceLength(raw);
  if (len <= 500 || totalAtLeast(leastTotalFor(len, 0.3))) return false;
  // A big "comments" block with no form is as likely live commentary
  // (sports tickers, liveblogs) as reader comments; above 60% it is the page.
  return kind !== 'comments' || !totalAtLeast(leastTotalFor(len, 0.6)) || !el.querySelector('form,textarea');
}

/** A static list of the elements below `root`, read by index (removals during the walk must not shift it). */
function elementsBelow(root: Element): NodeListOf<Element> {
  return root.querySelectorAll('*');
}

/** Pass 1: removes clutter by markup from the clone before Readability runs. */
export function removeMarkupClutter(doc: Document, counter: ClutterCounter): void {
  const body = doc.body;
  if (!body) return;
  // The page's text as it was before this pass, measured only when and as
  // far as a big candidate needs it (most candidates are short).
  const total = new TextTotal(body);
  const totalAtLeast = (min: number): boolean => total.atLeast(min);
  // A "comments" block spared as live commentary: its entries stay too.
  const sparedComments: Element[] = [];
  // A walk in document order. This pass changes the tree only by removing
  // the element in hand, whose subtree the walk then steps over: the same
  // elements as a static list of all of them, without building that list.
  for (let el: Element | null = body.firstElementChild; el;) {
    const kind = clutterKindAt(el, sparedComments, totalAtLeast);
    if (!kind) {
      el = (isVerbatim(el) ? null : el.firstElementChild) ?? following(el, body);
      continue;
    }
    const next = following(el, body);
    el.remove();
    total.cut(el);
    counter.add(kind);
    el = next;
  }
}

/**
 * Code and preformatted text, whose markup is the content's own: syntax
 * highlighters mark a code comment <span class="hljs-comment">, which reads
 * as a comment section by name, and a line of code is no credit or teaser.
 * Neither pass judges what is inside (the element itself still is). A
 * <code> or <pre> holding blocks is a page's wrapper (a whole sidebar in
 * <code> was seen), not code: its inside is judged as any other.
 */
function isVerbatim(el: Element): boolean {
  const tag = el.localName;
  return (tag === 'pre' || tag === 'code') && !el.querySelector(WRAPPED_BLOCKS);
}

// No <p>: Readability turns runs of <br> into paragraphs, inside code too.
const WRAPPED_BLOCKS = 'div,ul,ol,li,table,section,article,aside,nav,header,footer,form,h1,h2,h3,h4,h5,h6';

/** The element after `el`'s subtree in document order, within `root`. */
function following(el: Element, root: Element): Element | null {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const s = e.nextElementSibling;
    if (s) return s;
  }
  return null;
}

/** Pass 1's verdict on one element: the kind of clutter it is, or null to keep it. */
function clutterKindAt(el: Element, sparedComments: Element[], totalAtLeast: (min: number) => boolean): ClutterKind | null {
  const tag = el.localName.toLowerCase();
  if (NEVER_REMOVE.has(tag)) return null;
  const kind = markupKind(el, tag);
  if (!kind) return null;
  if (kind === 'comments' && sparedComments.some((s) => s.contains(el))) return null;
  if (holdsContent(el, kind, totalAtLeast)) {
    if (kind === 'comments' && sparedComments.length < 20) sparedComments.push(el);
    return null;
  }
  return kind;
}

const PHRASE_TAGS = new Set(['p', 'div', 'section', 'aside', 'header', 'footer', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'figcaption', 'span', 'small', 'strong', 'b', 'em', 'i', 'a', 'blockquote', 'dl', 'dd', 'dt', 'table', 'center', 'font']);
const HEADING = /^h[2-6]$/;
const INLINE = new Set(['span', 'small', 'strong', 'b', 'em', 'i', 'a', 'font']);

/** Pass 2: cleans Readability's chosen content in place. */
export function cleanArticle(root: Element, counter: ClutterCounter, credits: string[]): void {
  // Its text before this pass, counted only if a big candidate asks.
  const before = new TextBefore(root);
  const totalAtLeast = (min: number): boolean => before.value() >= min;
  const list = elementsBelow(root);
  let removedRoot: Element | null = null;
  let verbatim: Element | null = null;
  const sparedComments: Element[] = [];
  for (let i = 0, n = list.length; i < n; i++) {
    const el = list[i]!;
    if (removedRoot && removedRoot.contains(el)) continue;
    if (verbatim && verbatim.contains(el)) continue;
    if (isVerbatim(el)) verbatim = el;
    const tag = el.localName.toLowerCase();
    if (NEVER_REMOVE.has(tag)) continue;
    let kind = markupKind(el, tag);
    if (kind === 'comments' && sparedComments.some((s) => s.contains(el))) continue;
    if (kind && holdsContent(el, kind, totalAtLeast)) {
      if (kind === 'comments' && sparedComments.length < 20) sparedComments.push(el);
      kind = null;
    }
    // Raw length first: whitespace only inflates it, and counting characters
    // of every big container would make this pass quadratic in depth.
    // One read of the text serves the three measures below.
    if (!kind && PHRASE_TAGS.has(tag)) {
      const raw = el.textContent ?? '';
      const len = raw.length < 1600 ? nonSpaceLengthUpTo(raw, 400) : 0;
      if (len > 0 && len < 400) {
        const text = collapse(raw);
        if (isCredit(text, el)) {
          if (!credits.includes(text)) credits.push(text);
          kind = 'credit';
        } else if (!INLINE.has(tag)) {
          // Inline elements are judged with their block (only credits are
          // taken out of a larger caption on their own).
          kind = phraseKind(text) ?? readAlsoKind(el, text, len) ?? (SOURCE_LINE.test(text) || SIGN_OFF.test(text) ? 'other' : null);
          if (!kind && tag === 'figcaption') takeTrailingCredit(el, text, credits, counter, before);
          if ((kind === 'related' || kind === 'comments' || kind === 'newsletter') && isSectionHead(el, tag, text)) removeSection(el, counter, before);
        }
      }
    }
    if (!kind && isCaptionBlock(el, tag)) {
      // Its credit ("… Photo: A. Name/Agency") is kept as a credit.
      takeTrailingCredit(el, collapse(el.textContent ?? ''), credits, counter, before);
      kind = 'other';
    }
    if (!kind) continue;
    before.removing(el);
    el.remove();
    counter.add(kind);
    removedRoot = el;
  }
  trimEdges(root, (kind) => counter.add(kind));
}

/**
 * An inserted "read also" line: a short block that is a label and a link
 * ("Lesen Sie auch: <a>…</a>", "LEA TAMBIÉN: …"), in any language when the
 * link carries most of it, or after a known label.
 */
function readAlsoKind(el: Element, text: string, len: number): ClutterKind | null {
  if (len > 250 || !/^(?:p|div)$/.test(el.localName)) return null;
  if (READ_ALSO_PREFIX.test(text)) return 'teaser';
  // A bare URL ("https://…") is a link, not a label and a link.
  if (/^[^:：.!?]{1,40}[:：](?!\/\/)\s*\S/u.test(text) && linkTextLength(el) > 0.6 * len) return 'teaser';
  return null;
}

/** A heading, or a short heading-like line, that names a section of clutter. */
function isSectionHead(el: Element, tag: string, text: string): boolean {
  return HEADING.test(tag) || (text.length < 60 && (tag === 'p' || tag === 'div' || tag === 'strong' || tag === 'b') && !el.querySelector('p,div,li'));
}

/**
 * "Related", "Comments", "Newsletter" headings: the link lists that follow
 * (up to the next heading, prose or media) belong to them.
 */
function removeSection(heading: Element, counter: ClutterCounter, before: TextBefore): void {
  for (let next = heading.nextElementSibling, i = 0; next && i < 20; i++) {
    if (HEADING.test(next.localName)) break;
    const after: Element | null = next.nextElementSibling;
    // Only link lists and empty boxes go: prose or media ends the section.
    if (textLength(next) > 0 ? linkDensity(next) < 0.5 : hasMedia(next)) break;
    before.removing(next);
    next.remove();
    counter.add('related');
    next = after;
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
