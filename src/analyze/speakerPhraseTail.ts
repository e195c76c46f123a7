/**
 * A description opening the sentence runs on through the phrase saying whose or where it is, up
 * to the verb: "A spokesman for Platte River declined …", "A footnote in the report makes that
 * clear: “…”" are that spokesman and that footnote ("A spokesman", "A footnote" say less).
 */
import type { Tok } from './speakerFrames';
import { WHEN_OR_HOW } from './speakerPhrases';
import { DETERMINERS, isAux, isCue, isVerbLike } from './speakerWordClasses';

const PHRASE_PREPS = /^(of|for|in|at|from|with|to|on)$/;

/**
 * Index of the last token of the prepositional phrase after the description ending at `b`, when
 * a verb follows it before `c`; `b` itself otherwise.
 */
export function throughPlacePhrase(toks: Tok[], b: number, c: number): number {
  const prep = toks[b + 1];
  if (!prep || prep.t !== prep.lc || !PHRASE_PREPS.test(prep.t)) return b;
  let e = b + 2;
  if (e < c && DETERMINERS.has(toks[e]!.lc)) e++;
  const head = e;
  while (e < c && e - head < 5 && toks[e]!.kind === 'word' && !isVerbLike(toks[e]!) && !isCue(toks[e]) && !presentVerb(toks, e)) e++;
  // ("in a statement", "on Tuesday": when or how, not whose.)
  if (e === head || e >= c || WHEN_OR_HOW.test(toks[head]!.lc)) return b;
  // ("the former secretary of state said": one bare lower-case word completes a title, which
  // resolves to the person holding it.)
  if (e === head + 1 && head === b + 2 && toks[head]!.t === toks[head]!.lc) return b;
  const verb = toks[e]!;
  return verb.kind === 'word' && (isVerbLike(verb) || isAux(verb) || isCue(verb) || presentVerb(toks, e)) ? e - 1 : b;
}

/** "makes that clear": a lower-case word in -s before a determiner or pronoun reads as a verb. */
function presentVerb(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  return t.t === t.lc && /[^s’']s$/.test(t.lc) && k > 0 && next !== undefined && next.kind === 'word' && next.t === next.lc && (DETERMINERS.has(next.lc) || /^(that|it|him|her|them|us|for|to)$/.test(next.lc));
}
