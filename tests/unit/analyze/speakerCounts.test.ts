import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a counted group of people as the subject', () => {
  it('reads an approximate count opening the clause as part of the subject', () => {
    expect(speakerOf('Outside the hall, about 300 marchers gathered in two groups, holding signs and chanting “Save our school.”', 'Save our')).toBe('about 300 marchers');
    expect(speakerOf('Nearly 40 residents signed the letter, warning of “years of neglect.”', 'neglect')).toBe('Nearly 40 residents');
  });

  it('reads a share ("four in 10") as the subject of its cue', () => {
    expect(speakerOf('About four in 10 said they were “angry” with the council.', 'angry')).toBe('About four in 10');
  });

  it('keeps "more than" with its count', () => {
    expect(speakerOf('Outside the arena, more than 200 protesters congregated in three clusters, holding signs and chanting “Dump Trump.”', 'Dump Trump')).toBe('more than 200 protesters');
  });

  it('leaves a count after a verb or a preposition to its clause', () => {
    expect(speakerOf('Mayor Dana Cole spoke for about 50 minutes and said the plan was “a disaster.”', 'disaster')).toBe('Dana Cole');
  });
});

describe('the people a poll asked ("those surveyed")', () => {
  it('reads "those surveyed" / "those polled" as the subject of the cue', () => {
    expect(speakerOf('While those surveyed said Mayor Dana Cole has the “best experience,” Reyes leads the race.', 'best experience')).toBe('those surveyed');
    expect(speakerOf('Those polled said the council was “out of touch.”', 'out of touch')).toBe('Those polled');
  });
});

