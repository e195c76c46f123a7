import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('asides between dashes before a cue', () => {
  it('steps over a typewriter dash aside', () => {
    expect(speakerOf('Mayor Ann Cole -- who is running again -- said the plan “will fail the city badly.”', 'fail the city')).toBe('Ann Cole');
  });

  it('takes the name an aside opens with', () => {
    expect(speakerOf('A former Republican governor -- Tom Vale, who lost in 2010 -- said the president “offered nothing new at all.”', 'offered nothing')).toBe('Tom Vale');
    expect(speakerOf('A former Republican governor — Tom Vale, who lost in 2010 — said the president “offered nothing new at all.”', 'offered nothing')).toBe('Tom Vale');
  });
});

describe('a name before a dash aside is no dateline', () => {
  it('keeps the name as the sentence subject', () => {
    expect(speakerOf('Gov. Ann Cole — who is being vetted as a running mate — made the port a priority, at one point calling the mayor a “liar” in public.', 'liar')).toBe('Ann Cole');
  });

  it('still skips a dateline', () => {
    expect(speakerOf('WASHINGTON — Senator Tom Vale spoke on Monday, calling the bill “a disgrace to the nation.”', 'disgrace')).toBe('Tom Vale');
  });
});
