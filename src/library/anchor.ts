/**
 * Text-quote anchoring as annotation tools do it (W3C Web Annotation
 * TextQuoteSelector + TextPositionSelector): describe a passage by its exact
 * text, a little context either side and its position; find it again in a
 * possibly edited page — exact first (context decides between repeats), then
 * approximate, tolerating small edits. Works on whitespace-normalised text;
 * hostile input is bounded (capped hits, candidates and DP sizes).
 */
import { approxSearch, similarity } from './fuzzy';
import type { QuoteAnchor } from './schema';

export const CONTEXT_CHARS = 32;
/** Below this similarity to the saved text, a passage counts as gone. */
export const MIN_SIMILARITY = 0.75;
const MAX_EXACT_HITS = 1000;
const MAX_CANDIDATES = 200;
const SHORT = 256;
const FULL_SCAN_BUDGET = 2e7;

export interface AnchorMatch {
  start: number;
  end: number;
  /** 1 when the text is unchanged, down to MIN_SIMILARITY. */
  similarity: number;
  exact: boolean;
}

export function describeTextQuote(text: string, start: number, end: number): QuoteAnchor {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
    suffix: text.slice(e, e + CONTEXT_CHARS),
    start: s,
    end: e,
  };
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2039': "'", '\u203a': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u00a0': ' ', '\u2026': '.', '\n': ' ',
};

/** Case and punctuation folding that keeps every offset (one char in, one char out). */
export function foldSameLength(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const f = FOLD[c];
    if (f) {
      out += f;
      continue;
    }
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

interface Context {
  prefix: string;
  suffix: string;
  hint: number | null;
}

function contextScore(text: string, start: number, end: number, ctx: Context): number {
  const p = ctx.prefix ? similarity(ctx.prefix, text.slice(Math.max(0, start - ctx.prefix.length), start)) : 0.5;
  const s = ctx.suffix ? similarity(ctx.suffix, text.slice(end, end + ctx.suffix.length)) : 0.5;
  const near = ctx.hint === null || !text.length ? 0 : 1 - Math.min(1, Math.abs(start - ctx.hint) / text.length);
  return p + s + 0.1 * near;
}

function indexesOf(text: string, needle: string, cap: number): number[] {
  const hits: number[] = [];
  if (!needle) return hits;
  for (let i = text.indexOf(needle); i !== -1 && hits.length < cap; i = text.indexOf(needle, i + 1)) hits.push(i);
  return hits;
}

/** Approximate search for a pattern of at most SHORT chars, seeded by exact chunks and context. */
function findApprox(text: string, pat: string, ctx: Context, minSim: number): AnchorMatch | null {
  const m = pat.length;
  const maxErr = Math.floor(m * (1 - minSim));
  if (maxErr < 1) return null;
  const starts: number[] = [];
  const k = Math.max(6, Math.min(32, Math.floor(m / (maxErr + 1))));
  for (let off = 0, n = 0; off + k <= m && n < 16; off += k, n++) {
    for (const h of indexesOf(text, pat.slice(off, off + k), 50)) starts.push(h - off);
  }
  if (ctx.prefix.length >= 8) for (const h of indexesOf(text, ctx.prefix, 50)) starts.push(h + ctx.prefix.length);
  if (ctx.suffix.length >= 8) for (const h of indexesOf(text, ctx.suffix, 50)) starts.push(h - m);
  if (ctx.hint !== null) starts.push(ctx.hint);

  let windows: Array<[number, number]> = [];
  if (starts.length) {
    starts.sort((a, b) => a - b);
    for (const s of starts) {
      const w: [number, number] = [s - maxErr - 2, s + m + maxErr + 2];
      const last = windows[windows.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
      else windows.push(w);
    }
    windows = windows.slice(0, MAX_CANDIDATES);
  } else if (text.length * m <= FULL_SCAN_BUDGET) {
    windows = [[0, text.length]];
  }

  let best: (AnchorMatch & { score: number }) | null = null;
  for (const [from, to] of windows) {
    for (const hit of approxSearch(pat, text, from, to, maxErr)) {
      const sim = 1 - hit.errors / m;
      const score = 2 * sim + contextScore(text, hit.start, hit.end, ctx);
      if (!best || score > best.score) best = { start: hit.start, end: hit.end, similarity: sim, exact: false, score };
    }
  }
  return best && refineEdges(text, pat, { start: best.start, end: best.end, similarity: best.similarity, exact: false }, ctx, minSim);
}

const EDGE = 16;

/**
 * Edit distance lets a match end early when words were inserted near its end
 * ("…run again," vs "…run again from April,": stopping at "again f" costs
 * fewer edits than taking the insertion). The saved context says where the
 * passage really ends: if the suffix's first chars follow closely, the match
 * ends where they start (and likewise for the prefix at the start).
 */
function refineEdges(text: string, pat: string, match: AnchorMatch, ctx: Context, minSim: number): AnchorMatch {
  const m = pat.length;
  const slack = Math.floor(m * (1 - minSim)) + EDGE + 2;
  let { start, end } = match;
  const head = ctx.suffix.slice(0, EDGE);
  if (head.trim().length >= 4) {
    const lo = start + Math.floor(m * minSim);
    const hits = approxSearch(head, text, lo, end + slack, Math.floor(head.length / 8), 5);
    const hit = hits.sort((a, b) => a.errors - b.errors || Math.abs(a.start - end) - Math.abs(b.start - end))[0];
    if (hit && hit.start > start) end = hit.start;
  }
  const tail = ctx.prefix.slice(-EDGE);
  if (tail.trim().length >= 4) {
    const hi = end - Math.floor(m * minSim);
    const hits = approxSearch(tail, text, start - slack, hi, Math.floor(tail.length / 8), 5);
    const hit = hits.sort((a, b) => a.errors - b.errors || Math.abs(a.end - start) - Math.abs(b.end - start))[0];
    if (hit && hit.end < end) start = hit.end;
  }
  if (start === match.start && end === match.end) return match;
  const sim = m <= SHORT ? similarity(pat, text.slice(start, end)) : match.similarity;
  return sim >= minSim ? { start, end, similarity: sim, exact: false } : match;
}

/** Finds the saved passage in (possibly edited) page text, or null when it is gone. */
export function findTextQuote(pageText: string, anchor: QuoteAnchor, minSim: number = MIN_SIMILARITY): AnchorMatch | null {
  const text = foldSameLength(pageText);
  const exact = foldSameLength(anchor.exact.trim());
  if (!exact) return null;
  const ctx: Context = { prefix: foldSameLength(anchor.prefix), suffix: foldSameLength(anchor.suffix), hint: anchor.start };

  const hits = indexesOf(text, exact, MAX_EXACT_HITS);
  if (hits.length === 1) return { start: hits[0]!, end: hits[0]! + exact.length, similarity: 1, exact: true };
  if (hits.length > 1) {
    let bestAt = hits[0]!;
    let bestScore = -1;
    for (const h of hits) {
      const sc = contextScore(text, h, h + exact.length, ctx);
      if (sc > bestScore) [bestAt, bestScore] = [h, sc];
    }
    return { start: bestAt, end: bestAt + exact.length, similarity: 1, exact: true };
  }

  if (exact.length <= SHORT) return findApprox(text, exact, ctx, minSim);

  // Long passage: anchor its head and its tail separately, then check the span is plausible.
  const edge = 64;
  const head = findApprox(text, exact.slice(0, edge), ctx, minSim);
  if (!head) return null;
  const m = exact.length;
  const tailCtx: Context = { prefix: exact.slice(m - 2 * edge, m - edge), suffix: ctx.suffix, hint: head.start + m - edge };
  const from = head.start + Math.floor(m * (2 - 1 / minSim)) - edge;
  const to = head.start + Math.ceil(m / minSim) + edge;
  const tail = findApprox(text.slice(0, Math.min(text.length, to)), exact.slice(m - edge), tailCtx, minSim);
  if (!tail || tail.start < from || tail.end <= head.end) return null;
  const len = tail.end - head.start;
  const sim = Math.min(head.similarity, tail.similarity, Math.min(len, m) / Math.max(len, m));
  return sim >= minSim ? { start: head.start, end: tail.end, similarity: sim, exact: false } : null;
}
