/**
 * Passive subjects (issue 3, Speakers): "Mosad … was being treated for a “malignant disease”",
 * "many voters are expected to delay casting their ballots (“sit on it” …)", "Blumenthal was asked,
 * “If you had known …?”". The subject of a passive verb is what was done to, not a speaker: a quote
 * in its sentence with no cue of its own is somebody else's words (the doctor's, the consultants',
 * the interviewer's), so the sentence subject must not be read as its speaker.
 */
import { tokenAt, tokenFrom, type Tok } from './speakerFrames';
import type { NP } from './speakerPhrases';
import { isCue } from './speakerWordClasses';
import { AFTER_QUOTE_ONLY, speechParticiple } from './cueVerbs';

const BE = /^(is|are|was|were|be|been|being|’s|'s)$/;
/** Auxiliaries that may come before a form of "be" ("had been", "will be", "could have been"). */
const BEFORE_BE = /^(has|have|had|will|would|can|could|may|might|must|should|shall|not|never|also|still|reportedly|allegedly|apparently|then)$/;
/** Irregular past participles met after "was"/"were" in news prose. */
const IRREGULAR_PARTICIPLES = new Set([
  'told', 'shown', 'seen', 'given', 'taken', 'held', 'known', 'thought', 'caught', 'sent', 'kept', 'left', 'brought',
  'found', 'made', 'led', 'met', 'paid', 'put', 'set', 'hit', 'shot', 'beaten', 'driven', 'chosen', 'forgotten', 'hidden',
  'struck', 'stuck', 'sworn', 'torn', 'worn', 'thrown', 'written', 'spoken', 'bitten', 'frozen', 'stolen', 'won', 'lost',
]);
/**
 * Participles after which the subject still speaks: "was quoted as", "was heard saying", "was
 * caught on tape calling", "was overheard": the quote is the subject's own words, reported.
 */
const STILL_SPEAKS = /^(quoted|heard|overheard|caught|recorded|filmed|taped|captured|seen|shown|spotted|photographed|pictured|videotaped|known|famed|noted|credited)$/;

/**
 * Whether the sentence subject `s` is the subject of a passive verb group right after it ("was
 * (being) treated", "are expected", "had been reframed"), with `q` the quote token (the verb must
 * come before it).
 */
export function passiveSubject(toks: Tok[], s: NP, q: number): boolean {
  // (From the subject's first token, found by binary search: bounded work per quote.)
  const first = tokenAt(toks, s.start);
  if (first < 0) return false;
  let i = tokenFrom(toks, first, s.end, q);
  // "Mosad, who was a teaching assistant at the school, was being treated …": past the aside.
  if (toks[i]?.t === ',' && /^(who|which)$/.test(toks[i + 1]?.t ?? '')) {
    let c = i + 2;
    while (c < q && c - i < 25 && toks[c]!.t !== ',' && toks[c]!.kind !== 'quote') c++;
    if (toks[c]?.t !== ',') return false;
    i = c + 1;
  }
  let be = false;
  // At most a few auxiliaries and adverbs, one of them a form of "be", then a past participle.
  for (let n = 0; i < q && n < 5; i++, n++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || t.t !== t.lc) return false;
    if (BE.test(t.lc)) {
      be = true;
      continue;
    }
    if (BEFORE_BE.test(t.lc) || (t.lc.length > 4 && t.lc.endsWith('ly'))) continue;
    if (!be) return false;
    if (!(/\p{L}{2,}ed$/u.test(t.lc) || IRREGULAR_PARTICIPLES.has(t.lc)) || STILL_SPEAKS.test(t.lc)) return false;
    // "A lawsuit was filed … alleging that police used … as a “…”", "Obama is reported to have
    // called the Saudis “…”": a cue later in the sentence is the passive subject's own speech.
    for (let k = i + 1; k < q; k++) if ((isCue(toks[k]) && !AFTER_QUOTE_ONLY.has(toks[k]!.lc)) || speechParticiple(toks[k]!.lc)) return false;
    return true;
  }
  return false;
}
