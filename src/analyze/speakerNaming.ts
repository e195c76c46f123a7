/**
 * Quotes that name a thing (issue 3, Speakers): "a website called “Cape Breton If Trump Wins”",
 * "the so-called “Self-Determination Initiative”", "Marcel Lazar, known online as “Guccifer”". The
 * marks hold a name, and nobody is reported to say it: such a quote has no speaker, neither from
 * the sentence's subject nor from the quote before it. (A speaker who calls something so — "what
 * Gilbert called “a perception problem”", "which he called “…”" — is still read as a cue.)
 */
import type { Tok } from './speakerFrames';
import { ROLE_WORDS } from './nameLists';
import { DETERMINERS, isAux, isPronoun, isVerbLike } from './speakerWordClasses';

/** True when the words right before the quote token `q` (not before `lo`) name what it holds. */
export function namesAThing(toks: Tok[], q: number, lo: number): boolean {
  let c = q - 1;
  if (c >= lo && toks[c]!.lc === 'the') c--;
  if (c < lo) return false;
  const w = toks[c]!;
  if (w.lc === 'so-called' || (w.lc === 'called' && toks[c - 1]?.lc === 'so' && c - 1 >= lo)) return true;
  // "known as", "known online as", "known here as".
  if (w.lc === 'as') {
    for (let j = c - 1; j >= lo && c - j <= 3; j--) if (toks[j]!.t === 'known') return true;
    return false;
  }
  if (w.t !== 'called') return false;
  // "a website called", "a regular series, called", "a chummy corporate culture called": a
  // determiner phrase of lower-case words ends right before "called".
  let j = c - 1;
  if (j >= lo && toks[j]!.t === ',') j--;
  const noun = toks[j];
  if (j < lo || !noun || noun.kind !== 'word' || noun.t !== noun.lc || isPronoun(noun) || isAux(noun) || isVerbLike(noun) || ROLE_WORDS.has(noun.lc) || DETERMINERS.has(noun.lc)) return false;
  for (let d = j - 1; d >= lo && j - d <= 4; d--) {
    const t = toks[d]!;
    if (t.kind !== 'word' || t.t !== t.lc) return false;
    if (/^(a|an|the)$/.test(t.lc)) return true;
  }
  return false;
}
