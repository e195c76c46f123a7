import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('"with" + a description + a speech participle: the description speaks', () => {
  it('takes a determiner phrase with its "of" and "from" phrases', () => {
    expect(speakerOf('And Tom Vale turned his sights on Cruz, with the campaign of the former senator from Ohio saying Cruz was “not a real conservative.”', 'real conservative')).toBe('the campaign of the former senator from Ohio');
  });

  it('reads a cue word after a determiner as a noun', () => {
    expect(speakerOf('The ad ends with a voice over saying: “Amnesty for illegal immigrants.”', 'Amnesty')).toBe('a voice over');
  });

  it('leaves a participle after a comma to the main clause', () => {
    expect(speakerOf('A spokeswoman for the committee emailed reporters with the text of the act, arguing, “The law says nothing of the kind.”', 'nothing of the kind')).toBe('A spokeswoman for the committee');
  });
});
