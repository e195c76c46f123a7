import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('the subject of a passive verb is not the speaker of a cue-less quote', () => {
  it('gives a scare quote after a passive verb no speaker', () => {
    const t = 'In the long primary, many voters are expected to delay their choice (“sit on it” in the trade) so as not to “waste” their vote.';
    expect(speakerOf(t, 'sit on it')).toBeFalsy();
    expect(speakerOf(t, 'waste')).toBeFalsy();
  });

  it('looks past a relative aside to the passive verb', () => {
    const t = 'Dana Mills, who was a teacher at the school, was being treated for a “rare illness” in Lyon.';
    expect(speakerOf(t, 'rare illness')).toBeFalsy();
  });

  it('keeps an active subject, and a passive one with a cue of its own', () => {
    expect(speakerOf('Senator Dana Mills also called for more “flexibility” in the budget.', 'flexibility')).toBe('Dana Mills');
    expect(speakerOf('A federal lawsuit was filed in 2012 alleging that the police used faith as a “proxy for criminality.”', 'proxy')).toMatch(/lawsuit/);
  });
});
