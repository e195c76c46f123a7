import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speaker attribution', () => {
  it('"X said" after the quote', () => {
    expect(speakerOf('“Taxes will fall,” Finance Minister Carla Reyes said on Monday.')).toBe('Carla Reyes');
  });

  it('"said X" after the quote', () => {
    expect(speakerOf('“Taxes will fall,” said Carla Reyes, the finance minister.')).toBe('Carla Reyes');
  });

  it('"X said:" before the quote, in other tenses', () => {
    expect(speakerOf('Carla Reyes has told reporters: “Taxes will fall.”')).toBe('Carla Reyes');
    expect(speakerOf('Carla Reyes warned, “Taxes will rise.”')).toBe('Carla Reyes');
    expect(speakerOf('Carla Reyes insisted that the cuts were “fair and overdue”.')).toBe('Carla Reyes');
  });

  it('"X, who …, told" skips the relative clause', () => {
    expect(speakerOf('Tom Baker, who led the union for a decade, told the meeting: “We are ready.”')).toBe('Tom Baker');
  });

  it('"according to X"', () => {
    expect(speakerOf('According to Tom Baker, the deal was “dead on arrival”.')).toBe('Tom Baker');
  });

  it('a quote-only paragraph continues the previous speaker', () => {
    const text = '“We are ready,” said Tom Baker.\n\n“And we will not wait any longer.”';
    expect(speakerOf(text, 1)).toBe('Tom Baker');
  });

  it('organisations speak', () => {
    expect(speakerOf('The Kremlin describes the war as a “special operation”.')).toBe('the Kremlin');
    expect(speakerOf('“No comment,” the White House said.')).toBe('the White House');
  });

  it('resolves pronouns and roles to the person the article introduced', () => {
    const text = [
      'Russian President Vladimir Putin met the families on Friday.',
      '“Nothing can replace your loss”, he said.',
      'The president stated, “We share your pain.”',
      'Mr. Putin later described them as “heroes”.',
    ].join('\n\n');
    const qs = findQuotes(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin']);
    expect(qs[0]!.speakerRole).toBe('Russian President');
  });

  it('picks the pronoun antecedent of the right gender', () => {
    const text = 'Mary Collins met John Peters on Tuesday. “It went well,” she said.';
    expect(speakerOf(text)).toBe('Mary Collins');
  });

  it('says null rather than guessing a capitalised word', () => {
    expect(speakerOf('In Paris, protesters carried signs reading “No to war without end” all day.')).toBeNull();
    expect(speakerOf('The law bans “spreading false information about the army”.')).toBeNull();
  });

  it('does not take the next sentence as the speaker of a quote that ends its own sentence', () => {
    const text = 'Tom Baker said the plan “will fail.” Anna Berg called it “brave”.';
    const qs = findQuotes(text);
    expect(qs[0]!.speaker).toBe('Tom Baker');
    expect(qs[1]!.speaker).toBe('Anna Berg');
  });

  it('understands German, French, Spanish and Russian cue verbs', () => {
    expect(speakerOf('Der Kanzler Olaf Scholz erklärte: „Die Lage ist ernst.“')).toBe('Olaf Scholz');
    expect(speakerOf('Selon Marie Dubois, la réforme est « injuste ».')).toBe('Marie Dubois');
    expect(speakerOf('Según Ana Torres, el plan es «un error».')).toBe('Ana Torres');
    expect(speakerOf('По словам Ивана Петрова, «ситуация стабильна».')).toMatch(/Петров/);
  });
});

describe('speaker attribution: harder orders', () => {
  it('a nested report belongs to the outer speaker', () => {
    expect(speakerOf('Maria Lopez noted that Tom Baker had called the plan “reckless”.')).toBe('Maria Lopez');
  });

  it('"Name:" right before a quote', () => {
    expect(speakerOf('Tom Baker, the union leader, spoke first.\n\nAnd then Maria Lopez: “We will not sign.”')).toBe('Maria Lopez');
  });

  it('adverbs and time words between the speaker and the verb', () => {
    expect(speakerOf('“We will see,” Tom Baker cautiously said on Tuesday.')).toBe('Tom Baker');
    expect(speakerOf('Tom Baker on Tuesday warned that the deal was “dead”.')).toBe('Tom Baker');
  });

  it('a participle takes the sentence subject, not the object before it', () => {
    expect(speakerOf('Maria Lopez issued a statement saying the vote was “a disgrace”.')).toBe('Maria Lopez');
  });

  it('cue words used as nouns are not verbs', () => {
    expect(speakerOf('Maria Lopez defended the plan. His comments on “fairness” drew no reply from Tom Baker.')).toBeNull();
  });
});

describe('speaker attribution: pronouns in other languages', () => {
  it('resolves German er, French a-t-il, Spanish dropped subjects and Russian он', () => {
    expect(speakerOf('Bundeskanzler Olaf Scholz traf die Familien.\n\n„Wir werden helfen“, sagte er.')).toBe('Olaf Scholz');
    expect(speakerOf('Le président Emmanuel Macron a reçu les familles.\n\n« Nous serons là », a-t-il déclaré.')).toBe('Emmanuel Macron');
    expect(speakerOf('El presidente Pedro Sánchez visitó la zona.\n\n«Vamos a reconstruir todo», afirmó.')).toBe('Pedro Sánchez');
    expect(speakerOf('Президент Владимир Путин встретился с матерями.\n\n«Мы разделяем вашу боль», — сказал он.')).toBe('Владимир Путин');
  });
});

describe('speaker attribution: epigraphs and descriptors', () => {
  it('a dash and a name after the quote', () => {
    expect(speakerOf('“We will build it together.” ― Maria Lopez.')).toBe('Maria Lopez');
  });

  it('lower-case descriptors before the name', () => {
    expect(speakerOf('“We were never consulted,” union organiser Tom Baker said.')).toBe('Tom Baker');
    expect(speakerOf('“We were never consulted,” said retired teacher Tom Baker.')).toBe('Tom Baker');
  });

  it('a sentence-opening description ends at its head noun, not the verb', () => {
    expect(speakerOf('Baker left.\n\nThe union leader sought to calm members, saying they would “not be forgotten” soon.')).toBe('The union leader');
    expect(speakerOf('The Daily Ledger focuses on one point: “Taxes will fall.”')).toMatch(/^(The )?Daily Ledger$/);
    expect(speakerOf('The city council has always called the plan “a farce”.')).toBe('The city council');
  });

  it('a time phrase opening the sentence is not the subject', () => {
    expect(speakerOf('Hours later, Tom Baker replied to the union, telling reporters, “We are ready.”')).toBe('Tom Baker');
  });

  it('a name with its affiliation after the quote', () => {
    expect(speakerOf('“The plan will fail,” Tom Baker of the Institute for Fiscal Studies wrote in May.')).toBe('Tom Baker');
  });

  it('the outlet a quote is reported through is its source', () => {
    expect(speakerOf('“We are ready,” Tom Baker said, according to the Daily Ledger. “We will win.”')).toMatch(/Daily Ledger$/);
    expect(speakerOf('“We are ready,” said Tom Baker, head of the union, reports The Courier.')).toMatch(/Courier$/);
  });

  it('a dateline before a dash is not the subject', () => {
    expect(speakerOf('Intro.\n\nLONDON (Wire) — Union leader Tom Baker spoke on Monday, saying that “cuts” would hurt.')).toBe('Tom Baker');
  });

  it('a possessive name owns the subject noun', () => {
    expect(speakerOf('Intro.\n\nTom Baker’s chief rival rallied members, saying: “We will win.”')).toBe('Tom Baker’s chief rival');
  });

  it('a bracketed party tag and comma before the cue', () => {
    expect(speakerOf('After the vote, Gov. Tom Baker (R-OH), said, “We are ready.”')).toBe('Tom Baker');
  });

  it('descriptors such as "presidential front-runner" lead on to the name', () => {
    expect(speakerOf('“We will win,” said Republican party boss Tom Baker, though he added more.')).toBe('Tom Baker');
    expect(speakerOf('Intro.\n\nDemocratic presidential hopeful Tom Baker is asking whether the plan is “fair to anyone.”')).toBe('Tom Baker');
  });

  it('participles: an absolute "with X …ing" clause, and cues that already have their own quote', () => {
    expect(speakerOf('Intro.\n\nAt a rally in Leeds, on Saturday, the crowd booed a heckler, with Tom Baker reportedly yelling: “Out!”')).toBe('Tom Baker');
    expect(speakerOf('Intro.\n\nLater on Sunday, Tom Baker shared a list of books called “Classics” online, writing “Here is the list.”', 1)).toBe('Tom Baker');
  });

  it('pronouns: an initial or title abbreviation does not start a new subject', () => {
    const text = 'Gov. Tom Baker signed the order.\n\nBaker said he had consulted scholar A.B. Carl Howe at the university.\n\n“We are ready,” he said.';
    expect(speakerOf(text)).toBe('Tom Baker');
  });

  it('pronouns: a possessive name opening a sentence is not its subject', () => {
    const text = 'Tom Baker spoke about Carl Howe on Sunday.\n\nHowe’s grasp of policy is worrying, Baker said.\n\n“It is possible for anybody to change,” he said.';
    expect(speakerOf(text)).toBe('Tom Baker');
  });

  it('a first name before a demonym surname is a person', () => {
    const text = 'Mark Cuban spoke about Carl Howe on Sunday.\n\nHowe is worrying, Cuban said.\n\n“Anybody can change,” he said.';
    expect(speakerOf(text)).toBe('Mark Cuban');
  });

  it('a state tag with dots in brackets does not end the sentence', () => {
    expect(speakerOf('Intro.\n\n“We have nothing to hide,” Sen. Tom Baker (D-N.Y.) said Tuesday.')).toBe('Tom Baker');
  });

  it('"X said with a smile" after an exclamation', () => {
    expect(speakerOf('Intro.\n\n“We need our fix!” Baker said with a smile.')).toBe('Baker');
  });

  it('a Title Case headline: the name that opens it, not one after "With"', () => {
    expect(speakerOf('Related:\n\nTom Baker Sides With Carl Howe On ‘Tax Cuts.’')).toBe('Tom Baker');
  });

  it('pronouns: a name in an opening "When …" clause is not the sentence subject', () => {
    expect(speakerOf('When Carl Howe spoke up, Tom Baker nodded.\n\n“We agree,” he said.')).toBe('Tom Baker');
  });

  it('a sentence-opening quote ending in a comma: the subject and any verb after it', () => {
    expect(speakerOf('Intro.\n\n“We will win,” Tom Baker beams in the letter.')).toBe('Tom Baker');
    expect(speakerOf('Intro.\n\nShe listed “bread,” Paris museums and trains.')).not.toBe('Paris');
  });

  it('"compared to what …" after a quote is no speaker', () => {
    expect(speakerOf('Intro.\n\nTom Baker told a town hall on Monday that the plan is “peanuts,” compared to what Islamic State militants are doing.')).toBe('Tom Baker');
  });

  it('the outlet credited after the quote also covers a speaker named before it', () => {
    expect(speakerOf('Intro.\n\nTom Baker noted that the plan is “central” to the party, reported the Daily Ledger.')).toMatch(/Daily Ledger$/);
    expect(speakerOf('Intro.\n\nTom Baker said the files should be released “without delay.” Baker plans to visit, according to an aide.')).toBe('Tom Baker');
  });

  it('a day name between subject and verb; a medium before a colon is not the speaker', () => {
    expect(speakerOf('Intro.\n\nTom Baker later Thursday told Radio Kent: “We are meeting next week.”')).toBe('Tom Baker');
    expect(speakerOf('Intro.\n\nThen, later that month on Radio Kent: “I never said that.”')).toBeNull();
    expect(speakerOf('Intro.\n\nTom Baker on Twitter: “Sad!”')).toBe('Tom Baker');
  });
});
