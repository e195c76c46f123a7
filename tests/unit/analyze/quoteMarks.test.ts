import { describe, expect, it } from 'vitest';
import { scanQuoteMarks, type ScanOptions } from '../../../src/analyze/quoteMarks';

const texts = (s: string, o?: ScanOptions) => scanQuoteMarks(s, o).map((m) => s.slice(m.start, m.end));

describe('scanQuoteMarks', () => {
  it('pairs English curly double quotes', () => {
    expect(texts('“We will win,” she said. “Nobody doubts it.”')).toEqual(['We will win,', 'Nobody doubts it.']);
  });

  it('an inch mark after feet (6’2”) does not close the quote', () => {
    expect(texts('“He is tall, like 6’2”,” she said. “I am 5’4”. He won.”')).toEqual(['He is tall, like 6’2”,', 'I am 5’4”. He won.']);
    // A quote that ends on a number still closes.
    expect(texts('“We won 6-2,” she said.')).toEqual(['We won 6-2,']);
  });

  it('keeps apostrophes inside words and possessives from ending a quote', () => {
    expect(texts('“We’ll do it so you won’t be the soldiers’ last hope,” he said.')).toEqual([
      'We’ll do it so you won’t be the soldiers’ last hope,',
    ]);
  });

  it('treats single quotes inside double quotes as nested (one top-level quote)', () => {
    expect(texts('“He told me, ‘Go home,’ and left,” she said.')).toEqual(['He told me, ‘Go home,’ and left,']);
  });

  it('pairs German „…“ and »…« and nested ‚…‘', () => {
    expect(texts('„Wir schaffen das“, sagte Merkel.')).toEqual(['Wir schaffen das']);
    expect(texts('»Das ist ‚kein‘ Problem«, sagte er.')).toEqual(['Das ist ‚kein‘ Problem']);
  });

  it('pairs French and Russian guillemets, with or without inner spaces', () => {
    expect(texts('« Nous sommes prêts », a déclaré le ministre.')).toEqual(['Nous sommes prêts']);
    expect(texts('«Мы готовы», — заявил министр. «Он „сказал“ нет».')).toEqual(['Мы готовы', 'Он „сказал“ нет']);
  });

  it('pairs Spanish «…» and CJK corner brackets', () => {
    expect(texts('«No vamos a ceder», dijo la ministra.')).toEqual(['No vamos a ceder']);
    expect(texts('首相は「問題ない」と述べた。『本』も')).toEqual(['問題ない', '本']);
  });

  it('pairs straight double quotes and mixed straight/curly marks', () => {
    expect(texts('"It is over," he said, "for now."')).toEqual(['It is over,', 'for now.']);
    expect(texts('“It is over," he said.')).toEqual(['It is over,']);
  });

  it('runs a quote with a missing closing mark to the end of the paragraph', () => {
    const spans = scanQuoteMarks('The minister said, “We will never give up.');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.unclosed).toBe(true);
  });

  it('accepts punctuation inside or outside the closing mark', () => {
    expect(texts('“Nothing can replace it”, he said. He called it “a disaster.”')).toEqual(['Nothing can replace it', 'a disaster.']);
  });

  it('never treats straight apostrophes as quote marks', () => {
    expect(texts("It's the party's 'big day', officials said.")).toEqual([]);
  });

  it('ends an open English double quote at a new double opener (double quotes do not nest)', () => {
    // Scraped transcripts wrap a paragraph in straight marks and quote inside it with curly ones.
    expect(texts('"He said the plan is “dead on arrival” and left.')).toEqual(['He said the plan is', 'dead on arrival']);
    expect(texts('“Our answer to “what next” is simple,” she said.')).toEqual(['Our answer to', 'what next']);
  });

  it('keeps English double quotes nested inside guillemets and German marks', () => {
    expect(texts('« Il a parlé d’une “trahison” hier », a dit le maire.')).toEqual(['Il a parlé d’une “trahison” hier']);
    expect(texts('»Er nannte es “Unsinn”«, sagte sie.')).toEqual(['Er nannte es “Unsinn”']);
  });

  it('lets ” open a quote (Swedish ”…”) unless told the text opens quotes with “', () => {
    expect(texts('”Vi är redo”, sade ministern.')).toEqual(['Vi är redo']);
    expect(texts('”We are ready.” ― A. Voter', { rightDoubleOpens: false })).toEqual([]);
  });

  it('is linear on hostile input (a megabyte of marks)', () => {
    const hostile = '“‘„«»"'.repeat(180_000);
    const t0 = performance.now();
    scanQuoteMarks(hostile);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
