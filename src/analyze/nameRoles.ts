/**
 * Roles and titles around names (names.ts): honorifics and the gender they carry, role words
 * ("Sen.", "Russian President"), appositive roles ("Mark Milley, the top US general,"), and the
 * office a title abbreviation stands for ("Gov." → "governor").
 */
import { ROLE_WORDS } from './nameLists';
import { afterPreposition } from './nameGender';
import { lookupTable } from '../core/lookupTable';

export const HONORIFIC = lookupTable<'m' | 'f' | null>({
  'mr': 'm', 'mr.': 'm', 'mrs': 'f', 'mrs.': 'f', 'ms': 'f', 'ms.': 'f', 'miss': 'f', 'dr': null, 'dr.': null,
  'herr': 'm', 'frau': 'f', 'monsieur': 'm', 'm.': 'm', 'madame': 'f', 'mme': 'f', 'sr.': 'm', 'sra.': 'f',
  'señor': 'm', 'señora': 'f', 'sir': 'm', 'dame': 'f', 'lord': 'm', 'lady': 'f',
});

export function lc(s: string): string {
  return s.toLowerCase();
}

export function isRoleToken(tok: string): boolean {
  return ROLE_WORDS.has(lc(tok).replace(/\.$/, '')) || ROLE_WORDS.has(lc(tok));
}

// Appositive roles: "Mark Milley, the top US general," and "the top US general, Mark Milley,".
const APPOS_AFTER = /^,\s+((?:the|a|an|his|her|its|their|[\p{Lu}][\p{L}.]*)\s[^,.;:!?“”"()]{2,80}?)(?=[,.;]|\s+(?:said|says|told|who)\b)/u;

const APPOS_BEFORE = /\b((?:the|a|an|The|A|An)\s[^,.;:!?“”"()]{2,80}),\s*$/u;

export function appositiveRole(text: string, m: { start: number; end: number }): string | null {
  // "At a press conference in Chelsea, the mayor said": a place after a preposition ends an
  // opening phrase; the description after its comma is the sentence's subject, not its role.
  const after = afterPreposition(text, m.start) ? null : APPOS_AFTER.exec(text.slice(m.end, m.end + 100));
  if (after && hasRoleWord(after[1]!)) return after[1]!.trim();
  const before = APPOS_BEFORE.exec(text.slice(Math.max(0, m.start - 100), m.start));
  if (before && hasRoleWord(before[1]!)) return before[1]!.trim();
  return null;
}

// Title abbreviations stand for the office a later description names ("Gov. Chris Christie" …
// "the governor said").
const ROLE_ABBR = lookupTable<string>({
  gov: 'governor', sen: 'senator', rep: 'congressman', gen: 'general', pres: 'president', sec: 'secretary',
  atty: 'attorney', supt: 'superintendent', lt: 'lieutenant', col: 'colonel', capt: 'captain', adm: 'admiral',
  prof: 'professor', dr: 'doctor', rev: 'reverend', del: 'delegate',
});

/** The words of a role, lower-case, with title abbreviations spelt out. */
export function roleWords(role: string): string[] {
  const words = lc(role).split(/[^\p{L}]+/u).filter(Boolean).map((w) => ROLE_ABBR[w] ?? w);
  // "Vice President Joe Biden" is no "the president", "Lt. Gov. X" no "the governor": a rank
  // word makes the office after it another one.
  return words.filter((w, i) => i === 0 || !SECOND_RANK.has(words[i - 1]!));
}

const SECOND_RANK = new Set(['vice', 'deputy', 'assistant', 'associate', 'lieutenant', 'under']);

export function hasRoleWord(phrase: string): boolean {
  return phrase.toLowerCase().split(/[^\p{L}.]+/u).some((w) => w !== '' && isRoleToken(w));
}

export function surname(name: string): string {
  const toks = name.split(/\s+/);
  return lc(toks[toks.length - 1]!.replace(/[’']s$/, ''));
}
