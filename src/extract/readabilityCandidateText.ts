/**
 * The text length Readability measures for each of its candidates (0.6.0,
 * _getLinkDensity: `_getInnerText(e).length`, the trimmed text with every
 * run of white space counted as one character), built from the candidates'
 * children instead of from each candidate's whole text.
 *
 * Readability scores up to five ancestors of every paragraph and then
 * measures each candidate's link density: the outer candidates hold nearly
 * the whole article, so the article's text was built and scanned once per
 * nesting level (the largest single cost left in Readability's run at the
 * median pages, measured in Chromium). Here a candidate's length is put
 * together from its children: a text node or a child that is no candidate
 * is measured from its text, a child candidate is taken from the memo. The
 * page does not change during that loop, so each candidate is measured once.
 *
 * The measure of a string concatenation follows from the measures of its
 * parts (TextSpan): the trimmed, collapsed lengths add, plus one for the
 * white space where they meet.
 */

import { collapsedLength } from './clutterMetrics';

/** A string's measure: its collapsed trimmed length and whether it starts or ends with white space. */
export interface TextSpan {
  /** 0: empty, 1: white space only, 2: has other characters. */
  kind: 0 | 1 | 2;
  /** Length of the trimmed text with each run of white space as one character. */
  core: number;
  lead: boolean;
  trail: boolean;
}

const EMPTY: TextSpan = { kind: 0, core: 0, lead: false, trail: false };
const BLANK: TextSpan = { kind: 1, core: 0, lead: true, trail: true };
const LEADS = /^\s/;
const TRAILS = /\s$/;

/** The measure of one string. */
export function spanOf(s: string): TextSpan {
  if (s.length === 0) return EMPTY;
  const core = collapsedLength(s);
  // Nothing left after trimming: white space only.
  if (core === 0) return BLANK;
  return { kind: 2, core, lead: LEADS.test(s), trail: TRAILS.test(s) };
}

/** The measure of `a` followed by `b`. */
export function joinSpans(a: TextSpan, b: TextSpan): TextSpan {
  if (a.kind === 0) return b;
  if (b.kind === 0) return a;
  if (a.kind === 1) return b.kind === 1 ? BLANK : { ...b, lead: true };
  if (b.kind === 1) return { ...a, trail: true };
  return { kind: 2, core: a.core + b.core + (a.trail || b.lead ? 1 : 0), lead: a.lead, trail: b.trail };
}

/**
 * `collapsedLength(el.textContent)`, with the spans of elements that
 * `remembered` says to keep taken from and added to `memo`.
 */
export function spanOfElement(el: Element, memo: WeakMap<Element, TextSpan>, remembered: (el: Element) => boolean): TextSpan {
  const known = memo.get(el);
  if (known) return known;
  let span = EMPTY;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3 || type === 4) span = joinSpans(span, spanOf((c as CharacterData).data));
    else if (type === 1) {
      const child = c as Element;
      span = joinSpans(span, remembered(child) ? spanOfElement(child, memo, remembered) : spanOf(child.textContent ?? ''));
    }
  }
  memo.set(el, span);
  return span;
}
