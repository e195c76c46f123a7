/** Cheap, layout-free measures of an element's text, shared by the cleaners. */

/**
 * Runs of whitespace that collapse into one space, except a lone space
 * (which stays as it is): the same result as replacing /\s+/g, without a
 * replacement at every word gap.
 */
const SPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/** `s.replace(/\s+/g, ' ').trim()`. */
export function collapse(s: string): string {
  return s.replace(SPACE_TO_FOLD, ' ').trim();
}

/** Text length without whitespace: cheap and layout-independent. */
export function textLength(el: Node): number {
  return nonSpaceLength(el.textContent ?? '');
}

/** Runs of what nonSpaceLength counts: neither ASCII space/control nor no-break space. */
const COUNTED_RUN = /[^\x00-\x20\xa0]+/g;

/**
 * textLength of a text already read: its UTF-16 units other than ASCII
 * space/control and no-break space. Counted as the length of what is left
 * when those runs are cut out: a JavaScript loop over charCodeAt was 2-6x
 * slower on the strings the DOM hands out (textContent, Text.data) than the
 * regex engine, which reads them natively (measured in Chromium).
 */
export function nonSpaceLength(t: string): number {
  return t.length - t.replace(COUNTED_RUN, '').length;
}

/** Past this many characters, nonSpaceLengthUpTo reads a long text in pieces. */
const PIECE = 512;

/**
 * nonSpaceLength(t) while it is below `limit`; from there some count of a
 * part of `t` that is `limit` or more (the rest is not read): whether a
 * block is short is known without counting all of a long one.
 */
export function nonSpaceLengthUpTo(t: string, limit: number): number {
  if (t.length <= limit + PIECE) return nonSpaceLength(t);
  let n = 0;
  for (let at = 0; at < t.length && n < limit;) {
    const end = Math.min(t.length, at + Math.max(limit - n, PIECE));
    n += nonSpaceLength(t.slice(at, end));
    at = end;
  }
  return n;
}

/** The least whole `total` with `share * total >= len`: that comparison holds exactly from it up. */
export function leastTotalFor(len: number, share: number): number {
  let t = Math.ceil(len / share);
  while (t > 0 && share * (t - 1) >= len) t--;
  while (share * t < len) t++;
  return t;
}

/**
 * The textLength of a page taken apart (the page now and the subtrees cut
 * from it, which never overlap: the sum stays the page's textLength before
 * the cuts), read only as far as comparisons need. A candidate is compared
 * with a share of the page's text, which a long page reaches long before its
 * end; a second question that the first count does not answer counts all,
 * so a page never costs more than one full count and one partial count.
 */
export class TextTotal {
  private readonly parts: Node[];
  private exact = -1;
  private reached = 0;
  constructor(root: Node) {
    this.parts = [root];
  }
  /** Adds a subtree just cut from the page. */
  cut(el: Node): void {
    if (this.exact < 0) this.parts.push(el);
  }
  /** Whether the total is `min` or more. */
  atLeast(min: number): boolean {
    if (this.exact < 0 && min > this.reached) {
      const limit = this.reached > 0 ? Infinity : min;
      let n = 0;
      for (let i = 0; i < this.parts.length && n < limit; i++) n += nonSpaceLengthUpTo(this.parts[i]?.textContent ?? '', limit - n);
      if (n < limit) this.exact = n;
      else this.reached = n;
    }
    return (this.exact >= 0 ? this.exact : this.reached) >= min;
  }
}

/**
 * The textLength a tree had before the changes it is told of, counted only
 * when asked: a pass that needs it for a rare comparison tells it of each
 * removal and each text it shortens, and only those inside the tree cost
 * a count (of what they take away), until the first question.
 */
export class TextBefore {
  private lost = 0;
  private exact = -1;
  constructor(private readonly root: Node) {}
  /** Before `node` is removed. */
  removing(node: Node): void {
    if (this.exact < 0 && this.root.contains(node)) this.lost += textLength(node);
  }
  /** Before the text of `node` becomes `value`. */
  changing(node: CharacterData, value: string): void {
    if (this.exact < 0 && this.root.contains(node)) this.lost += nonSpaceLength(node.data) - nonSpaceLength(value);
  }
  value(): number {
    if (this.exact < 0) this.exact = textLength(this.root) + this.lost;
    return this.exact;
  }
}

export function linkTextLength(el: Element): number {
  let n = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i];
    if (a) n += textLength(a);
  }
  return n;
}

/**
 * Two or more long, link-poor paragraphs: article prose, whatever the names
 * say (a section named "Section--Ads" that holds the review text). Ads, share
 * bars, menus and teaser lists do not carry prose like that.
 */
export function hasProse(el: Element): boolean {
  const ps = el.querySelectorAll('p');
  let prose = 0;
  for (let i = 0; i < ps.length && i < 200; i++) {
    const p = ps[i];
    if (!p) continue;
    const len = textLength(p);
    if (len > 150 && linkTextLength(p) < 0.3 * len && ++prose >= 2) return true;
  }
  return false;
}

/** Share of the text that sits inside links (0 for an element without text). */
export function linkDensity(el: Element): number {
  const len = textLength(el);
  return len ? linkTextLength(el) / len : 0;
}

/** A character that is not JavaScript's whitespace (\s, what trim() removes), and runs of them. */
const NON_SPACE = /\S/;
const NON_SPACE_RUN = /\S+/g;
const SPACE_RUN = /\s{2,}/g;

/**
 * Whether the text below `root` has at least `min` non-space characters (as
 * JavaScript's \s counts space), read node by node and stopped as soon as it
 * has: a lower bound of collapsedLength(root.textContent) that does not
 * build the page's whole text. Each text is read by the regex engine: a
 * charCodeAt loop was several times slower on the DOM's strings.
 */
export function hasNonSpaceChars(root: Node, min: number): boolean {
  let n = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      const t = (node as CharacterData).data;
      // One more character is all the answer needs: whether there is one.
      n += min - n <= 1 ? (NON_SPACE.test(t) ? 1 : 0) : t.length - t.replace(NON_SPACE_RUN, '').length;
      if (n >= min) return true;
    } else if (type === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

/**
 * The length of `s.trim().replace(/\s{2,}/g, ' ')`, how Readability measures
 * text, and computed so: a charCodeAt loop that built no copy was 2-10x
 * slower on the DOM's strings (textContent) in Chromium than the regex
 * engine, which reads them natively.
 */
export function collapsedLength(s: string): number {
  return s.trim().replace(SPACE_RUN, ' ').length;
}
