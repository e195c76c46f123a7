/**
 * Verb frames around a cue (issue 3, Speakers): an -ing cue after an aspect verb ("Sen. Ron Johnson
 * kept asking her why …") shares that verb's subject, and a passive cue right before a quote takes
 * the agent after it ("has been called “strategic ambiguity” by Joshua Hendrick"); a cue inside a
 * ", which …," aside ("his plan, which the Tax Foundation estimates would cost …, would risk “…”")
 * is the aside's, not the quote's.
 */
import type { Tok } from './speakerFrames';
import { isCue, isPronounText, isVerbLike } from './speakerWordClasses';
import { endsCapitalised, plausible, type NP } from './speakerPhrases';
import { npRight } from './speakerNpRight';
import { subjectLeft } from './speakerSubjects';
import { outerSpeaker } from './speakerNested';

/** Verbs of aspect that take an -ing form as object ("kept asking", "began calling"). */
const ASPECT_VERBS = /^(kept|keeps|keep|began|begins|begin|started|starts|start|continued|continues|continue|stopped|stops|resumed|resumes)$/;

/**
 * The subject of the aspect verb at token `a` (right before an -ing cue), or null: the -ing form is
 * that verb's object, so no earlier cue in the sentence frames it ("X said Y kept asking" is X's).
 */
export function aspectVerbSubject(text: string, toks: Tok[], a: number, lo: number): NP | null {
  if (a <= lo || !ASPECT_VERBS.test(toks[a]!.t)) return null;
  // A name or a pronoun only: "as the committee meeting began vowing to “…”" is no aspect verb
  // (the meeting began; the sentence's subject vowed).
  const v = plausible(subjectLeft(text, toks, a, lo));
  if (!v || !(endsCapitalised(v) || isPronounText(v.text))) return null;
  return outerSpeaker(text, toks, v, lo) ?? v;
}

/** "was called “…” by Joshua Hendrick": the capitalised agent after the quote at `q` of the passive cue at `c`, or null. */
export function agentAfterQuote(text: string, toks: Tok[], c: number, q: number): NP | null {
  if (toks[q + 1]?.t !== 'by' || !/^(was|were|is|are|been|be|being)$/.test(toks[c - 1]?.lc ?? '')) return null;
  const r = plausible(npRight(text, toks, q + 2, Math.min(toks.length, q + 14)));
  return r && /^\p{Lu}/u.test(r.text) ? r : null;
}

/** Token `c` sits in a ", which/who …," aside that closes (on a comma and a verb) before the quote at `q`. */
export function inRelativeAside(toks: Tok[], c: number, q: number, lo: number): boolean {
  let open = -1;
  for (let k = c - 1; k > lo && c - k < 12; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') {
      if (t.t === ',' && /^(which|who)$/.test(toks[k + 1]!.t)) open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = c + 1; k < q; k++) {
    const t = toks[k]!;
    if (t.kind === 'quote') return false;
    // The clause it interrupts goes on with its verb (", would risk “…”"), not a list (", magnanimous").
    if (t.t === ',') return k + 1 < q && isVerbLike(toks[k + 1]!);
  }
  return false;
}

/**
 * "he laughed and said", "he looked into my camera, furrowed his brow and said": the subject of the
 * verbs joined before "and" at token `a` (a series of clauses split by commas, each opening on its
 * lower-case verb, shares the subject of the first), or null.
 */
export function joinedVerbSubject(text: string, toks: Tok[], a: number, lo: number): NP | null {
  if (toks[a]!.lc !== 'and' || a - 1 <= lo) return null;
  let v = a - 1;
  if (!isVerbLike(toks[v]!) || isCue(toks[v])) {
    // "…, furrowed his brow and said": the series verb opens the segment after its comma.
    let s = a - 1;
    while (s > lo && a - s <= 6 && toks[s - 1]!.kind === 'word') s--;
    if (s <= lo || toks[s - 1]!.t !== ',' || s === a - 1 || !isPastVerb(toks[s]!)) return null;
    v = s;
  }
  // Earlier segments of the series: ", V-ed …" back to the clause holding the subject.
  for (let round = 0; round < 3 && toks[v - 1]?.t === ',' && isPastVerb(toks[v]!); round++) {
    let s = v - 2;
    while (s > lo && v - s <= 12 && toks[s]!.kind === 'word' && !(isPastVerb(toks[s]!) && toks[s - 1]!.kind === 'word')) s--;
    if (s <= lo || !isPastVerb(toks[s]!)) break;
    v = s;
  }
  const subject = plausible(subjectLeft(text, toks, v, lo));
  return subject ? outerSpeaker(text, toks, subject, lo) ?? subject : null;
}

/** A lower-case past-tense verb ("looked", "furrowed"), not a cue. */
function isPastVerb(t: Tok): boolean {
  return t.kind === 'word' && t.t === t.lc && /\p{L}{3,}ed$/u.test(t.lc) && !isCue(t);
}
