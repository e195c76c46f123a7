import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a participle cue takes the subject of the nearest finite clause before it', () => {
  it('prefers a clause after the earlier cue ("X spoke near …, where Y had gathered, chanting “…”")', () => {
    expect(speakerOf('Mayor Dana Cole spoke near the plant, where about 50 workers had gathered on Monday, chanting “no contract, no peace.”', 'no contract')).toBe('about 50 workers');
    expect(speakerOf('Critics across the state highlighted remarks Cole made in 2006 saying he “sort of hopes” the market would fall.', 'sort of hopes')).toBe('Cole');
  });

  it('keeps the first verb of a coordination ("X conceded that Y had …, but implied …")', () => {
    expect(speakerOf('Mayor Dana Cole conceded that Reyes had touched the reporter but implied that it was her fault for “grabbing” at him.', 'grabbing')).toBe('Dana Cole');
  });
});
