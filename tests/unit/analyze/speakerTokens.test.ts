import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';
import { tokenize } from '../../../src/analyze/speakerFrames';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;
const words = (text: string) => tokenize(text, 0, text.length, [], 0).map((t) => t.t);

describe('speakers: tokens of damaged and opening text', () => {
  it('keeps a mis-decoded name in one word (composed or decomposed Ã)', () => {
    expect(words('President FranÃÂ§ois Hollande said')).toEqual(['President', 'FranÃÂ§ois', 'Hollande', 'said']);
    expect(words('President FranA\u0303\u0083A\u0302§ois Hollande')).toEqual(['President', 'FranA\u0303\u0083A\u0302§ois', 'Hollande']);
    // Guillemets next to a word stay marks.
    expect(words('Il a dit «oui» hier')).toEqual(['Il', 'a', 'dit', '«', 'oui', '»', 'hier']);
  });

  it('a damaged first name no longer hides the speaker', () => {
    expect(speakerOf('"Let everyone know," French President FranÃÂ§ois Hollande said Friday.')).toMatch(/Hollande$/);
  });

  it('an opening preposition of place is no subject', () => {
    expect(speakerOf('Outside the arena, protesters held signs and kept chanting “Dump him.”')).not.toBe('Outside');
    expect(speakerOf('Across town, “shouting from the rooftops” for the campaign, is Tom Baker.')).not.toBe('Across');
    expect(speakerOf('Draußen vor der Halle riefen Demonstranten „Nein“.')).not.toBe('Draußen');
    expect(speakerOf('Devant la salle, des manifestants scandaient « Non ».')).not.toBe('Devant');
    expect(speakerOf('Fuera del estadio, los manifestantes gritaban «No».')).not.toBe('Fuera');
    expect(speakerOf('Возле здания протестующие кричали «Нет».')).not.toBe('Возле');
  });
});

describe('speakers: listeners, passives and opening adverbs', () => {
  it('"…?” X asked Republican politicians.": a named listener still closes the clause', () => {
    expect(speakerOf('“Why are you still endorsing him?” Tom Baker asked Republican politicians. “What does this say?”', 0)).toBe('Tom Baker');
  });

  it('a passive without "by" after a quote names no one', () => {
    expect(speakerOf('“The Show” star Ana Ruiz opened up about being described as a “real woman” in a blog.') ?? '').not.toMatch(/opened/);
  });

  it('an opening -ly adverb is no subject, a name ending in -ly is', () => {
    expect(speakerOf('Domestically, the campaign kept calling the plan “a failure”.')).not.toBe('Domestically');
    expect(speakerOf('Early in his campaign, Tom Baker attacked the mayor, calling him “a failed candidate”.')).toBe('Tom Baker');
    expect(speakerOf('Carly Fiorina backed the senator, saying it is time for a “real conservative”.')).toBe('Carly Fiorina');
  });
});

describe('speakers: decimals, "goes on to say", capitalised verbs', () => {
  it('a decimal point does not end the sentence ("$1.6 billion")', () => {
    expect(speakerOf('In April, Tom Baker called the plans to open a $1.6 billion plant “an absolute disgrace,” and left.')).toBe('Tom Baker');
  });

  it('"X goes on to say: “…”" is X speaking, "will say" is not', () => {
    expect(speakerOf('The email goes on to say: “The plan is dead.”')).toBe('The email');
    expect(speakerOf('Tom Baker went on to say that it was “a disgrace”.')).toBe('Tom Baker');
  });

  it('a capitalised "Tweeted" after an appositive is still the verb', () => {
    expect(speakerOf('“Not us but can’t argue with it!” Tom Baker, the head of the group, Tweeted on Friday.')).toBe('Tom Baker');
  });
});

describe('speakers: "so" after a quote', () => {
  it('German „…“, so Merkel names the speaker; English "…,” so the state should help does not', () => {
    expect(speakerOf('„Wir schaffen das“, so Angela Merkel.')).toBe('Angela Merkel');
    expect(speakerOf('„Wir schaffen das“, so die Kanzlerin.')).toMatch(/Kanzlerin$/);
    expect(speakerOf('Her answer was that “the family comes first,” so the state should help.') ?? '').not.toMatch(/state/);
  });
});

describe('speakers: numbered Title Case headlines', () => {
  it('"4\\nGina Rodriguez Questioned What It Means To Be “Latino Enough.”": the list number is skipped', () => {
    expect(speakerOf('Intro.\n\n4\nAna Ruiz Questioned What It Means To Be “Latino Enough.”\n\nMore text.')).toBe('Ana Ruiz');
    expect(speakerOf('Intro.\n\n3\nAna Ruiz Got Real About Being Called “A Real Woman.”\n\nMore text.')).toBe('Ana Ruiz');
  });
});

describe('tokens: names with an ampersand', () => {
  it('"P&G", "AT&T" are one word, so the speaker after a quote keeps them', () => {
    expect(tokenize('an AT&T spokesman', 0, 17, [], 0).map((t) => t.t)).toEqual(['an', 'AT&T', 'spokesman']);
    expect(findQuotes('Ann Lowe confirmed it. “We are shocked,” one P&G plant employee told a TV station.')[0]?.speaker).toBe('one P&G plant employee');
    // Spaced "&" between words stays punctuation.
    expect(tokenize('Smith & Wesson', 0, 14, [], 0).map((t) => t.t)).toEqual(['Smith', '&', 'Wesson']);
  });
});
