/**
 * A quote that closes a sentence-opening subordinate clause (issue 3, Speakers): "After Scalia
 * said that students might do better at “less advanced schools,” Trump said: …" and "When Trump
 * said he would “protect our LGBTQ citizens,” the crowd applauded" quote the clause's own speaker;
 * the cue after the quote belongs to the main clause that follows. "To Sharp, Trump is the “…” man"
 * is the view of the person the opening names; "a “regional” candidate, as X suggested" is X's word.
 * A sentence opening on a participle ("Acknowledging that Trump “says …,” though, Allen did …")
 * quotes the subject of its main clause.
 */
import { quoteClosesOnComma, tokenFrom, type Tok } from './speakerFrames';
import { speechParticiple } from './cueVerbs';
import { searchBefore } from './speakerCues';
import { hasCueVerb } from './speakerClauseEnds';
import { isCap, isCue, isPronounText, DETERMINERS } from './speakerWordClasses';
import { np, plausible, type NP } from './speakerPhrases';
import { npRight } from './speakerNpRight';

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
  return np(text, toks, lo + 1, e);
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

/**
 * Whether the sentence from token `lo` opens on a speech participle ("Acknowledging that …"), or
 * on "after/before/while/…" and a participle ("After saying …", "After spending the week …"; a
 * speech one only after "in"), possibly past a leading And/But/Yet; `q` is the quote's token.
 */
export function opensOnParticiple(toks: Tok[], lo: number, q: number): boolean {
  const f = /^(And|But|Yet)$/.test(toks[lo]?.t ?? '') && lo + 1 < q ? lo + 1 : lo;
  return (f === lo ? isCap(toks[f]) : toks[f]?.kind === 'word') && (speechParticiple(toks[f]!.lc) || (/^(after|before|while|when|since|upon|by|in)$/.test(toks[f]!.lc) && (speechParticiple(toks[f + 1]?.lc ?? '') || (toks[f]!.lc !== 'in' && /\p{L}{3,}ing$/u.test(toks[f + 1]?.lc ?? '')))));
}

/** The subject after the first comma following token `q` ("…,” though, Allen did …"), or null. */
export function mainClauseSubject(text: string, toks: Tok[], q: number, hi: number): NP | null {
  let c = q + 1;
  while (c < hi && toks[c]!.t !== ',' && toks[c]!.kind !== 'quote') c++;
  if (c >= hi || toks[c]!.t !== ',') {
    // The quote's own closing comma: "…,” Allen said" has its comma inside the marks.
    if (!/,\s*[”"’»]?$/.test(text.slice(toks[q]!.start, toks[q]!.end).trimEnd())) return null;
    c = q;
  }
  let k = c + 1;
  // "…, though, Allen …" / "…, however, she …": an adverb between commas.
  if (toks[k]?.kind === 'word' && /^(though|however|meanwhile|still|nonetheless)$/.test(toks[k]!.t) && toks[k + 1]?.t === ',') k += 2;
  const r = plausible(npRight(text, toks, k, hi));
  if (!r || !(/^\p{Lu}/u.test(r.text) || isPronounText(r.text))) return null;
  const v = tokenFrom(toks, k, r.end, hi);
  const verb = toks[v];
  return verb && verb.kind === 'word' && verb.t === verb.lc ? r : null;
}
