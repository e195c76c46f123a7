/**
 * Sentence openers that look like names (names.ts): a capitalised word seen only at the start of
 * sentences ("Repeating", "Growing", "Moments later, he said") is no entity.
 */
import type { Entity, Mention } from './names';
import { CUE_WORDS } from './cueVerbs';

const PRONOUN_WORDS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'er', 'sie', 'il', 'elle', 'ils', 'él', 'ella', 'он', 'она', 'они']);

/**
 * A single capitalised word seen only at sentence starts, with no sign of a person ("Repeating",
 * "Growing"), is no entity: remove it and renumber.
 */
export function dropInitialOnly(text: string, entities: Entity[], mentions: Mention[], initialOnly: Set<number>, byName: Map<string, Entity>): { entities: Entity[]; mentions: Mention[] } {
  // ("Moments later, he said": a pronoun before the cue is the speaker, not the word.)
  const speaks = (e: Entity) => e.mentions.some((m) => {
    const next = text.slice(m.end, m.end + 40).match(/[\p{L}]+/gu) ?? [];
    const cue = next.slice(0, 3).findIndex((w) => CUE_WORDS.has(w));
    return cue >= 0 && !next.slice(0, cue).some((w) => PRONOUN_WORDS.has(w.toLowerCase()));
  });
  // A surname opening several sentences ("Cruz said …") or followed by a speech verb stays.
  const drop = (e: Entity) => initialOnly.has(e.id) && e.kind === 'unknown' && !/\s/.test(e.name) && e.mentions.length < 2 && !speaks(e);
  if (![...initialOnly].some((id) => drop(entities[id]!))) return { entities, mentions };
  const keptEntities = entities.filter((e) => !drop(e));
  const remap = new Map<number, number>();
  keptEntities.forEach((e, i) => {
    remap.set(e.id, i);
    e.id = i;
  });
  const keptMentions = mentions.filter((m) => remap.has(m.entity));
  for (const m of keptMentions) m.entity = remap.get(m.entity)!;
  const keptSet = new Set(keptEntities);
  for (const [k, e] of byName) if (!keptSet.has(e)) byName.delete(k);
  return { entities: keptEntities, mentions: keptMentions };
}
