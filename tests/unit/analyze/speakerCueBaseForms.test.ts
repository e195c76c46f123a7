import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('base forms of cue verbs', () => {
  it('reads a cue after a modal or a plural subject', () => {
    expect(speakerOf('The hour was so late that a spokesman for Dana Whitfield could only quip: “I guess the moon was booked.”', 'moon was booked')).toMatch(/spokesman|Whitfield/);
    expect(speakerOf('Corporate lobbyists describe such work as “a different kettle of fish” than lobbying.', 'kettle')).toBe('Corporate lobbyists');
    expect(speakerOf('Local farmers insist the river is “poisoned beyond repair.”', 'poisoned')).toBe('Local farmers');
  });

  it('reads "conclude" after a plural subject ("…,” they conclude.")', () => {
    const t = 'The Lakeside Journal editorial board weighed in on Sunday. “The attacks on the mayor show how far the party has drifted,” they conclude.';
    expect(speakerOf(t, 'attacks on the mayor')).toMatch(/Journal/);
  });
});
