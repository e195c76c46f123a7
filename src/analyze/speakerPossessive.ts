/**
 * Possessive owners of remarks (issue 3, Speakers): "As the debate progressed and Trump stood by his
 * comment that “Islam hates us,” Rubio …" — "his" is read as "he" (speakerRemarks.ts), but a
 * possessive refers to someone named before it in its own sentence (usually the subject),
 * not to the last speaker of the article.
 */
import type { NP, SpeakerContext } from './speakers';
import { insideQuote, type Source } from './speakerAntecedents';
import { partitionPoint } from './partitionPoint';

/** The first person of gender `g` named before the possessive `p` in its sentence, or null. */
export function possessiveOwner(ctx: SpeakerContext, p: NP, g: 'm' | 'f' | 'p' | null): Source | null {
  if ((g !== 'm' && g !== 'f') || !/^(?:his|her)$/i.test(ctx.text.slice(p.start, p.end))) return null;
  // The sentence start: a full stop, question or exclamation mark, or a line break (bounded).
  const from = Math.max(0, p.start - 300);
  const before = ctx.text.slice(from, p.start);
  const end = Math.max(before.search(/[.!?\n][^.!?\n]*$/u), -1);
  const start = from + end + 1;
  const idx = ctx.entities;
  // The first such person: the subject comes first ("Madeleine Albright, a Clinton supporter,
  // fanned controversy over her remark that …" is Albright's remark).
  for (let i = partitionPoint(idx.mentions, (x) => x.start < start); i < idx.mentions.length; i++) {
    const m = idx.mentions[i]!;
    if (m.end > p.start) break;
    const e = idx.entities[m.entity]!;
    if (e.kind === 'person' && e.gender === g && !insideQuote(ctx.sites, m.start, ctx.text)) return { pos: m.start, entity: e };
  }
  return null;
}
