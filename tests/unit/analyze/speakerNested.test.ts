import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const speakerOf = (text: string, i = 0) => findQuotes(text)[i]?.speaker ?? null;

describe('speakers: nested reports belong to the reporter', () => {
  it('"X said Y called …" without "that"', () => {
    expect(speakerOf('Rep. Tom Baker said Maria Lopez called the plan “reckless”.')).toBe('Tom Baker');
    expect(speakerOf('That is why critics say he had proposed to “dismantle” the agency.')).toBe('critics');
  });

  it('"X said on Friday that Y called …": an adverbial before "that"', () => {
    expect(speakerOf('Tom Baker said during a rally in Ohio that Maria Lopez once described the deal as “the gold standard”.')).toBe('Tom Baker');
  });

  it('a cue noun after a preposition is read past ("pointed to reports that Y called …")', () => {
    expect(speakerOf('Maria Lopez pointed to reports that Tom Baker called the winner “Miss Piggy” in 1996.')).toBe('Maria Lopez');
  });

  it('a verb that takes a person keeps the inner speaker ("told Y")', () => {
    expect(speakerOf('Tom Baker told Maria Lopez called the plan “reckless”.')).not.toBe('Tom Baker');
    expect(speakerOf('Maria Lopez praised Tom Baker, who called the plan “bold”.')).toBe('Tom Baker');
  });

  it('French and Spanish "que", Russian "что"', () => {
    expect(speakerOf('Paul Martin a dit jeudi que Marie Dubois avait qualifié le plan de « dangereux ».')).toBe('Paul Martin');
    expect(speakerOf('Luis Gómez dijo el lunes que Ana Ruiz calificó el plan de «peligroso».')).toBe('Luis Gómez');
    expect(speakerOf('Иван Петров сказал, что Анна Смирнова назвала план «опасным».')).toBe('Иван Петров');
  });

  it('an opening "according to X," names who reports the sentence', () => {
    expect(speakerOf('According to the Daily Ledger, Mayor Tom Baker said the budget “will not add up”.')).toMatch(/Daily Ledger$/);
    expect(speakerOf('According to the Daily Ledger, he said the budget “will not add up”.')).toMatch(/Daily Ledger$/);
    expect(speakerOf('Selon Le Courrier, Paul Martin a déclaré : « Nous sommes prêts. »')).toMatch(/Courrier$/);
    expect(speakerOf('Según El Diario, Ana Ruiz dijo: «Estamos listos».')).toMatch(/Diario$/);
    expect(speakerOf('По словам ТАСС, Иван Петров заявил: «Мы готовы».')).toBe('ТАСС');
  });

  it('a reporting outlet after a quote that closes on its own comma', () => {
    expect(speakerOf('When asked about it, Tom Baker “bristled” and said, “No comment,” the Daily Ledger reported.')).toMatch(/Daily Ledger$/);
    expect(speakerOf('Pope Francis said those who thought so should “look for a psychiatrist,” according to Reuters.')).toBe('Reuters');
  });
});
