import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

// Cue forms and sentence subjects (split from speakerRules.test.ts).
describe('speakers: findings', () => {
  it('"X found that …" reports X’s finding', () => {
    expect(findQuotes('Two analysts, Ann Lowe and Carl Reyes, found in 2014 that the navy is “the best in the region.”')[0]?.speaker).toBe('Carl Reyes');
    expect(findQuotes('In 2014, the Lakeview Institute found that “most voters want change.”')[0]?.speaker).toBe('the Lakeview Institute');
  });
});

describe('speakers: newsletter items signed after a dash', () => {
  it('"… - Pollwatch: “…”" and "… - More from Lowe: “…”"', () => {
    expect(findQuotes('Critics share the blame for the hype - Pollwatch: “Pollsters are taking heat from the public.”')[0]?.speaker).toBe('Pollwatch');
    expect(findQuotes('Ann Lowe wrote on Monday. What that means for this year - More from Lowe: “The state matters as much as the count.”')[0]?.speaker).toBe('Ann Lowe');
  });
});

describe('speakers: vague plural subjects', () => {
  it('"Officials said", "Critics say", "Others … shouted" speak', () => {
    expect(findQuotes('Officials said the plan was “dead on arrival.”')[0]?.speaker).toBe('Officials');
    expect(findQuotes('Critics say the plan is “a giveaway to the rich.”')[0]?.speaker).toBe('Critics');
    expect(findQuotes('“Resign!” some protesters chanted. Others, reacting to the delay, shouted, “Stop the coverup!”')[1]?.speaker).toBe('Others');
  });
});

describe('speakers: a surname that is a common word', () => {
  it('"…,” Will urged …" after an embedded quote is the columnist Will', () => {
    const text = 'Tom Baker spoke in Iowa. Citing the attack as a wake-up call for the voters and their “reveries about the presidency,” Will urged the electorate to abandon all outsider candidates, Tom Baker, Ann Lowe and Hugh Brenner.';
    expect(findQuotes(text)[0]?.speaker).toBe('Will');
  });
});

describe('speakers: a title before a participle cue', () => {
  it('"an interview with “The Show,” remarking …" keeps the sentence subject', () => {
    const text = 'The retired surgeon addressed his concerns in another interview with “The Show,” remarking from Ohio he did not feel “this is a difficult investigation.”';
    expect(findQuotes(text).find((q) => q.text.startsWith('this is'))?.speaker).toBe('The retired surgeon');
  });
});

describe('speakers: "From X:" before a quote', () => {
  it('the source opening the sentence speaks, or the owner of its document', () => {
    expect(findQuotes('Not all panels are equal. From the report: “Samples with more careful weighting were more accurate.”')[0]?.speaker).toBe('the report');
    expect(findQuotes('Aides say Tom Baker will back Lowe. From Baker’s Facebook post: “We must move on.”')[0]?.speaker).toBe('Tom Baker');
  });
});

describe('speakers: a parenthetical "says X" inside the sentence', () => {
  it('gives the sentence to X, not to its subject', () => {
    const text = 'Ann Lowe retired on Sunday. The paradox of Lowe, says Carl Reyes, historian at the state library, is that she was “one of the most powerful mayors” in decades.';
    expect(findQuotes(text)[0]?.speaker).toBe('Carl Reyes');
  });
});

describe('speakers: an opening clause or phrase that closes inside a quote', () => {
  it('a quote closing on the comma ends the opening clause', () => {
    const text = 'Aide Tom Baker forwards an article to Ann Lowe. While Baker proclaims the article a “terrific piece and well worth the trip,” Lowe fixates on the “pivot” line.';
    expect(findQuotes(text).map((q) => q.speaker)).toEqual(['Tom Baker', 'Ann Lowe']);
    expect(findQuotes('Rep. Ann Lowe spoke. Wednesday on the radio show “Good Morning,” Rep. Ann Lowe discussed a bill that would punish those showing “extreme carelessness” with data.').find((q) => q.text === 'extreme carelessness')?.speaker).toBe('Ann Lowe');
  });
});
