/**
 * Maps offsets in article.text (Quote.start/end, SourceClaim.start/end) to
 * DOM ranges in the rendered article.
 *
 * Exact offset arithmetic would have to reproduce the extractor's text rules
 * to the character, and the reader renders a re-sanitised copy that may
 * differ (a dropped element, an alt text). So the mapping is by content:
 * both sides are normalised the same way (every whitespace run, including
 * block breaks, becomes one space), the passage is searched for in the
 * rendered text, and among several hits the one nearest the expected
 * position wins. Works for any block rules; bounded time; never throws.
 */

const BLOCK = new Set(
  ('address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody thead tfoot tr td th ul')
    .split(' '),
);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button', 'select', 'textarea', 'input']);
const WS = /\s/;
/** Candidates examined per search: repeated phrases cannot make a search slow. */
const MAX_HITS = 2000;

export interface TextIndex {
  /** Normalised rendered text. */
  text: string;
  /** Per character: its text node, or null for a block break. */
  nodes: (Text | null)[];
  /** Per character: its offset in that node. */
  offsets: number[];
  /** `text` with quotes, apostrophes and dashes folded (same length), built on first use. */
  folded?: string;
}

/** Elements we add ourselves (speaker labels) carry this attribute and are not article text. */
export const UI_ATTR = 'data-sl-ui';

export function buildTextIndex(root: Node): TextIndex {
  const chars: string[] = [];
  const nodes: (Text | null)[] = [];
  const offsets: number[] = [];
  const lastIsSpace = (): boolean => chars.length === 0 || chars[chars.length - 1] === ' ';
  const brk = (): void => {
    if (!lastIsSpace()) {
      chars.push(' ');
      nodes.push(null);
      offsets.push(0);
    }
  };
  // Iterative walk: article HTML may be deeply nested.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      for (let i = 0; i < value.length; i++) {
        const c = value[i]!;
        if (WS.test(c)) {
          if (lastIsSpace()) continue;
          chars.push(' ');
        } else {
          chars.push(c);
        }
        nodes.push(node as Text);
        offsets.push(i);
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = (el.localName || '').toLowerCase();
    if (exit) {
      if (BLOCK.has(tag)) brk();
      continue;
    }
    if (SKIP.has(tag) || (node.nodeType === 1 && el.hasAttribute(UI_ATTR))) continue;
    if (tag === 'br' || tag === 'img') {
      brk();
      continue;
    }
    if (BLOCK.has(tag)) brk();
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  while (chars.length && chars[chars.length - 1] === ' ') {
    chars.pop();
    nodes.pop();
    offsets.pop();
  }
  return { text: chars.join(''), nodes, offsets };
}

/** Article text normalised like the index, with a map from original offsets. */
export interface NormalText {
  text: string;
  /** origToNorm[i] = offset in `text` of original offset i (length = original length + 1). */
  origToNorm: Int32Array;
}

export function normalizeText(source: string): NormalText {
  const out: string[] = [];
  const map = new Int32Array(source.length + 1);
  let last = ' ';
  for (let i = 0; i < source.length; i++) {
    map[i] = out.length;
    const c = source[i]!;
    if (WS.test(c)) {
      if (last === ' ') continue;
      out.push(' ');
      last = ' ';
    } else {
      out.push(c);
      last = c;
    }
  }
  map[source.length] = out.length;
  return { text: out.join(''), origToNorm: map };
}

const normalizeNeedle = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Same-length folding so that “curly” and "straight" marks, and dashes, meet. */
export function fold(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

function nearestHit(haystack: string, needle: string, expected: number): number {
  let best = -1;
  let bestDist = Infinity;
  let from = 0;
  for (let n = 0; n < MAX_HITS; n++) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) break;
    const dist = Math.abs(at - expected);
    if (dist < bestDist) {
      best = at;
      bestDist = dist;
    }
    if (at > expected) break; // later hits are only farther away
    from = at + 1;
  }
  return best;
}

/**
 * Finds the passage article.text[start, end) (or `fallbackText` when the
 * offsets are unusable) in the index. Returns [from, to) in index.text or null.
 */
export function locate(
  index: TextIndex,
  article: { source: string; normal: NormalText },
  start: number,
  end: number,
  fallbackText = '',
): [number, number] | null {
  const valid = Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end > start && end <= article.source.length;
  const candidates = [valid ? article.source.slice(start, end) : '', fallbackText].map(normalizeNeedle).filter((s) => s.length > 0);
  if (candidates.length === 0 || index.text.length === 0) return null;
  const normLen = Math.max(1, article.normal.text.length);
  const expectedNorm = valid ? article.normal.origToNorm[start]! : 0;
  const expected = Math.round((expectedNorm / normLen) * index.text.length);
  for (const needle of candidates) {
    const at = nearestHit(index.text, needle, expected);
    if (at >= 0) return [at, at + needle.length];
  }
  index.folded ??= fold(index.text);
  for (const needle of candidates) {
    const f = fold(needle);
    if (f.length !== needle.length) continue;
    const at = nearestHit(index.folded, f, expected);
    if (at >= 0) return [at, at + needle.length];
  }
  return null;
}

export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces covering index.text[from, to), in document order. */
export function segments(index: TextIndex, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | null = null;
  for (let i = Math.max(0, from); i < Math.min(to, index.text.length); i++) {
    const node = index.nodes[i];
    if (!node) continue;
    const off = index.offsets[i]!;
    if (cur && cur.node === node && off >= cur.end) {
      cur.end = off + 1;
    } else {
      cur = { node, start: off, end: off + 1 };
      out.push(cur);
    }
  }
  return out;
}

/** A live DOM Range over index.text[from, to), or null when it covers no text. */
export function toRange(index: TextIndex, from: number, to: number): Range | null {
  const segs = segments(index, from, to);
  const first = segs[0];
  const last = segs[segs.length - 1];
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}
