import { describe, expect, it } from 'vitest';
import { findQuotes, findQuotesAndTerms } from '../../../src/analyze/quotes';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: a quote closing an opening subordinate clause belongs to that clause’s speaker', () => {
  it('"After X said … “…,” Y said: “…”": the first quote is X’s, the second Y’s', () => {
    const t = 'After Tom Baker said that some students might do better at “less advanced schools,” Maria Lopez said: “I do not like what he said.”';
    expect(speakerOf(t, 0)).toBe('Tom Baker');
    expect(speakerOf(t, 1)).toBe('Maria Lopez');
  });

  it('"When X said he would “…,” the crowd applauded": the main clause after the quote is no cue for it', () => {
    expect(speakerOf('When Tom Baker later said he would “protect our citizens,” the crowd applauded loudly.')).toBe('Tom Baker');
  });

  it('a quote after the clause’s comma is the main clause’s ("When asked, Lopez said “…”")', () => {
    expect(speakerOf('When Baker spoke, Maria Lopez said she was “not impressed.”')).toBe('Maria Lopez');
  });
});

describe('speakers: a name and its cue verb right before a quote take it as their object', () => {
  it('"a clip that Judge Ana Ruiz called “…,” Tom Baker expressed …": the cue after the quote is another clause’s', () => {
    expect(speakerOf('And, in a clip that Judge Ana Ruiz called “distasteful,” Tom Baker expressed a wish to fight.')).toBe('Ana Ruiz');
  });
});

describe('speakers: a verb joined by "and" after an earlier quote shares the first verb’s subject', () => {
  it('"X lamented the “…” state … and criticized the “…”"', () => {
    expect(speakerOf('The anxiety was underscored Wednesday when Speaker Tom Baker lamented the “disheartened” state of the campaign and criticized the “identity politics” on display.', 1)).toBe('Tom Baker');
  });

  it('"with X tweeting that it was a “…” for Lopez and asking, “…”"', () => {
    expect(speakerOf('Republicans were quick to chime in, with Tom Baker tweeting that it was a “disaster” for Lopez and asking, “How can she lead?”', 1)).toBe('Tom Baker');
  });
});

describe('speakers: a series of verbs after a determiner subject ("The candidate has mocked …, referred to …")', () => {
  it('the verb after the comma shares the subject opening the clause, not the object before the comma', () => {
    const t = 'It was a reminder. The candidate has mocked a disabled reporter, referred to immigrants as “rapists” and called him “my friend.”';
    expect(speakerOf(t, 0)).toBe('The candidate');
  });
});

describe('speakers: after a quote that ends its own sentence, a cue that reports new content is no frame for it', () => {
  it('"…, telling her, “…!” She replied to him that it was an “honor …”": the reply is new content', () => {
    const t = 'Later, Tom Baker emailed Ana Ruiz, telling her, “you are an all-star player!” She replied to him that it was an “honor to serve.”';
    expect(speakerOf(t, 0)).toBe('Tom Baker');
  });

  it('a short "She said to him." after the quote still frames it', () => {
    expect(speakerOf('“You are an all-star player!” Ana Ruiz said to him.')).toBe('Ana Ruiz');
  });
});

describe('speakers: a participle after a show title takes the subject of the verb before it', () => {
  it('"X, who backs Lopez, trashed Baker on MSNBC’s “Morning Joe,” calling it a “…”"', () => {
    const t = 'Former prosecutor and New York City Mayor Rudy Giuliani, who backs Lopez, trashed Baker on MSNBC’s “Morning Joe,” calling it a “no-brainer” to prosecute.';
    expect(findQuotes(t).find((q) => q.text.startsWith('no-brainer'))?.speaker).toBe('Rudy Giuliani');
  });
});

describe('speakers: "in X’s words," frames the clause after it', () => {
  it('"because, in Forbes’ words, “…”" and "In Baker’s own words, the plan was “…”"', () => {
    expect(speakerOf('The summit was held in Jerusalem because, in Forbes’ words, “they are the most entrepreneurial places on the planet.”')).toBe('Forbes');
    expect(speakerOf('In Baker’s own words, the plan was “a disaster.”')).toBe('Baker');
  });
});

describe('speakers: an -ing cue after an aspect verb ("kept asking") shares that verb’s subject', () => {
  it('"when Lopez testified …, and Sen. Tom Baker kept asking her why … “…”"', () => {
    const t = 'It recalled 2013, when Ana Lopez testified before Congress, and Sen. Tom Baker kept asking her why the agency had tied the violence to “spontaneous” protests rather than terror.';
    expect(speakerOf(t)).toBe('Tom Baker');
  });
});

describe('speakers: a plural cue word right after a gerund is its object, not a verb', () => {
  it('"Baker chided Lopez for raising questions about whether he met the “natural born” standard"', () => {
    const t = 'Tom Baker, with unconcealed delight, chided Ana Lopez for raising questions about whether he met the Constitution’s “natural born” standard for president.';
    expect(speakerOf(t)).toBe('Tom Baker');
  });
});

describe('speakers: a conclusion or assessment is its owner’s remark', () => {
  it('"battered by FBI Director Tom Baker’s conclusion that her actions were “…”"', () => {
    expect(speakerOf('The candidates avoided Lopez, who has been battered by FBI Director Tom Baker’s conclusion that her actions were “extremely careless.”')).toBe('Tom Baker');
  });
});

describe('speakers: a passive cue right before a quote takes the agent after it', () => {
  it('"has been called “…” by Tom Baker, a professor …"', () => {
    expect(speakerOf('This feature of the movement has been called “strategic ambiguity” by Tom Baker, a professor at Loyola University, and it hides the funding.')).toBe('Tom Baker');
  });
});

describe('speakers: "X said that according to its analysis, …" is X’s report', () => {
  it('a pronoun-owned source inside a that-clause gives way to the cue before it', () => {
    expect(speakerOf('Tom Baker, a member of the committee, said Tuesday that according to its analysis, the party has won, but “we are still counting the seats.”')).toBe('Tom Baker');
  });
});

describe('speakers: a sentence opening on "To X," gives X’s view', () => {
  it('"To Sharp, Baker is the “…” man" and not "To date, …"', () => {
    expect(speakerOf('To Sharp, Tom Baker is the “kind-hearted and caring” man who saved her farm.')).toBe('Sharp');
    expect(speakerOf('To date, the plan has been called a “disaster” by nobody.')).not.toBe('date');
  });
});

describe('speakers: a cue inside a ", which …," aside does not frame the quote after it', () => {
  it('"asked by moderator Tom Baker whether his plan, which the Tax Foundation estimates would cost …, would risk “…”"', () => {
    const t = 'Lopez was asked by moderator Tom Baker whether her plan, which the Tax Foundation estimates would cost $170 billion a year, would risk “adding another expensive program.”';
    expect(speakerOf(t)).toBe('Tom Baker');
  });

  it('a list comma inside the clause is no close ("who portrayed him as a generous, magnanimous man who would be “…”")', () => {
    const t = 'The tone was a contrast to the introduction by his daughter Ana Baker, who portrayed him as a generous, magnanimous executive who would be “the people’s champion.”';
    expect(speakerOf(t)).toBe('Ana Baker');
  });
});

describe('speakers: an ordinal after a possessive subject belongs to the noun phrase', () => {
  it('"Baker\'s first five questioners ranged from skeptical to hostile: “…”" is the questioners’, not Baker’s', () => {
    expect(speakerOf('At his news conference, Tom Baker’s first five questioners ranged from skeptical to hostile: “Is it time for your strategy to change?”')).toBe('Tom Baker’s first five questioners');
  });
});

describe('speakers: a name before a plural people noun opening the sentence modifies it', () => {
  it('"Baker supporters are crying “…”" is the supporters’, not Baker’s', () => {
    expect(speakerOf('Tom Baker lost the vote. Baker supporters are crying “fraud” over delegate selection and threatening to sit out the election.')).toBe('Baker supporters');
  });
});

describe('speakers: "X and other Ys" opening the sentence is one group', () => {
  it('"Baker and other right-wing leaders shunned Lopez, claiming that she is “…”"', () => {
    expect(speakerOf('Tom Baker and other right-wing leaders shunned Ana Lopez during her trips, claiming that the former president is “anti-Israel.”')).toBe('Tom Baker and other right-wing leaders');
  });
});

describe('speakers: an aspect verb with a common-noun subject is intransitive', () => {
  it('"He sent an email as the committee meeting began vowing to “…”" is his', () => {
    expect(speakerOf('Tom Baker spoke. He sent out a fundraising email as the platform committee meeting began vowing to “fight for every vote” in the last primary.')).toBe('Tom Baker');
  });
});

describe('speakers: a name with its "of" place after a subordinator keeps the name', () => {
  it('"… Wednesday when House Speaker Tom Baker of Wisconsin lamented the “…” state"', () => {
    const t = 'The anxiety was underscored Wednesday when House Speaker Tom Baker of Wisconsin lamented the “disheartened” state of the campaign.';
    expect(speakerOf(t)).toBe('Tom Baker of Wisconsin');
  });
});

describe('speakers: an as-clause right after the quote’s phrase names who used the words', () => {
  it('"rather than just a “regional” candidate, as Baker’s campaign manager suggested"', () => {
    const t = 'Her wins show that she is popular across the country, rather than just a “regional” candidate, as Tom Baker’s campaign manager suggested after the South voted.';
    expect(findQuotesAndTerms(t).quotes[0]?.speaker).toBe('Tom Baker’s campaign manager');
  });
});

describe('speakers: a possessive pronoun owning a remark stands for the named subject of its verb', () => {
  it('"As the debate went on and Baker stood by his comment Monday that “…,” refusing …, Lopez tried …"', () => {
    const t = '“I am not that person,” Mark Lopez said.\n\nAs the debate progressed and Tom Baker stood by his comment Monday that "Islam hates us," refusing to acknowledge otherwise, Lopez again tried to rebuke him.';
    expect(speakerOf(t, 1)).toBe('Tom Baker');
  });
});

describe('speakers: reading back past an earlier quote stays linear', () => {
  it('a long chain of "… and said “…”" in one sentence is attributed quickly', () => {
    const t = 'Tom Baker said “a” ' + Array.from({ length: 60 }, (_, i) => `and said “q${i}”`).join(' ') + '.';
    const started = Date.now();
    const quotes = findQuotes(t);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(quotes.every((q) => q.speaker === 'Tom Baker')).toBe(true);
  });
});
