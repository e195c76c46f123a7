import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../src/analyze/sentences';

const texts = (t: string, lang?: string) => splitSentences(t, lang).map((s) => s.text);

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets', () => {
    const text = 'First para.\nstill first.\n\n  Second para. \n\n\n\nThird.';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(['First para.\nstill first.', 'Second para.', 'Third.']);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('splitSentences', () => {
  it('keeps offsets, paragraph and running index', () => {
    const text = 'One here. Two here.\n\nThree here.';
    const ss = splitSentences(text, 'en');
    expect(ss.map((s) => [s.text, s.paragraph, s.index])).toEqual([['One here.', 0, 0], ['Two here.', 0, 1], ['Three here.', 1, 2]]);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('repairs splits after titles and initials', () => {
    expect(texts('Mr. Smith went to Washington, D.C. on Friday. He met Dr. J. R. Jones.', 'en'))
      .toEqual(['Mr. Smith went to Washington, D.C. on Friday.', 'He met Dr. J. R. Jones.']);
    expect(texts('Gen. Mark Milley spoke. The U.N. Security Council met.', 'en'))
      .toEqual(['Gen. Mark Milley spoke.', 'The U.N. Security Council met.']);
  });

  it('ends a sentence after a dotted acronym when a new sentence clearly starts', () => {
    expect(texts('He lives in the U.S. The weather is fine.', 'en')).toEqual(['He lives in the U.S.', 'The weather is fine.']);
    expect(texts('He works for Acme Inc. It makes anvils.', 'en')).toEqual(['He works for Acme Inc.', 'It makes anvils.']);
  });

  it('joins a quote closed by ? or ! with its lower-case attribution', () => {
    expect(texts('“Why?” he asked. Then he left.', 'en')).toEqual(['“Why?” he asked.', 'Then he left.']);
    expect(texts('“It is over!” said the coach. Fans cheered.', 'en')).toEqual(['“It is over!” said the coach.', 'Fans cheered.']);
  });

  it('handles German ordinals and abbreviations', () => {
    expect(texts('Er kam am 3. April nach Berlin. Dann ging er.', 'de')).toEqual(['Er kam am 3. April nach Berlin.', 'Dann ging er.']);
    expect(texts('Das ist z. B. ein Test. Hr. Meier kam.', 'de')).toEqual(['Das ist z. B. ein Test.', 'Hr. Meier kam.']);
  });

  it('handles French, Spanish and Russian', () => {
    expect(texts('M. Macron a parlé. Il est parti.', 'fr')).toEqual(['M. Macron a parlé.', 'Il est parti.']);
    expect(texts('El Sr. García llegó. La Sra. López también.', 'es')).toEqual(['El Sr. García llegó.', 'La Sra. López también.']);
    expect(texts('В 2020 г. он уехал. Потом вернулся.', 'ru')).toEqual(['В 2020 г. он уехал.', 'Потом вернулся.']);
  });

  it('moves an opening bracket or quote after 。 to the sentence it opens (Chinese)', () => {
    expect(texts('读者很多。（图为阅览室）“好”，他说。', 'zh')).toEqual(['读者很多。', '（图为阅览室）“好”，他说。']);
  });

  it('joins "No." only before a number', () => {
    expect(texts('He lives at No. 10 Downing Street. The answer was no. Then he left.', 'en'))
      .toEqual(['He lives at No. 10 Downing Street.', 'The answer was no.', 'Then he left.']);
  });

  it('returns the same sentences on repeated calls without sharing the array', () => {
    const text = 'Alpha beta. Gamma delta.';
    const a = splitSentences(text, 'en');
    a.pop();
    expect(splitSentences(text, 'en').length).toBe(2);
    expect(splitSentences(text, 'de').length).toBe(2);
  });

  it('stays linear on one very long paragraph (segmented in chunks at sentence ends)', () => {
    const text = 'Mr. Smith said the vote was close. '.repeat(4000);
    const t = performance.now();
    const ss = splitSentences(text, 'en');
    expect(performance.now() - t).toBeLessThan(3000); // ~20 ms idle; unchunked V8 takes seconds
    expect(ss).toHaveLength(4000);
    expect(ss[1234]!.text).toBe('Mr. Smith said the vote was close.');
  });

  it('never throws on hostile input and stays bounded', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('Mr. '.repeat(5000)).length).toBe(1);
    expect(splitSentences('x', 'not a language tag!!').map((s) => s.text)).toEqual(['x']);
  });
});
