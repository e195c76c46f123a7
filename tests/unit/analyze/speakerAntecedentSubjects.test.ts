import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakers = (text: string) => findQuotes(text).map((q) => q.speaker);

// Pronoun resolution (see speakerResolution.test.ts): which words count as cues
// and which sentence subjects a later "he"/"she" can point back to.
describe('pronoun resolution: cues and antecedent subjects', () => {
  it('"went" with no "on" after it is no verb of saying: its subject is no source for a later "he"', () => {
    const text = [
      'Tom Hadley spoke on the radio.',
      'Hugh Brenner argued that taxes were too high, but suggested Hadley went too far.',
      '“Is that a mistake?” he asked.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Hugh Brenner']);
  });

  it('two quoted words of one sentence share that sentence’s cue, not the previous speaker', () => {
    const text = [
      '“The audit was thorough,” Dana Mercer said.',
      'Speaking in Oslo, ministry spokesman Lars Hovland repeated that Norway opposed the plan.',
      'People should not use words like “maybe” and “perhaps”, he told reporters.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Dana Mercer', 'Lars Hovland', 'Lars Hovland']);
  });

  it('the person a "there is" sentence presents is the antecedent of the next "he"', () => {
    const text = [
      'Governor Paul Dorsey has praised the plan.',
      'Then there’s Hal Brenner.',
      '“Kind of bewildering, this plan,” he wrote last October.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Hal Brenner']);
  });

  it('a name after a sentence-opening "And" is that sentence’s subject', () => {
    const text = [
      'Ted Rowan, founder of a think tank, welcomed the deal.',
      'Rowan said: “No economy has managed this yet.”',
      'And Paul Dorsey, for all the progress he made, seems to agree. “We do not yet know what works,” he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ted Rowan', 'Paul Dorsey']);
  });

  it('"he points out" is a cue; "talking points" is not', () => {
    const text = [
      '“Cole is the only one who can win,” Richard Hale says.',
      '“Voters reject the old guard every time,” he points out.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Richard Hale', 'Richard Hale']);
    expect(speakers('“We will win,” the campaign talking points said.')).not.toContain('points');
  });

  it('a cue-like plural after an infinitive is its object ("to get states"), not a cue', () => {
    const text = 'Gary Orfield spoke first. He added that the agency “doubled down the bets” by using its influence to get states to comply.';
    expect(speakers(text)).toEqual(['Gary Orfield']);
  });

  it('a cue with its comma right before a quote introduces it; a cue after it belongs to the next clause', () => {
    const text = 'Sheriff Joe Arpaio spoke first.\n\nHe said, “Donald Trump will build the wall” - at which point the crowd chanted “Build the wall!”';
    expect(speakers(text)).toEqual(['Joe Arpaio', 'the crowd']);
  });
});

describe('sentence subjects after a focus word', () => {
  it('"Even X", "Now X" open on the subject', () => {
    expect(findQuotes('Hugh Brenner arrived. Now Tom Hadley, the most unusual candidate in years, is promising to hold “a big party” in town.')[0]?.speaker).toBe('Tom Hadley');
    expect(findQuotes('Hugh Brenner arrived. Even Tom Hadley, the most unusual candidate in years, is promising to hold “a big party” in town.')[0]?.speaker).toBe('Tom Hadley');
  });
});

describe('antecedent subjects after a focus word', () => {
  it('"And even X tried …" makes X the subject a later "he said" points to', () => {
    const text = [
      'Mayor Tom Hadley spoke on Monday. Both Carl Reyes and Hugh Brenner gave polite answers. And even Hadley tried to help them, noting that he would stay quiet too.',
      '“It is not my job to comment,” he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Hadley']);
  });
});
