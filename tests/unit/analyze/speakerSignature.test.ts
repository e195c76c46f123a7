import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: a quote signed on its own last line', () => {
  it('"“…¶Name, affiliation.”": the name speaks the quote', () => {
    const text = 'The plan has critics on every side of the debate this week.\n\n"I worry that we may see a resurgence of calls for balanced budgets as the race goes on.\nJosh Bivens, Economic Policy Institute."\n\nBut the campaign disagrees.';
    expect(speakerOf(text)).toBe('Josh Bivens');
  });

  it('a title before the name and no affiliation', () => {
    const text = 'Iowa votes first.\n\n“The reality is, if she loses Iowa and New Hampshire, that could create new problems for her here.\nS.C. Rep. Maria Lopez.”\n\nThe polls open at seven.';
    expect(speakerOf(text)).toBe('Maria Lopez');
  });

  it('a Title Case line that names no person is not a signature', () => {
    const text = 'Iowa votes first.\n\n“The reality is, if she loses Iowa, that could create new problems for her here.\nThe Party Will Decide This Fall.”\n\nThe polls open at seven.';
    expect(speakerOf(text)).toBeNull();
  });
});

describe('speakers: a quote paragraph signed by a dash line after it', () => {
  it('"“…”¶- Name." and "-Name, description.": the name speaks the quotes above', () => {
    const text = 'We review the claims below.\n\n"Almost all new income is going to the top 1 percent."\n\n- Tom Baker.\n\nThe statistic is outdated.\n\n"We hear about it all the time, and it needs to stop."\n\n-Dana Ruiz, Philadelphia.\n\nMore follows.';
    expect(speakerOf(text, 0)).toBe('Tom Baker');
    expect(speakerOf(text, 1)).toBe('Dana Ruiz');
  });

  it('a narrated paragraph ending on a quote, then "- Agency.", is a credit line, not a signature', () => {
    const text = 'Tom Baker spoke at a rally and called the crowd "my people."\n\n- Wire Service.';
    expect(speakerOf(text)).not.toBe('Wire Service');
  });
});
