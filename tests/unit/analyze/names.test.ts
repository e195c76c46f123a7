import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/analyze/names';

describe('findEntities', () => {
  const text = [
    'Russian President Vladimir Putin met the mothers. President Putin said little.',
    'Mr. Putin left early. The Kremlin said the meeting was private.',
    'The most senior US general, Mark Milley, gave an estimate. Following the talks, Putin flew home.',
  ].join('\n\n');
  const idx = findEntities(text);

  it('merges the mentions of one person and keeps the role', () => {
    const putin = idx.entityOf('Putin');
    expect(putin?.name).toBe('Vladimir Putin');
    expect(putin?.role).toBe('Russian President');
    expect(putin?.mentions.length).toBe(4);
    expect(idx.entityOf('Mr. Putin')).toBe(putin);
    expect(idx.entityOf('President Putin')).toBe(putin);
    expect(putin?.gender).toBe('m');
  });

  it('finds organisations and appositive roles', () => {
    expect(idx.entities.find((e) => e.name === 'Kremlin')?.kind).toBe('organisation');
    expect(idx.entityOf('Milley')?.role).toBe('The most senior US general');
  });

  it('ignores sentence-initial common words', () => {
    expect(idx.entities.some((e) => e.name === 'Following')).toBe(false);
  });

  it('resolves a role word to the person introduced with it', () => {
    expect(idx.byRole('president', text.length)?.name).toBe('Vladimir Putin');
  });

  it('infers gender from pronouns when no list knows the name', () => {
    const t = 'Zorana Kettleby runs the clinic. She said the money ran out.';
    expect(findEntities(t).entityOf('Kettleby')?.gender).toBe('f');
  });
});
