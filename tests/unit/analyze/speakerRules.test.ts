import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';
import { transcriptLabel } from '../../../src/analyze/speakerLabels';

const speakers = (text: string) => findQuotes(text).map((q) => q.speaker);
const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: transcript labels', () => {
  it('reads an upper-case label and colon at the start of a quote', () => {
    expect(transcriptLabel('HOLT: Good evening.')).toBe('HOLT');
    expect(transcriptLabel('MARÍA LÓPEZ: Buenas noches.')).toBe('MARÍA LÓPEZ');
    expect(transcriptLabel('ПУТИН: Спасибо.')).toBe('ПУТИН');
  });

  it('ignores stage directions, media and sentence-case openers', () => {
    expect(transcriptLabel('VIDEO: the crowd cheers')).toBeNull();
    expect(transcriptLabel('Note: prices vary')).toBeNull();
    expect(transcriptLabel('Washington: a city')).toBeNull();
  });

  it('names the speaker of each transcript turn, resolved to the full name when the article has it', () => {
    const text = [
      'Anchor Dana Holt questioned Senator Rob Miller on Sunday. Partial transcript:',
      '"HOLT: Will you vote for the bill?',
      '"MILLER: I will, and so will my colleagues.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Dana Holt', 'Rob Miller']);
  });

  it('a label before the quote mark speaks the quotes of its paragraph', () => {
    expect(speakerOf('KELLER: I told them, “We are ready.”')).toBe('Keller');
  });
});

describe('speakers: headlines', () => {
  it('the capitalised run that opens a Title Case headline, up to its verb', () => {
    expect(speakerOf('Jane Fowler Calls Tax Plan ‘A Disgrace’')).toBe('Jane Fowler');
    expect(speakerOf('Angry Parents Rally Nationwide To ‘Save Our Schools’')).toBe('Angry Parents');
    expect(speakerOf('Mayor Ortiz Just Announced A ‘New Deal’ For Renters')).toBe('Ortiz');
  });

  it('a name before a colon or "on"', () => {
    expect(speakerOf('Fowler: Voters ‘Deserve Better’ From Congress')).toBe('Fowler');
    expect(speakerOf('Fowler on the Budget: ‘We Will Not Cut’')).toBe('Fowler');
  });

  it('skips a rubric and gives up on a headline that opens with no name', () => {
    expect(speakerOf('The Latest: Fowler Calls Plan ‘Reckless’')).toBe('Fowler');
    expect(speakerOf('The Myth Of The ‘Working Class’ Vote Explained')).toBeNull();
  });

  it('leaves sentence-case paragraphs to the cue rules', () => {
    expect(speakerOf('Jane Fowler said the plan was “a disgrace” and left.')).toBe('Jane Fowler');
  });
});

describe('speakers: a collage of voices with dashes', () => {
  it('the name after each dash speaks the quote before it', () => {
    const text = '“We need jobs.” ― Ana Ruiz “We need schools.” ― Luis Gil “Nobody listens to us.” ― Marta Díaz.';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Luis Gil', 'Marta Díaz']);
  });
});

describe('speakers: nouns that look like cue verbs', () => {
  it('"his anti-war remarks", "late-night tweets" are nouns, not speech verbs', () => {
    expect(speakerOf('Ruth Adler said his anti-war remarks were pure “propaganda” for the rebels.')).toBe('Ruth Adler');
    expect(speakerOf('Ruth Adler says a flurry of late-night tweets was “unhinged”.')).toBe('Ruth Adler');
  });

  it('a verb after a quote followed by "that …" is no inverted "said X"', () => {
    expect(speakerOf('Attorney Ben Holm said in a letter that the ad “wrongly” suggests that Lyon supports the plan.')).toBe('Ben Holm');
  });
});

describe('speakers: pronouns', () => {
  it('a pronoun inside a quote does not give its gender to the sentence subject', () => {
    const text = [
      'Taryn-Lee Formo, a political scientist at Gent University, described the approach.',
      '“If he is asked hard questions, he will deflect them,” she said.',
    ].join('\n\n');
    expect(speakerOf(text)).toBe('Taryn-Lee Formo');
  });

  it('a subject introduced by lower-case role words is an antecedent', () => {
    const text = [
      'The bank Alder Trust was fined on Monday.',
      'In a statement, presidential nominee Hillary Clinton was more careful. She called the conduct “outrageous”.',
    ].join('\n\n');
    expect(speakerOf(text)).toBe('Hillary Clinton');
  });

  it('er/elle/она resolve to the last person of that gender', () => {
    expect(speakerOf('Angela Vogt sprach lange. „Wir schaffen das“, sagte sie.')).toBe('Angela Vogt');
    expect(speakerOf('Marie Dubois est arrivée. « Nous gagnerons », a-t-elle déclaré.')).toBe('Marie Dubois');
  });

  it('"To professor X, …" / "Pour le climatologue X, …" makes X an antecedent', () => {
    const text = [
      'Governor Ann Bell spoke first. Later, Senator Ruth Kane joined her.',
      'To political science professor Dana Whitfield, the speech was a turning point.',
      '“It felt like a farewell,” she said.',
    ].join('\n\n');
    expect(speakerOf(text)).toBe('Dana Whitfield');
    const fr = 'Jean Morel a parlé le premier.\n\nPour le climatologue Paul Girard, le gel va revenir. « Nous le verrons encore », explique-t-il.';
    expect(speakerOf(fr)).toBe('Paul Girard');
  });

  it('a person of the pronoun’s gender named in its own paragraph beats a source from earlier ones', () => {
    const text = 'Paul Girard a parlé le premier.\n\nD’autres, comme Luc Martin, attendent. « On saura en juin », dit-il.';
    expect(speakerOf(text)).toBe('Luc Martin');
  });
});

describe('speakers: the sentence before', () => {
  it('a quote that opens its own sentence continues the cue of the sentence before it', () => {
    expect(speakerOf('The vote may slip, Senator Adam Roth said. “We need more time to read the bill.”')).toBe('Adam Roth');
    expect(speakerOf('Lena Brandt, seine Partnerin, nannte ihn einen Meister. „Er hat es immer wieder geschafft.“')).toBe('Lena Brandt');
  });

  it('an introducing paragraph with a named subject and a colon but no speech verb', () => {
    expect(speakerOf('On July 6, Senator Adam Roth made the following comment:\n\n“We need more time.”')).toBe('Adam Roth');
  });
});

describe('speakers: phrase heads', () => {
  it('"X for Y" names X; a participle after the noun is not its head', () => {
    expect(speakerOf('“Few minds changed,” wrote Carla Ortiz for Morning Report.')).toBe('Carla Ortiz');
    expect(speakerOf('Protesters marching through the streets chanted “No more!” until dawn.')).toBe('Protesters');
  });

  it('a place after a preposition takes no role from the phrase after its comma', () => {
    const text = 'Mayor Lia Grant toured the site. At a briefing in Brookfield, the mayor said there was “no evidence” of a plot.';
    expect(speakerOf(text)).toBe('Lia Grant');
  });
});

describe('speakers: replies and roles', () => {
  it('"X replied:" after a quote introduces the next quote, not the one before', () => {
    const text = '“You meant something else,” Ruiz said. “You meant the opposite.” Kemp replied: “No, I meant it.”';
    expect(speakers(text)).toEqual(['Ruiz', 'Ruiz', 'Kemp']);
  });

  it('"shot back" and "fired back" are replies', () => {
    expect(speakerOf('After Senator Tom Hale criticized her, Maria Lund shot back, “I chose my profession.”')).toBe('Maria Lund');
  });

  it('"Sanders’ comments" is a noun phrase, not "Sanders comments"', () => {
    expect(speakerOf('Weaver dismissed Sanders’ comments on Tuesday, telling reporters, “Nobody asked him.”')).toBe('Weaver');
  });

  it('"the governor" resolves to the person introduced as "Gov."', () => {
    const text = 'Gov. Chris Holm met the mayor of Dover, Ann Pike. “I have known him for years,” the governor said.';
    expect(speakerOf(text)).toBe('Chris Holm');
  });

  it('a name inside an opening prepositional phrase takes no gender from a later pronoun', () => {
    const text = 'During a Radio Nova Live interview, the actress was asked about it. Hayek confirmed she had been and said, “It happens every day.”';
    expect(speakerOf(text)).toBe('Hayek');
  });
});


describe('speakers: participles and quantities', () => {
  it('"footage of X saying" names X', () => {
    expect(speakerOf('The ad uses footage of Nora Quinn asking, “Why aren’t we further ahead?”')).toBe('Nora Quinn');
  });

  it('"a few questions" is a noun phrase, not a speech verb', () => {
    expect(speakerOf('“We must talk about wages,” Ben Ortiz said, suggesting a few questions, including, “Who pays?”', 1)).toBe('Ben Ortiz');
  });
});

describe('speakers: fact-check verbs and time words', () => {
  it('"X rated/ruled … “false”" attributes the verdict to X', () => {
    expect(speakerOf('FactDesk rated 30% of the claims as “false” last year.')).toBe('FactDesk');
    expect(speakerOf('FactDesk then ruled that the statement was “mostly true.”')).toBe('FactDesk');
  });

  it('a weekday after the verb is not an inverted speaker', () => {
    expect(speakerOf('“The veto will be overridden,” Senate leader Mara Olin, R-Ky., said Tuesday.')).toBe('Mara Olin');
  });
});

describe('speakers: asides and outlets', () => {
  it('"X, during a visit to Town, State, said" skips the aside and its place', () => {
    expect(speakerOf('Lena Ortiz, during a town hall in Dayton, Ohio, said she was “going to fix it.”')).toBe('Lena Ortiz');
  });

  it('"…, CNN reported." after the speaker’s own clause names the outlet as the source', () => {
    expect(speakerOf('Rob Kemp welcomed the news, saying the governor was “doing the right thing,” the Daily Ledger reported.')).toMatch(/Daily Ledger/);
    expect(speakerOf('Rob Kemp welcomed the news, saying the governor was “doing the right thing,” Radio Nord reported.')).toBe('Radio Nord');
  });
});

describe('speakers: absolute clauses', () => {
  it('"with many marchers chanting “…”" names the group', () => {
    expect(speakerOf('Lyon was on everyone’s mind, with many marchers and spectators chanting “We are Lyon” all night.')).toBe('many marchers and spectators');
  });
});

describe('speakers: "they" for a body', () => {
  it('a lone capitalised name that is no person stands in for an organisation', () => {
    expect(speakerOf('Factwise said it would check the claim.\n\nOn Monday they published the result, calling it “true.”')).toBe('Factwise');
  });
});

describe('speakers: bylines and new clauses after a quote', () => {
  it('a reporter’s byline after a dash does not speak a quote inside narration', () => {
    expect(speakerOf('Mara Lind said Monday her party was “still the first force in the country.”--Tom Reyes.')).toBe('Mara Lind');
  });

  it('"… “…” and X says …" starts a new clause: X does not speak the first quote', () => {
    expect(speakers('Ana Ruiz accuses Kemp of “leading from behind” and Tom Hale says he is “losing the war.”')).toEqual(['Ana Ruiz', 'Tom Hale']);
  });
});

describe('speakers: dates in opening phrases', () => {
  it('"On July 6, 2015, X made the following comment:" names X for the quote paragraph after it', () => {
    expect(speakerOf('On July 6, 2015, Senator Adam Roth made the following comment:\n\n“We need more time.”')).toBe('Adam Roth');
  });
});

describe('speakers: passives', () => {
  it('a passive cue with no agent names no speaker; the active verb after it does', () => {
    expect(speakerOf('When rebels are revealed as the attackers, Lund and Kemp call them “lone wolves” in public.')).not.toBe('rebels');
    expect(speakerOf('When rebels are revealed as the attackers, Lund and Kemp called them “lone wolves” in public.')).toBe('Kemp');
  });
});

describe('speakers: relative clauses', () => {
  it('"X, now the party leader, who in 2010 said" names X', () => {
    expect(speakerOf('Kemp clashed with Lund, now the party leader, who in 2010 said the aim was a “one-term mayor.”')).toBe('Lund');
  });
});

describe('speakers: long appositives and manner phrases', () => {
  it('a subject with age, town and a relative clause between commas', () => {
    expect(speakerOf('“Both of them scare me,” Harry Vance, 30, of Dover, Del., who was among those polled, said in an interview.')).toBe('Harry Vance');
  });

  it('"said pleasantly into the phone" closes the clause', () => {
    expect(speakerOf('“How are you today?” Ms. Alder, a retired nurse, said pleasantly into the phone.')).toBe('Alder');
  });
});

describe('speakers: names ending in a common word', () => {
  it('"Judicial Watch stated …" keeps the whole name', () => {
    expect(speakerOf('Judicial Watch stated in a release that a declaration “suggests the email was found.”')).toBe('Judicial Watch');
  });

  it('"Another tweeted, “…”" names the description', () => {
    expect(speakerOf('One user praised her. Another tweeted, “She thinks she is above the rules.”')).toBe('Another');
  });
});

describe('speakers: opening speech participles', () => {
  it('"Acknowledging that X “…,” though, Y did suggest" quotes Y', () => {
    expect(speakerOf('Acknowledging that the mayor “says a lot of silly things,” though, Allen did suggest that he has a point.')).toBe('Allen');
    expect(speakerOf('Citing the “dire state of the roads,” Governor Ruth Kane asked for more money.')).toBe('Ruth Kane');
  });
});
