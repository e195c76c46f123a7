import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes';

const para = (...ps: string[]) => ps.join('\n\n');
const find = (text: string) => findQuotes(text).map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind }));

describe('findQuotes', () => {
  it('returns offsets of the words without marks and the paragraph index', () => {
    const text = para('Headline here.', 'The mayor, Anna Berg, said: “The bridge opens in May.”');
    const [q] = findQuotes(text);
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
    expect(q!.text).toBe('The bridge opens in May.');
    expect(q!.paragraph).toBe(1);
  });

  it('splits a multi-paragraph quote into one item per paragraph with one speaker', () => {
    const text = para(
      'Senator Maria Lopez told the crowd: “We came here to work.',
      '“We will not stop until the job is done.',
      '“And then we will go home.”',
    );
    const qs = find(text);
    expect(qs.map((q) => q.text)).toEqual(['We came here to work.', 'We will not stop until the job is done.', 'And then we will go home.']);
    expect(qs.every((q) => q.speaker === 'Maria Lopez')).toBe(true);
  });

  it('labels statements and phrases', () => {
    const text = 'The governor, John Carter, called the plan “a dangerous gamble”. “We will fight it in court,” he said.';
    const qs = find(text);
    expect(qs[0]).toMatchObject({ text: 'a dangerous gamble', kind: 'phrase', speaker: 'John Carter' });
    expect(qs[1]).toMatchObject({ kind: 'statement', speaker: 'John Carter' });
  });

  it('labels a whole clause reported by a speech verb as a statement, a named label as a phrase', () => {
    const text = 'Mayor Ann Berg says “the whole budget has become a mess.” Critics called the plan “a costly mess from start to end.”';
    expect(find(text).map((q) => q.kind)).toEqual(['statement', 'phrase']);
  });

  it('labels a short utterance set off by its comma as a statement', () => {
    expect(find('“Okay,” said Maria Lopez, and sat down.')[0]).toMatchObject({ text: 'Okay', kind: 'statement', speaker: 'Maria Lopez' });
  });

  it('leaves out quoted titles nobody said', () => {
    const text = 'She starred in “The Long Summer Night” before moving to Paris in 2010.';
    expect(find(text)).toEqual([]);
  });

  it('keeps a term without a speaker when it is longer than a scare quote', () => {
    const text = 'The new law punishes “spreading false information about the army” with prison.';
    expect(find(text)).toEqual([{ text: 'spreading false information about the army', speaker: null, kind: 'phrase' }]);
  });

  it('finds German, French, Spanish and Russian quotes with their speakers', () => {
    expect(find('„Wir schaffen das“, sagte Angela Merkel am Montag.')[0]).toMatchObject({ text: 'Wir schaffen das', speaker: 'Angela Merkel' });
    expect(find('« Nous sommes prêts », a déclaré Emmanuel Macron.')[0]).toMatchObject({ text: 'Nous sommes prêts', speaker: 'Emmanuel Macron' });
    expect(find('«No vamos a ceder», dijo Pedro Sánchez en Madrid.')[0]).toMatchObject({ text: 'No vamos a ceder', speaker: 'Pedro Sánchez' });
    expect(find('«Мы готовы к переговорам», — заявил Сергей Лавров.')[0]).toMatchObject({ text: 'Мы готовы к переговорам', speaker: 'Сергей Лавров' });
  });

  it('never throws and stays fast on hostile text (1 MB of quote marks and words)', () => {
    const hostile = ('“a ‘b” «c» „d“ "e ’f “ ' + 'X said, ').repeat(36_000);
    expect(hostile.length).toBeGreaterThan(1_000_000);
    const t0 = performance.now();
    expect(() => findQuotes(hostile)).not.toThrow();
    // Generous bound for a loaded CI machine; typically well under a second.
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});

describe('sentence punctuation inside the closing mark', () => {
  it('drops a trailing comma, and the full stop after a quoted phrase, but keeps a statement whole', () => {
    const text = '“The bridge will open in May,” the mayor said. Critics called it a “vanity project.” She added: “We are ready.”';
    const got = findQuotes(text).map((q) => [q.text, text.slice(q.start, q.end)]);
    expect(got.map((g) => g[0])).toEqual(['The bridge will open in May', 'vanity project', 'We are ready.']);
    for (const [t, span] of got) expect(span).toBe(t);
  });
});
