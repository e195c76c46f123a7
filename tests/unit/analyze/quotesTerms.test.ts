import { describe, expect, it } from 'vitest';
import { findQuotesAndTerms } from '../../../src/analyze/quotes';

const para = (...ps: string[]) => ps.join('\n\n');
const split = (text: string) => {
  const { quotes, terms } = findQuotesAndTerms(text);
  return { quotes: quotes.map((q) => q.text), terms: terms.map((t) => t.text) };
};

describe('quoted terms nobody said (issue 3)', () => {
  it('puts a show title named as where someone spoke in terms, and keeps what they said', () => {
    const text = '“We will build it,” Mayor Ann Berg told NBC’s “Morning Hour” on Monday.';
    expect(split(text)).toEqual({ quotes: ['We will build it'], terms: ['Morning Hour'] });
  });

  it('recognises titles after "said on", a weekday possessive, or before "podcast"', () => {
    expect(split('“It is over,” Tom Reed said on “Face the Facts.”').terms).toEqual(['Face the Facts']);
    expect(split('Tom Reed spoke on Sunday’s “Capitol Report” about the bill.').terms).toEqual(['Capitol Report']);
    expect(split('Tom Reed told the “Open Mic” podcast that he would run.').terms).toEqual(['Open Mic']);
  });

  it('puts an article headline credited to its writer in terms', () => {
    const text = 'FAREWELL — “Old Bridge Cafe to close in May,” by the Gazette’s Lena Park: the owners retire.';
    expect(split(text).terms).toEqual(['Old Bridge Cafe to close in May']);
    expect(split(text).quotes).toEqual([]);
  });

  it('treats one-word and exclaiming titles after "film", "starred in" as titles', () => {
    expect(split('Her blockbuster film, “Lighthouse,” opened in May.').terms).toEqual(['Lighthouse']);
    expect(split('The actor, who starred in “Rain Town” and “Oh No You Don’t!”, spoke about his early years in theatre.').terms).toEqual([
      'Rain Town',
      'Oh No You Don’t!',
    ]);
  });

  it('treats a piece named in apposition as a title, even in sentence case', () => {
    const text = 'Lena Park’s commentary, “Tell us your own story,” was read by many people across the state.';
    expect(split(text)).toEqual({ quotes: [], terms: ['Tell us your own story'] });
  });

  it('treats a slogan on hats or signs as a term', () => {
    expect(split('Outside the hall, a few of the supporters waved their “Bring Them Home” signs at the cars.').terms).toEqual(['Bring Them Home']);
  });

  it('treats a title followed by its kind of work as a title', () => {
    expect(split('To top it off, “Night Shift,” a movie about nurses in winter, opened in the city this week.').terms).toEqual(['Night Shift']);
  });

  it('keeps a phrase followed by a plain agent ("by God"), unlike a byline', () => {
    expect(split('The pastor declared the senator “anointed” by God at the rally.').quotes).toEqual(['anointed']);
  });

  it('puts a nickname inside a name in terms, but not in a headline', () => {
    expect(split('State Del. Marcia “Cia” Price spoke to the crowd.').terms).toEqual(['Cia']);
    expect(split('Supporters cheered Rep. Robert C. “Bobby” Scott at the union hall.').terms).toEqual(['Bobby']);
    expect(split(para('Mayor Was ‘Mocking’ Council Plan, Aide Says.', 'The aide spoke on Monday.')).quotes).toEqual(['Mocking']);
  });

  it('drops values of leftover markup, bare addresses and quoted "Follow X on Twitter" lines', () => {
    expect(split('<tweet date="May 1¶">I will run again, she wrote.').quotes).toEqual([]);
    expect(split('Watch it at <a href="http://video.example.com">the site</a>.')).toEqual({ quotes: [], terms: [] });
    expect(split('"Follow Ann Berg on Twitter @annberg."')).toEqual({ quotes: [], terms: [] });
  });

  it('does not open a quote with ” in a text that opens its quotes with “', () => {
    const text = para('“We are ready,” said Ann Berg.', '”Nobody asked us.” ― A reader');
    expect(split(text).quotes).toEqual(['We are ready']);
  });

  it('keeps a short phrase as a quote when a cue right before reports it as someone’s words', () => {
    const text = 'The council fought the budget for weeks, at one point calling the mayor a “liar” in public.';
    expect(split(text).quotes).toEqual(['liar']);
    expect(split('Many voters disliked the phrase “self-reliance.”').quotes).toEqual(['self-reliance']);
    expect(split('The fact-checkers examined the claim and rated it “True.”').quotes).toEqual(['True']);
    expect(split('The fund did not name the plan, but it referenced “trade tensions” in its report.').quotes).toEqual(['trade tensions']);
  });

  it('puts a scare quote with no cue in terms', () => {
    expect(split('The new reform was a “success” for nobody.')).toEqual({ quotes: [], terms: ['success'] });
  });

  it('keeps quotes in a headline paragraph even when Title Case', () => {
    const text = para('Senator Lopez Says Plan Is ‘Dead On Arrival’ In Congress.', 'The senator spoke on Monday.');
    expect(split(text).quotes).toEqual(['Dead On Arrival']);
  });
});

describe('a line break ends an open quote', () => {
  it('closes an unclosed quote at the end of its line, in any convention', () => {
    expect(split('“We will not stop until the job is done.\n“And then we go home,” she said.').quotes).toEqual([
      'We will not stop until the job is done.',
      'And then we go home',
    ]);
    expect(split('«Nous ne céderons pas.\n«Jamais», a dit la ministre.').quotes).toEqual(['Nous ne céderons pas.', 'Jamais']);
    expect(split('„Wir bleiben hier.\n„Ganz sicher“, sagte sie.').quotes).toEqual(['Wir bleiben hier.', 'Ganz sicher']);
  });

  it('keeps offsets of quotes found on later lines', () => {
    const text = 'Intro line.\n“The vote is on Tuesday,” said Maria Lopez.';
    const { quotes } = findQuotesAndTerms(text);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
  });
});
