/**
 * Answers five of Readability's per-node tests (0.6.0) without reading a
 * whole subtree's text where the answer is already known, and otherwise
 * asks Readability's own method. Same answers, fewer `textContent` reads:
 * Readability asks these of every element it walks, and reading the text of
 * each element on the way down is quadratic in the page's depth.
 *
 * - `_isValidByline(node, matchString)` is "rel/itemprop/class say author
 *   AND the text is 1–99 characters": the text is read only when the markup
 *   says author.
 * - `_isElementWithoutContent(node)` is "no text AND no child but <br>/<hr>":
 *   an element whose text has a non-space character has content; that is
 *   found at its first such text node, not by building all its text, and
 *   an element without it is not read again.
 * - `_isProbablyVisible(node)` reads the inline style (a style object per
 *   element in browsers), `hidden` and `aria-hidden`: an element with none of
 *   those attributes is visible.
 * - `_getLinkDensity(e)` measures its text and its links' text as
 *   `_getInnerText(x).length`, a trimmed, space-normalised copy of the text
 *   built only to be measured: collapsedLength gives that length from the
 *   text itself (the links are summed in the same order, so the ratio is the
 *   same to the last bit). For the candidates Readability scores, the
 *   length is put together from their children (readabilityCandidateText.ts).
 * - `_getCharCount(e, ",")` counts commas in the trimmed, space-normalised
 *   text; trimming and normalising change only white space, so the count in
 *   the raw text is the same.
 *
 * - `_cleanConditionally(e, tag)` asks, for each <div>, <table> or <ul>
 *   (deepest first), the normalised text of the node four times and of
 *   each of its text-ish descendants (<p>, <span>, <li>, <div>, …) once, so
 *   a paragraph's text is built again for every ancestor. Within one call
 *   a text is built once; the call removes only the node in
 *   hand, after its test, and nodes come deepest first: no text already
 *   built can change before the call ends.
 *
 * - `_cleanStyles(e)` removes twelve presentational attributes (and width
 *   and height from five tags) from every element outside <svg>, one
 *   removeAttribute call per name per element: the shortcut reads the
 *   names an element has and removes those of them, once each.
 *
 * Where an internal is missing (another version), nothing is changed.
 * tests/unit/extract/readabilityShortcuts.test.ts checks each answer against
 * the installed Readability's own method, so a version whose methods differ
 * fails there.
 */

import { collapsedLength, hasNonSpaceChars } from './clutterMetrics';
import { spanOfElement, type TextSpan } from './readabilityCandidateText';

interface Internals {
  REGEXPS: { byline: RegExp; hashUrl: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isProbablyVisible(node: Element): boolean;
  _getCharCount(e: Element, s?: string): number;
  _getLinkDensity(e: Element): number;
  _getInnerText(e: Node, normalizeSpaces?: boolean): string;
  _cleanConditionally(e: Element, tag: string): void;
  _cleanStyles(e: Element | null): void;
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
}

function hasInternals(r: Partial<Internals>): r is Internals {
  return (
    r.REGEXPS?.byline instanceof RegExp &&
    r.REGEXPS.hashUrl instanceof RegExp &&
    typeof r._getLinkDensity === 'function' &&
    typeof r._isValidByline === 'function' &&
    typeof r._isElementWithoutContent === 'function' &&
    typeof r._isProbablyVisible === 'function' &&
    typeof r._getCharCount === 'function' &&
    typeof r._getInnerText === 'function' &&
    typeof r._cleanConditionally === 'function' &&
    typeof r._cleanStyles === 'function' &&
    Array.isArray(r.PRESENTATIONAL_ATTRIBUTES) &&
    Array.isArray(r.DEPRECATED_SIZE_ATTRIBUTE_ELEMS)
  );
}

/** Installs the shortcuts on one Readability instance, before parse(). */
export function installReadabilityShortcuts(reader: object): void {
  const r = reader as Partial<Internals>;
  if (!hasInternals(r)) return;
  const { _isValidByline: validByline, _isProbablyVisible: visible, _getCharCount: charCount, _getInnerText: innerText, _cleanConditionally: cleanConditionally } = r;
  // Normalised texts built during the current _cleanConditionally call.
  let memo: Map<Node, string> | null = null;
  r._getInnerText = function (this: Internals, e: Node, normalizeSpaces?: boolean): string {
    if (!memo || (normalizeSpaces !== undefined && normalizeSpaces !== true)) return innerText.call(this, e, normalizeSpaces);
    let text = memo.get(e);
    if (text === undefined) {
      text = innerText.call(this, e, true);
      memo.set(e, text);
    }
    return text;
  };
  r._cleanConditionally = function (this: Internals, e: Element, tag: string): void {
    const outer = memo;
    memo = new Map();
    try {
      cleanConditionally.call(this, e, tag);
    } finally {
      memo = outer;
    }
  };
  r._isValidByline = function (this: Internals, node: Element, matchString: string): boolean {
    const itemprop = node.getAttribute('itemprop');
    const says = node.getAttribute('rel') === 'author' || (!!itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString);
    return says && validByline.call(this, node, matchString);
  };
  r._isElementWithoutContent = function (this: Internals, node: Node): boolean {
    if (node.nodeType !== 1 || hasNonSpaceChars(node, 1)) return false;
    // Its text trims to nothing (trim() strips exactly \s, which
    // hasNonSpaceChars tests); the rest is Readability 0.6.0's own <br>/<hr>
    // rule, copied here (a version that changes it fails the unit test that
    // compares every answer with the installed Readability's method).
    const el = node as Element;
    const kids = el.children.length;
    return kids === 0 || kids === el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
  };
  r._isProbablyVisible = function (this: Internals, node: Element): boolean {
    if (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) return true;
    return visible.call(this, node);
  };
  // The same measure as the normalised text's length, which a memo may hold.
  const textLengthOf = function (this: Internals, e: Element): number {
    return memo ? this._getInnerText(e, true).length : collapsedLength(e.textContent ?? '');
  };
  // Candidates' text measures while Readability scores them; any other
  // call comes between changes to the page and ends it.
  let spans: WeakMap<Element, TextSpan> | null = null;
  r._getLinkDensity = function (this: Internals, element: Element): number {
    const scoring = isScoredCandidate(element);
    if (!scoring) spans = null;
    const textLength = scoring ? spanOfElement(element, (spans ??= new WeakMap()), hasScore).core : textLengthOf.call(this, element);
    if (textLength === 0) return 0;
    let linkLength = 0;
    const links = element.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      const href = link.getAttribute('href');
      const coefficient = href && this.REGEXPS.hashUrl.test(href) ? 0.3 : 1;
      linkLength += textLengthOf.call(this, link) * coefficient;
    }
    return linkLength / textLength;
  };
  const presentational = new Set(r.PRESENTATIONAL_ATTRIBUTES);
  const sized = new Set(r.DEPRECATED_SIZE_ATTRIBUTE_ELEMS);
  r._cleanStyles = function (this: Internals, e: Element | null): void {
    if (!e || e.tagName.toLowerCase() === 'svg') return;
    if (e.hasAttributes()) {
      const size = sized.has(e.tagName);
      const drop = new Set<string>();
      for (const name of e.getAttributeNames()) if (presentational.has(name) || (size && (name === 'width' || name === 'height'))) drop.add(name);
      for (const name of drop) e.removeAttribute(name);
    }
    for (let cur = e.firstElementChild; cur !== null; cur = cur.nextElementSibling) this._cleanStyles(cur);
  };
  r._getCharCount = function (this: Internals, e: Element, s?: string): number {
    if ((s ?? ',') !== ',') return charCount.call(this, e, s);
    const text = e.textContent ?? '';
    let n = 0;
    for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) n++;
    return n;
  };
}

/** Readability's score object: set on every candidate it scores. */
function hasScore(el: Element): boolean {
  return (el as { readability?: unknown }).readability !== undefined;
}

/**
 * Whether Readability asks about `el` in its candidate loop (0.6.0,
 * _grabArticle: each candidate's score times one minus its link density):
 * a scored element still in the page. The loop changes nothing in the page
 * between its calls. The other calls (the walk before scoring, the sibling
 * check, conditional cleaning of the detached article) come between changes
 * and end the memo; a retry works on new elements.
 */
function isScoredCandidate(el: Element): boolean {
  return hasScore(el) && el.isConnected === true;
}
