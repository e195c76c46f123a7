import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('remark nouns owned by their speaker', () => {
  it('reads a short phrase between the remark and its that-clause', () => {
    expect(speakerOf('Senator Mara Quist spoke on Monday. Even as Quist was criticizing Cole, however, she came under fire over her assertion during the debate that “we are finally where we need to be” on the budget.', 'finally where')).toBe('Mara Quist');
  });

  it('reads a month before the remark noun', () => {
    expect(speakerOf('Senator Mara Quist spoke. The union is unlikely to back her after her March comment that, “We are going to close a lot of mines.”', 'close a lot')).toBe('Mara Quist');
  });

  it('reads what a call asks for', () => {
    expect(speakerOf('Governor Tom Vale spoke. His standing improved after his call for “a total and complete freeze” on hiring.', 'complete freeze')).toBe('Tom Vale');
  });
});
