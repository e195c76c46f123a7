/**
 * A description and its restrictive relative clause as the subject of a cue (issue 3, Speakers):
 * "the groups who wrote to her on Thursday say …" is those groups, not "her" or "Thursday".
 */
import { tokenAt, type Tok } from './speakerFrames';
import { baseNP, type NP } from './speakerPhrases';
import { DETERMINERS, SUBORDINATORS, isAux, isCap, isPronoun } from './speakerWordClasses';


/**
 * "the groups who wrote to her on Thursday say", "Another Muslim who worshiped here and who didn't
 * want to be named said": a description and the restrictive clause (no comma) saying which one.
 */
export function restrictiveSubject(text: string, toks: Tok[], c: number, lo: number): NP | null {
  let e = c - 1;
  while (e > lo && isAux(toks[e]!)) e--;
  // (", who …, said" is an aside, read by appositiveChain.)
  if (toks[e]?.kind !== 'word') return null;
  for (let j = e - 1; j > lo && c - j <= 25; j--) {
    const t = toks[j]!;
    // ("the congressman who gained attention when he yelled": a clause of its own is nearer.)
    if (t.kind !== 'word' || isPronoun(t) || (t.t === t.lc && SUBORDINATORS.has(t.lc))) return null;
    // ("… who worshiped here and who didn't want to be named": a second clause on the same noun.)
    if (t.t !== 'who' || toks[j - 1]!.t === 'and') continue;
    const head = baseNP(text, toks, j, lo);
    // (A description only: a name is meant as itself, "this tweet from Rikkie Wells who tweeted";
    // so is a name before its appositive, "Tom Baker, the polling guru who founded the site".)
    const at = head ? tokenAt(toks, head.start) : -1;
    if (!head || !DETERMINERS.has(toks[at]!.lc) || (toks[at - 1]?.t === ',' && isCap(toks[at - 2]))) return null;
    // ("a White House official who spoke anonymously … said": why the source goes unnamed does not
    // say who it is; the description alone speaks, as speakerDescriptionTail.ts shows it.)
    if (/\b(?:anonymity|anonymously|named|identified|authori[sz]ed|record)\b/.test(text.slice(toks[j]!.start, toks[e]!.end))) return head;
    return { start: head.start, end: toks[e]!.end, text: text.slice(head.start, toks[e]!.end) };
  }
  return null;
}
