import { describe, expect, it } from 'vitest';
import { summarize, SUMMARY_BUDGET } from '../../../src/analyze/summary';
import { bareQuoteFlags, opensWithReference, quoteStandings } from '../../../src/analyze/summaryEligibility';
import { countWords, terms } from '../../../src/analyze/summaryScoring';
import { splitSentences } from '../../../src/analyze/sentences';

const words = (s: string[]) => countWords(s.join(' '));

// A small hand-written story: lead, background, quotes, colour.
const STORY = [
  'The city council of Riverton approved a new budget for public libraries on Tuesday after a long debate about opening hours.',
  'The budget adds twelve million dollars over three years and keeps every branch open on Sundays.',
  '“We listened to the readers,” said council member Ana Ortiz, who led the campaign for the libraries.',
  '“It is a good day.',
  'Libraries matter to everyone in this city.”',
  'Opponents on the council argued that the money should go to road repairs instead of the libraries.',
  'The mayor is expected to sign the budget for the libraries next week, her office said.',
  'Weather was mild.',
  'He said the vote was close.',
].join(' ');

describe('summarize', () => {
  it('returns whole sentences of the text, in article order', () => {
    const out = summarize(STORY, { title: 'Riverton council approves library budget' });
    expect(out.length).toBeGreaterThan(0);
    let last = -1;
    for (const s of out) {
      const at = STORY.indexOf(s);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
  });

  it('starts with the lead and stays near the medium budget', () => {
    const out = summarize(STORY, { title: 'Riverton council approves library budget' });
    expect(out[0]).toMatch(/^The city council of Riverton approved/);
    expect(words(out)).toBeLessThanOrEqual(SUMMARY_BUDGET.medium * 1.3);
  });

  it('skips a sentence opening with an unresolved pronoun and bare quote fragments', () => {
    const out = summarize(STORY, { length: 'long' });
    expect(out).not.toContain('He said the vote was close.');
    expect(out).not.toContain('“It is a good day.');
    expect(out).not.toContain('Libraries matter to everyone in this city.”');
  });

  it('skips a sentence that only introduces a quote', () => {
    const text = 'The harbour of Kelby will close for repairs from June until the end of the year, the port authority said. '
      + '\n\nThe harbour master told the local council on Monday evening:'
      + '\n\n“We have no choice.”';
    expect(summarize(text, { length: 'long' })).toEqual([
      'The harbour of Kelby will close for repairs from June until the end of the year, the port authority said.',
    ]);
  });

  it('does not repeat the headline when the text starts with it', () => {
    const title = 'Riverton council approves library budget';
    const out = summarize(`${title}.\n\n${STORY}`, { title });
    expect(out[0]).toMatch(/^The city council of Riverton approved/);
  });

  it('short ≤ medium ≤ long', () => {
    const s = words(summarize(STORY, { length: 'short' }));
    const m = words(summarize(STORY, { length: 'medium' }));
    const l = words(summarize(STORY, { length: 'long' }));
    expect(s).toBeLessThanOrEqual(m);
    expect(m).toBeLessThanOrEqual(l);
    expect(s).toBeLessThanOrEqual(SUMMARY_BUDGET.short * 1.3);
  });

  it('avoids repeating the same content twice', () => {
    const text = 'Floods closed the main bridge in Dorfstadt on Monday morning after heavy rain. '
      + 'Floods closed the main bridge in Dorfstadt on Monday morning after very heavy rain. '
      + 'Engineers will inspect the bridge for damage before it can reopen to traffic.';
    const out = summarize(text, { length: 'long' });
    expect(out.filter((s) => s.startsWith('Floods')).length).toBe(1);
  });

  it('works in German, French, Spanish and Russian', () => {
    const de = 'Der Stadtrat von Neustadt hat am Dienstag einen neuen Haushalt für die Bibliotheken beschlossen. '
      + 'Der Haushalt sieht zwölf Millionen Euro für drei Jahre vor und hält alle Filialen sonntags offen. '
      + 'Das Wetter war mild. Er sagte, die Abstimmung sei knapp gewesen.';
    expect(summarize(de, { lang: 'de' })[0]).toMatch(/^Der Stadtrat/);
    expect(summarize(de, { lang: 'de', length: 'long' })).not.toContain('Er sagte, die Abstimmung sei knapp gewesen.');
    const fr = 'Le conseil municipal de Rivière a adopté mardi un nouveau budget pour les bibliothèques publiques. '
      + 'Il pleuvait. Il a dit que le vote était serré. Le budget ajoute douze millions d’euros sur trois ans pour les bibliothèques.';
    const frOut = summarize(fr, { lang: 'fr', length: 'long' });
    expect(frOut[0]).toMatch(/^Le conseil municipal/);
    expect(frOut).not.toContain('Il a dit que le vote était serré.');
    const es = 'El ayuntamiento de Ríoverde aprobó el martes un nuevo presupuesto para las bibliotecas públicas. '
      + 'El presupuesto añade doce millones de euros en tres años y mantiene abiertas todas las sucursales.';
    expect(summarize(es, { lang: 'es' }).length).toBe(2);
    const ru = 'Городской совет Нового города во вторник утвердил новый бюджет для публичных библиотек. '
      + 'Шёл дождь. Он сказал, что голосование было трудным. Бюджет добавляет двенадцать миллионов рублей на три года.';
    const ruOut = summarize(ru, { lang: 'ru', length: 'long' });
    expect(ruOut[0]).toMatch(/^Городской совет/);
    expect(ruOut).not.toContain('Он сказал, что голосование было трудным.');
  });

  it('handles scripts without spaces (Japanese) by character bigrams', () => {
    const ja = '東京都議会は火曜日に図書館の新しい予算を承認した。予算は三年間で十二億円を追加する。天気は穏やかだった。';
    const out = summarize(ja, { lang: 'ja' });
    expect(out[0]).toBe('東京都議会は火曜日に図書館の新しい予算を承認した。');
    expect(terms('図書館')).toEqual(['図書', '書館']);
  });

  it('never throws on hostile input', () => {
    expect(summarize('')).toEqual([]);
    expect(summarize('   \n\n  ')).toEqual([]);
    expect(summarize('“'.repeat(1000))).toBeInstanceOf(Array);
    const long = 'word '.repeat(5000) + '.';
    expect(summarize(long)).toEqual([]); // no sentence fits any budget
    const run = 'word '.repeat(80) + 'end.';
    expect(summarize(run).length).toBe(1); // an over-long first sentence is better than nothing
  });
});

describe('summary eligibility', () => {
  it('flags openers that point back', () => {
    expect(opensWithReference('He said it was fine.')).toBe(true);
    expect(opensWithReference('But the plan failed.')).toBe(true);
    expect(opensWithReference('Sie erklärte den Plan.')).toBe(true);
    expect(opensWithReference('Hespeler said it was fine.')).toBe(false);
    expect(opensWithReference('The plan failed.')).toBe(false);
  });

  it('flags quoted speech without a named speaker, across sentences', () => {
    const text = '“It works,” said Ada Lovelace. “It is fast. It is small,” she said. ‘Great,’ he added. Plain text here.';
    expect(quoteStandings(text, splitSentences(text))).toEqual(['free', 'bare', 'bare', 'pronoun', 'free']);
    expect(bareQuoteFlags(text, splitSentences(text))).toEqual([false, true, true, false, false]);
  });

  it('counts a name only next to the quote, not anywhere in the sentence', () => {
    const text = '“Nothing is lost”, he said before the footage on State TV was cut. Plain text here.';
    expect(quoteStandings(text, splitSentences(text))).toEqual(['pronoun', 'free']);
    const de = '„Wir bleiben“, sagte Merkel am Montag. „Wir gehen“, sagte sie.';
    expect(quoteStandings(de, splitSentences(de, 'de'))).toEqual(['free', 'pronoun']);
  });

  it('keeps apostrophes inside words from closing a quote', () => {
    const text = '‘It’s done,’ said Ana. Plain text here.';
    expect(bareQuoteFlags(text, splitSentences(text))).toEqual([false, false]);
  });
});
