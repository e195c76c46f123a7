/**
 * Runs in the page for "Show": finds a saved passage (tolerating small
 * edits), wraps it in <mark> elements and scrolls to it. Marks rather than
 * the CSS Highlight API because Firefox ESR 128 lacks the latter.
 */
import { findTextQuote } from './anchor';
import { buildTextIndex, offsetsToRange } from './domText';
import type { QuoteAnchor } from './schema';

export const MARK_ATTR = 'data-sourcelight-quote';

export interface ShowResult {
  found: boolean;
  exact: boolean;
  similarity: number;
}

export function clearMarks(doc: Document): void {
  for (const m of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  }
}

export function showPassage(doc: Document, anchor: QuoteAnchor): ShowResult {
  clearMarks(doc);
  const index = buildTextIndex(doc.body ?? doc.documentElement);
  const match = findTextQuote(index.text, anchor);
  if (!match) return { found: false, exact: false, similarity: 0 };
  const range = offsetsToRange(index, doc, match.start, match.end);
  if (!range) return { found: false, exact: false, similarity: 0 };
  const first = index.nodeAt[match.start]!;
  const last = index.nodeAt[match.end - 1]!;
  const marks: HTMLElement[] = [];
  // Back to front, so splitting one node never shifts offsets still to use.
  for (let n = last; n >= first; n--) {
    const node = index.nodes[n]!;
    const from = n === first ? index.offsetAt[match.start]! : 0;
    const to = n === last ? index.offsetAt[match.end - 1]! + 1 : node.data.length;
    if (to <= from || !node.parentNode) continue;
    const mid = from > 0 ? node.splitText(from) : node;
    if (to - from < mid.data.length) mid.splitText(to - from);
    if (!mid.data.trim()) continue;
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    mark.style.cssText = 'background:#ffe066 !important;color:#111 !important;box-shadow:0 0 0 2px #ffe066 !important;';
    mid.parentNode!.insertBefore(mark, mid);
    mark.appendChild(mid);
    marks.unshift(mark);
  }
  marks[0]?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
  return { found: true, exact: match.exact, similarity: match.similarity };
}
