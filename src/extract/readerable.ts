// The file, not the package: see src/types/readability-readerable.d.ts.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { MAX_DEPTH, measureTree } from './limits';

/** Larger pages are not worth a cheap guess; extraction decides for them. */
const READERABLE_MAX_ELEMS = 60_000;

/**
 * Cheap "is there probably an article here?" check for badges and
 * auto-reader. Readability's isProbablyReaderable only reads the page (no
 * clone needed); pathological pages answer false instead of hanging.
 * Never throws.
 */
export function isReaderable(doc: Document, options: { minContentLength?: number; minScore?: number } = {}): boolean {
  try {
    const root = doc.documentElement;
    if (!root) return false;
    const shape = measureTree(root, READERABLE_MAX_ELEMS, MAX_DEPTH);
    if (shape.exceeded) return false;
    return isProbablyReaderable(doc, {
      minContentLength: options.minContentLength ?? 140,
      minScore: options.minScore ?? 20,
      // linkedom and detached clones have no layout: judge visibility by markup only.
      visibilityChecker: isVisibleByMarkup,
    });
  } catch {
    return false;
  }
}

function isVisibleByMarkup(node: Node): boolean {
  const el = node as Element;
  if (typeof el.getAttribute !== 'function') return true;
  const style = el.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return false;
  if (el.hasAttribute('hidden')) return false;
  if (el.getAttribute('aria-hidden') === 'true' && !/\bfallback-image\b/.test(el.getAttribute('class') ?? '')) return false;
  return true;
}
