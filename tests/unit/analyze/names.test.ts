import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/analyze/names';

describe('findEntities', () => {
  const text = [
    'Russian President Vladimir Putin met the mothers. President Putin said little.',
    'Mr. Putin left early. The Kremlin said the meeting was private.',
    'The most senior US general, Mark Milley, gave an estimate. Following the talks, Putin flew home.',
  ].join('\n\n');
  const idx = findEntities(text);

  it('merges the mentions of one person and keeps the role', () => {
    const putin = idx.entityOf('Putin');
    expect(putin?.name).toBe('Vladimir Putin');
    expect(putin?.role).toBe('Russian President');
    expect(putin?.mentions.length).toBe(4);
    expect(idx.entityOf('Mr. Putin')).toBe(putin);
    expect(idx.entityOf('President Putin')).toBe(putin);
    expect(putin?.gender).toBe('m');
  });

  it('finds organisations and appositive roles', () => {
    expect(idx.entities.find((e) => e.name === 'Kremlin')?.kind).toBe('organisation');
    expect(idx.entityOf('Milley')?.role).toBe('The most senior US general');
  });

  it('ignores sentence-initial common words', () => {
    expect(idx.entities.some((e) => e.name === 'Following')).toBe(false);
  });

  it('resolves a role word to the person introduced with it', () => {
    expect(idx.byRole('president', text.length)?.name).toBe('Vladimir Putin');
  });

  it('infers gender from pronouns when no list knows the name', () => {
    const t = 'Zorana Kettleby runs the clinic. She said the money ran out.';
    expect(findEntities(t).entityOf('Kettleby')?.gender).toBe('f');
  });
});

describe('findEntities: names, genders and openers', () => {
  it('knows more common first names', () => {
    const idx = findEntities('Henry Crespo leads the caucus. Gloria Pettit runs the office.');
    expect(idx.entityOf('Crespo')?.gender).toBe('m');
    expect(idx.entityOf('Pettit')?.gender).toBe('f');
  });

  it('a surname that is also a first name gives no gender on its own', () => {
    expect(findEntities('Clinton spoke on Monday.').entityOf('Clinton')?.gender ?? null).toBe(null);
  });

  it('"Former" opens a description, not a name', () => {
    const idx = findEntities('Former Arizona governor Ruth Brewer spoke. Brewer said she was ready.');
    expect(idx.entities.some((e) => e.name.startsWith('Former'))).toBe(false);
    expect(idx.entityOf('Brewer')?.name).toBe('Ruth Brewer');
  });

  it('a sentence opener before "he said" is no speaker ("Moments later, he said")', () => {
    const idx = findEntities('Moments later, he said the vote was over. Tom Ward left.');
    expect(idx.entities.some((e) => e.name === 'Moments')).toBe(false);
  });

  it('a sentence opener followed by a noun that looks like a cue is no name ("Harsh comments are", "Friends offered to")', () => {
    const t = 'Harsh remarks were heard. Bitter comments are rising. Neighbours offered to help. Lately, Dana Cole’s remarks hurt. Still, Sam Ortiz said no.';
    const names = findEntities(t).entities.map((e) => e.name);
    expect(names).not.toContain('Bitter');
    expect(names).not.toContain('Neighbours');
    expect(names).not.toContain('Lately');
    expect(names).toContain('Sam Ortiz');
    // A lone word followed by its own speech verb stays ("Garza said …").
    expect(findEntities('Garza said the count was late.').entities.map((e) => e.name)).toEqual(['Garza']);
  });

  it('a surname in -ly or -ing opening a sentence is a mention when it closes a longer name ("Dana Kelly … Kelly had")', () => {
    const t = 'The writer Dana Kimberly wrote her last column. Kimberly had been a strong voice. Reportedly, the column ran late.';
    const idx = findEntities(t);
    expect(idx.entities.map((e) => e.name)).toEqual(['Dana Kimberly']);
    expect(idx.entities[0]!.mentions).toHaveLength(2);
    // Without the longer name, the opener is still no entity.
    expect(findEntities('Kimberly had been a strong voice. Reportedly, the column ran late.').entities).toHaveLength(0);
  });

  it('a "he" after a "she" in one sentence is someone else and casts no vote for the same name', () => {
    const t = [
      'The best line came from student Zuri Ostrova, who laughed when she called him a "grandpa."',
      '"Savage," she said, meaning that he is "radical enough" and says what he believes.',
      'I met the senator later. He was tired. He left early.',
    ].join('\n\n');
    expect(findEntities(t).entityOf('Ostrova')?.gender).not.toBe('m');
  });

  it('mixed pronoun votes decide only with a clear majority', () => {
    // A man is named; later an unnamed woman is described in the same chain of sentences: the
    // name gets no gender rather than the wrong one.
    const t = [
      'Kwame Oduya left in 1990. He came back in 2001. He was arrested later.',
      'A woman from Ohio learned of her status in 2008. She met lawyers. She was scared. She left.',
    ].join('\n\n');
    expect(findEntities(t).entityOf('Oduya')?.gender).toBe(null);
    expect(findEntities(t.replace('She left.', '')).entityOf('Oduya')?.gender).toBe(null);
    expect(findEntities(t.split('\n\n')[0]!).entityOf('Oduya')?.gender).toBe('m');
  });

  it('gender from pronouns in German and French as well', () => {
    expect(findEntities('Jörg Kettleby leitet die Klinik. Er sagte, das Geld sei knapp.').entityOf('Kettleby')?.gender).toBe('m');
    expect(findEntities('Zorana Lefèvre dirige la clinique. Elle a dit que l’argent manquait.').entityOf('Lefèvre')?.gender).toBe('f');
  });

  it('time zones and clock abbreviations are no organisation ("5:22 PM EST")', () => {
    expect(findEntities('Sent: Monday, 5:22 PM EST. The FBI said nothing.').entities.map((e) => e.name)).toEqual(['FBI']);
  });

  it('"Del." is a title (a delegate), "del" inside a name is not', () => {
    const idx = findEntities('Del. Stacey Plaskett spoke after Juan del Castillo.');
    expect(idx.entityOf('Plaskett')?.name).toBe('Stacey Plaskett');
    expect(idx.entityOf('Plaskett')?.role).toBe('Del.');
    expect(idx.entityOf('Castillo')?.name).toBe('Juan del Castillo');
  });

  it('a lone surname shared by two people is the one the article calls by it (most mentions)', () => {
    const t = 'Donald Trump thanked Melania Trump. Trump spoke on Tuesday. Trump’s allies were hopeful. Mrs. Trump smiled.';
    const idx = findEntities(t);
    const who = (word: string) => idx.entities[idx.mentionAt(t.indexOf(word), t.indexOf(word) + 5)!.entity]!.name;
    expect(who('Trump spoke')).toBe('Donald Trump');
    expect(who('Trump’s allies')).toBe('Donald Trump');
    expect(who('Trump smiled')).toBe('Melania Trump');
  });

  it('the same in French (Madame)', () => {
    const t = 'Emmanuel Macron a salué Brigitte Macron. Macron a parlé. Madame Macron a souri.';
    const idx = findEntities(t);
    const who = (word: string) => idx.entities[idx.mentionAt(t.indexOf(word), t.indexOf(word) + 5)!.entity]!.name;
    expect(who('Macron a parlé')).toBe('Emmanuel Macron');
    expect(who('Macron a souri')).toBe('Brigitte Macron');
  });

  it('a possessive ends its owner’s name ("Boston’s Walsh", "National Review’s Ian Tuttle")', () => {
    expect(findEntities('Boston’s Walsh held out. Marty Walsh spoke.').entityOf('Walsh')?.name).toBe('Marty Walsh');
    const idx = findEntities('National Review’s Ian Tuttle wrote the piece.');
    expect(idx.entities.map((e) => [e.name, e.kind])).toEqual([['National Review', 'organisation'], ['Ian Tuttle', 'person']]);
  });

  it('a body word before "of" names a body ("Council of Economic Advisers")', () => {
    expect(findEntities('He chaired the Council of Economic Advisers.').entityOf('Council of Economic Advisers')?.kind).toBe('organisation');
  });

  it('a single-letter honorific inside a name is an initial ("Sander M. Levin")', () => {
    expect(findEntities('Rep. Sander M. Levin spoke. Levin left.').entityOf('Levin')?.name).toBe('Sander M. Levin');
    expect(findEntities('M. Emmanuel Duval a parlé.').entityOf('Duval')?.gender).toBe('m');
  });

  it('sentence-initial pronouns of other languages are no names (Elle, Er, Él)', () => {
    expect(findEntities('Marie Duval a parlé. Elle a dit non.').entities.map((e) => e.name)).toEqual(['Marie Duval']);
  });

  it('a headline verb ends a name in a Title Case headline (English headlines only capitalise so)', () => {
    const idx = findEntities('Lynch Closes the Door on Clinton.\n\nLoretta Lynch said on Wednesday that she accepted the advice.');
    expect(idx.entities.some((e) => e.name.includes('Closes'))).toBe(false);
    expect(idx.entityOf('Lynch')?.name).toBe('Loretta Lynch');
  });

  it('a known first name alone after the full name is that person ("Hillary", "Marine")', () => {
    expect(findEntities('Hillary Clinton spoke first. Later Hillary said no.').entities.map((e) => e.name)).toEqual(['Hillary Clinton']);
    expect(findEntities('Marine Le Pen a parlé. « Non », a dit Marine.').entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Marine Le Pen']);
  });

  it('interjections and party-plus-place descriptions are no people ("Sorry Sarah", "Independent Vermont")', () => {
    expect(findEntities('Sorry Sarah, the poll is out. Sarah Palin said so.').entities.some((e) => e.name.startsWith('Sorry'))).toBe(false);
    expect(findEntities('The Independent Vermont senator spoke.').entities[0]?.kind).toBe('place');
  });

  it('a sentence-initial common noun before "of" is no part of the name; bodies and offices keep theirs', () => {
    const idx = findEntities('Footage of Al-Awlaki appears. Bank of America said no. Supporters of Hillary Clinton cheered.');
    expect(idx.entities.map((e) => e.name)).toEqual(['Al-Awlaki', 'Bank of America', 'Hillary Clinton']);
    expect(findEntities('Secretary of State John Kerry spoke.').entityOf('Kerry')?.name).toBe('John Kerry');
  });

  it('a body’s name keeps a role word in front ("State Department", "Justice Department")', () => {
    const idx = findEntities('The State Department said no. The Justice Department agreed.');
    expect(idx.entities.map((e) => [e.name, e.kind])).toEqual([['State Department', 'organisation'], ['Justice Department', 'organisation']]);
  });

  it('a lone surname known as a man is not renamed after a woman of the same surname', () => {
    const idx = findEntities('President Obama spoke. Mr. Obama and the first lady, Michelle Obama, will campaign.');
    expect(idx.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.gender])).toEqual([['Obama', 'm'], ['Michelle Obama', 'f']]);
    const fr = findEntities('Le président Macron a parlé. M. Macron et son épouse, Brigitte Macron, sont arrivés.');
    expect(fr.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Macron', 'Brigitte Macron']);
  });

  it('sentence-opening prepositions and "Moments later" open no name', () => {
    const idx = findEntities('Across town, Wayne Borders knocked on doors. Moments later, Marco Rubio spoke. Moments later, he left.');
    expect(idx.entities.map((e) => e.name)).toEqual(['Wayne Borders', 'Marco Rubio']);
  });

  it('a first name before a body word makes a person ("Mayor Don Guardian"); "News’" is a body’s possessive', () => {
    const idx = findEntities('Atlantic City Mayor Don Guardian said no. CBS News’ Charlie Rose asked.');
    expect(idx.entities.map((e) => [e.name, e.kind])).toEqual([['Don Guardian', 'person'], ['CBS News', 'organisation'], ['Charlie Rose', 'person']]);
  });

  it('a party or national word before a first name keeps its gender; a second given name does not', () => {
    expect(findEntities('Democrat Hillary Clinton won.').entities[0]?.gender).toBe('f');
    expect(findEntities('Billie Jean King won.').entities[0]?.gender).toBe(null);
  });

  it('a title abbreviation closing a run names nobody ("former Ohio Gov. and …")', () => {
    const idx = findEntities('Former Ohio Gov. and party Chairman Ed Tolliver spoke.');
    expect(idx.entities.map((e) => [e.name, e.kind])).toEqual([['Ohio', 'place'], ['Ed Tolliver', 'person']]);
  });

  it('a first name seen alone before the full name becomes that person ("Bill is back … Bill Clinton")', () => {
    const idx = findEntities('Bill is back on the trail. Bill Clinton spoke for an hour. Bill smiled.');
    expect(idx.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.mentions.length])).toEqual([['Bill Clinton', 3]]);
  });

  it('a headline description before a surname gives way to the full name ("Liberal Oscar-winner Ravel", then "Susan Ravel")', () => {
    const idx = findEntities('Liberal Oscar-winner Ravel not sure.\n\nActress Susan Ravel spoke. Ravel left.');
    expect(idx.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.mentions.length])).toEqual([['Susan Ravel', 3]]);
    // A different given name is another person, not an upgrade.
    const two = findEntities('Marcel Lehel Lazar spoke. His wife, Gabriela Violeta Lazar, wrote.');
    expect(two.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Marcel Lehel Lazar', 'Gabriela Violeta Lazar']);
  });

  it('headline words before a full name are cut off; given names and initials stay', () => {
    const names = (t: string) => findEntities(t).entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(names('More Offensive Things Donald Trump Has Said')).toEqual(['Donald Trump']);
    expect(names('Underdog Conservative Claudia Tenney wins.')).toEqual(['Claudia Tenney']);
    // A word the text also writes in lower case is a common word, not part of the name.
    expect(names('Election Year Barack Obama Speaks\n\nIt was a long year.')).toEqual(['Barack Obama']);
    // A body word ends a role before the name ("Speaker of the House Newt Gingrich").
    expect(names('It was shown by Speaker of the House Newt Gingrich’s plan.')).toContain('Newt Gingrich');
    expect(names('J. Edgar Hoover and Norbert Leo Butz and Billie Jean King met.')).toEqual(['J. Edgar Hoover', 'Norbert Leo Butz', 'Billie Jean King']);
    expect(findEntities('The Trayvon Martin Foundation said.').entities.map((e) => e.name)).toEqual(['Trayvon Martin Foundation']);
    expect(findEntities('Scientists at Anvil Islands Marine Station said.').entities.map((e) => [e.name, e.kind === 'person'])).toEqual([['Anvil Islands Marine Station', false]]);
  });
});

describe('names: a month as a surname', () => {
  it('"Theresa May", "Yin Myint May, 60," keep the month; dates do not', () => {
    const idx = findEntities('Yin Myint May, 60, a doctor, said she was elated. Theresa May spoke. Since May the rally grew. On May 5 Obama spoke.');
    const names = idx.entities.map((e) => e.name);
    expect(names).toContain('Yin Myint May');
    expect(names).toContain('Theresa May');
    expect(names).not.toContain('May');
  });
});

describe('findEntities: two name particles', () => {
  it('joins "van der" and the Dutch "in \'t" inside a name', () => {
    const idx = findEntities("Frans van der Berg spoke first. Then Sophie in 't Veld, a Dutch member of the European Parliament, spoke.");
    expect(idx.entityOf('Frans van der Berg')?.name).toBe('Frans van der Berg');
    expect(idx.entityOf("Sophie in 't Veld")?.name).toBe("Sophie in 't Veld");
  });

  it('keeps "in" a preposition elsewhere ("Sophie in Paris")', () => {
    const idx = findEntities('Sophie Durand lives in Paris. Sophie in Paris is happy.');
    expect(idx.entities.map((e) => e.name)).not.toContain('Sophie in Paris');
  });
});

describe('findEntities: a common word as a surname', () => {
  it('a capitalised common word closing a run right after a known first name is a surname ("Al From", "George Will")', () => {
    const idx = findEntities('"We won," said Al From, who helped found the council. Later, George Will wrote a column.');
    const names = idx.entities.map((e) => e.name);
    expect(names).toContain('Al From');
    expect(names).toContain('George Will');
  });

  it('not after a surname ("Donald Trump Will")', () => {
    const idx = findEntities('They said Donald Trump Will. Then nothing.');
    expect(idx.entities.map((e) => e.name)).not.toContain('Donald Trump Will');
  });
});
