/**
 * A quote that closes a sentence-opening subordinate clause (issue 3, Speakers): "After Scalia
 * said that students might do better at “less advanced schools,” Trump said: …" and "When Trump
 * said he would “protect our LGBTQ citizens,” the crowd applauded" quote the clause's own speaker;
 * the cue after the quote belongs to the main clause that follows. "To Sharp, Trump is the “…” man"
 * is the view of the person the opening names; "a “regional” candidate, as X suggested" is X's word.
 */
import { quoteClosesOnComma, type Tok } from './speakerFrames';
import { searchBefore } from './speakerCues';
import { hasCueVerb } from './speakerClauseEnds';
import { isCap, isCue, isPronounText, DETERMINERS } from './speakerWordClasses';
import { np, plausible, type NP } from './speakerPhrases';

/** Conjunctions that open a subordinate clause before the main clause. */
const SUBORDINATOR = /^(After|When|As|While|Before|Since|Although|Though|Because|Once|Until|Whereas|Whenever)$/;

/**
 * The speaker of the cue inside a sentence-opening subordinate clause that the quote at `q` closes
 * (the quote ends on the clause's comma and a main-clause subject follows), or null.
 */
export function openingClauseSpeaker(text: string, toks: Tok[], q: number, lo: number): NP | null {
  if (q - lo < 3 || !SUBORDINATOR.test(toks[lo]!.t)) return null;
  const quote = toks[q]!;
  const next = toks[q + 1];
  // The main clause starts right after the quote: its subject opens it.
  if (!quoteClosesOnComma(text, quote) || !next || next.kind !== 'word' || !(isCap(next) || DETERMINERS.has(next.lc) || isPronounText(next.lc))) return null;
  // The clause runs up to the quote without a comma of its own (a comma would close it earlier).
  for (let k = lo + 1; k < q; k++) if (toks[k]!.t === ',' || quoteClosesOnComma(text, toks[k]!)) return null;
  if (!hasCueVerb(toks, lo + 1, q)) return null;
  return searchBefore(text, toks, q, lo + 1);
}

/**
 * "To Sharp, Trump is the “kind-hearted and caring” man …": a sentence opening on "To" and a name
 * closed by a comma gives that person's view, as "according to" does; the name, or null.
 */
export function opinionHolder(text: string, toks: Tok[], q: number, lo: number): NP | null {
  if (toks[lo]?.t !== 'To' || !isCap(toks[lo + 1]) || isPronounText(toks[lo + 1]!.lc)) return null;
  let e = lo + 1;
  while (e + 1 < q && e - lo < 4 && isCap(toks[e + 1])) e++;
  if (toks[e + 1]?.t !== ',' || e + 1 >= q) return null;
  const start = toks[lo + 1]!.start;
  return { start, end: toks[e]!.end, text: text.slice(start, toks[e]!.end) };
}

/**
 * "rather than just a “regional” candidate, as Sanders’ campaign manager suggested": an as-clause
 * right after the quote's phrase (at most two words, then a comma) names who used the words.
 */
export function asClauseAfter(text: string, toks: Tok[], q: number, hi: number): NP | null {
  let k = q + 1;
  while (k < hi && k - q <= 2 && toks[k]!.kind === 'word' && toks[k]!.t === toks[k]!.lc && !isCue(toks[k])) k++;
  if (k === q + 1 || toks[k]?.t !== ',' || toks[k + 1]?.t !== 'as') return null;
  // The words up to the cue ("Sanders’ campaign manager suggested") are its subject.
  let v = k + 2;
  while (v < hi && v - k < 8 && toks[v]!.kind === 'word' && !isCue(toks[v])) v++;
  if (v === k + 2 || v >= hi || !isCue(toks[v]) || toks[v]!.t !== toks[v]!.lc) return null;
  return plausible(np(text, toks, k + 2, v - 1));
}
