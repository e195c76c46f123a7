import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakers = (text: string) => findQuotes(text).map((q) => q.speaker);

describe('pronoun resolution', () => {
  it('a name inside a quote takes no vote from the pronoun after it', () => {
    // "Carolina" is the speaker's word: "he" votes for Quinn Oduya, the subject before the quote.
    const text = [
      'Tom Hadley picked the Broncos on Sunday.',
      'Quinn Oduya went the other way. “Carolina has the defense,” he said. “Carolina will win,” he added.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Quinn Oduya', 'Quinn Oduya']);
  });

  it('a person after a preposition in the pronoun’s paragraph is not its antecedent', () => {
    const text = [
      'Glenn Becker spoke first.',
      'The radio host has filled his speeches for Greg Tollan with praise. He has called Tollan “the next Lincoln” several times.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Glenn Becker']);
  });

  it('the first person of the pronoun’s gender in its paragraph, not the last', () => {
    const text = ['Mark Ridley opened the session.', 'Once Anna Voss had met Maria Benn, she said “I stood up to the banks.”'].join('\n\n');
    expect(speakers(text)).toEqual(['Anna Voss']);
  });

  it('the same in French (elle)', () => {
    const text = [
      'Pierre Lambert a ouvert la séance.',
      'Quand Marie Dubois a vu Claire Martin, elle a dit : « Nous sommes prêts. »',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Marie Dubois']);
  });

  it('"it" is a body named close before, not the person it wrote about', () => {
    const text = [
      'Donald Harlan built the tower in 1983.',
      '“Mr. Harlan has managed to erase much of his debt,” the Times wrote.',
      '“He continues to pursue trophy projects,” it added.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['the Times', 'Times']);
  });

  it('"it" far from any body is a person’s letter or statement, which speaks for its author', () => {
    const text = [
      'Senator Tom Fitton sent a letter on Monday.',
      'The weather was bad in the capital and the roads were closed for hours after the storm.',
      'Many offices stayed shut.',
      '“We must act now,” it said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Fitton']);
  });

  it('a quote opening the paragraph after one that introduces a person with a role is theirs', () => {
    const text = [
      'Bryan Anderson agreed with her. “It comes across as pandering,” he said.',
      'Obama had many artists writing songs for him, which is something that concerns Henry Crespo, president of the Florida Democratic Black Caucus.',
      '“No one is writing songs for Hillary,” he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Bryan Anderson', 'Henry Crespo']);
  });

  it('the same in French; a list of names is no introduction', () => {
    const fr = [
      'Jean Martin était d’accord. « C’est de la démagogie », a-t-il dit.',
      'Cela inquiète Henri Dupont, président de l’association des maires.',
      '« Personne ne chante pour elle », a-t-il dit.',
    ].join('\n\n');
    expect(speakers(fr)).toEqual(['Jean Martin', 'Henri Dupont']);
    const list = [
      'Bryan Anderson agreed with her. “It comes across as pandering,” he said.',
      'He was behind Senator Tom Rudd, and Senator Ted Crane in his list.',
      '“No one is writing songs for Hillary,” he said.',
    ].join('\n\n');
    expect(speakers(list)).toEqual(['Bryan Anderson', 'Bryan Anderson']);
  });

  it('a body named inside an opening prepositional phrase is not the sentence subject', () => {
    const text = [
      'Mark Reid spoke first. Lena Holt agreed.',
      'During a CNN town hall, Tina Houchins had a question for the president.',
      '“My son gave his life,” she said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tina Houchins']);
  });

  it('names in an excerpt left open and told in the third person are antecedents; a speaker’s own words are not', () => {
    const excerpt = [
      'Stephanie Marsh wrote the story for the paper.',
      '"Melanie Austin thought the whole thing was outrageous. She wasn’t a person who needed a hospital. She was anxious, sure, and angry, but certainly not in need of a stay.',
      '“It never crossed my mind that I’m losing it,” she said.',
    ].join('\n\n');
    expect(speakers(excerpt)[1]).toBe('Melanie Austin');
    const speech = [
      'Stephanie Marsh wrote the story for the paper.',
      '"Nobody in my family thinks Melanie Austin is right. We all know she is wrong about this, and I told her so many times, she will not listen.',
      '“It never crossed my mind,” she said.',
    ].join('\n\n');
    expect(speakers(speech)[1]).toBe('Stephanie Marsh');
  });

  it('a speaker phrase cut short at a title or a descriptor stands for the person right after it', () => {
    expect(speakers('“It wastes time,” said Del. Mara Quill of the islands.')).toEqual(['Mara Quill']);
    expect(speakers('“He is back,” said former Ohio Gov. and party Chairman Ed Tolliver.')).toEqual(['Ed Tolliver']);
    expect(speakers('“They are frustrated,” said Oversight ranking Democrat Elias Cumber.')).toEqual(['Elias Cumber']);
    expect(speakers('“The concern is the court,” said Idaho nutritional-supplement executive Frank Vandermeer.')).toEqual(['Frank Vandermeer']);
  });

  it('not across a sentence, a paragraph or a verb', () => {
    expect(speakers('“No comment,” CNN reported. Kasich has said no.')).toEqual(['CNN']);
    expect(speakers('“No comment,” the Miami Herald reported.\n\nTim Canova, who ran, lost.')).toEqual(['the Miami Herald']);
    expect(speakers('“No comment,” said Idaho officials who met John Brandt.')[0]).not.toBe('John Brandt');
  });

  it('a name opening a reported clause in the pronoun’s paragraph is not its antecedent', () => {
    const text = [
      'Actress Susan Ravel is not sure she can vote for Helen Clark.',
      '“That is a concern,” Ravel told a radio host.',
      'Asked about her vote in the event that Clark faces the senator, she replied: “I don’t know.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Susan Ravel', 'Susan Ravel']);
  });

  it('a headline read as “first name: ‘…’” is the person the first name opens', () => {
    const text = 'Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A Raise.\n\nSen. Bernie Sanders defended his call.';
    expect(speakers(text)[0]).toBe('Bernie Sanders');
  });

  it('a quote opening its own sentence after a sentence with no cue continues that sentence’s named subject', () => {
    const text = 'On Sunday, Sen. Tom Baker, who lost the primary, identified young voters’ exhaustion with bigotry as a reason to vote. "The younger people are sick and tired of discrimination."\n\nThe city was quiet.';
    expect(speakers(text)[0]).toBe('Tom Baker');
    // A lower-case subject is no named speaker.
    expect(speakers('The weather turned cold on Sunday. "We never saw it coming."')[0]).toBeNull();
  });

  it('an "of" affiliation after a person’s name stays with the name, in either order', () => {
    const text = [
      'The committee met on Tuesday.',
      '“We have waited long enough,” said Sen. Ruth Aldane of Vermont.',
      'Sen. Tobias Wren of Ohio said the bill was “a fair start.”',
      '“It will pass,” he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ruth Aldane of Vermont', 'Tobias Wren of Ohio', 'Tobias Wren']);
  });

  it('a description keeps its "of" phrase; a participle after "of" keeps its own subject', () => {
    const text = [
      'Nora Pell ran the department for six years.',
      '“We will see,” the former secretary of state said.',
      'The ad uses footage of Nora Pell asking, “Why not?”',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['the former secretary of state', 'Nora Pell']);
  });

  it('a description runs on through a place or affiliation phrase, not a time or a medium', () => {
    const text = [
      'The council met on Monday.',
      'A memo on the council’s website states that members must be “present in person.”',
      'The mayor in a statement said the rule was “out of date.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['A memo on the council’s website', 'The mayor']);
  });

  it('a noun ending in -ly is a subject, not an adverb before the verb', () => {
    const text = [
      'Mara Quill was arrested on Friday.',
      'Quill’s family has asked the police to release the video “for the sake of the truth.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Quill’s family']);
  });

  it('a description opening on a determiner after a quote keeps its place phrase', () => {
    const text = 'The spot ran on Monday.\n\n“You work hard. So why didn’t he pay?” a narrator in the Harlow ad asks.';
    expect(speakers(text)).toEqual(['a narrator in the Harlow ad']);
  });

  it('a place after "of" keeps its state, not a clause after the comma', () => {
    const text = [
      'The rally drew a crowd.',
      '“I don’t know,” said undecided voter Lena Marsh of Derry, N.H., before the event.',
      '“Not yet,” said Sen. Carl Ober of New Mexico, who supports the bill.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Lena Marsh of Derry, N.H.', 'Carl Ober of New Mexico']);
    // A body after "of the" keeps the common noun that closes it.
    expect(speakers('The hall was full.\n\n“Who cares?” said Rob Anton of the New York delegation.')).toEqual(['Rob Anton of the New York delegation']);
  });

  it('a description ending in a place or body, then the name in apposition: the name speaks', () => {
    const text = [
      'He built a company in the 1990s.',
      'The head of the Harlow Institute, Mina Terrell, warned that the ban would be “unacceptable.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Mina Terrell']);
  });

  it('a cue without a subject of its own inside a transcript turn speaks for the turn’s label', () => {
    const text = [
      'Host Dana Whitlow spoke with the governor.',
      '"PRICE: This is serious business, Dana.',
      '"WHITLOW: But, Governor, as “The Daily Ledger” wrote, people are worried.',
    ].join('\n\n');
    expect(speakers(text)[2]).toBe('Dana Whitlow');
  });

  it('a pronoun opening the clause right before a colon speaks the quote after it', () => {
    const text = 'My mother, Ida Lorne, was upset.\n\nShe drove so fast that I had to change my answer: “Of course I believe it.”';
    expect(speakers(text)).toEqual(['I']);
  });

  it('“echoed” is a cue: a paragraph ending “X echoed:” introduces the quote after it', () => {
    const text = '“He speaks his mind,” said Parke Eton.\n\n17-year-old Jared Pott echoed:\n\n“He doesn’t owe anybody anything.”';
    expect(speakers(text)).toEqual(['Parke Eton', 'Jared Pott']);
  });

  it('writing verbs are cues: “typed”, “scrawled”', () => {
    const text = 'She went home on Friday.\n\nOn her chart, in a box labeled “diagnosis,” a nurse had typed “mild fever.”';
    expect(speakers(text)[1]).toBe('a nurse');
  });

  it('a description closed by the name it goes by speaks as that name', () => {
    const text = [
      'The account was new.',
      '“There never was an order,” said the station chief known as Rook, speaking for the first time.',
      '“Nobody listens,” tweeted a user from Bremen going by the handle Kestrel.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Rook', 'Kestrel']);
  });

  it('a poll or report after the cue keeps the participle saying when or by whom it was made', () => {
    const text = 'Prices rose again.\n\nMost shoppers want “lower prices,” according to a Harlow-Ledger poll released Thursday.';
    expect(speakers(text)).toEqual(['a Harlow-Ledger poll released Thursday']);
  });

  it('a name with its "of" place before an appositive keeps the name', () => {
    const text = 'The House voted.\n\nRep. Tad Rowe of Oklahoma, an ally of the leadership, said Trump is “unpredictable.”';
    expect(speakers(text)).toEqual(['Tad Rowe of Oklahoma']);
  });

  it('more role words lead from a name to the person after them', () => {
    const text = 'Senator Ray Cole spoke first.\n\n“It is treason,” said Cole constituent Dana Fry when asked about the bill.';
    expect(speakers(text)).toEqual(['Dana Fry']);
  });

  it('a description opening the sentence with a name in apposition: the name speaks', () => {
    const text = 'The data firm was new.\n\nIn early October, Trump’s Ohio state director, Mia Rubin, reached out, writing in an email: “We want this now.”';
    expect(speakers(text)).toEqual(['Mia Rubin']);
  });

  it('a person just quoted, named only as the subject after an opening phrase, is the next “he said”', () => {
    const text = [
      'The debate ended with a brawl. “We will cut the deficit,” Carl Reyes said.',
      'That is where author Tom Baker took the conversation. Filling in for the mayor at the same event where Reyes and Smith appeared Sunday, Baker landed a sharp dig at “the budget hawks.”',
      '“They never paid a bill in their lives,” he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Carl Reyes', 'Tom Baker', 'Tom Baker']);
  });
});
