/**
 * Given names in runs of capitals (names.ts): whether a name opens with a known first name, a
 * description in front of one ("Underdog Conservative Claudia Tenney" of a headline), and which of
 * two names of one person to show.
 */
import { isFirstName } from './nameFirstNames';
import { CONNECT, DEMONYM, NOT_NAMES, ORG_WORDS, PLACE_OR_WORK_END } from './nameLists';
import { isRoleToken, lc } from './nameRoles';

const NOT_PERSON_END = new RegExp(`^(?:${PLACE_OR_WORK_END}|Centre|Islands|Award|Awards|Prize|Show|Festival)$`);

/** Index of a known first name after `from` that opens a full name, when the words before it are no name. */
export function givenNameAfter(toks: string[], from: number, lowerWords?: Set<string>): number {
  // ("Anvil Islands Marine Station": a run ending in a place or body word is no person.)
  const last = toks[toks.length - 1]!;
  if (from >= toks.length || isFirstName(toks[from]!) || ORG_WORDS.has(lc(last)) || NOT_PERSON_END.test(last)) return -1;
  let described = false;
  for (let i = from + 1; i < toks.length - 1; i++) {
    const prev = toks[i - 1]!;
    if (/^\p{Lu}\.$/u.test(prev) || CONNECT_WORD.test(prev)) return -1;
    // Only after a word that is no given name: a demonym, a role, a plural or verb, an adverb, an
    // acronym ("Norbert Leo Butz", "Billie Jean King" keep their first names).
    described ||= DEMONYM.test(prev) || isRoleToken(prev) || NOT_NAMES.has(lc(prev)) || /\p{Ll}(?:s|ly)$/u.test(prev) || /^\p{Lu}{2,}$/u.test(prev) || prev.includes('-')
      // ("Election Year Barack Obama": a word the text also writes in lower case is a common word.)
      || (lowerWords?.has(lc(prev)) ?? false)
      // ("Speaker of the House Newt Gingrich": a body word ends the role before the name.)
      || ORG_WORDS.has(lc(prev));
    if (isFirstName(toks[i]!)) return described && /^\p{Lu}/u.test(toks[i + 1]!) && !CONNECT_WORD.test(toks[i + 1]!) ? i : -1;
  }
  return -1;
}

const CONNECT_WORD = new RegExp(`^${CONNECT}$`);

/** The name opens with a known first name ("Susan Sarandon", not "Oscar-winner Sarandon"). */
export function givenName(name: string): boolean {
  return isFirstName(name.split(/\s+/)[0]!);
}

/** The name opens with a description, not a given name ("Liberal Oscar-winner Sarandon", "AG Mukasey"). */
export function descriptive(name: string): boolean {
  const first = name.split(/\s+/)[0]!;
  return !givenName(name) && (DEMONYM.test(first) || isRoleToken(first) || first.includes('-') || /^\p{Lu}{2,}$/u.test(first) || NOT_NAMES.has(lc(first)));
}

/**
 * The fullest name wins, but one that opens with a first name beats a description ("Liberal
 * Oscar-winner Sarandon" of a headline, then "Susan Sarandon").
 */
export function betterName(candidate: string, current: string): boolean {
  const n = candidate.split(/\s+/).length;
  if (candidate === current || n < 2) return false;
  const longer = n > current.split(/\s+/).length;
  return givenName(candidate) ? longer || !givenName(current) : longer && !givenName(current);
}
