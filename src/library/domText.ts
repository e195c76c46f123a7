/**
 * The page's visible text as one whitespace-normalised string, with a map
 * back to DOM positions: what anchors are described in and searched in.
 * Runs inside the page (capture and "Show"), so it uses only DOM APIs.
 * Inline whitespace becomes one space; block boundaries become one newline.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'SELECT', 'TEXTAREA', 'HEAD']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'CAPTION',
]);
/** Bound on the text read from one page (hostile pages). */
export const MAX_PAGE_TEXT = 3_000_000;

export interface TextIndex {
  text: string;
  /** For each char of `text`: the text node it came from and the offset in that node. */
  nodeAt: Int32Array;
  offsetAt: Int32Array;
  nodes: Text[];
}

export function buildTextIndex(root: Node): TextIndex {
  const chars: string[] = [];
  const nodeAt: number[] = [];
  const offsetAt: number[] = [];
  const nodes: Text[] = [];
  let pending: '' | ' ' | '\n' = '';
  let length = 0;

  const emitBreak = (kind: ' ' | '\n') => {
    if (pending !== '\n') pending = kind;
  };
  // Iterative walk: deep pages must not overflow the stack.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length && length < MAX_PAGE_TEXT) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      const idx = nodes.length;
      let used = false;
      for (let i = 0; i < data.length; i++) {
        const c = data[i]!;
        if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0' || c === '\u200b') {
          emitBreak(' ');
          continue;
        }
        if (pending && length > 0) {
          chars.push(pending);
          nodeAt.push(idx);
          offsetAt.push(i);
          length++;
        }
        pending = '';
        chars.push(c);
        nodeAt.push(idx);
        offsetAt.push(i);
        length++;
        used = true;
      }
      if (used) nodes.push(t);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = (el.tagName ?? '').toUpperCase();
    if (node.nodeType === 1 && (SKIP.has(tag) || el.hasAttribute('hidden'))) continue;
    if (BLOCK.has(tag)) emitBreak('\n');
    if (exit) continue;
    if (BLOCK.has(tag)) stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  return { text: chars.join(''), nodeAt: Int32Array.from(nodeAt), offsetAt: Int32Array.from(offsetAt), nodes };
}

/** First index in [0, n) where pred turns true (pred must be monotone). */
function firstTrue(n: number, pred: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Offsets in index.text covered by a DOM range (trimmed of edge whitespace), or null when it covers no text. */
export function rangeToOffsets(index: TextIndex, range: Range): { start: number; end: number } | null {
  const n = index.text.length;
  const at = (k: number, extra: number) => range.comparePoint(index.nodes[index.nodeAt[k]!]!, index.offsetAt[k]! + extra);
  let start = firstTrue(n, (k) => at(k, 0) >= 0);
  let end = firstTrue(n, (k) => at(k, 1) > 0);
  while (start < end && /\s/.test(index.text[start]!)) start++;
  while (end > start && /\s/.test(index.text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** A DOM range over index.text[start, end). */
export function offsetsToRange(index: TextIndex, doc: Document, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || end <= start) return null;
  const range = doc.createRange();
  range.setStart(index.nodes[index.nodeAt[start]!]!, index.offsetAt[start]!);
  range.setEnd(index.nodes[index.nodeAt[end - 1]!]!, index.offsetAt[end - 1]! + 1);
  return range;
}
