import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('an unnamed "someone" speaks', () => {
  it('takes "someone in the audience" in an opening clause, not the main clause’s speaker', () => {
    const text = 'When someone in the audience shouted, “Cruz,” Beck joked, “Amen, brother!”';
    expect(speakerOf(text, 'Cruz')).toBe('someone in the audience');
    expect(speakerOf(text, 'Amen')).toBe('Beck');
  });

  it('takes a bare "someone" after the quote', () => {
    expect(speakerOf('“Liar!” someone shouted.', 'Liar')).toBe('someone');
  });
});
