import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('quoted questions in an "Asked …" clause', () => {
  it('does not give the question to those who answer it', () => {
    expect(speakerOf('Asked whether Mayor Cole “has the judgment to serve a second term,” 64 percent of Democrats said yes.', 'judgment')).toBeFalsy();
  });

  it('gives it to the one who asked', () => {
    expect(speakerOf('Asked by reporter Glenn Holt if the mayor “gets” the problem, Cole avoided a straight answer.', 'gets')).toBe('Glenn Holt');
  });

  it('leaves an answer after the clause to the one who answers', () => {
    expect(speakerOf('Asked about the plan, “It is a disaster for the city,” Cole said.', 'disaster')).toBe('Cole');
    expect(speakerOf('Asked whether he would run, Cole said “not this time, no.”', 'not this time')).toBe('Cole');
  });
});

describe('a question put to the subject of a passive "asked"', () => {
  it('is not the answer of the one asked, nor inherited from the answer after it', () => {
    const t = 'Senator Dana Mills was asked, “If you had known, would you have told her?” She answered, “I have no idea.”';
    expect(speakerOf(t, 'If you had known')).toBeFalsy();
    expect(speakerOf(t, 'no idea')).toBe('Dana Mills');
  });

  it('leaves the topic of a passive "asked about the “…”" to nobody', () => {
    const t = 'In an interview, Senator Dana Cole was asked about the “not there yet” comment. Cole replied, “We are talking.”';
    expect(speakerOf(t, 'not there yet')).toBeFalsy();
    expect(speakerOf(t, 'We are talking')).toBe('Dana Cole');
  });
});

describe('a question named in an opening "To a question on “…”"', () => {
  it('is the question’s wording, not the answer of the one who replies', () => {
    const t = 'To a question on the “privatization of public jobs,” Mayor Dana Cole said contractors can cost more.';
    expect(speakerOf(t, 'privatization')).toBeFalsy();
  });
});

