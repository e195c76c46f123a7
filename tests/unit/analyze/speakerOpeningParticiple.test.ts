import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a sentence opening on a speech participle', () => {
  it('reads "And in explaining …,"', () => {
    expect(speakerOf('Mayor Ann Cole spoke. And in explaining why so many of those “sensible fixes” had failed, Cole described a rigged system.', 'sensible fixes')).toMatch(/Cole/);
  });
});
