/**
 * Antecedents a pronoun reaches past its nearest named source of its gender (issue 3, Speakers):
 * a person the paragraph before went on about through "he"/"she", the speaker "he added" goes on from.
 */
import type { Entity } from './names';
import type { NP, SpeakerContext } from './speakers';
import { firstPronoun, paragraphPersonMention, type Source } from './speakerAntecedents';
import { partitionPoint } from './partitionPoint';

/**
 * "Yet there in the back was Garcia, the grocery store worker. He was not feeling it. ¶ “…,” he
 * said.": a paragraph that names a person and then goes on about them as "he" hands that person
 * on to the next paragraph's "he" — that person, named in [from, to), or null when the
 * paragraph never speaks of anyone of gender `g` through a pronoun.
 */
export function personCarriedOn(ctx: SpeakerContext, from: number, to: number, g: 'm' | 'f'): Entity | null {
  const pronoun = firstPronoun(ctx, from, to, g);
  // A pronoun opening its own sentence goes on about the person before; one inside the sentence
  // that names someone ("… did give Trump some credit, saying he should …") may be its subject's.
  if (pronoun >= to || !/^\p{Lu}/u.test(ctx.text[pronoun]!)) return null;
  const m = paragraphPersonMention(ctx, from, pronoun, g);
  return m ? ctx.entities.entities[m.entity]! : null;
}

/**
 * "“Why …?” Lichtman said about McCain's effort …. He added, though, that “…”": "he added" goes on
 * from the latest speaker, a person whose gender nothing tells too, rather than the man `found`
 * further back. (Only "added": after "said" a genderless name is as often a place or an outlet,
 * "told Mic".)
 */
export function speakerAddedTo(ctx: SpeakerContext, p: NP, sources: Source[], found: Source): Source {
  if (!/^\s+add(?:ed|s)\b/.test(ctx.text.slice(p.end, p.end + 8))) return found;
  const last = lastSpeakerBefore(sources, p.start);
  return last && last.pos > found.pos && last.entity.gender === null && last.entity.kind === 'person' ? last : found;
}

/** The latest subject of a speech verb before `pos` (among the last 40 sources), or null. */
function lastSpeakerBefore(sources: Source[], pos: number): Source | null {
  const lo = partitionPoint(sources, (x) => x.pos < pos);
  for (let i = lo - 1; i >= 0 && i >= lo - 40; i--) if (sources[i]!.speech) return sources[i]!;
  return null;
}
