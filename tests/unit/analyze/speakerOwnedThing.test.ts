import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('things that are no speakers', () => {
  it('reads "comments" after an adverb and an adjective as a noun', () => {
    expect(speakerOf('Dana Cole’s latest wins unleashed a wave of surprisingly positive comments online, from praise of her record as a “steady hand at the helm” to hopes for growth.', 'steady hand')).toBeFalsy();
  });

  it('does not take a possessed thing for the subject who speaks', () => {
    expect(speakerOf('Dana Cole’s most enduring legacy may be the “birther lie” that she spread.', 'birther')).toBeFalsy();
  });

  it('keeps a possessed body that speaks', () => {
    expect(speakerOf('Dana Cole’s campaign later called the report “a pack of lies from start to end.”', 'pack of lies')).toMatch(/campaign|Cole/);
  });
});

describe('a sentence subject cut short at a possessive', () => {
  it('is the owner of a thing, not the speaker of a cue-less quote', () => {
    expect(speakerOf('Dana Cole’s 13 Days book, now a film, is sold on the store’s page as a book that “takes readers into the action.”', 'takes readers')).toBeFalsy();
  });
});
