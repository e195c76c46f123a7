import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: a participle or a joined verb takes the subject of the verb before it', () => {
  it('", shouting “…”" after a clause with its own subject', () => {
    expect(speakerOf('The first incident came during a speech, when Sanders protesters interrupted her, shouting “she wins, we lose!”')).toBe('Sanders protesters');
    expect(speakerOf('Tom Baker endorsed the senator last week, saying he “has shown his deep commitment” to the cause.')).toBe('Tom Baker');
  });

  it('an age before the name opening the sentence ("76-year-old Tom Baker, …, endorsed …, saying")', () => {
    expect(speakerOf('76-year-old Tom Baker, founder of the Civic Trust, endorsed the senator last week, saying he “has shown his deep commitment.”')).toBe('Tom Baker');
  });

  it('"who" right after a name with no comma points back to that name ("a post from Dana Ruiz who wrote, “…”")', () => {
    expect(speakerOf('Among the replies was this post from Dana Ruiz who wrote, “They never follow the rules.”')).toBe('Dana Ruiz');
  });

  it('a surname that is also a modal ("Will") before a past-tense cue is a name, not a hypothetical', () => {
    expect(speakerOf('Columnist Tom Will spoke first. Later, Will described the mayor as a “caricature of leadership.”')).toBe('Will');
    expect(speakerOf('Columnist Tom Will spoke first. “It is over,” Will wrote.')).toBe('Will');
  });

  it('a surname that is also a stop word, alone after a quote and before its verb, is a name ("…,” From said")', () => {
    expect(speakerOf('Many Americans then saw the Democrats as "the party of overwhelming government," From said.')).toBe('From');
  });

  it('an opening "From X’s “…” … to …," phrase runs into the quote: no subject before it, the cue after the phrase speaks', () => {
    const t = 'Columnist Tom Will spoke. From Maria Lopez’s “coarse, vulgar 95-minute effusion” in Iowa to her call for a “deportation force,” Will described her as a “caricature.”';
    expect(speakerOf(t)).toBe('Will');
    expect(speakerOf('From Dana Ruiz writing at the Post:\n\n“It is over.”')).toBe('Dana Ruiz');
  });

  it('a capitalised modal before a cue in -s or -ed is a name anywhere in the sentence ("While Will acknowledges …")', () => {
    expect(speakerOf('Columnist Tom Will spoke first. While Will acknowledges the mayor’s appeal as a “forceful persona,” he prefers the governor.')).toBe('Will');
    expect(speakerOf('Columnist Tom Will spoke first. The mayor’s speech, which Will claims affirmed “the founding belief,” was long.')).toBe('Will');
  });

  it('"X late Thursday night issued …": a time phrase between the name and the cue is not part of the name', () => {
    expect(speakerOf('Judge Ana Ruiz late Thursday night issued an order citing a “sincere religious belief” as no excuse.')).toBe('Ana Ruiz');
    expect(speakerOf('Sen. Tom Baker early Monday issued a statement calling the bill a “disaster.”')).toBe('Tom Baker');
  });

  it('a quote opening its own sentence after "…, she said …." continues that pronoun’s speaker', () => {
    const t = 'Maria Lopez spoke in Iowa.\n\nLopez repeatedly invoked Tom Baker and suggested that the critiques of her amounted to attacks on Baker. In response to the charge that she has been weak, she said she and Baker had made progress. "I really believe we have done an incredible job."';
    expect(speakerOf(t)).toBe('Maria Lopez');
  });

  it('two opening phrases before the subject ("On Thursday, after staying neutral …, Ruiz endorsed …, saying")', () => {
    expect(speakerOf('On Thursday, after remaining neutral throughout the primary, Ruiz appeared with Tom Baker and endorsed Lopez, saying, “She is exactly what this country needs.”')).toBe('Ruiz');
  });

  it('a description with no determiner runs through its place phrase ("Source familiar with the ad says")', () => {
    expect(speakerOf('Source familiar with the ad says the group is spending “substantial” funds to air it.')).toBe('Source familiar with the ad');
  });

  it('a number word opening a plural subject ("Eleven civic and faith groups are asking …")', () => {
    expect(speakerOf('Eleven civic and faith groups are asking Maria Lopez to reject a general who said the country should “segregate” radicals.')).toBe('Eleven civic and faith groups');
    expect(speakerOf('Two days later, Tom Baker called it a “disaster.”')).toBe('Tom Baker');
  });

  it('"A and former anchor Name has …, advising": the subject runs through the joined name before its verb', () => {
    expect(speakerOf('City News and former TV anchor Dana Ruiz has promoted a humble approach in her speeches, advising graduates to “work hard and stay humble.”')).toBe('Dana Ruiz');
    expect(speakerOf('Tom Baker and his wife were there, saying the plan is “a disaster.”')).toBe('Tom Baker');
  });

  it('an opening participle phrase with a dash aside ends at the aside’s closing dash ("Hastily politicizing … ― much like … ― Trump cast")', () => {
    const t = 'Hastily politicizing the tragedy in the city ― much like he did after the deadly attacks in the capital in January of last year ― Baker cast the blame on his rivals in the state, and emphasized the threat that “foreign terrorism” poses to the world.';
    expect(speakerOf(t)).toBe('Baker');
  });

  it('a name after a clause opener heads its appositive chain ("in what Bay Buchanan, treasurer for …, called “…”")', () => {
    expect(speakerOf('Baker protected the delegates in 1976, in what Dana Ruiz, national treasurer for Reagan’s insurgent campaign, called “hand-to-hand combat.”')).toBe('Dana Ruiz');
    expect(speakerOf('Tom Baker signed an order, while Dana Ruiz, the former governor, proposed we “wake up” and said nothing else.')).toBe('Dana Ruiz');
  });

  it('a participle belongs to the nearest finite clause, after the earlier cue’s speaker ("X said Reid quieted the chatter, telling …")', () => {
    expect(speakerOf('One official who relayed the exchange said Tom Baker quieted the chatter, telling his colleagues, “We have to remember that she has always been good to us.”')).toBe('Tom Baker');
    expect(speakerOf('Democrats highlighted comments Tom Baker made in 2006 saying he “sort of hopes” the bubble would burst.')).toBe('Tom Baker');
    expect(speakerOf('Tom Baker said the plan failed, adding that it was “a disaster.”')).toBe('Tom Baker');
  });

  it('a name ending a title ("his book The Truth About Maria detailed how …") is not the cue’s subject', () => {
    expect(speakerOf('Tom Baker spoke. Baker said his 1996 book The Truth About Maria detailed how Maria Lopez was “part of the effort.”')).toBe('Tom Baker');
    expect(speakerOf('The Secretary of State Maria Lopez said the plan was “a disaster.”')).toBe('Maria Lopez');
  });

  it('a series of verbs joined by commas and "and" shares the first one’s subject ("he looked …, furrowed his brow and said")', () => {
    const t = 'Last month, when I asked Tom Baker if he would ever endorse her, he looked straight into my camera, furrowed his brow and said, "I am gonna endorse YOU!"';
    expect(speakerOf(t)).toBe('Tom Baker');
    expect(speakerOf('When I asked, Tom Baker laughed, paused and said, "It is over."')).toBe('Tom Baker');
  });

  it('"X knocked Y on trade and called him a “moderate”"', () => {
    expect(speakerOf('There were sharper moments, such as when Tom Baker knocked Maria Lopez on trade and called her a “moderate,” a subtle dig.')).toBe('Tom Baker');
  });

  it('skips relative clauses, passives, prepositional objects and pronouns of subordinate clauses', () => {
    expect(speakerOf('Sen. Tom Baker weighed in on the claims against the manager, who allegedly assaulted a reporter, calling it a “fireable offense”.')).toBe('Tom Baker');
    expect(speakerOf('Attorneys for Maria Lopez appeared to oppose it, saying her account was “private”.')).not.toBe('Maria Lopez');
    expect(speakerOf('Ana Ruiz apologized for the columns after they came out, saying they have “nothing to do with me”.')).toBe('Ana Ruiz');
  });

  it('an unknown verb is no subject’s end ("Alabama beat undefeated Clemson")', () => {
    expect(speakerOf('ROLL TIDE Alabama beat undefeated Clemson in a game many are calling an “instant classic.”') ?? '').not.toMatch(/beat$/);
  });
});

describe('speakers: parentheticals and subordinate clauses after a quote', () => {
  it('"CNN, X said, called it “…”": the parenthetical speaker', () => {
    expect(speakerOf('The Daily Ledger, Tom Baker said, called the announcement “highly significant.”')).toBe('Tom Baker');
  });

  it('"…” until X said …" is a later clause, not the quote’s speaker', () => {
    expect(speakerOf('Ana Ruiz says he was “kind of riding the fence” until Tom Baker said he was backing the senator.')).toBe('Ana Ruiz');
  });
});

describe('speakers: time phrases and unclosed appositives', () => {
  it('"X during a Sunday thanked …": a time phrase between subject and verb', () => {
    expect(speakerOf('It was such a presence that Tom Baker during a Sunday thanked its members “for their support in my campaign”.')).toBe('Tom Baker');
  });

  it('"…,” X, the guru who founded the site tweeted on Wednesday.": the name opening the appositive', () => {
    expect(speakerOf('“Clinton needs a strategy,” Tom Baker, the polling guru who founded the site tweeted on Wednesday.')).toBe('Tom Baker');
  });
});

describe('speakers: a sentence ending in a colon', () => {
  it('a document or a person introducing the quote speaks', () => {
    expect(speakerOf('The piece used one of her quotes as its headline: “Finally. Someone who thinks like me.”')).toBe('The piece');
    expect(speakerOf('A footnote in the report makes that clear: “These rules do not apply.”')).toBe('A footnote in the report');
  });

  it('other subjects do not ("The implication is clear:")', () => {
    expect(speakerOf('The implication is clear: “nobody is safe.”')).toBeNull();
  });
});

describe('speakers: descriptions with their place and groups with their members', () => {
  it('"said one source on the panel": a place phrase stays in the description, a time or medium does not', () => {
    expect(speakerOf('“They are in a frenzy,” said one Democratic source on the panel.')).toBe('one Democratic source on the panel');
    expect(speakerOf('“They are in a frenzy,” said one Democratic source on Monday.')).toBe('one Democratic source');
    expect(speakerOf('“They are in a frenzy,” said a spokesman in a statement.')).toBe('a spokesman');
  });

  it('"Hundreds of demonstrators", "the vast majority of them": a group joined by "of"', () => {
    expect(speakerOf('Hundreds of pro-Sanders demonstrators marched through the city on Monday, chanting “Bernie or bust.”')).toBe('Hundreds of pro-Sanders demonstrators');
    expect(speakerOf('Small groups of protesters continued to march, chanting “Hands up.”')).toBe('Small groups of protesters');
    expect(speakerOf('Leaders of the organization said they hope “our community grows”.')).toBe('Leaders of the organization');
  });
});

describe('speakers: signed lines and opening clauses', () => {
  it('a quoted line signed "― Name" belongs to the signer, nested marks and all', () => {
    const text = 'Readers wrote in.\n\n“Bully tactics all night.” ― Ana Ruiz\n“I’d rather live in what he calls “hell” than live in his world.” ― Maria Lopez';
    expect(findQuotes(text).map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Maria Lopez', 'Maria Lopez']);
    // A narrated line ending on a byline is not signed.
    expect(speakerOf('The force was “the No. 1 threat.” ― Kim Hjelmgaard') ?? '').not.toBe('Kim Hjelmgaard');
  });

  it('a cue inside an opening "With …," clause belongs to that clause', () => {
    expect(speakerOf('With party leaders increasingly worried about turnout, President Tom Baker is rolling out a new message: “It is about me.”')).toBe('Tom Baker');
  });

  it('an opening conjunction is skipped, an opening -ing headline is no subject', () => {
    expect(speakerOf('But Sen. Tom Baker refused to say more, responding that he is “not going to go into it”.')).toBe('Tom Baker');
    expect(speakerOf('Celebrating Maria Lopez “turning him around,” apparently on trade.')).toBeNull();
  });
});

describe('speakers: shares of people and infinitives after a description', () => {
  it('"75 percent of Republicans said": the share speaks, unless its sentence names the poll first', () => {
    expect(speakerOf('In September, 75 percent of Republicans said “most people in politics” cannot be trusted.')).toBe('75 percent of Republicans');
    expect(speakerOf('In a September poll, 75 percent of Republicans said “most people in politics” cannot be trusted.')).toBe('a September poll');
    expect(speakerOf('However, 63 percent said she was “justified” in keeping it private.')).toBe('63 percent');
    expect(speakerOf('Only 52 percent of registered voters agreed that she is in “good enough health to serve,” a poll found.')).toMatch(/52 percent of registered voters$/);
  });

  it('"a report from the inspector general to be …": the infinitive is no part of the speaker', () => {
    expect(speakerOf('The agency gave an “inaccurate and incomplete” response, according to a report from the inspector general to be released Thursday.')).toBe('a report from the inspector general');
  });
});

describe('speakers: subjects that carry a quote without a verb of saying', () => {
  it('a document or a group of people opening the sentence', () => {
    expect(speakerOf('The ad targets a “corrupt political system” in Washington.')).toBe('The ad');
    expect(speakerOf('A federal lawsuit was filed in 2012, alleging that police used faith as a “proxy for criminality.”')).toBe('A federal lawsuit');
  });

  it('an opening subordinate clause with no comma is no subject', () => {
    expect(speakerOf('While Republicans called it a “witch hunt” the panel went on.') ?? '').not.toMatch(/^While/);
  });
});

describe('speakers: naming participles', () => {
  it('"a website called “…”" names a thing: the thing is no speaker', () => {
    expect(speakerOf('Tom Baker, a radio host, has set up a website called “Cape Breton If He Wins” for refugees.')).not.toBe('a website');
    expect(speakerOf('On Monday night, campaign manager Tom Baker released a memo titled “The Facts on Where the Race Stands.”')).toBe('Tom Baker');
  });

  it('a person or role before "called" still speaks', () => {
    expect(speakerOf('Earlier, the president called “fake news” on the report.')).toMatch(/president$/);
  });
});

describe('speakers: "After saying …" and "referenced"', () => {
  it('"After saying X was “…”, she …": the main clause’s subject', () => {
    expect(speakerOf('After saying her foot was “so swollen I could barely walk,” she was taken to hospital.')).toBe('she');
  });

  it('"After spending a week bickering over whether the other is “…”, X …": any participle after "after" takes the main subject', () => {
    const t = 'The race has Lopez and Baker on edge.\n\nAfter spending the past week bickering over whether the other is “qualified” to lead, Lopez on Monday ripped into Baker.';
    expect(speakerOf(t)).toBe('Lopez');
  });

  it('"X referenced a report that “…”"', () => {
    expect(speakerOf('Moreover, Tom Baker referenced a report that “less than one percent of emails” were kept.')).toBe('Tom Baker');
  });
});

describe('speakers: list items opening on a verb', () => {
  it('"Preys on our worst fears …, and calls people “losers”": no subject, and "fears" is a noun', () => {
    expect(speakerOf('Preys on our worst fears and instincts, regarding migrants, and calls people “losers” and “sad.”')).toBeNull();
    expect(speakerOf('Tom Baker fears the plan is “a disaster”.')).toBe('Tom Baker');
  });
});

describe('speakers: absolute participles and time phrases', () => {
  it('"– X saying “…” and Y calling it a “…”": each participle has its own subject', () => {
    expect(findQuotes('Both men issued a statement – Tom Baker saying he was “very encouraged” and Ana Ruiz calling it a “great meeting.”').map((q) => q.speaker)).toEqual(['Tom Baker', 'Ana Ruiz']);
  });

  it('"X less than two weeks ago said": the time phrase is stepped over', () => {
    expect(speakerOf('The State Department less than two weeks ago said that “top secret” data had passed through it.')).toBe('the State Department');
  });
});

describe('speakers: possessive subjects and opening "Given"', () => {
  it('"Hoff’s letter makes a … case: “…”": the verb in -s is not part of the subject', () => {
    expect(findQuotes('Intro.\n\nTom Baker’s letter makes a libertarian case: “Freedom matters to all of us.”')[0]?.speaker ?? '').not.toMatch(/makes/);
  });

  it('"Given X’s success, …" opens on a preposition', () => {
    expect(speakerOf('Given Tom Baker’s success, his endorsements will carry “a great deal of weight” and bring “firepower,” spokesman Ana Ruiz said.')).toBe('Ana Ruiz');
  });

  it('"…, in the mouth of X, who proclaimed": the name before "who", even after a preposition', () => {
    expect(speakerOf('The idea began, as bad ideas often do, in the mouth of Tom Baker, who proclaimed in July that refugees "cannot come into this country" at all.')).toBe('Tom Baker');
  });
});

describe('speakers: a subordinate clause after a short opening phrase', () => {
  it('"Last month, when I asked X if …, he looked … and said, “…”": the main clause speaks, not the asker', () => {
    const text = 'Tom Baker spoke in Iowa.\n\nLast month, when I asked Tom Baker if he would ever endorse the governor, he looked into my camera, furrowed his brow and said, “I am going to endorse you!”';
    expect(speakerOf(text)).toBe('Tom Baker');
  });
});
