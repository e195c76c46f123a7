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

export type TermVector = Map<string, number>;

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

export function termFrequencies(ts: readonly string[]): TermVector {
  const tf: TermVector = new Map();
  for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

/** Smoothed inverse document frequency of each term over the sentences. */
export function inverseDocumentFrequency(sentenceTf: readonly TermVector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const tf of sentenceTf) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentenceTf.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / d));
  return idf;
}

/** tf-idf weights (sub-linear tf) with the vector's Euclidean norm. */
export function weigh(tf: TermVector, idf: ReadonlyMap<string, number>): { vec: TermVector; norm: number } {
  const vec: TermVector = new Map();
  let sq = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? 0);
    if (w > 0) {
      vec.set(t, w);
      sq += w * w;
    }
  }
  return { vec, norm: Math.sqrt(sq) };
}

export function cosine(a: { vec: TermVector; norm: number }, b: { vec: TermVector; norm: number }): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vec.size <= b.vec.size ? [a.vec, b.vec] : [b.vec, a.vec];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}
