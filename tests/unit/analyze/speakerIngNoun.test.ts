import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('an -ing word after a determiner or possessive is a noun', () => {
  it('keeps "Cruz’s thinking" in the description', () => {
    expect(speakerOf('Another source familiar with Cruz’s thinking said, “I think he will certainly try.”', 'certainly try')).toBe('Another source familiar with Cruz’s thinking');
  });

  it('keeps "the thinking" in the description', () => {
    expect(speakerOf('A person familiar with the thinking said, “I think he will certainly try.”', 'certainly try')).toBe('A person familiar with the thinking');
  });

  it('still drops a participle after a plural noun', () => {
    expect(speakerOf('Protesters marching chanted “Dump Trump!” outside.', 'Dump Trump')).toBe('Protesters');
  });
});
