import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';
import { namesAThing } from '../../../src/analyze/speakerNaming';
import { tokenize } from '../../../src/analyze/speakerFrames';

/** Whether the words before the first quote mark of `text` name the thing it holds. */
const naming = (text: string): boolean => {
  const open = text.search(/[“"]/u);
  const close = text.indexOf('”', open + 1) + 1;
  const toks = tokenize(text, 0, text.length, [{ open, close }], 0);
  return namesAThing(toks, toks.findIndex((t) => t.kind === 'quote'), 0);
};

/** Speaker of the quote holding `words` (undefined when it is not a quote). */
const speakerOf = (text: string, words: string) => findQuotesAndTerms(text).quotes.find((q) => q.text.includes(words))?.speaker;

describe('quotes that name a thing', () => {
  it('reads naming participles', () => {
    expect(naming('Lena Ortiz set up a website called “Move To Lakeview” last week.')).toBe(true);
    expect(naming('It has a regular series, called “Quick Question” on Fridays.')).toBe(true);
    expect(naming('The firm kept a chummy corporate culture called “The Way.”')).toBe(true);
    expect(naming('The second plan, the so-called “Fair Share Initiative”, failed.')).toBe(true);
    expect(naming('Tom Reyes, 44, known online as “Falcon,” was arrested.')).toBe(true);
  });

  it('leaves a speaker who calls something so', () => {
    expect(naming('The mayor called the plan “a disaster.”')).toBe(false);
    expect(naming('He hopes to shed what Gilbert called “a perception problem.”')).toBe(false);
    expect(naming('They cut the budget, which he called “a cartel.”')).toBe(false);
  });

  it('gives the name no speaker, neither the subject nor the quote before it', () => {
    const text = '“We will welcome you,” Lena Ortiz said. She has set up a website called “Move To Lakeview” that pitches the town.';
    expect(speakerOf(text, 'We will welcome you')).toBe('Lena Ortiz');
    expect(speakerOf(text, 'Move To Lakeview')).toBeNull();
  });
});
