import { describe, expect, it } from 'vitest';
import { collectSources } from '../../../src/analyze/sources';
import { findEntities } from '../../../src/analyze/names';
import { describedKind, namedThings } from '../../../src/analyze/sourcesThings';

const notes = (text: string) => collectSources({ text, lang: 'en' });
const things = (text: string) => {
  const ix = findEntities(text);
  return [...namedThings(text, ix)].map((id) => ix.entities[id]!.name);
};

describe('namedThings: two capitalised words the article writes as a thing', () => {
  it('finds names written with "the" or "a", or ending in a word the text uses in lower case', () => {
    expect(things('Voters in the Rust Belt are angry. He hopes for a Middle East peace deal.')).toEqual(['Rust Belt', 'Middle East']);
    expect(things('Heritage Action said the deal was bad. Its members urged action.')).toEqual(['Heritage Action']);
  });

  it('finds place names by the words that open or close them', () => {
    expect(things('She grew up in Port Washington and moved to East Germany.')).toEqual(['Port Washington', 'East Germany']);
    expect(things('In Dominican Republic, baseball rules.')).toEqual(['Dominican Republic']);
    expect(things('Lawyers for Citizens United sued. Freedom Partners paid.')).toEqual(['Citizens United', 'Freedom Partners']);
  });

  it('leaves people: a known first name, a title, a name before a noun, a surname alone after "the"', () => {
    expect(things('Mika Brzezinski said the deal was bad.')).toEqual([]);
    expect(things('Mr. Dunford Smith said no. The smith agreed.')).toEqual([]);
    expect(things('Trayvon Martin was 17. The Trayvon Martin case shook the nation.')).toEqual([]);
    expect(things('New York Jets owner Woody Johnson is an heir to the Johnson & Johnson fortune.')).not.toContain('Woody Johnson');
  });
});

describe('collectSources: a named thing is no person', () => {
  it('shows it as a body, never as what "he" stands for', () => {
    const n = notes('Ted Cruz spoke in Iowa on Monday. He praised the Second Amendment. He added that taxes were too high. '
      + 'Heritage Action said the deal was bad. Its members urged action.');
    expect(n.find((x) => x.who === 'Second Amendment')).toBeUndefined();
    expect(n.find((x) => x.who === 'Ted Cruz')?.claims).toHaveLength(1);
    expect(n.find((x) => x.who === 'Heritage Action')?.kind).toBe('organisation');
  });

  it('shows an outlet named "Daily …" or "… Journalism" as media', () => {
    const n = notes('As reported by Western Journalism, the vote was close. The union plans a protest, the Daily Caller reports.');
    expect(n.filter((x) => x.kind === 'media').map((x) => x.who)).toEqual(['Western Journalism', 'Daily Caller']);
  });

  it('shows a place given as a quote speaker as a body', () => {
    const n = collectSources({ text: 'Indiana said: “We will vote.”', lang: 'en' }, [
      { text: 'We will vote.', start: 15, end: 28, speaker: 'Indiana', kind: 'statement' } as never,
    ]);
    expect(n.find((x) => x.who === 'Indiana')?.kind).toBe('organisation');
  });

  it('gives a place one note for its quote and the claims it is the subject of', () => {
    const text = '“We will win,” Israel said. Later Israel said it would wait.';
    const n = collectSources({ text, lang: 'en' }, [{ text: 'We will win,', start: 1, end: 13, speaker: 'Israel', kind: 'statement' } as never]);
    expect(n.filter((x) => x.who === 'Israel')).toHaveLength(1);
  });
});

describe('describedKind: a speaker that describes its source instead of naming it', () => {
  const kind = describedKind;
  it('reads bodies, writings and unnamed people', () => {
    expect(kind('His campaign')).toBe('organisation');
    expect(kind('Ryan’s office')).toBe('organisation');
    expect(kind('Hoff’s letter')).toBe('document');
    expect(kind('His wife')).toBe('unnamed');
    expect(kind('One attendee')).toBe('unnamed');
    expect(kind('Sanders supporters')).toBe('unnamed');
    expect(kind('14 percent')).toBe('unnamed');
  });

  it('leaves names, and a named person with a reflexive', () => {
    expect(kind('Bernie Sanders')).toBeNull();
    expect(kind('Osama bin Laden')).toBeNull();
    expect(kind('Cruz himself')).toBeNull();
    expect(kind('Trump')).toBeNull();
  });

  it('labels the note of such a quote speaker', () => {
    const n = collectSources({ text: 'His campaign said: “We will win.”', lang: 'en' }, [
      { text: 'We will win.', start: 20, end: 32, speaker: 'His campaign', kind: 'statement' } as never,
    ]);
    expect(n.find((x) => x.who === 'His campaign')?.kind).toBe('organisation');
  });
});
