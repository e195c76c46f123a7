/**
 * Term vectors for extractive summarising: tokens, in-document tf-idf, cosine.
 *
 * Language-neutral on purpose: words are runs of letters and digits; scripts
 * written without spaces (Han, Kana, Thai, ...) become character bigrams, and
 * a crude prefix stem (first 6 letters) folds most inflections in European
 * languages ("minister"/"ministers", "Regierung"/"Regierungen") without a
 * per-language stemmer. Inverse document frequency is computed over the
 * article's own sentences, so function words ("the", "der", "que") weigh
 * almost nothing in any language without a stop-word list.
 */

// Scripts that do not separate words with spaces.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const STEM_LENGTH = 6;

// Character classes cached per UTF-16 code unit: a Unicode-property regex per character is the
// slowest part of tokenising otherwise (benchmark: scripts/bench-analysis.ts).
const NOT_WORD = 1;
const WORD = 2;
const UNSPACED_WORD = 3;
const classes = new Uint8Array(65536);

function classOf(code: number): number {
  let c = classes[code]!;
  if (c === 0) {
    if (code >= 0xd800 && code <= 0xdfff) c = WORD; // surrogate halves: keep astral letters (and emoji) in words
    else {
      const ch = String.fromCharCode(code);
      c = !WORD_CHAR.test(ch) ? NOT_WORD : UNSPACED.test(ch) ? UNSPACED_WORD : WORD;
    }
    classes[code] = c;
  }
  return c;
}

/** True for a UTF-16 code unit that belongs to a word (letter, mark, digit, or half of an astral char). */
export function isWordCode(code: number): boolean {
  return classOf(code) !== NOT_WORD;
}

/** Terms (lower-cased, prefix-stemmed) and the reader's word count of a piece of text, in one pass. */
export function tokenize(text: string): { terms: string[]; words: number } {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let words = 0;
  let i = 0;
  const n = lower.length;
  while (i < n) {
    const c = classOf(lower.charCodeAt(i));
    if (c === NOT_WORD) {
      i++;
      continue;
    }
    const start = i;
    if (c === UNSPACED_WORD) {
      while (i < n && classOf(lower.charCodeAt(i)) === UNSPACED_WORD) i++;
      // Character bigrams stand in for words; two characters count as one word of budget.
      const len = i - start;
      if (len === 1) out.push(lower[start]!);
      for (let k = start; k + 1 < i; k++) out.push(lower.slice(k, k + 2));
      words += Math.max(1, Math.round(len / 2));
      continue;
    }
    while (i < n && classOf(lower.charCodeAt(i)) === WORD) i++;
    out.push(i - start > STEM_LENGTH ? lower.slice(start, start + STEM_LENGTH) : lower.slice(start, i));
    words++;
  }
  return { terms: out, words };
}

/** Lower-cased, prefix-stemmed terms of a piece of text. */
export function terms(text: string): string[] {
  return tokenize(text).terms;
}

/**
 * Words as a reader counts them: runs of letters and digits, plus one word per
 * two characters of an unspaced script (a rough but stable budget unit).
 */
export function countWords(text: string): number {
  return tokenize(text).words;
}

/** A sparse tf-idf vector: term ids in increasing order, their weights, and the Euclidean norm. */
export interface SparseVector {
  ids: Int32Array;
  w: Float64Array;
  norm: number;
}

/**
 * tf-idf vectors of the sentences (sub-linear tf, smoothed in-document idf), of the whole document, and
 * of extra texts (the title) in the same term space. Terms are interned to integer ids so the work is
 * array arithmetic rather than string-keyed maps (scripts/bench-analysis.ts).
 */
export function vectorize(sentenceTerms: readonly string[][], extraTerms: readonly string[][] = []): {
  sentences: SparseVector[];
  doc: SparseVector;
  extras: SparseVector[];
} {
  const vocab = new Map<string, number>();
  const idsOf = (ts: readonly string[]): number[] => {
    const out: number[] = new Array(ts.length);
    for (let i = 0; i < ts.length; i++) {
      let id = vocab.get(ts[i]!);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(ts[i]!, id);
      }
      out[i] = id;
    }
    return out;
  };
  const sentenceIds = sentenceTerms.map(idsOf);
  const V = vocab.size;
  const df = new Int32Array(V);
  const docTf = new Float64Array(V);
  const counts = new Float64Array(V);
  const lastSeen = new Int32Array(V).fill(-1);
  sentenceIds.forEach((ids, si) => {
    for (const id of ids) {
      docTf[id]!++;
      if (lastSeen[id] !== si) {
        lastSeen[id] = si;
        df[id]!++;
      }
    }
  });
  const n = sentenceIds.length;
  const idf = new Float64Array(V);
  for (let id = 0; id < V; id++) idf[id] = Math.log((n + 1) / df[id]!);

  const sparse = (ids: readonly number[]): SparseVector => {
    const uniq: number[] = [];
    for (const id of ids) {
      if (id >= V) continue; // a title word the article never uses carries no in-document weight
      if (counts[id] === 0) uniq.push(id);
      counts[id]!++;
    }
    uniq.sort((a, b) => a - b);
    const w = new Float64Array(uniq.length);
    let sq = 0;
    uniq.forEach((id, k) => {
      const x = (1 + Math.log(counts[id]!)) * idf[id]!;
      w[k] = x;
      sq += x * x;
      counts[id] = 0;
    });
    return { ids: Int32Array.from(uniq), w, norm: Math.sqrt(sq) };
  };
  const sentences = sentenceIds.map(sparse);
  const docIds: number[] = [];
  const docW: number[] = [];
  let sq = 0;
  for (let id = 0; id < V; id++) {
    const x = (1 + Math.log(docTf[id]!)) * idf[id]!;
    if (x > 0) {
      docIds.push(id);
      docW.push(x);
      sq += x * x;
    }
  }
  const doc = { ids: Int32Array.from(docIds), w: Float64Array.from(docW), norm: Math.sqrt(sq) };
  const extras = extraTerms.map((ts) => sparse(ts.map((t) => vocab.get(t) ?? V)));
  return { sentences, doc, extras };
}

/** Cosine similarity of two sparse vectors (a merge over their sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}
