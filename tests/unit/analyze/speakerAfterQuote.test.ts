import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';
import { tokenize } from '../../../src/analyze/speakerFrames';
import { verbUse } from '../../../src/analyze/speakerWordClasses';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: the words right after a quote', () => {
  it('a quote inside a noun phrase: the words after it continue the phrase, not a subject', () => {
    expect(speakerOf('Senators blocked the bill because of “poison pill” measures added by Democrats.')).not.toBe('measures');
    expect(speakerOf('Tom Baker’s allies cheered, and the “Ready” signs waved, which delighted the crowd.')).not.toBe('signs');
    expect(speakerOf('In his listing, Tom Baker claimed that the “City Museum” in Springfield, Ohio, had expressed interest.')).toBe('Tom Baker');
  });

  it('…but a quote closing on a comma, or a clause ending on its verb, still hands over to a speaker', () => {
    expect(speakerOf('He placed a card in a “burn bag,” the Daily Ledger reported.')).toMatch(/Daily Ledger$/);
    expect(speakerOf('The rules have a “dramatic and disparate impact” on voters, the lawsuit says.')).toBe('the lawsuit');
  });

  it('after a quote that is already a verb’s complement, "denounced her record" is the next verb and its object', () => {
    expect(speakerOf('Tom Baker further summed up Maria Lopez as “terrible,” denounced her record and left.')).toBe('Tom Baker');
    // An inverted name is still the speaker: "…,” said Maria Lopez".
    expect(speakerOf('“We are ready,” said Maria Lopez, the mayor.')).toBe('Maria Lopez');
  });
});

describe('speakers: verbs and names around the cue', () => {
  it('"…, explained X: “…”" / "Said X, “…”": an inverted verb before the quote', () => {
    expect(speakerOf('In other words, explained moderator Dana Holt: “What does that have to do with it?”')).toBe('Dana Holt');
    expect(speakerOf('Because of how the schedule works, explained Tom Baker, “the race is over by March.”')).toBe('Tom Baker');
    expect(speakerOf('Said Maria Lopez, “We were all so proud of him.”')).toBe('Maria Lopez');
    expect(speakerOf('The home is a museum now. Said Maria Lopez, who grew up with him in the neighborhood, “We were all so proud of him.”')).toBe('Maria Lopez');
    // "told X," takes a listener: the subject before it speaks.
    expect(speakerOf('Tom Baker, who was on the slate, told Reuters, “I like the governor best.”')).toBe('Tom Baker');
  });

  it('"said Army 1st Sgt. Dana Ruiz": an ordinal rank between the service and the name', () => {
    expect(speakerOf('“We were ready,” said Army 1st Sgt. Dana Ruiz.')).toBe('Dana Ruiz');
    expect(speakerOf('“We were ready,” said Navy 2nd Lt. Omar Haddad.')).toBe('Omar Haddad');
  });

  it('a line break after the quote ends its frame: the next line’s subject is not its speaker', () => {
    const t = 'Tom Baker also addressed the coverage.\n“There were questions about the ratings,” he said. “It is not our role to editorialize.”\nOn Monday, Maria Lopez groused to a crowd that the network “treats me badly.”';
    expect(speakerOf(t, 1)).toBe('Tom Baker');
  });

  it('"said Lopez ally Tom Baker": an ally, confidant or surrogate is a role before the name', () => {
    expect(speakerOf('“He is a longtime friend of mine,” said Lopez ally Tom Baker.')).toBe('Tom Baker');
    expect(speakerOf('“We are strong,” said Lopez surrogate Dana Ruiz.')).toBe('Dana Ruiz');
  });

  it('a passive in the sentence after the quote reports its subject, not the quote', () => {
    expect(speakerOf('Dana Ruiz says the campaign will “compete vigorously for the nomination.” The move was first reported by the Ledger.')).toBe('Dana Ruiz');
  });

  it('"…,” state Senate leader X and House Speaker Y, both Republicans, said": two joined titled names', () => {
    expect(speakerOf('“We can only wonder what the intent is,” state Senate leader Tom Baker and House Speaker Omar Haddad, both Republicans, said in a statement.')).toBe('Omar Haddad');
  });

  it('"according to calculations by X": the author of a bare noun after "by"', () => {
    expect(speakerOf('A “living wage” is about $12 an hour, according to calculations by Dana Ruiz of the Civic Institute.')).toMatch(/^Dana Ruiz/);
    expect(speakerOf('A “living wage” is about $12 an hour, according to Tom Baker.')).toBe('Tom Baker');
  });

  it('an appositive chain steps over a bracket and an opening participle', () => {
    expect(speakerOf('Speaking later on the same show, Sen. Ana Ruiz (D-Mo.), who backs the bill, said it was “stronger” now.')).toBe('Ana Ruiz');
    expect(speakerOf('But Sen. Tom Baker (D-Ill.), noting the size of the crowd, said, “He has a big list.”')).toBe('Tom Baker');
  });

  it('"…, the Daily Ledger reports.": the outlet reporting a quote with a determiner', () => {
    expect(speakerOf('Fans also chanted, “Build a wall,” referring to the candidate’s vow, the Daily Ledger reports.')).toMatch(/Daily Ledger$/);
  });
});

describe('speakers: "as X put it" and more verbs of saying', () => {
  it('"as X put it" / "as X said" name the speaker on either side of the quote', () => {
    expect(speakerOf('As the Daily Ledger put it, “Hello again.”')).toMatch(/Daily Ledger$/);
    expect(speakerOf('As Tom Baker, the No. 2 in the party, put it: “This will not pass.”')).toBe('Tom Baker');
    expect(speakerOf('The race is “a dead heat right now,” as Maria Lopez said on the radio on Monday.')).toBe('Maria Lopez');
    expect(speakerOf('He is seen, as the Daily Ledger put it in a long piece, as “the operator.”')).toMatch(/Daily Ledger$/);
  });

  it('"put" without "it" is no verb of saying', () => {
    const toks = tokenize('She put the blame on him, as he put it.', 0, 39, [], 0);
    const puts = toks.flatMap((t, i) => (t.lc === 'put' ? [i] : []));
    expect(puts.map((i) => verbUse(toks, i))).toEqual([false, true]);
  });

  it('asserted, interjected, boomed', () => {
    expect(speakerOf('“Let me be clear,” he asserted to reporters.')).toBe('he');
    expect(speakerOf('Maria Lopez spoke, to which Tom Baker interjected: “It is just not true.”')).toBe('Tom Baker');
    expect(speakerOf('Tom Baker leaned in and boomed: “We will win in November.”')).toBe('Tom Baker');
  });

  it('a commitment noun with an infinitive: "X’s pledge to be “neutral”"', () => {
    expect(speakerOf('The worries go beyond Tom Baker’s pledge to be “neutral” in the talks.')).toBe('Tom Baker');
  });
});

describe('speakers: long and joined subjects after a quote', () => {
  it('"…,” X, a long appositive …, said": the name before it', () => {
    const text = '“Very good reporter,” Tom Baker, the party’s front-runner nationally and current polling leader in the state by a wide margin after winning the primaries, said when asked.';
    expect(speakerOf(text)).toBe('Tom Baker');
  });

  it('"…,” the senator and party candidate said": two joined descriptions', () => {
    expect(speakerOf('“I have been warning about this,” the Florida senator and Republican candidate said in a statement.')).toBe('the Florida senator and Republican candidate');
  });
});

describe('speakers: a clause before the comma', () => {
  it('"X suggested …, called her “…”": the subject of the first verb does the second', () => {
    expect(speakerOf('Tom Baker met the mayor. He later suggested her budget was behind the deficit, called her “third-rate” and left.')).toBe('Tom Baker');
    expect(speakerOf('Maria Lopez praised the plan in May, called it “bold” and signed it.')).toBe('Maria Lopez');
  });

  it('but "X, who …" still points at the noun before the comma, and an appositive stays one', () => {
    expect(speakerOf('Maria Lopez praised Tom Baker, who has publicly vowed to fight the “reckless” plan.')).toBe('Tom Baker');
    expect(speakerOf('Tom Baker, elected in 2010, called the plan “reckless”.')).toBe('Tom Baker');
  });

  it('an inverted cue closing a long sentence frames a quote early in it', () => {
    const text = 'Voters met on Friday.\n\nThe slogan “bring the jobs home” appeals to older workers who remember a time when a high school diploma was enough to buy a house, raise three children and retire at sixty in the same town, said Maria Lopez, a historian at the state university.';
    expect(speakerOf(text)).toBe('Maria Lopez');
    // A cue that is no inverted "said X" stops the search as before.
    expect(speakerOf('Voters met on Friday.\n\nThe slogan “bring the jobs home” appeals to older workers who remember a time when a high school diploma was enough to buy a house, raise three children and retire at sixty in the same town, and Maria Lopez called it a myth.')).not.toBe('Maria Lopez');
  });

  it('a quote closing on a comma hands over to a name with a title of any case before it', () => {
    const text = 'Kaine called it a “press conference.”\n\n“But that was the first time in a long time, senator,” CBS This Morning co-Anchor LaToya Banks said. “She does not do it often.”';
    expect(findQuotes(text).map((q) => q.speaker)).toEqual(['Kaine', 'LaToya Banks', 'LaToya Banks']);
    // A clause opener is no title: '…,” after Clinton spokesman Brian Fallon expressed …'.
    expect(speakerOf('“In breaking news,” Axelrod tweeted, “she wins an endorsement,” after Clinton spokesman Brian Fallon expressed support.', 1)).toBe('Axelrod');
  });

  it('a title before the name may hold a number and an -ing word before a role word', () => {
    const text = 'The group plans to protest, the Daily Tribune reports.\n\n“They have to decide,” Pay for $15 organizing director Ann Lowe told a TV station. “They care about two things.”';
    expect(findQuotes(text).map((q) => q.speaker)).toEqual(['Ann Lowe', 'Ann Lowe']);
  });

  it('a comma and a stray closing mark still hand over to the inverted cue', () => {
    const text = 'Already, Baker’s remarks had angered the council. “Tom Baker’s claim that the deal “has to do with the budget” makes clear that he does not have a clue,” wrote Ann Lowe, head of the group.';
    expect(findQuotes(text).map((q) => q.speaker)).toEqual(['Ann Lowe', 'Ann Lowe']);
  });
});

describe('speakers: German "so" after a quote only', () => {
  it('"so" later in the words after a quote is a conjunction, not a cue with a subject on its left', () => {
    const t = 'Politicos call this the “expectations game” — setting expectations of your performance at a certain level so that you can do better and be the focus of the headlines.';
    expect(speakerOf(t)).not.toBe('setting expectations');
    expect(speakerOf('„Das ist gut“, so Merkel.')).toBe('Merkel');
  });
});

describe('speakers: a headline quote closing on a comma hands over to the name and cue after it', () => {
  it('"Guns Are ‘…,’ Howard Dean Tells Democratic Convention"', () => {
    const t = 'Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention.\n\nGuns are a crisis, the former governor said on Monday.';
    expect(speakerOf(t)).toBe('Howard Dean');
  });

  it('"Tom Baker Is A ‘Natural Born Citizen,’ Board Of Election Finds": the board, shown as written', () => {
    const t = 'Tom Baker Is A ‘Natural Born Citizen,’ Board Of Election Finds.\n\nOn the same day, Tom Baker of Texas got a favorable decision.';
    expect(speakerOf(t)).toBe('Board Of Election');
  });

  it('a headline with no name and cue after the quote keeps its opening subject', () => {
    expect(speakerOf('Chris Christie Calls Hillary Clinton ‘A Disgrace’ At Rally.\n\nThe governor spoke on Monday.')).toBe('Chris Christie');
  });
});

describe('speakers: a plural source noun after capitalised modifiers heads the phrase', () => {
  it('"according to White House pool reports", "according to Democratic officials"', () => {
    expect(speakerOf('The mayor said “there is love,” according to City Hall pool reports.')).toBe('City Hall pool reports');
    expect(speakerOf('The plan is “dead,” according to Democratic officials.')).toBe('Democratic officials');
    expect(speakerOf('The plan is “dead,” according to Tom Baker.')).toBe('Tom Baker');
  });
});
