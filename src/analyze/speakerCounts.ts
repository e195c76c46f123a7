/**
 * Counted groups of people as speakers (issue 3, Speakers): "about 200 protesters congregated …,
 * chanting “Dump Trump”", "where about 50 protesters had gathered, chanting “…”", "About four in
 * 10 said they were “angry”". An approximate count ("about", "nearly", "at least") or a share
 * ("four in 10") opens the subject: it is part of the noun phrase, not a preposition before it.
 */
import type { Tok } from './speakerFrames';

const NUMBER = /^(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)$/i;
const APPROX = /^(about|nearly|roughly|around|almost|approximately|some|over)$/i;
/** Two-word approximators: "at least", "more than", "fewer than", "less than", "up to". */
const APPROX_PAIR = /^(at least|more than|fewer than|less than|up to)$/i;
/** What may come right before a subject that opens its clause. */
const CLAUSE_OPENER = /^(,|—|–|-|;|:|\(|where|and|but|while|when|as|that|because|after|before|since|if|though|although)$/;

function isNumber(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'word' && NUMBER.test(t.t);
}

/**
 * Where a noun phrase starting at token `s` (a number) really starts, when a share ("four in 10")
 * or an approximator ("about", "at least") comes before it and the whole opens a clause (`lo` is
 * the sentence start); else `s`.
 */
export function countStart(toks: Tok[], s: number, lo: number): number {
  if (!isNumber(toks[s])) return s;
  let a = s;
  // "four in 10": a share of the people counted.
  if (a - 2 >= lo && toks[a - 1]!.t === 'in' && isNumber(toks[a - 2])) a -= 2;
  if (a - 1 >= lo && APPROX.test(toks[a - 1]!.t)) a -= 1;
  else if (a - 2 >= lo && APPROX_PAIR.test(`${toks[a - 2]!.t} ${toks[a - 1]!.t}`)) a -= 2;
  if (a === s) return s;
  // ("Trump spoke for about 50 minutes": a count after a verb or a preposition is its object.)
  return a === lo || CLAUSE_OPENER.test(toks[a - 1]!.t.toLowerCase()) ? a : s;
}

/** Whether token `k` opens a counted group ("about 200 protesters", "At least half"). */
export function opensCount(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'word') return false;
  if (APPROX.test(t.t)) return isNumber(toks[k + 1]);
  if (APPROX_PAIR.test(`${t.t} ${toks[k + 1]?.t ?? ''}`)) return isNumber(toks[k + 2]);
  return false;
}
