import { callDom, getDom, replaceNode } from './domSafe';

/**
 * Replaces elements `maxDepth` levels below `root` by their text. A
 * TreeWalker (iterative, and immune to clobbered properties of the page's
 * elements) finds them; nothing deeper is visited.
 */
export function flattenDeep(doc: Document, root: Element, maxDepth: number): void {
  const walker = callDom<TreeWalker>(doc, 'createTreeWalker', root, 0x1 /* NodeFilter.SHOW_ELEMENT */);
  const deep: Node[] = [];
  let depth = walker.firstChild() ? 1 : 0;
  while (depth > 0) {
    if (depth >= maxDepth) deep.push(walker.currentNode);
    else if (walker.firstChild()) {
      depth++;
      continue;
    }
    while (depth > 0 && !walker.nextSibling()) {
      walker.parentNode();
      depth--;
    }
  }
  for (const node of deep) replaceNode(node, callDom<Text>(doc, 'createTextNode', getDom<string>(node, 'textContent') ?? ''));
}
