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

export function linkTextLength(el: Element): number {
  let n = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i];
    if (a) n += textLength(a);
  }
  return n;
}

/** Share of the text that sits inside links (0 for an element without text). */
export function linkDensity(el: Element): number {
  const len = textLength(el);
  return len ? linkTextLength(el) / len : 0;
}

/**
 * Whether the text below `root` has at least `min` (≥ 1) non-space
 * characters (as JavaScript's \s counts space), read node by node and
 * stopped as soon as it has: a lower bound of
 * collapsedLength(root.textContent) that does not build the page's whole
 * text.
 */
export function hasNonSpaceChars(root: Node, min: number): boolean {
  let n = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      const t = (node as CharacterData).data;
      // One more is enough: any non-space character will do.
      if (n + 1 >= min ? NON_SPACE.test(t) : (n += t.length - spaceCount(t)) >= min) return true;
    } else if (type === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

const NON_SPACE = /\S/;
const SPACES = /\s+/g;

/** How many white-space characters `t` has (native scanning, see collapsedLength). */
function spaceCount(t: string): number {
  let n = 0;
  SPACES.lastIndex = 0;
  for (let m = SPACES.exec(t); m; m = SPACES.exec(t)) n += m[0].length;
  return n;
}

/** Runs of two or more white-space characters. */
const SPACE_RUN = /\s{2,}/g;

/**
 * The length of `s.trim().replace(/\s{2,}/g, ' ')` (how Readability measures
 * text), counted without building that copy of the page's text: each run of
 * white space counts as one character. The regular expression scans in
 * native code: twice as fast as a loop over the characters in V8 (measured
 * on the text of the readability test pages' elements).
 */
export function collapsedLength(s: string): number {
  const t = s.trim();
  let n = t.length;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(t); m; m = SPACE_RUN.exec(t)) n -= m[0].length - 1;
  return n;
}
