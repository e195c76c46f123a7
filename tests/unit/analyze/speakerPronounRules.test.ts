import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';
import { afterPreposition } from '../../../src/analyze/names';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: relative clauses and pronouns point back to the right person', () => {
  it('"“…,” said X, the …, who added …": the name after the inverted cue heads the relative clause', () => {
    const text = '“We are ready,” said Tom Baker, the group’s chief strategist, who added that his team would focus on issues “like folks are running for sheriff.”';
    expect(speakerOf(text, 1)).toBe('Tom Baker');
  });

  it('"X of Place, the ranking member on the Committee, who said": "who" is the person, not the committee or the place', () => {
    const text = 'The plan was backed by Sen. Ann Baker of Ohio, the ranking Democrat on the Senate Budget Committee, who said the cuts were “simply reckless.” ¶ “It has never made sense to me,” she said.'.replace(' ¶ ', '\n\n');
    expect(speakerOf(text, 0)).toBe('Ann Baker');
    expect(speakerOf(text, 1)).toBe('Ann Baker');
    expect(speakerOf('The inquiry gave fodder to candidates such as Sen. Tom Baker of Florida, who mused that the rival was “disqualified from being the commander in chief.”')).toBe('Tom Baker');
  });

  it('a paragraph that goes on about someone through "he" before naming anyone: a man named later is not its "he"', () => {
    const text = [
      'Donald Trump spoke to the group on Monday. “I did not come here to pander,” Trump said.',
      'He lambasted the deal negotiated by President Barack Obama, who he noted was “in his final year.” He pledged to move the embassy, promising that “we will send a clear signal.”',
    ].join('\n\n');
    expect(speakerOf(text, 2)).toBe('Donald Trump');
  });

  it('a pronoun with no named source falls back on a person named outside quotes, not one named inside a quote', () => {
    const text = [
      'Conservative icon Phyllis Schlafly, who died Monday, used her final column to praise the candidate.',
      '“His visit reminds me of President Reagan’s important trip to Geneva in 1985,” she wrote.',
    ].join('\n\n');
    expect(speakerOf(text)).toBe('Phyllis Schlafly');
  });

  it('"X said Trump continued to …": a subject right after another speech verb is inside its reported clause, no antecedent', () => {
    const text = 'Donald Trump still has fences to mend on the local level. Brian Murphy, the county chairman, for example, said Trump continued to hurt his cause by attacking the senator. “I don’t think it’s cut well for him,” he said.';
    expect(speakerOf(text)).toBe('Brian Murphy');
  });

  it('"X stood by his comment that “…”": the possessive is the first person of its gender named in its sentence', () => {
    const text = [
      '“That is not who I am,” Marco Rubio said to the host.',
      'As the debate progressed and Donald Trump stood by his comment that “Islam hates us,” Rubio tried again.',
    ].join('\n\n');
    expect(speakerOf(text, 1)).toBe('Donald Trump');
    const her = 'Hillary Clinton spoke first.\n\nMadeleine Albright, a Clinton supporter, fanned controversy over her remark that “there is a special place in hell.”';
    expect(speakerOf(her)).toBe('Madeleine Albright');
  });

  it('"Wilcox and Beruff argued …": the last of two people speaking together is no antecedent for "he"', () => {
    const text = [
      'Todd Wilcox said the department should be run locally.',
      'Wilcox and Carlos Beruff, a Sarasota Republican, argued that the department is not needed.',
      '“You have to take a really cynical view of the states,” he said.',
    ].join('\n\n');
    expect(speakerOf(text)).toBe('Todd Wilcox');
  });

  it('a vice president is no "the president" (a rank word makes the office after it another one)', () => {
    const text = 'Vice President Joe Biden spoke first. “We will win this,” the president said later.';
    expect(speakerOf(text)).not.toBe('Joe Biden');
    expect(speakerOf('Gov. Ann Baker spoke first. “We will win this,” the governor said later.')).toBe('Ann Baker');
  });

  it('a name after "the" after a preposition is that preposition\'s object ("wrote for The Washington Informer")', () => {
    const t = 'She wrote for The Washington Informer that the city is neglected.';
    expect(afterPreposition(t, t.indexOf('Washington'))).toBe(true);
    const u = 'Then the Washington Informer wrote that the city is neglected.';
    expect(afterPreposition(u, u.indexOf('Washington'))).toBe(false);
  });

  it('"Govs." (a plural title) does not end a sentence: the names after it are no sentence subjects', () => {
    const text = [
      'Speaking Monday, Marco Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris Christie, who say he lacks experience.',
      'He dismissed the critique, saying it was his campaign’s “greatest fundraising night.”',
    ].join('\n\n');
    expect(speakerOf(text)).toBe('Marco Rubio');
  });

  it('"His assumption … was that “…”": a sentence-opening possessive pronoun owns the remark like "his"', () => {
    const text = 'At the time, Ted Cruz told NBC News that the rally was “immensely beneficial.” His assumption, confidently stated on live TV, was that “as voters get more educated,” they would come over.';
    expect(speakerOf(text, 1)).toBe('Ted Cruz');
  });
});

describe('speakers: a person carried on through a pronoun into the next paragraph', () => {
  it('"… was Garcia, the grocery worker. He was not feeling it. ¶ “…,” he said": the man the paragraph went on about', () => {
    const text = [
      'Donald Trump held a rally on Tuesday. “We will win,” Trump said.',
      'The crowd cheered the speech. Yet there in the back was Peter Garcia, a grocery store worker. He was not feeling it.',
      '“This is like a cheerleading contest,” he said.',
    ].join('\n\n');
    expect(speakerOf(text, 1)).toBe('Peter Garcia');
  });

  it('a "he" inside the sentence that names a man as its object does not carry him on', () => {
    const text = [
      'Paul Ryan said on Thursday that he was not ready to back the nominee. “I am not there yet,” Ryan said.',
      'The Wisconsin Republican did give Donald Trump some credit, saying he should be congratulated.',
      '“We don’t always nominate a Lincoln,” he said.',
    ].join('\n\n');
    expect(speakerOf(text, 1)).toBe('Paul Ryan');
  });
});

describe('speakers: a sentence opening on a quote and closing on "he said"', () => {
  it('"“I held and hugged” grieving families before laying flowers, he said": the closing tag speaks, not a later quote', () => {
    const text = [
      'President Barack Obama and Vice President Joe Biden lay flowers at a memorial in Orlando.',
      '“I held and hugged” grieving relatives before laying flowers at a memorial for the victims of the attack on the Pulse nightclub, he said. Police killed the gunman, a U.S. citizen born in New York.\nThe group claimed the attack but officials have said they do not believe the gunman was helped from abroad. CIA Director John Brennan told a Senate hearing on Thursday that the agency had “not been able to find any direct link” to militants.',
    ].join('\n\n');
    expect(speakerOf(text, 0)).toBe('Barack Obama');
    expect(speakerOf(text, 1)).toBe('John Brennan');
  });
});
