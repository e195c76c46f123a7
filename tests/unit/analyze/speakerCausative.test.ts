import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('speech a causative verb made happen ("prompted X to state")', () => {
  it('gives the quote to the object of "prompted" / "leading"', () => {
    expect(speakerOf('That record prompted the Lakeside Election Atlas, which tracks swing counties, to state, “Vigo County is the best bellwether.”', 'Vigo County')).toMatch(/Lakeside Election Atlas$/);
    expect(speakerOf('The post was shared 3,000 times, leading economic advisers like Dana Cole to counter that “every cent went to the workers.”', 'every cent')).toBe('Dana Cole');
  });

  it('leaves other infinitives alone ("for X to criticize")', () => {
    expect(speakerOf('On Tuesday, Senator Dana Cole said that it was “totally inappropriate” for Judge Reyes to criticize the mayor.', 'totally inappropriate')).toBe('Dana Cole');
  });
});
