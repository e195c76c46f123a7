/**
 * Chants nobody is named for (issue 3, Speakers): "Walking into the office to chants of “Marco!
 * Marco!”", "there were near-constant calls of “Feel the Bern”", "drawing loud jeers and “BERNIE!”
 * chants". A crowd's voice with no subject of its own is nobody's quote in particular: not the
 * subject of the sentence, nor the speaker of the quote before. ("Clinton supporters responded with
 * chants of “…”" and "their chants of “…”" name the crowd, and are read as before.)
 */
import type { Tok } from './speakerFrames';

const CROWD_NOUNS = /^(chants?|calls|cries|shouts|cheers|screams|jeers|roars)$/;
/** Words before the crowd noun that leave it without an owner ("to", "amid", "met with", "were"). */
const NO_OWNER = /^(to|amid|among|of|were|was|and|drawing|prompting|sparking|into)$/;

/** Whether the quote token `q` (sentence from `lo`) is a chant with no named crowd. */
export function anonymousChant(toks: Tok[], q: number, lo: number): boolean {
  // "“BERNIE!” chants": the noun right after the quote; what comes before it must be owner-less.
  let n = CROWD_NOUNS.test(toks[q + 1]?.t ?? '') ? q : -1;
  if (n < 0) {
    // "chants of “…”", "a chant of “…”".
    if (toks[q - 1]?.t !== 'of' || !CROWD_NOUNS.test(toks[q - 2]?.t ?? '')) return false;
    n = q - 2;
  }
  // Adjectives and articles between ("loud", "near-constant", "a thunderous").
  let b = n - 1;
  while (b >= lo && n - b <= 3 && toks[b]!.kind === 'word' && toks[b]!.t === toks[b]!.lc && !NO_OWNER.test(toks[b]!.t) && !/^(with|by|their|his|her|its)$/.test(toks[b]!.t) && !/[’']s?$/.test(toks[b]!.t)) b--;
  const w = b >= lo ? toks[b]! : null;
  if (!w || w.kind !== 'word') return false;
  if (NO_OWNER.test(w.t)) return true;
  // "was met with chants of", "greeted by shouts of": a passive leaves the crowd unnamed.
  return /^(with|by)$/.test(w.t) && b - 1 >= lo && /^(met|greeted|welcomed|interrupted|drowned)$/.test(toks[b - 1]!.t);
}
