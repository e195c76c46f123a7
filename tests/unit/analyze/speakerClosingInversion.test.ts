import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('an inverted cue closing the sentence frames all of it', () => {
  const text = 'The bureau looked for a connection between the two men and did not find “ties of any consequence,” aside from the men knowing each other “casually” from the same mosque, said the bureau’s director, James B. Comey, on Monday.';

  it('reaches a description and its name after "said"', () => {
    expect(speakerOf(text, 'casually')).toBe('James B. Comey');
  });

  it('reaches past a later quote in the same sentence', () => {
    expect(speakerOf(text, 'ties of any')).toBe('James B. Comey');
  });

  it('does not read the object of another verb as its speaker', () => {
    expect(speakerOf('Sanders enjoys “Modern Family.” Grandpa Bern, as he is known by his grandchildren, described a day at home with them in Burlington, Vermont, as the perfect day off.', 'Modern Family') ?? '').not.toMatch(/day at home/);
  });
});
