/**
 * Antecedents a pronoun reaches past its nearest named source (issue 3, Speakers): a person the
 * paragraph before went on about through "he"/"she".
 */
import type { Mention } from './names';
import type { SpeakerContext } from './speakers';
import { firstPronoun, paragraphPersonMention } from './speakerAntecedents';

/**
 * "Yet there in the back was Garcia, the grocery store worker. He was not feeling it. ¶ “…,” he
 * said.": a paragraph that names a person and then goes on about them as "he" hands that person
 * on to the next paragraph's "he" — the mention of that person in [from, to), or null when the
 * paragraph never speaks of anyone of gender `g` through a pronoun.
 */
export function personCarriedOn(ctx: SpeakerContext, from: number, to: number, g: 'm' | 'f'): Mention | null {
  const pronoun = firstPronoun(ctx, from, to, g);
  // A pronoun opening its own sentence goes on about the person before; one inside the sentence
  // that names someone ("… did give Trump some credit, saying he should …") may be its subject's.
  if (pronoun >= to || !/^\p{Lu}/u.test(ctx.text[pronoun]!)) return null;
  return paragraphPersonMention(ctx, from, pronoun, g);
}
