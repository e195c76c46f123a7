import { describe, expect, it } from 'vitest';
import type { Quote, SourceNote } from '../../../src/core/types';
import { collectSources } from '../../../src/analyze/sources';
import { creditedName, imageCreditNotes, pageNotes } from '../../../src/analyze/sourcesCredits';
import { findEntities } from '../../../src/analyze/names';
import { findQuotes } from '../../../src/analyze/quotes';

const find = (notes: SourceNote[], who: string | RegExp) =>
  notes.find((n) => (typeof who === 'string' ? n.who === who : who.test(n.who)));

describe('collectSources: named sources', () => {
  const text = 'Finance Minister Maria Keller said on Tuesday that the budget would grow. '
    + 'She added that taxes would stay flat. A spokesman for the Treasury said nothing had been decided. '
    + 'According to Reuters, the vote was delayed. The Post reports that the deal is close.';
  const notes = collectSources({ text, lang: 'en' });

  it('finds a person with her role, and resolves a pronoun to her', () => {
    const keller = find(notes, 'Maria Keller')!;
    expect(keller).toMatchObject({ kind: 'person', vague: false, role: 'Finance Minister' });
    expect(keller.claims).toHaveLength(2);
    expect(keller.claims[1]!.text).toBe('She added that taxes would stay flat.');
  });

  it('gives each claim the offsets of its sentence', () => {
    for (const n of notes) for (const c of n.claims) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('credits a body for its spokesman, and media by name', () => {
    expect(find(notes, 'Treasury')).toMatchObject({ kind: 'organisation', vague: false });
    expect(find(notes, 'Reuters')).toMatchObject({ kind: 'media', vague: false });
    expect(find(notes, 'The Post')).toMatchObject({ kind: 'media', vague: false });
  });

  it('puts named sources before vague ones', () => {
    const kinds = notes.map((n) => n.kind);
    expect(kinds.indexOf('person')).toBeLessThan(kinds.indexOf('media'));
  });
});

describe('collectSources: vague sourcing', () => {
  it('flags English vague attributions', () => {
    const text = 'Officials familiar with the talks said the deal could collapse. Critics say the plan favours big firms. '
      + 'Reports that the vote was rigged have not been denied. Some have claimed the count was wrong. '
      + 'The minister was reportedly furious. It is believed that talks will resume.';
    const notes = collectSources({ text });
    for (const who of ['officials familiar with the talks', 'critics', 'reports', 'some', 'reportedly', 'it is believed']) {
      expect(find(notes, who), who).toMatchObject({ kind: 'unnamed', vague: true });
    }
  });

  it('does not read a sentence-initial capital as an outlet, and lower-cases common nouns', () => {
    const notes = collectSources({ text: 'But reports say the count was wrong. Authorities said the road is closed.' });
    expect(notes.filter((n) => n.kind === 'media')).toEqual([]);
    expect(find(notes, 'reports')?.vague).toBe(true);
    expect(find(notes, 'authorities')?.vague).toBe(true);
  });

  it('does not take every plural noun for a source', () => {
    const text = 'Some of the mothers wore dark headscarves. Many people use private networks to read the news.';
    expect(collectSources({ text }).filter((n) => n.vague)).toEqual([]);
  });

  it('flags German, French and Spanish vague attributions', () => {
    const de = collectSources({ text: 'Kritiker bemängeln den Plan. Berichten zufolge wurde die Abstimmung verschoben. Angeblich war der Minister wütend.', lang: 'de' });
    expect(find(de, 'Kritiker')?.vague).toBe(true); // German nouns keep their capital
    expect(find(de, 'Berichten')?.vague).toBe(true);
    expect(find(de, 'angeblich')?.vague).toBe(true);
    const fr = collectSources({ text: 'Selon des sources proches du dossier, l’accord pourrait échouer. Certains affirment que le plan est injuste.', lang: 'fr' });
    expect(find(fr, 'sources proches du dossier')?.vague).toBe(true);
    expect(find(fr, 'certains')?.vague).toBe(true);
    const es = collectSources({ text: 'Según fuentes del gobierno, el acuerdo podría fracasar. Algunos afirman que el plan es injusto. Supuestamente el ministro estaba furioso.', lang: 'es' });
    expect(find(es, 'fuentes')?.vague).toBe(true);
    expect(find(es, 'algunos')?.vague).toBe(true);
    expect(find(es, 'supuestamente')?.vague).toBe(true);
  });
});

describe('collectSources: documents and media phrases', () => {
  it('names a document by its author, or marks an unnamed one vague', () => {
    const text = 'A report by the National Audit Office found that costs rose. The study also showed delays. A survey suggests voters are tired.';
    const notes = collectSources({ text });
    expect(find(notes, 'report by the National Audit Office')).toMatchObject({ kind: 'document', vague: false });
    expect(find(notes, 'the study')).toMatchObject({ kind: 'document', vague: false });
    expect(find(notes, /survey/)).toMatchObject({ kind: 'document', vague: true });
    expect(find(notes, 'Audit')).toBeUndefined();
  });

  it('credits generic media only when something comes from them', () => {
    const notes = collectSources({ text: 'The speech ended before the footage on state TV was cut. People avoid the state-run media coverage of the war.' });
    expect(find(notes, 'state TV')).toMatchObject({ kind: 'media' });
    expect(find(notes, /state-run media/)).toBeUndefined();
  });

  it('adds document sources in German and Spanish with their authors', () => {
    const de = collectSources({ text: 'Eine Studie der Universität Mannheim zeigt, dass die Kosten steigen.', lang: 'de' });
    expect(find(de, /Studie der Universität Mannheim/i)).toMatchObject({ kind: 'document', vague: false });
    const es = collectSources({ text: 'Un informe del Banco de España indica que los precios suben.', lang: 'es' });
    expect(find(es, /informe del Banco de España/)).toMatchObject({ kind: 'document', vague: false });
  });
});

describe('collectSources: quotes', () => {
  it('lists each quote as a claim of its speaker, and skips words inside quotes', () => {
    const text = '“Nobody said it would be easy,” Maria Keller told reporters. Keller is the finance minister.';
    const quote: Quote = { text: 'Nobody said it would be easy,', speaker: 'Maria Keller', kind: 'statement', start: 1, end: 30, paragraph: 0 };
    const notes = collectSources({ text }, [quote]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ who: 'Maria Keller', kind: 'person', vague: false });
    expect(notes[0]!.claims[0]!.text).toBe('“Nobody said it would be easy,”');
    expect(notes[0]!.claims[0]!.start).toBe(0);
  });
});

describe('collectSources: quote speakers the names scan does not know', () => {
  it('keeps a body named by what it is, flags an unnamed role, drops a bare pronoun', () => {
    const text = '« Le bilan est lourd », indique la préfecture. “We won,” the coach said. “Fine,” he said.';
    const q = (t: string, speaker: string): Quote => {
      const start = text.indexOf(t);
      return { text: t, speaker, kind: 'statement', start, end: start + t.length, paragraph: 0 };
    };
    const notes = collectSources({ text, lang: 'fr' }, [q('Le bilan est lourd', 'la préfecture'), q('We won,', 'the coach'), q('Fine,', 'he')]);
    expect(find(notes, 'la préfecture')).toMatchObject({ kind: 'organisation', vague: false });
    expect(find(notes, 'the coach')).toMatchObject({ kind: 'unnamed', vague: true });
    expect(find(notes, 'he')).toBeUndefined();
  });
});

describe('image credits, byline and publisher', () => {
  it('reads the credited name from a credit line', () => {
    expect(creditedName('Picture Courtesy: Google/images are subject to copyright')).toBe('Google');
    expect(creditedName('Photo: Jane Doe/Reuters')).toBe('Jane Doe/Reuters');
    expect(creditedName('Foto: dpa')).toBe('dpa');
    expect(creditedName('(Photo by Ana Ortiz - All rights reserved)')).toBe('Ana Ortiz');
    expect(creditedName('')).toBeNull();
  });

  it('makes image-credit notes from extraction and from credit lines left in the text', () => {
    const notes = imageCreditNotes('Body text here.\n\nPhoto: Reuters', ['Picture Courtesy: Google/images are subject to copyright']);
    expect(notes.map((n) => [n.who, n.kind])).toEqual([['Google', 'image-credit'], ['Reuters', 'image-credit']]);
    expect(notes[0]!.claims[0]).toMatchObject({ text: 'Picture Courtesy: Google/images are subject to copyright', start: -1, end: -1 });
    expect(notes[1]!.claims[0]!.start).toBe(17);
  });

  it('adds the byline and the publisher', () => {
    expect(pageNotes('By Jo Bloggs', 'Newsline Today')).toEqual([
      { who: 'Jo Bloggs', kind: 'person', vague: false, role: 'author (byline)', claims: [] },
      { who: 'Newsline Today', kind: 'publisher', vague: false, role: 'publisher', claims: [] },
    ]);
  });
});

describe('collectSources: hostile input', () => {
  it('never throws and stays bounded', () => {
    expect(collectSources({ text: '' })).toEqual([]);
    const big = 'Officials said that reports claimed some critics say. '.repeat(2000);
    const entities = findEntities(big);
    const t = performance.now();
    const notes = collectSources({ text: big }, [], { entities });
    expect(performance.now() - t).toBeLessThan(3000); // ~15 ms on an idle machine
    expect(notes.length).toBeGreaterThan(0);
    // @ts-expect-error hostile shapes from a page
    expect(collectSources({ text: null, imageCredits: [null, 3] })).toEqual([]);
  });
});

describe('collectSources: quote speakers', () => {
  it('a speaker shown with an "of" affiliation is the same person as the bare name', () => {
    const text = 'The bill passed. “It is a good day,” said Sen. Tom Harlan of Delaware. Harlan said the vote was “long overdue.”';
    const notes = collectSources({ text }, findQuotes(text), { entities: findEntities(text) });
    expect(notes.filter((n) => /Harlan/.test(n.who)).map((n) => n.who)).toEqual(['Tom Harlan']);
  });
});
