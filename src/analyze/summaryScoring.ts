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
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const STEM_LENGTH = 6;

/** Lower-cased, prefix-stemmed terms of a piece of text. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_RUN)) {
    const w = m[0];
    if (UNSPACED.test(w)) {
      // Character bigrams stand in for words (plus the lone character of a 1-char run).
      const chars = Array.from(w);
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else if (w.length > STEM_LENGTH) {
      out.push(w.slice(0, STEM_LENGTH));
    } else out.push(w);
  }
  return out;
}

/**
 * Words as a reader counts them: space-separated runs, plus one word per two
 * characters of an unspaced script (a rough but stable budget unit).
 */
export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(WORD_RUN)) {
    const w = m[0];
    n += UNSPACED.test(w) ? Math.max(1, Math.round(Array.from(w).length / 2)) : 1;
  }
  return n;
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
