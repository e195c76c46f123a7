import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('an according-to source after the cue outranks the speaker inside', () => {
  it('outranks a pronoun', () => {
    expect(speakerOf('He attacked some lawmakers. “You have been very critical of me,” he told Sen. Jeff Flake, according to officials with knowledge of the meeting.', 'critical of me')).toBe('officials with knowledge of the meeting');
  });

  it('needs no comma before "according to"', () => {
    expect(speakerOf('“We disagree strongly with those claims,” spokesman Jamal Ware said in a statement according to The Daily Ledger.', 'disagree strongly')).toMatch(/Daily Ledger$/);
  });
});
