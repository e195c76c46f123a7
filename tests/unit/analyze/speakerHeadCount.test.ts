import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a head count of people doing the chanting', () => {
  it('keeps "about 200 protesters" as the doer of a later participle', () => {
    expect(speakerOf('Outside the arena, about 200 protesters congregated in three clusters, holding signs and chanting “Dump Trump.”', 'Dump Trump')).toBe('about 200 protesters');
  });

  it('keeps "more than" with its count', () => {
    expect(speakerOf('Outside the arena, more than 200 protesters congregated in three clusters, holding signs and chanting “Dump Trump.”', 'Dump Trump')).toBe('more than 200 protesters');
  });
});
