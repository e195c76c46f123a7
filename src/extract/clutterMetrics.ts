/** Cheap, layout-free measures of an element's text, shared by the cleaners. */

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Text length without whitespace: cheap and layout-independent. */
export function textLength(el: Node): number {
  return nonSpaceLength(el.textContent ?? '');
}

/** textLength of a text already read. */
export function nonSpaceLength(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/**
 * nonSpaceLength(t) while it is below `limit`; `limit` once it gets there
 * (the rest of the text is not read): whether a block is short is known
 * without counting all of a long one.
 */
export function nonSpaceLengthUpTo(t: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < t.length && n < limit; i++) {
    const c = t.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
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

/** JavaScript's whitespace (\s, and what trim() removes). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether the text below `root` has at least `min` non-space characters (as
 * JavaScript's \s counts space), read node by node and stopped as soon as it
 * has: a lower bound of collapsedLength(root.textContent) that does not
 * build the page's whole text.
 */
export function hasNonSpaceChars(root: Node, min: number): boolean {
  let n = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      const t = (node as CharacterData).data;
      for (let i = 0; i < t.length; i++) if (!isSpace(t.charCodeAt(i))) n++;
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
 * The length of `s.trim().replace(/\s{2,}/g, ' ')` (how Readability measures
 * text), counted without building that copy of the page's text.
 */
export function collapsedLength(s: string): number {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  let n = 0;
  let run = 0;
  for (let i = start; i < end; i++) {
    if (isSpace(s.charCodeAt(i))) run++;
    else {
      n += (run > 1 ? 1 : run) + 1;
      run = 0;
    }
  }
  return n;
}
