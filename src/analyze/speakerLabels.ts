/**
 * Transcript labels (issue 3, Speakers): in a transcript each turn opens with the speaker's name in
 * capitals and a colon ("WALLACE: Let's start …", "КЛИНТОН: …"). The label names the speaker of
 * the quote it opens, and of quotes without a cue of their own later in that paragraph.
 */
import type { Entity, EntityIndex } from './names';

// One to three upper-case words (letters, dots, apostrophes, hyphens), then a colon and a space.
const LABEL = /^[\s"“„«»'‘]*(\p{Lu}[\p{Lu}.’'-]+(?:[ \u00a0]\p{Lu}[\p{Lu}.’'-]*){0,2}):[ \u00a0]/u;

// Labels that name a medium or a stage direction, not a person.
const NOT_SPEAKERS = new Set([
  'video', 'audio', 'update', 'updated', 'breaking', 'note', "editor's note", 'editor’s note', 'watch', 'photo',
  'read', 'crosstalk', 'laughter', 'applause', 'transcript', 'source', 'sources', 'related', 'correction',
  'warning', 'live', 'exclusive', 'opinion', 'analysis', 'tweet', 'quote', 'headline', 'caption', 'ps', 'p.s.',
  'fact', 'claim', 'verdict', 'rating', 'answer', 'question', 'q', 'a', 'us', 'u.s.', 'un', 'eu', 'uk',
]);

/** The label opening `s` (e.g. "WALLACE" in "WALLACE: …"), or null. */
export function transcriptLabel(s: string): string | null {
  const m = LABEL.exec(s.slice(0, 60));
  if (!m) return null;
  const label = m[1]!;
  // At least two letters, and no lower-case: "Note:" or "Washington:" are not transcript turns.
  if ((label.match(/\p{L}/gu)?.length ?? 0) < 2 || NOT_SPEAKERS.has(label.toLowerCase())) return null;
  return label;
}

/**
 * The name to show for a label: the person the article names with that surname ("WALLACE" →
 * "Chris Wallace"), else the label in title case ("Wallace").
 */
export function labelSpeaker(label: string, entities: EntityIndex, before: number): string {
  const title = label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  // The label itself is an all-caps run (an acronym to names.ts): look for a person by surname.
  const sur = title.split(/\s+/).pop()!.toLowerCase();
  const isNamed = (e: Entity) => e.kind === 'person' && e.name.toLowerCase().split(/\s+/).pop() === sur;
  const e = entities.lastBefore(before, isNamed) ?? entities.entities.find(isNamed);
  return e ? e.name : title;
}
