/**
 * Approximate substring search (Sellers' semi-global edit distance): the
 * window of `text` that `pattern` matches with the fewest edits. Cost is
 * O(pattern × window), so callers bound both (see anchor.ts).
 */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Matches of `pattern` inside text[from, to) with at most maxErrors edits: one
 * per run of adjacent end positions (its best), at most `cap`, fewest errors
 * first. Context then decides between them (anchor.ts).
 */
export function approxSearch(pattern: string, text: string, from: number, to: number, maxErrors: number, cap = 50): ApproxMatch[] {
  const m = pattern.length;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  const n = hi - lo;
  if (m === 0 || n <= 0) return [];
  // Column-wise DP over the text: cost[i] = edits to match pattern[0..i) ending here,
  // origin[i] = where in the text that match started.
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = lo;
  }
  const found: ApproxMatch[] = [];
  let run: ApproxMatch | null = null;
  for (let j = 0; j < n; j++) {
    const c = text.charCodeAt(lo + j);
    nextCost[0] = 0;
    nextOrigin[0] = lo + j + 1;
    for (let i = 1; i <= m; i++) {
      const sub = cost[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const del = cost[i]! + 1; // text char skipped
      const ins = nextCost[i - 1]! + 1; // pattern char missing from text
      if (sub <= del && sub <= ins) {
        nextCost[i] = sub;
        nextOrigin[i] = origin[i - 1]!;
      } else if (del <= ins) {
        nextCost[i] = del;
        nextOrigin[i] = origin[i]!;
      } else {
        nextCost[i] = ins;
        nextOrigin[i] = nextOrigin[i - 1]!;
      }
    }
    const e = nextCost[m]!;
    if (e <= maxErrors) {
      if (!run) {
        run = { start: nextOrigin[m]!, end: lo + j + 1, errors: e };
        found.push(run);
      } else if (e <= run.errors) {
        run.start = nextOrigin[m]!;
        run.end = lo + j + 1;
        run.errors = e;
      }
    } else run = null;
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  return found.sort((a, b) => a.errors - b.errors).slice(0, cap);
}

/** Edit distance between two short strings (for prefix/suffix context scoring). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Similarity in [0, 1] of two short strings (1 = equal). */
export function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - editDistance(a, b) / len;
}
