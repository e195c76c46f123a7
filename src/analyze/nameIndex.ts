/**
 * The lookups of an EntityIndex (names.ts): the mention at an offset, the entity a name as written
 * refers to ("Mr. Putin" → Vladimir Putin), the latest entity before an offset, and the latest
 * holder of a role.
 */
import type { Entity, EntityIndex, Mention } from './names';
import { HONORIFIC, isRoleToken, lc, roleWords, surname } from './nameRoles';
import { partitionPoint } from './partitionPoint';

export function makeIndex(entities: Entity[], mentions: Mention[], byName: Map<string, Entity>, lowerWords: ReadonlySet<string>): EntityIndex {
  const mentionAt = (start: number, end: number): Mention | null => {
    // The first mention ending after `start`.
    const m = mentions[partitionPoint(mentions, (x) => x.end <= start)];
    return m && m.start < end ? m : null;
  };
  const lastIndexBefore = (offset: number): number => partitionPoint(mentions, (x) => x.end <= offset) - 1;
  const lastBefore = (offset: number, test?: (e: Entity) => boolean): Entity | null => {
    for (let i = lastIndexBefore(offset); i >= 0; i--) {
      const e = entities[mentions[i]!.entity]!;
      if (!test || test(e)) return e;
    }
    return null;
  };
  const entityOf = (name: string, before?: number): Entity | null => {
    const clean = name.replace(/[’']s$/, '').trim();
    const direct = byName.get(lc(clean));
    if (direct) return direct;
    const toks = clean.split(/\s+/).filter((t) => !(lc(t) in HONORIFIC) && !isRoleToken(t));
    if (toks.length === 0) return null;
    const full = byName.get(lc(toks.join(' ')));
    if (full) return full;
    const sur = lc(toks[toks.length - 1]!);
    const test = (e: Entity) => surname(e.name) === sur;
    if (before !== undefined) return lastBefore(before, test);
    return entities.find(test) ?? null;
  };
  const byRole = (word: string, before: number): Entity | null => {
    const w = lc(word);
    return lastBefore(before, (e) => e.role !== null && roleWords(e.role).includes(w));
  };
  return { entities, mentions, mentionAt, entityOf, lastBefore, byRole, lowerWords };
}
