import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: the words right after a quote', () => {
  it('a quote inside a noun phrase: the words after it continue the phrase, not a subject', () => {
    expect(speakerOf('Senators blocked the bill because of “poison pill” measures added by Democrats.')).not.toBe('measures');
    expect(speakerOf('Tom Baker’s allies cheered, and the “Ready” signs waved, which delighted the crowd.')).not.toBe('signs');
    expect(speakerOf('In his listing, Tom Baker claimed that the “City Museum” in Springfield, Ohio, had expressed interest.')).toBe('Tom Baker');
  });

  it('…but a quote closing on a comma, or a clause ending on its verb, still hands over to a speaker', () => {
    expect(speakerOf('He placed a card in a “burn bag,” the Daily Ledger reported.')).toMatch(/Daily Ledger$/);
    expect(speakerOf('The rules have a “dramatic and disparate impact” on voters, the lawsuit says.')).toBe('the lawsuit');
  });

  it('after a quote that is already a verb’s complement, "denounced her record" is the next verb and its object', () => {
    expect(speakerOf('Tom Baker further summed up Maria Lopez as “terrible,” denounced her record and left.')).toBe('Tom Baker');
    // An inverted name is still the speaker: "…,” said Maria Lopez".
    expect(speakerOf('“We are ready,” said Maria Lopez, the mayor.')).toBe('Maria Lopez');
  });
});
