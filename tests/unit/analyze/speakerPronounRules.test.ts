import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: relative clauses and pronouns point back to the right person', () => {
  it('"“…,” said X, the …, who added …": the name after the inverted cue heads the relative clause', () => {
    const text = '“We are ready,” said Tom Baker, the group’s chief strategist, who added that his team would focus on issues “like folks are running for sheriff.”';
    expect(speakerOf(text, 1)).toBe('Tom Baker');
  });
});
