import { describe, expect, it } from 'vitest';
import { collectSources } from '../../../src/analyze/sources';

const whos = (text: string, lang = 'en') => collectSources({ text, lang }).map((n) => n.who);

describe('collectSources: a name after a claim verb is its subject only where English inverts', () => {
  it('reads "said X" after a quotation or comma, and a passive agent', () => {
    expect(whos('“We won,” said Tad Devine.')).toContain('Tad Devine');
    expect(whos('The deal, says Mary Smith, is done.')).toContain('Mary Smith');
    expect(whos('Her death was confirmed by the Eagle Forum.')).toContain('Eagle Forum');
  });

  it('does not take a place or an object after a noun or verb for the source', () => {
    expect(whos('The campaign will air an ad in nine states: Ohio, Pennsylvania and Nevada.')).toEqual([]);
    expect(whos('Most voters in Ohio like Clinton, while few say the same of Bernie Sanders.')).toEqual([]);
  });

  it('keeps an outlet someone spoke to', () => {
    expect(whos('A producer for Yahoo Studios told The New York Times Tuesday morning that the interview was off.')).toContain('The New York Times');
  });

  it('keeps verb-first order in languages that allow it', () => {
    expect(whos('2015 sagte Angela Merkel, die Lage sei ernst.', 'de')).toContain('Angela Merkel');
  });
});

describe('collectSources: a place speaks only as the verb’s own subject', () => {
  it('keeps "Iran insists", "Washington has accused"', () => {
    expect(whos('Iran insists it does not know where he is.')).toContain('Iran');
    expect(whos('Washington has accused China of hacking.')).toContain('Washington');
  });

  it('drops a place someone is from, or a list item, before the verb', () => {
    expect(whos('Mary Johnson, a saleswoman from Sumter, South Carolina, says Cruz will win.')).toEqual(['Mary Johnson']);
    expect(whos('Clinton has spent the year in Iowa and New Hampshire, but the new contests, aides say, favour her.')).not.toContain('New Hampshire');
  });
});

describe('collectSources: a bare demonym before a plural claim word is its adjective', () => {
  it('reads "Western states", "Republican claims" as nouns with no source', () => {
    expect(whos('Gary Johnson does well in several Midwest and Western states, polls in Idaho suggest.')).not.toContain('Western');
    expect(whos('A rise in earnings could blunt Republican claims.')).toEqual([]);
  });

  it('keeps "the Republican says" and "Republicans say"', () => {
    expect(whos('Republicans say the bill is dead.')).toContain('Republicans');
  });
});
