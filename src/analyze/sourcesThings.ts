/**
 * Named things the name scan counts as people. names.ts calls any run of two or more capitalised
 * words a person unless a list says otherwise, and the quote code relies on that reading, so it stays;
 * a source note, though, would show "Middle East", "Social Security" or "Western Journalism" as a
 * person, and a "he said" could be taken to mean the Middle East. Here a two-word "person" is a
 * thing when nothing in the article marks it as a person (a known first name or an initial in front,
 * a role, an honorific) and the article writes it as a thing: with "the" right before it ("the Rust
 * Belt", "the Second Amendment"; "the Johnson & Johnson" or "the Trayvon Martin case" prove nothing),
 * with "a" or "this" ("a Middle East peace deal"), or with a last word it also uses as a common noun ("security",
 * "journalism", "east"). A person's surname that is also a word ("Hill", "Price") nearly always
 * comes with a first name the lists know, and then the name stays a person.
 */
import type { Entity, EntityIndex, Mention } from './names';
import { isFirstName } from './nameFirstNames';
import { HONORIFIC } from './nameRoles';

const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu;
// "the" right before a name, written mid-sentence; and the determiners no person's name takes even as a
// modifier ("a Middle East peace deal"; not "that", which also opens a clause: "said that Alex Conant…").
const THE_BEFORE = /(?<![\p{L}\p{N}])the\s+$/u;
const A_BEFORE = /(?<![\p{L}\p{N}])(?:a|an|this|these|those)\s+$/u;
// An honorific right before a name ("Mr. ", "Ms ").
const TITLE_BEFORE = /(?<![\p{L}\p{N}])([\p{L}]{1,8}\.?)\s+$/u;
// The lower-case word right after a name, if one follows it.
const NEXT_WORD = /^[ \t]+(\p{Ll}+)/u;
// Words after "the X" that show X ends its noun phrase ("the Middle East as well", "the Rust Belt and").
const FUNCTION_WORDS = new Set(['as', 'and', 'or', 'but', 'in', 'on', 'of', 'to', 'for', 'with', 'at', 'by', 'from', 'than',
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'that', 'which',
  'where', 'who', 'this', 'last', 'next', 'since', 'after', 'before', 'into', 'over', 'under', 'about']);

/** Ids of the entities of `entities` that are 'person' by kind but things by their use in `text`. */
export function namedThings(text: string, entities: EntityIndex): Set<number> {
  const things = new Set<number>();
  const candidates = entities.entities.filter(unmarkedPerson);
  if (candidates.length === 0) return things;
  let lowerWords: Set<string> | null = null;
  for (const e of candidates) {
    const before = e.mentions.map((m) => text.slice(Math.max(0, m.start - 12), m.start));
    if (before.some((b) => Object.prototype.hasOwnProperty.call(HONORIFIC, TITLE_BEFORE.exec(b)?.[1]?.toLowerCase() ?? ''))) continue;
    if (e.mentions.some((m, i) => /\s/.test(m.text) && (A_BEFORE.test(before[i]!) || (THE_BEFORE.test(before[i]!) && !modifier(text, m))))) {
      things.add(e.id);
      continue;
    }
    lowerWords ??= wordsInLowerCase(text);
    if (lowerWords.has(e.name.split(/\s+/).pop()!.toLowerCase())) things.add(e.id);
  }
  return things;
}

/** "the Trayvon Martin case": a name before a noun says nothing of what the name is. */
function modifier(text: string, m: Mention): boolean {
  const next = NEXT_WORD.exec(text.slice(m.end, m.end + 20));
  return !!next && !FUNCTION_WORDS.has(next[1]!);
}

/** A 'person' of two or more words with no first name, initial or role to show it is one. */
function unmarkedPerson(e: Entity): boolean {
  if (e.kind !== 'person' || e.role) return false;
  const words = e.name.split(/\s+/);
  if (words.length < 2) return false;
  return words.slice(0, -1).every((w) => !isFirstName(w) && !/^\p{Lu}\.$/u.test(w));
}

function wordsInLowerCase(text: string): Set<string> {
  const out = new Set<string>();
  LOWER_WORD.lastIndex = 0;
  for (let w = LOWER_WORD.exec(text); w; w = LOWER_WORD.exec(text)) out.add(w[0]);
  return out;
}
