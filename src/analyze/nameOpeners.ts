/**
 * Sentence openers that look like names (names.ts): a capitalised word seen only at the start of
 * sentences ("Repeating", "Growing", "Moments later, he said") is no entity; words that open a
 * sentence before a name ("Across town, …") and the test for a sentence start.
 */
import type { Entity, Mention } from './names';
import { CUE_WORDS } from './cueVerbs';

/** Words after a cue word that show it is a noun or no speech ("comments are", "offered to"). */
const NOT_SPEECH_AFTER = new Set(['to', 'are', 'is', 'was', 'were', 'have', 'has', 'had']);
const PRONOUN_WORDS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'er', 'sie', 'il', 'elle', 'ils', 'él', 'ella', 'он', 'она', 'они']);

/**
 * A single capitalised word seen only at sentence starts, with no sign of a person ("Repeating",
 * "Growing"), is no entity: remove it and renumber.
 */
export function dropInitialOnly(text: string, entities: Entity[], mentions: Mention[], initialOnly: Set<number>, byName: Map<string, Entity>): { entities: Entity[]; mentions: Mention[] } {
  // ("Moments later, he said": a pronoun before the cue is the speaker, not the word.)
  // ("Already, Trump’s comments …", "Harsh comments are …", "Friends offered to vote": a cue
  // word after a possessive, or followed by 'to' or a form of 'be'/'have', is a noun or no speech.)
  const speaks = (e: Entity) => e.mentions.some((m) => {
    const next = text.slice(m.end, m.end + 40).match(/[\p{L}][\p{L}’']*/gu) ?? [];
    const cue = next.slice(0, 3).findIndex((w) => CUE_WORDS.has(w));
    if (cue < 0 || NOT_SPEECH_AFTER.has((next[cue + 1] ?? '').toLowerCase())) return false;
    return !next.slice(0, cue).some((w) => PRONOUN_WORDS.has(w.toLowerCase()) || /[’']s$/.test(w));
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

// Also sentence openers that are no names ("Across town, …", "Moments later, …"); kept out of
// NOT_NAMES, which the speaker phrases read too.
export const LEAD_MODIFIERS = new Set(['across', 'throughout', 'beyond', 'inside', 'outside', 'toward', 'towards', 'behind',
  'beside', 'beneath', 'above', 'below', 'near', 'upon', 'amid', 'amidst', 'via', 'onto', 'along', 'around', 'moments',
  'former', 'ex', 'then', 'late', 'ehemalige', 'ehemaliger', 'ancien', 'ancienne', 'exministro', 'expresidente']);

/** True when position `i` starts a sentence (after . ! ? or a quote/newline, or at the start). */
export function sentenceInitial(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\u00a0' || '“"‘«„(['.includes(text[j]!))) j--;
  if (j < 0) return true;
  const c = text[j]!;
  return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '”' || c === '"' || c === '—';
}
