import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('according to a bare noun made public by someone', () => {
  it('reads "audio provided by Wyoming Public Radio" as the outer source', () => {
    expect(speakerOf('“It matters,” Bill Clinton said Monday in Cheyenne, according to audio provided by Wyoming Public Radio.', 'It matters')).toBe('Wyoming Public Radio');
  });

  it('reads "excerpts of his speech released by the White House" as the outer source', () => {
    expect(speakerOf('“Nothing prepares you for the office,” the two-term president will say, according to excerpts of his speech released by the White House.', 'Nothing prepares')).toMatch(/White House$/);
  });
});
