import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('passive naming frames', () => {
  it('gives no speaker to the thing a passive names', () => {
    expect(speakerOf('Owls are considered the “night watchmen of the forest.” Nobody knows why.', 'night watchmen')).toBeFalsy();
    expect(speakerOf('Anna Reyes’s new book, now a film, is described on its cover as a “gripping read” by any measure.', 'gripping read')).toBeFalsy();
    expect(speakerOf('Party chair Tom Dunn was said to be “livid” with the mayor.', 'livid')).toBeFalsy();
  });

  it('reads the agent after the quote', () => {
    expect(speakerOf('The inquiry — often labeled as a “fishing expedition” by Democrats — goes on.', 'fishing expedition')).toBe('Democrats');
  });

  it('keeps a cue after the quote', () => {
    expect(speakerOf('Lee admitted the work could be termed “influence peddling,” the Daily Ledger reported in 1991.', 'influence peddling')).toMatch(/Daily Ledger/);
  });

  it('leaves active naming to its subject', () => {
    expect(speakerOf('Mayor Ann Cole called the plan “a disaster” on Monday.', 'a disaster')).toBe('Ann Cole');
  });
});
