/**
 * How far a speaker phrase reaches to the right of a cue (issue 3, Speakers): "said Sen. Ted Cruz,
 * R-Texas" → "Sen. Ted Cruz"; "said a spokesman for the campaign who declined to be named" → "a
 * spokesman for the campaign". Split from speakerPhrases.ts (the left-reaching baseNP and the
 * shared word classes stay there) when it passed 300 lines.
 */
import type { Tok } from './speakerFrames';
import { DETERMINERS, RIGHT_STOP, isCap, isCue, isPronoun, isVerbLike } from './speakerWordClasses';
import { ROLE_WORDS } from './nameLists';
import { np, capSoon, PREPS, WHEN_OR_HOW, type NP } from './speakerPhrases';

/** "a source on the panel", "a narrator in the Clinton ad": a place phrase after a description. */
function placePhrase(toks: Tok[], b: number, hi: number): boolean {
  const t = toks[b]!;
  if (t.lc !== 'in' && t.lc !== 'on') return false;
  let k = b + 1;
  if (k < hi && DETERMINERS.has(toks[k]!.lc)) k++;
  const obj = toks[k];
  // (A name after it, "some on Twitter", would be read as the speaker itself.)
  return k < hi && obj !== undefined && obj.kind === 'word' && obj.t === obj.lc && !WHEN_OR_HOW.test(obj.lc) && !isCue(obj);
}

const PP_OK = new Set(['of', 'for', 'to', 'at', 'close', 'from', 'with', 'familiar', 'within', 'inside', 'near']);

/** Noun phrase starting at token `k` going right ("said Sen. Ted Cruz, R-Texas" → "Sen. Ted Cruz"). */
export function npRight(text: string, toks: Tok[], k: number, hi: number): NP | null {
  if (k >= hi) return null;
  const t0 = toks[k]!;
  if (t0.kind !== 'word') return null;
  if (isPronoun(t0)) return np(text, toks, k, k);
  // "“peanuts,” compared to what …": a phrase opening on a preposition is no speaker.
  if (t0.t === t0.lc && PREPS.has(t0.lc)) return null;
  const fr = /^(.*)-t-(il|elle)$/u.exec(t0.lc);
  if (fr) return { start: t0.end - fr[2]!.length, end: t0.end, text: fr[2]! };
  // A description ("a person close to the Clintons", "Axelrod’s memoir") runs on through its
  // prepositional phrases; a name stops at the first lower-case word that is not a role word.
  // "said 9/11 widow Terry Strada", "said retired general Lloyd Newton": skip a few lower-case
  // descriptors (and digits) before the name.
  if (t0.t === t0.lc && !DETERMINERS.has(t0.lc) && !/[’']s$/.test(t0.t)) {
    const made = madeBy(toks, k, hi);
    if (made > 0) return np(text, toks, k, made);
    let j = k;
    while (j < Math.min(hi, k + 5) && !isCap(toks[j]) && (toks[j]!.kind === 'word' ? !isCue(toks[j]) && !RIGHT_STOP.has(toks[j]!.lc) : toks[j]!.t === '/' || toks[j]!.t === '-')) j++;
    if (j > k && j < hi && isCap(toks[j])) return npRight(text, toks, j, hi);
  }
  const description = DETERMINERS.has(t0.lc) || /[’']s$/.test(t0.t);
  let b = k;
  let n = 0;
  while (b < hi && n < (description ? 10 : 9)) {
    const t = toks[b]!;
    if (t.kind !== 'word') break;
    // "the base chief known as Bob", "a user going by the handle Pulvermann": the name it goes by
    // closes the description.
    const alias = description && b > k ? nameItGoesBy(toks, b, hi) : -1;
    if (alias > 0) {
      b = alias + 1;
      break;
    }
    // "an Associated Press-GfK poll released Thursday": a survey or a report keeps the participle
    // saying when or by whom it was made.
    if (description && b > k && POLL_PARTICIPLE.test(t.t) && POLL_HEAD.test(toks[b - 1]!.lc)) {
      let e = b + 1;
      while (e < hi && e - b < 8 && toks[e]!.kind === 'word' && !isCue(toks[e]) && !(toks[e]!.t === toks[e]!.lc && isVerbLike(toks[e]!) && !/^(by|for|in|on|last|this)$/.test(toks[e]!.lc))) e++;
      b = e;
      break;
    }
    // ("the recently released playbook", "a newly formed group": an adverb in -ly and the
    // participle after it modify the noun that follows.)
    const adverb = description && b === k + 1 && /ly$/.test(t.lc) && /\p{L}{3,}ed$/u.test(toks[b + 1]?.lc ?? '');
    const modified = description && b > k + 1 && /\p{L}{3,}ed$/u.test(t.lc) && /\p{L}{3,}ly$/u.test(toks[b - 1]!.lc) && toks[b + 1]?.kind === 'word';
    if (b > k && isCue(t) && !modified) break;
    if (b > k && !isCap(t) && RIGHT_STOP.has(t.lc) && !adverb && !(description && (PP_OK.has(t.lc) || placePhrase(toks, b, hi)))) break;
    // ("said Air Force 1st Lt. Tyler Livingston": an ordinal rank goes on to the name.)
    if (!description && !isCap(t) && b > k && isCap(toks[b - 1]) && !/^(of|for|de|del|van|von|der|al|bin)$/.test(t.lc) && !capSoon(toks, b, hi) && !(/^\d+(?:st|nd|rd|th)$/.test(t.lc) && isCap(toks[b + 1]))) {
      // "according to Democratic officials", "according to White House pool reports": a plural
      // head noun after the capitalised words is the source; they only modify it.
      const head = pluralHead(toks, b, hi);
      if (head > 0) b = head + 1;
      break;
    }
    if (description && b > k + 1 && !isCap(t) && /(?:ed|ly)$/.test(t.lc) && !ROLE_WORDS.has(t.lc) && !modified) break;
    // "a report from the inspector general to be …": an infinitive ends the description.
    if (description && t.t === 'to' && /^(be|have|do|make|take|get|give|go|say|tell)$/.test(toks[b + 1]?.lc ?? '')) break;
    b++;
    n++;
  }
  // "according to a letter … from the chairman of the U.S. Senate Committee on Homeland Security":
  // the word cap does not cut a description inside the name that closes it.
  if (description && n >= 10) b = throughName(toks, b, hi);
  b--;
  if (b < k) return null;
  while (b > k && /^(of|for|to|at|from|with|close|de|del|van|von|der|al|bin|the|a|an)$/.test(toks[b]!.lc)) b--;
  if (!description) b = withState(toks, k, b, hi);
  // "said the bureau's director, James B. Comey,": a description followed by the name itself.
  // Also "Clinton's introducer, actress Jamie Lee Curtis": one or two role words before the name.
  let nameAt = b + 2;
  while (nameAt < Math.min(hi, b + 4) && toks[nameAt]?.kind === 'word' && !isCap(toks[nameAt]) && ROLE_WORDS.has(toks[nameAt]!.lc)) nameAt++;
  if (!isCap(toks[b]) && toks[b + 1]?.t === ',' && isCap(toks[nameAt]) && nameAt < hi) {
    let e = nameAt;
    while (e + 1 < hi && isCap(toks[e + 1])) e++;
    if (e + 1 >= hi || toks[e + 1]!.kind === 'punct') return np(text, toks, nameAt, e);
  }
  return np(text, toks, k, b);
}

/** Index after the capitalised name running through token `b` ("U.S. Senate Committee on Homeland Security"). */
function throughName(toks: Tok[], b: number, hi: number): number {
  if (!isCap(toks[b - 1]) || !isCap(toks[b])) return b;
  let e = b;
  while (e < hi && e - b < 8 && (isCap(toks[e]) || (/^(of|on|for|and|the)$/.test(toks[e]!.t) && isCap(toks[e + 1])))) e++;
  return e;
}

/**
 * "according to audio provided by Wyoming Public Radio", "excerpts of his speech released by the
 * White House": a bare noun (with its "of" phrase) and the participle saying who made it public;
 * the index of the maker's last word, or -1.
 */
function madeBy(toks: Tok[], k: number, hi: number): number {
  let p = k + 1;
  while (p < Math.min(hi, k + 6) && toks[p]!.kind === 'word' && toks[p]!.t === toks[p]!.lc && !MADE_PUBLIC.test(toks[p]!.t) && (p > k + 1 || toks[p]!.t === 'of') && !isVerbLike(toks[p]!)) p++;
  if (p >= hi || !MADE_PUBLIC.test(toks[p]!.t) || toks[p + 1]?.t !== 'by') return -1;
  let e = p + 2;
  if (toks[e]?.lc === 'the') e++;
  if (!isCap(toks[e])) return -1;
  while (e + 1 < hi && isCap(toks[e + 1])) e++;
  return e;
}
const MADE_PUBLIC = /^(released|provided|obtained|published|issued|posted|reviewed|taken|filed|leaked)$/;

/** Plural heads that speak for the capitalised words before them ("Democratic officials", "FEC records"). */
const PLURAL_SOURCE = /^(officials|aides|advisers|advisors|staffers|sources|supporters|spokesmen|allies|lawmakers|leaders|members|strategists|operatives|reports|records|documents|filings|data|figures|estimates)$/;

/** Index of a plural source noun within two lower-case words from `b` that closes the phrase, or -1. */
function pluralHead(toks: Tok[], b: number, hi: number): number {
  for (let j = b; j < Math.min(hi, b + 2); j++) {
    const t = toks[j]!;
    if (t.kind !== 'word' || t.t !== t.lc) return -1;
    // ("White House pool reports": the head may look like a cue; a word before it may not.)
    if (!PLURAL_SOURCE.test(t.lc)) {
      if (isCue(t) || RIGHT_STOP.has(t.lc) || isVerbLike(t)) return -1;
      continue;
    }
    const next = toks[j + 1];
    return next === undefined || j + 1 >= hi || next.kind !== 'word' || next.t !== next.lc || RIGHT_STOP.has(next.lc) || isCue(next) || PREPS.has(next.lc) ? j : -1;
  }
  return -1;
}

const POLL_HEAD = /^(polls?|surveys?|reports?|study|studies|analysis|analyses|research|review|audit)$/;
const POLL_VERBS = 'released|conducted|published|taken|issued';
const POLL_PARTICIPLE = new RegExp(`^(${POLL_VERBS})$`);
/** "an Associated Press-GfK poll released Thursday": a description npRight ran on through its participle. */
export const POLL_PHRASE = new RegExp(`^(?:a|an|the)\\s.*\\s(?:${POLL_VERBS})\\s`, 'iu');

/** Index of the last word of the name after "known as", "named", "going by the handle" at `b`, or -1. */
function nameItGoesBy(toks: Tok[], b: number, hi: number): number {
  // (Called for every word of a description: only these words can open the phrase.)
  if (!/^(known|named|nicknamed|going|who)$/.test(toks[b]!.lc)) return -1;
  const w = toks.slice(b, b + 4).map((t) => t.lc).join(' ');
  const m = /^(?:known as|named|nicknamed|going by(?: the (?:handle|name))?|who goes by(?: the (?:handle|name))?) /.exec(w + ' ');
  if (!m) return -1;
  let j = b + m[0].trim().split(' ').length;
  if (j >= hi || !isCap(toks[j])) return -1;
  while (j + 1 < hi && isCap(toks[j + 1])) j++;
  return j;
}

/**
 * "Stephanie Hooton of Derry, N.H.,": a place after "of" keeps the state set off by a comma;
 * "Robert Antonacci of the New York delegation,": a body after "of the" keeps its closing noun.
 */
function withState(toks: Tok[], k: number, b: number, hi: number): number {
  const of = toks.slice(k, b).findIndex((t) => t.t === 'of');
  if (of < 0) return b;
  const tail = toks[b + 1];
  const close = toks[b + 2];
  if (toks[k + of + 1]?.lc === 'the' && tail?.kind === 'word' && tail.t === tail.lc && !RIGHT_STOP.has(tail.lc) && !isCue(tail) && !isVerbLike(tail) && (close === undefined || b + 2 >= hi || close.kind !== 'word')) return b + 1;
  if (tail?.t !== ',') return b;
  let j = b + 2;
  while (j < Math.min(hi, b + 4) && isCap(toks[j])) j++;
  const after = toks[j];
  return j > b + 2 && (j >= hi || (after !== undefined && after.kind === 'punct' && /^[,.;)]$/.test(after.t))) ? j - 1 : b;
}

