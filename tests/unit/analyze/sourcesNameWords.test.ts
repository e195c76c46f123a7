import { describe, expect, it } from 'vitest';
import { collectSources } from '../../../src/analyze/sources';

const whos = (text: string) => collectSources({ text, lang: 'en' }).map((n) => n.who);

describe('collectSources: a claim word inside a name is part of the name', () => {
  it('does not read "States" of "United States" as a verb whose subject is the country', () => {
    const text = 'Mary Jones suggested the United States should send more troops. Voters in nine states back a ban on entering the United States.';
    expect(whos(text)).toEqual(['Mary Jones']);
  });

  it('still finds a body whose name ends in a claim word when it speaks', () => {
    const text = 'Officials met on Monday. The United States says it will act.';
    expect(whos(text)).toContain('United States');
  });

  it('lists no outlet whose name ends in "Report" merely because it is mentioned', () => {
    const text = 'After blasting the Drudge Report for linking to the article, Glenn Beck doubled down.';
    expect(whos(text)).not.toContain('Drudge Report');
  });
});
