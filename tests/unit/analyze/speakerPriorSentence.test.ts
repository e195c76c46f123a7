import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a quote later in a sentence after a cue sentence', () => {
  it('continues the named speaker of the sentence before', () => {
    expect(speakerOf('Lena Ortiz has argued that the law was weak from the start. As a result, there is still “a very powerful lobby that charges whatever it likes.”', 'powerful lobby')).toBe('Lena Ortiz');
  });

  it('continues a pronoun speaker of the sentence before', () => {
    expect(speakerOf('Professor Tom Vale studies rumours online. They spread fast, he said. Good facts can still win, but usually only when “the truth is more fun than the lie.”', 'more fun')).toBe('Tom Vale');
  });

  it('leaves a place or a thing out', () => {
    expect(speakerOf('Refugees from Iraq admitted to the country have been Christian. That makes sense because “it is a mostly Christian region.”', 'mostly Christian')).toBeFalsy();
  });
});
