import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('an adverb and a participle inside a description', () => {
  it('keeps "the recently court-released … playbook" whole', () => {
    expect(speakerOf('According to the recently court-released Acme University playbook, its salespersons were told, “You don’t sell products. You sell feelings.”', 'sell feelings')).toBe('the recently court-released Acme University playbook');
  });

  it('keeps "a newly released report" whole', () => {
    expect(speakerOf('“You sell feelings,” according to a newly released report from the committee.', 'sell feelings')).toBe('a newly released report from the committee');
  });
});
