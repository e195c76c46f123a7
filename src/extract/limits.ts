/**
 * Size and shape guards, run before anything recursive touches the page.
 *
 * Readability, cloneNode and serialisers recurse over the tree; a hostile
 * page with 10 000 nested elements would overflow the stack, and a 20 MB
 * page would take seconds. One iterative walk (no recursion, O(n)) measures
 * both, so extraction can refuse with `too-large` up front.
 */
import { domGetter } from './domSafe';

/** Deeper than any real article layout; deeper trees are refused. */
export const MAX_DEPTH = 800;
/** Elements counted before giving up (the walk stops early past this). */
export const DEFAULT_MAX_ELEMS = 30_000;

export interface TreeShape {
  elements: number;
  depth: number;
  /** True when the walk stopped early because a limit was exceeded. */
  exceeded: 'elements' | 'depth' | null;
}

/**
 * Counts elements and the maximum depth under `root`, iteratively.
 * Stops as soon as `maxElems` or `maxDepth` is passed, so cost is bounded
 * by the limits, not by the page.
 */
export function measureTree(root: Element, maxElems: number, maxDepth: number = MAX_DEPTH): TreeShape {
  // The page's own tree: read through the classes' getters, which a page's
  // form controls cannot shadow (unclobber.ts has why).
  const firstChild = domGetter<Element | null>(root, 'firstElementChild');
  const nextSibling = domGetter<Element | null>(root, 'nextElementSibling');
  const parent = domGetter<Element | null>(root, 'parentElement');
  let elements = 0;
  let depth = 0;
  let maxSeen = 0;
  let node: Element | null = root;
  while (node) {
    elements++;
    if (depth > maxSeen) maxSeen = depth;
    if (maxElems > 0 && elements > maxElems) return { elements, depth: maxSeen, exceeded: 'elements' };
    if (depth > maxDepth) return { elements, depth: maxSeen, exceeded: 'depth' };
    const child: Element | null = firstChild(node);
    if (child) {
      node = child;
      depth++;
      continue;
    }
    // Climb until a next sibling exists (or we are back at the root).
    let cur: Element | null = node;
    node = null;
    while (cur && cur !== root) {
      const sib: Element | null = nextSibling(cur);
      if (sib) {
        node = sib;
        break;
      }
      cur = parent(cur);
      depth--;
    }
  }
  return { elements, depth: maxSeen, exceeded: null };
}

/** Element names that carry no readable text: dropped before counting and parsing. */
export const INERT_SELECTOR = 'script:not([type="application/ld+json"]),style,link,template,iframe,object,embed,canvas,svg';

/**
 * Removes inert elements from a clone (a document, or a tree not yet in
 * one), so that pages heavy with scripts and inline SVG are not refused for
 * elements a reader never sees.
 */
export function dropInert(doc: Document | Element): number {
  let removed = 0;
  const list = doc.querySelectorAll(INERT_SELECTOR);
  for (let i = list.length - 1; i >= 0; i--) {
    const el = list[i];
    if (el && el.parentNode) {
      el.parentNode.removeChild(el);
      removed++;
    }
  }
  return removed;
}
