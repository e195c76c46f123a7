/**
 * Descriptions glued onto a name where capitals prove nothing (names.ts). A headline or a sentence
 * start capitalises every word it opens with: "Understated Perez raises political profile",
 * "Why Progressives Are Celebrating Hillary Clinton’s …", "Stated Stone: “…”", "Woman Reveals
 * Stunning Thing Trump Did …". The words before the name there are a verb form, a cue verb or a
 * word the text writes in lower case, and readers were shown "Understated Perez" for Thomas Perez.
 *
 * Such a mention keeps its core (the words after the description): it joins the person the core
 * names when the article already has one, and otherwise the person it starts is renamed by the
 * first real mention of the core ("Labor Secretary Thomas Perez"), never the other way round.
 * Nothing is cut when no such person turns up: "United States", "Planned Parenthood" and "Morning
 * Joe" open with verb forms too, and only a matching person shows the words are a description.
 */
import { CUE_WORDS } from './cueVerbs';
import { isFirstName } from './nameFirstNames';
import { DEMONYM, PLACES } from './nameLists';
import { isRoleToken, lc } from './nameRoles';
import type { Entity } from './names';

// A participle or gerund ("Understated", "Celebrating", "Stunning"); short words are names as often
// ("Syed", "Ahmed").
const VERB_FORM = /^\p{Lu}\p{Ll}{3,}(?:ing|ed)$/u;
// "Korean-born", "Texas-based": a compound ending in a lower-case word is an adjective.
export const LOWER_COMPOUND = /^\p{L}+(?:-\p{L}+)*-\p{Ll}+$/u;

/** A word that opens a description, not a name, where its capital proves nothing. */
function describing(tok: string, lowerWords: Set<string>): boolean {
  if (isFirstName(tok)) return false;
  const l = lc(tok);
  return VERB_FORM.test(tok) || CUE_WORDS.has(l) || lowerWords.has(l) || DEMONYM.test(tok) || isRoleToken(tok) || LOWER_COMPOUND.test(tok);
}

/**
 * A line most of whose longer words are capitalised (a headline): its capitals prove nothing.
 * Bounded: looks at most 300 characters either side of `at`.
 */
export function titleCaseLine(text: string, at: number): boolean {
  const lo = Math.max(0, at - 300);
  const window = text.slice(lo, at + 300);
  const to = window.indexOf('\n', at - lo);
  const line = window.slice(window.lastIndexOf('\n', at - lo) + 1, to < 0 ? undefined : to);
  const words = line.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && caps >= words.length * 0.8;
}

/**
 * The name inside a mention that opens with description words where capitals prove nothing, or
 * null. At a sentence start only the first word is judged (the capitals after it are real); in a
 * headline every word before the last may be. A known first name ends the description.
 */
export function describedCore(text: string, start: number, toks: string[], initial: boolean, lowerWords: Set<string>): string | null {
  if (toks.length < 2 || !describing(toks[0]!, lowerWords)) return null;
  const headline = titleCaseLine(text, start);
  if (!initial && !headline) return null;
  const limit = headline ? toks.length - 1 : 1;
  let n = 1;
  while (n < limit && describing(toks[n]!, lowerWords)) n++;
  // "Morning Joe", "Urges Britain", "Get AIDS": a lone first name, place or acronym left over
  // is no person's core.
  const last = toks[n]!;
  if (n === toks.length - 1 && (isFirstName(last) || PLACES.has(lc(last)) || DEMONYM.test(last) || !/\p{Ll}/u.test(last))) return null;
  return toks.slice(n).join(' ');
}

/** Entities named by a described mention, waiting for a real mention of their core. */
export class DescribedNames {
  // Lower-case last word of the core → the entity and its core.
  private readonly pending = new Map<string, { e: Entity; core: string }>();

  /** Remembers that `e` is shown by a described mention with this core. */
  wait(e: Entity, core: string, sur: string): void {
    // "Entrusting Donald Trump with …": a core that opens with a known first name is the name.
    if (isFirstName(core.split(' ')[0]!)) e.name = core;
    else if (this.pending.size < 1000) this.pending.set(sur, { e, core });
  }

  /**
   * The waiting entity a real mention names ("Thomas Perez" for "Understated Perez", "Morton
   * Blackwell" for "Conservative Icon Morton Blackwell"), renamed by it; null when none. A lone
   * word renames only where its capital means a name (`initial` false). The core joins the person
   * the article already names (names.ts), renaming a lone surname to it.
   */
  claim(name: string, sur: string, gender: 'm' | 'f' | null, initial: boolean): Entity | null {
    const p = this.pending.get(sur);
    if (!p || (gender && p.e.gender && gender !== p.e.gender)) return null;
    const words = name.split(' ');
    if (words.length === 1 && initial) return null;
    // ("Thomas Perez", or any name with a known first name: the description may have kept a word.)
    if (!lc(` ${name}`).endsWith(lc(` ${p.core}`)) && !(words.length > 1 && isFirstName(words[0]!))) return null;
    this.pending.delete(sur);
    p.e.name = name;
    return p.e;
  }
}
