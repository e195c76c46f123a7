import { describe, expect, it } from 'vitest';
import { speakerAddedTo } from '../../../src/analyze/speakerPronounChain';
import type { Entity } from '../../../src/analyze/names';
import type { SpeakerContext } from '../../../src/analyze/speakers';

const person = (id: number, name: string, gender: 'm' | 'f' | null): Entity => ({ id, name, kind: 'person', role: null, gender, mentions: [] });

describe('speakerAddedTo: "he added" goes on from the latest speaker', () => {
  const text = 'McCain distanced himself from Bush. “Why cozy up to Bush?” Quint said about it. He added that “McCain couldn’t escape.”';
  const ctx = { text, sites: [] } as unknown as SpeakerContext;
  const mccain = { pos: 0, entity: person(0, 'John McCain', 'm') };
  const quint = { pos: text.indexOf('Quint'), entity: person(1, 'Zorbel Quint', null), speech: true };
  const he = { start: text.indexOf('He added'), end: text.indexOf('He added') + 2, text: 'He' };

  it('a person of unknown gender just quoted wins over the man further back', () => {
    expect(speakerAddedTo(ctx, he, [mccain, quint], mccain)).toBe(quint);
  });

  it('only after "added"; and never for a name that is no known person', () => {
    const said = text.replace('He added', 'He said  ');
    expect(speakerAddedTo({ ...ctx, text: said }, he, [mccain, quint], mccain)).toBe(mccain);
    const outlet = { ...quint, entity: { ...quint.entity, kind: 'unknown' as const } };
    expect(speakerAddedTo(ctx, he, [mccain, outlet], mccain)).toBe(mccain);
  });
});
