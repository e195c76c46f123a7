import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('chants nobody is named for', () => {
  it('gives an unowned chant no speaker, inherited or not', () => {
    expect(speakerOf('“Oh, my God,” a young woman exclaimed upon seeing him. And there were near-constant calls of “Go, Dana, go all the way” as he passed by.', 'Go, Dana')).toBeFalsy();
    expect(speakerOf('Senator Tom Vale spoke to volunteers. Walking into the office to chants of “Vale! Vale! Vale for us all!” the senator smiled.', 'Vale for us')).toBeFalsy();
    expect(speakerOf('The mayor was met with loud chants of “Recall the mayor right now!” at the hall.', 'Recall')).toBeFalsy();
  });

  it('leaves a named crowd to the usual reading', () => {
    expect(speakerOf('Cole supporters responded with chants of “We are with her all the way!” until she spoke.', 'with her')).toMatch(/supporters/);
  });
});
