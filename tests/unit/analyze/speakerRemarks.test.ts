import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: remarks owned by their speaker', () => {
  it('"X’s claim that …“…”": the owner of the remark', () => {
    expect(speakerOf('The paper checked Tom Baker’s claim that there had been “thousands of thefts” in the city.')).toBe('Tom Baker');
    expect(speakerOf('Analysts doubted Maria Lopez’s repeated promise that taxes would “never rise”.')).toBe('Maria Lopez');
  });

  it('a possessive pronoun stands for its pronoun', () => {
    const text = 'Mayor Tom Baker spoke on Monday.\n\nMany in the crowd heard his warning that the city would be at the “back of the queue”.';
    expect(speakerOf(text)).toBe('Tom Baker');
  });

  it('"X’s “…” promise": the quote between the owner and the remark noun', () => {
    expect(speakerOf('It is the pull of Tom Baker’s “you can keep your plan” promise.')).toBe('Tom Baker');
  });

  it('advice is a remark too ("Oz’s dubious medical advice …, for saying that …")', () => {
    expect(speakerOf('Tom Baker’s dubious medical advice earned him a hearing, for saying that coffee was a “magic cure”.')).toBe('Tom Baker');
  });

  it('a subject headed by a remark noun names its owner', () => {
    expect(speakerOf('Tom Baker’s campaign slogan is “Ready for more”.')).toBe('Tom Baker');
    expect(speakerOf('But Maria Lopez’s language makes clear that she shows “respect” to the court.')).toBe('Maria Lopez');
  });

  it('"The senator’s answer was that “…”": a role owning the remark, with no cue at all', () => {
    expect(speakerOf('The Florida senator’s answer was that “the family comes first,” so the state should help.')).toBe('The Florida senator');
    expect(speakerOf('The weather’s message was that “winter is coming”.')).toBeNull();
  });

  it('an owner inside a reported clause gives way to the reporter', () => {
    expect(speakerOf('Spokeswoman Ana Ruiz said Thursday that Tom Baker’s claim that the plan failed is “simply not true”.')).toBe('Ana Ruiz');
  });

  it('nouns that are no remarks, and a verb of saying nearer the quote, keep their reading', () => {
    expect(speakerOf('Tom Baker’s campaign said the plan was “bold”.')).toBe('Tom Baker’s campaign');
    expect(speakerOf('Maria Lopez said in her statement that the plan was “bold”.')).toBe('Maria Lopez');
  });
});

describe('speakers: the content of a remark noun after "of"', () => {
  it('"Y called Clinton’s assertion of a “claim of right” …": the owner of the assertion', () => {
    expect(speakerOf('Tom Baker called Maria Lopez’s assertion of a “claim of right” over her emails “significant.”')).toBe('Maria Lopez');
  });
});
