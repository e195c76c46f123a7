import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/analyze/names';
import { describedCore, titleCaseLine } from '../../../src/analyze/nameDescribed';

const names = (text: string) => findEntities(text).entities.filter((e) => e.kind === 'person').map((e) => e.name);

describe('descriptions glued onto a name where capitals prove nothing', () => {
  it('renames a headline participle form by the first real full name', () => {
    const text = 'Understated Perez raises his profile.\n\nLabor Secretary Thomas Perez moved to the last row. Perez said he liked it.';
    const idx = findEntities(text);
    expect(names(text)).toEqual(['Thomas Perez']);
    expect(idx.entityOf('Perez')?.mentions.length).toBe(3);
  });

  it('joins a cue verb opening a sentence to the person already named', () => {
    const text = 'Roger Stone spoke on the radio.\n\nStated Stone: “The stakes are high.”\n\nContinued Stone: “It is real.”';
    expect(names(text)).toEqual(['Roger Stone']);
  });

  it('drops verb forms and lower-case words of a Title Case headline', () => {
    const text = 'Why Progressives Are Celebrating Hillary Clinton’s Speech.\n\nWoman Reveals Stunning Thing Trump Did.\n\nHillary Clinton spoke on Thursday. The thing is, Donald Trump did too.';
    expect(names(text)).toEqual(['Hillary Clinton', 'Donald Trump']);
  });

  it('keeps the given name after a headline description', () => {
    const text = 'Conservative Icon Morton Blackwell Endorses Ted Cruz.\n\nMorton Blackwell, the conservative icon, wrote a letter. Blackwell said so.';
    expect(names(text)).toContain('Morton Blackwell');
    expect(names(text)).not.toContain('Conservative Icon Morton Blackwell');
  });

  it('leaves names alone when no person shows the words are a description', () => {
    const text = 'Grant Young runs the shop. He told us to grant him time.\n\nPlanned Parenthood said no. Mohamed El-Erian agreed.';
    expect(names(text)).toContain('Grant Young');
    expect(names(text)).toContain('Mohamed El-Erian');
    expect(describedCore('Urges Britain to stay.', 0, ['Urges', 'Britain'], true, new Set())).toBeNull();
    expect(describedCore('Morning Joe starts.', 0, ['Morning', 'Joe'], true, new Set())).toBeNull();
  });

  it('judges only the first word at a plain sentence start', () => {
    expect(describedCore('Young Sanders supporters never had to live through it.', 0, ['Young', 'Sanders'], true, new Set(['young']))).toBe('Sanders');
    expect(describedCore('Somewhere along the road, Big Thing Trump was seen with friends.', 26, ['Big', 'Thing', 'Trump'], false, new Set(['big', 'thing']))).toBeNull();
    expect(titleCaseLine('Woman Reveals Stunning Thing Trump Did To Her.', 14)).toBe(true);
    expect(titleCaseLine('Understated Perez raises political profile.', 0)).toBe(false);
  });

  it('cuts the words up to a compound ending in a lower-case word ("Korean-born")', () => {
    const text = 'At the games, South Korean-born Monte Haines held little hope. The Texas-based Hurun Report agreed.';
    expect(names(text)).toContain('Monte Haines');
    expect(findEntities(text).entities.map((e) => e.name)).toContain('Hurun Report');
  });

  it('names a person by the core when it opens with a known first name', () => {
    const text = 'I agree. Entrusting Donald Trump with our future is a risk. Trump disagrees.';
    expect(names(text)).toEqual(['Donald Trump']);
  });

  it('reads sentence adverbs and committee titles as no part of a name', () => {
    const text = 'Neither Donald J. Trump nor his rivals spoke. The effort is led by North Dakota RNC Committeeman Curly Haugland and Public Advocate Trish James.';
    const idx = findEntities(text);
    expect(names(text)).toEqual(['Donald J. Trump', 'Curly Haugland', 'Trish James']);
    expect(idx.entityOf('Haugland')?.role).toBe('North Dakota RNC Committeeman');
  });
});
