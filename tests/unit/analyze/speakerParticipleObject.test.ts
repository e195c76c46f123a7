import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a name after a participle and its preposition is no subject', () => {
  it('reads past "obtained by X" to the noun the participle describes', () => {
    expect(speakerOf('A letter from the Veterans Council obtained by The Daily Ledger warns that “any further use will be met in court.”', 'further use')).toMatch(/Veterans Council$/);
  });

  it('reads past "speaking to X"', () => {
    expect(speakerOf('Another intelligence source speaking to Channel Nine said, “The agents are under a lot of pressure.”', 'agents are')).toBe('Another intelligence source');
  });

  it('keeps a name that is the subject itself', () => {
    expect(speakerOf('Senator Ann Cole said, “The agents are under a lot of pressure.”', 'agents are')).toBe('Ann Cole');
  });

  it('does not take a sentence adverb for a name', () => {
    expect(speakerOf('Nevertheless, a survey conducted by independent analyst Elena Ruiz found that people fear China. “In 2030, we will all speak Chinese,” is one common saying here.', '2030')).toBeNull();
  });
});
