import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a long description is not cut inside the name closing it', () => {
  it('keeps "U.S. Senate Committee on Homeland Security" whole', () => {
    expect(speakerOf('One message said: “You kill innocent women and children,” according to a letter to Facebook from the chairman of the U.S. Senate Committee on Homeland Security. The attack sparked a debate.', 'innocent women')).toBe('a letter to Facebook from the chairman of the U.S. Senate Committee on Homeland Security');
  });
});
