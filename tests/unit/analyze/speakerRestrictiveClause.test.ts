import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a description with a restrictive "who" clause before its cue', () => {
  it('speaks, clause and all', () => {
    expect(speakerOf('While Clinton has condemned the proposal, the groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages.”', 'mixed messages')).toBe('the groups who wrote to her on Thursday');
    expect(speakerOf('The man who shot him said “it was an accident.”', 'accident')).toBe('The man who shot him');
  });

  it('leaves a clause of its own to its own subject', () => {
    expect(speakerOf('The latest is Rep. Joe Wilson, the South Carolina congressman who gained national attention in 2009 when he yelled “You lie!” at the president.', 'You lie')).toBe('Joe Wilson');
  });

  it('leaves an aside between commas to the name before it', () => {
    expect(speakerOf('John Weaver, a GOP strategist who has feuded with Manafort, wrote in an email: “This was the worst first day.”', 'worst first day')).toBe('John Weaver');
  });
});
