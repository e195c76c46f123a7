import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: a description keeps the clause that says which one is meant', () => {
  it('keeps a restrictive relative clause after a described speaker', () => {
    expect(speakerOf('“We need answers,” said a party official who supports the mayor. The vote is Monday.')).toBe('a party official who supports the mayor');
    expect(speakerOf('“It will be hard,” said a longtime data expert who has worked for two rival campaigns.')).toBe('a longtime data expert who has worked for two rival campaigns');
  });

  it('stops before a clause that only says why the source is unnamed', () => {
    expect(speakerOf('“It is over,” said a Democratic strategist who spoke on the condition of anonymity to speak candidly.')).toBe('a Democratic strategist');
    expect(speakerOf('“It was all lies,” said one owner of a shop that sells shoes who declined to be named.')).toBe('one owner of a shop that sells shoes');
  });

  it('leaves a clause that runs into the cue or into another quote alone', () => {
    expect(speakerOf('Although there is no overlap, a White House official who spoke anonymously to discuss strategy said Wednesday, “There are talks.”')).toBe('a White House official');
    expect(speakerOf('“Go home,” said a man who shouted “Out!” at the crowd.')).toBe('a man');
  });

  it('leaves names alone', () => {
    expect(speakerOf('“We will win,” said Jane Fowler, who leads the group.')).toBe('Jane Fowler');
  });
});

describe('speakers: a description subject of a subordinate clause keeps its "of" phrase', () => {
  it('reads the subject after as/when as a whole description', () => {
    expect(speakerOf('It erupted as the head of the party’s rules committee has accused the leaders of a “major breach of trust” in the fight.')).toBe('the head of the party’s rules committee');
    expect(speakerOf('He was there when a member of the family suggested they tweet his “Mexican” lunch.')).toBe('a member of the family');
    expect(speakerOf('The evidence was a video clip from a rally, where the secretary of state said she was “not only here to do my job” today.')).toBe('the secretary of state');
  });
});

describe('speakers: a description subject runs on through its "to" phrase', () => {
  it('keeps the addressee of a letter', () => {
    expect(speakerOf('A letter to platform committee members calls for the party to say “radical Islamic terrorism” poses a threat.')).toBe('A letter to platform committee members');
  });
});

describe('speakers: poll answers', () => {
  it('a share of respondents speaks for the poll named in its sentence', () => {
    expect(speakerOf('In a September Post-ABC News poll, 75 percent of Republicans said “most people in politics” cannot be trusted.')).toBe('a September Post-ABC News poll');
    expect(speakerOf('The Q poll also finds that, while 37 percent of Americans say Trump is “very responsible” for it, others disagree.')).toBe('The Q poll');
    expect(speakerOf('In a national CNN/ORC poll released Monday, 31% of Republicans and Republican-leaning voters said they were “extremely enthusiastic” about voting.')).toBe('a national CNN/ORC poll released Monday');
  });

  it('a share with no poll in its sentence stays the speaker', () => {
    expect(speakerOf('The survey ran for a week. About 63 percent of voters said they wanted “a fresh start” this year.')).toBe('About 63 percent of voters');
  });
});

describe('speakers: a description after its cue keeps its participle phrase', () => {
  it('keeps "involved in …", "reviewed by …" after the cue', () => {
    expect(speakerOf('“It is a way to take part,” says a source involved in the group’s creation.')).toBe('a source involved in the group’s creation');
    expect(speakerOf('Trump wrote to the firm’s chief executive, threatening “a major lawsuit,” according to a copy of the letter reviewed by The Post. That letter was long.')).toBe('a copy of the letter reviewed by The Post');
  });

  it('a determiner phrase on a capitalised head is a description too', () => {
    expect(speakerOf('“We will spend millions,” said one Republican involved in the planning, who asked not to be named.')).toBe('one Republican involved in the planning');
  });

  it('before its cue a past tense is the verb, not a participle', () => {
    expect(speakerOf('Outside, the group shouted from the street, “Power to the people!”')).toBe('the group');
  });
});

describe('speakers: a description after its cue keeps the phrase saying where it belongs', () => {
  it('keeps a place or body phrase, even with a capitalised object', () => {
    expect(speakerOf('“There are invertebrates with more spine than him,” reads a Wednesday editorial in The Des Moines Register.')).toBe('a Wednesday editorial in The Des Moines Register');
    expect(speakerOf('According to some on Twitter, Kelly was “incognito,” sparking talk.')).toBe('some on Twitter');
  });

  it('reads the phrase across a doubled space and shows it with one', () => {
    expect(speakerOf('According to the exit polls  in New Hampshire, 24% of voters wanted someone who would “tell it like it is” this year.')).toBe('the exit polls in New Hampshire');
  });

  it('not a phrase saying when or how it was said', () => {
    expect(speakerOf('“We will not comment,” said a spokesman in a statement.')).toBe('a spokesman');
  });
});

describe('speakers: a name inside a determiner phrase is a modifier', () => {
  it('the common noun before the verb heads the phrase', () => {
    expect(speakerOf('Critics kept asking. A 2014 House Intelligence Committee report found “no evidence that there was a stand down order.”')).toBe('A 2014 House Intelligence Committee report');
  });
});

describe('speakers: "with X" before a comma and a participle', () => {
  it('X is the object of "with"; the participle after the comma is the main subject’s', () => {
    expect(speakerOf('The spokesman refused to answer questions but said there was no call planned with Trump, adding: “If one is proposed we will consider it.”')).toBe('The spokesman');
  });
});

describe('speakers: a document described by the day it came out', () => {
  it('keeps "released Friday" before or after the cue', () => {
    expect(speakerOf('Curiel seemed unconvinced. Trump’s “assertion that the information retains any commercial value is speculative,” the order released Friday said.')).toBe('the order released Friday');
    expect(speakerOf('A campaign TV ad released Thursday accuses Trump of buying influence “in a pattern of sleaze.”')).toBe('A campaign TV ad released Thursday');
  });
});

describe('speakers: a past tense with a day is a clause', () => {
  it('is not read as a participle when no verb follows the day', () => {
    expect(speakerOf('The ad aired Thursday. It says Trump is “dangerous and reckless.”')).not.toMatch(/aired/);
  });
});

describe('speakers: a clause before the comma opening on a description', () => {
  it('its subject does the next verb too, not the object before the comma', () => {
    expect(speakerOf('Saturday’s tweet was a reminder. The candidate has mocked a disabled newspaper reporter, referred to immigrants as “rapists” and pointed to a man.')).toBe('The candidate');
  });
});

describe('speakers: a description opening the sentence runs on to its verb', () => {
  it('keeps the phrase saying whose or where it is', () => {
    expect(speakerOf('The firm was hired in 2013. A spokesman for Platte River declined to comment but said in a statement that “we kept every precaution in place.”')).toBe('A spokesman for Platte River');
    expect(speakerOf('That report was about others. A footnote in the report makes that clear: “These assessments do not apply to the system.”')).toBe('A footnote in the report');
  });

  it('not a bare word completing a title', () => {
    expect(speakerOf('Former Secretary of State Hillary Clinton spoke next. Reprising one of her own favorite lines, the former secretary of state talked about continuing the “progress we had under President Obama” and more.')).toBe('Hillary Clinton');
  });
});

describe('speakers: a name inside a description is not the speaker', () => {
  it('"a spokesman for Paul Ryan" is the spokesman, in every cue order', () => {
    expect(speakerOf('Paul Ryan spoke Monday. A spokesman for Paul Ryan said, “We will respond.”')).toBe('A spokesman for Paul Ryan');
    expect(speakerOf('“We will respond,” said a spokesman for House Speaker Paul Ryan.')).toBe('a spokesman for House Speaker Paul Ryan');
    expect(speakerOf('Hillary Clinton spoke Monday. A spokesman for Hillary Clinton declined to comment but said in a statement that “we will respond.”')).toBe('A spokesman for Hillary Clinton');
    expect(findQuotes('“We will respond,” said a spokesman for House Speaker Paul Ryan.')[0]?.speakerRole ?? null).toBeNull();
  });

  it('but a title of the named person is theirs', () => {
    expect(speakerOf('Secretary of State John Kerry arrived. “We will act,” said the secretary of State John Kerry.')).toBe('John Kerry');
    expect(speakerOf('Hillary Clinton spoke. “No comment,” said an attorney for Hillary Clinton.')).toBe('an attorney for Hillary Clinton');
  });

  it('the name a description goes by is the speaker', () => {
    expect(speakerOf('“It is not correct to say so,” wrote a German user from Hanover going by the handle Pulvermann.')).toBe('Pulvermann');
  });
});

describe('speakers: an ordinal after a possessive name', () => {
  it('"Obama’s first five questioners" are the speakers, not Obama', () => {
    expect(speakerOf('President Obama spoke in Turkey. At his news conference on Monday, Obama’s first five questioners ranged from skeptical to hostile: “Is it time for your strategy to change?”')).toBe('Obama’s first five questioners');
  });
});

describe('speakers: a plural people noun opening the sentence keeps its phrase', () => {
  it('and is shown as written, not as the name inside it', () => {
    expect(speakerOf('Hillary Clinton was asked. Attorneys for Clinton appeared to oppose the effort, saying her account “has never been the property of the State Department.”')).toBe('Attorneys for Clinton');
    expect(speakerOf('It was a memo. Republicans on Capitol Hill seized on the message, arguing that it showed “intent” to mislead.')).toBe('Republicans on Capitol Hill');
  });
});

describe('speakers: a description after its cue keeps a quoted title closing its phrase', () => {
  it('without the comma or full stop inside the closing mark', () => {
    expect(speakerOf('“If we want voters to support us, we have to engage them,” wrote the authors of the “Growth and Opportunity Project,” giving an example.')).toBe('the authors of the “Growth and Opportunity Project”');
    expect(speakerOf('“It works,” said the author of “The Art of the Deal.”')).toBe('the author of “The Art of the Deal”');
  });
});
