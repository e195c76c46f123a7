/**
 * A speaker phrase cut short before its person: "said Del. Stacey Plaskett" (the phrase stops at the
 * title's period), "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed
 * Rendell", "said Oversight ranking Democrat Elijah Cummings", "said Idaho nutritional-supplement
 * executive Frank VanderSloot". When the phrase names no person, the person named right after it,
 * across only descriptor words, is the speaker.
 */
import { TITLE_ABBR, type EntityIndex, type Mention } from './names';
import { isRoleToken } from './nameRoles';
import { DEMONYM, ORG_WORDS } from './nameLists';
import { mentionIndex } from './speakerAntecedents';
import { CUE_WORDS } from './cueVerbs';
import { RIGHT_STOP } from './speakerWordClasses';

// Function words and prepositions a description of a person never holds ("said Idaho that …";
// "Attorneys for Maria Lopez appeared": the attorneys speak, not their client).
const NOT_DESCRIPTOR = /^(?:the|a|an|his|her|their|its|our|my|your|is|are|was|were|be|been|has|have|had|not|no|so|if|or|nor|than|then|there|here|what|why|how|where|whose|whom|it|he|she|they|we|you|i|him|them|us|me|also|for|of|against|under|over|into|like|near|behind|toward|towards|among|between|without|within|around|per)$/;

const TITLE = new RegExp(`^${TITLE_ABBR}$`, 'u');

/**
 * The person mention that follows the phrase ending at `end` across at most six descriptor words
 * (lower-case role words, hyphenated modifiers, capitalised role words; "and" only right after a
 * title abbreviation's period), or null. No punctuation but a title's period may come between.
 */
export function personAfterPhrase(text: string, idx: EntityIndex, phrase: string, end: number): Mention | null {
  const i = mentionIndex(idx, { start: end });
  const m = idx.mentions[i];
  if (!m || m.start - end > 90) return null;
  const e = idx.entities[m.entity]!;
  if (e.kind !== 'person') return null;
  let gap = text.slice(end, m.start);
  // The phrase may end before or after its title's period ("Del" or "Gov."); any other period ends
  // the sentence ("…,” CNN reported. Kasich has said").
  const lastWord = /[\p{L}.]+$/u.exec(phrase)?.[0] ?? '';
  const title = TITLE.test(lastWord.endsWith('.') ? lastWord : `${lastWord}${gap.slice(0, 1)}`);
  if (title && gap.startsWith('.')) gap = gap.slice(1);
  if (!/^[ \u00a0\p{L}\p{M}.-]*$/u.test(gap) || (gap !== '' && !/^[ \u00a0]/.test(gap))) return null;
  const words = gap.trim() === '' ? [] : gap.trim().split(/[ \u00a0]+/);
  if (words.length > 6) return null;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const wl = w.toLowerCase();
    if (wl === 'and' && k === 0 && title) continue;
    if (RIGHT_STOP.has(wl) || NOT_DESCRIPTOR.test(wl) || CUE_WORDS.has(wl)) return null;
    // Capitalised words only of a role ("Democratic National Committee Chairman", "Lt. Gen.").
    if (/^\p{Lu}/u.test(w)) {
      if (!isRoleToken(w) && !DEMONYM.test(w) && !ORG_WORDS.has(wl) && !/^(?:democrat|republican)$/.test(wl)) return null;
    } else if (w.includes('.') || /(?:ed|ly)$/.test(wl)) return null;
  }
  return m;
}
