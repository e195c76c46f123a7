/**
 * Named things the name scan counts as people, and quote speakers that describe a source instead of
 * naming it. names.ts calls any run of two or more capitalised words a person unless a list says
 * otherwise, and the quote code relies on that reading, so it stays; a source note, though, would show
 * "Middle East", "Social Security" or "Priorities USA" as a person, and "he said" could be taken to
 * mean the Middle East. A two-word "person" is a thing when nothing in the article marks it as a
 * person (a known first name or an initial in front, a role, an honorific) and
 *  - the article writes it as a thing: "the" right before it ("the Rust Belt", "the Second Amendment";
 *    "the Johnson & Johnson" or "the Trayvon Martin case" prove nothing), "a" or "this" ("a Middle
 *    East peace deal"), or a last word it also uses as a common noun ("security", "action"); or
 *  - a word opens or closes it that opens or closes place or body names and no person's name ("New
 *    Zealand", "East Germany", "Dominican Republic", "Citizens United", "Oxford Economics").
 * A person's surname that is also a word ("Hill", "Price") nearly always comes with a first name the
 * lists know, and then the name stays a person.
 */
import type { SourceKind } from '../core/types';
import type { Entity, EntityIndex, Mention } from './names';
import { isFirstName } from './nameFirstNames';
import { HONORIFIC } from './nameRoles';
import { ORG_WORDS, ROLE_WORDS } from './nameLists';
import { DOCUMENT_HEADS } from './sourcesLexicon';

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

// Words that open or close place names and no person's name ("New Zealand", "East Germany", "Port
// Washington", "Puerto Rico"; "Dominican Republic", "Central Asia", "Gaza Strip", "Washington Heights").
const GEO_FIRST = new Set(['new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'port', 'puerto', 'fort', 'mount', 'lake', 'upper', 'lower', 'greater']);
const GEO_LAST = new Set(['republic', 'kingdom', 'islands', 'island', 'strip', 'heights', 'coast', 'sea', 'ocean', 'asia',
  'africa', 'europe', 'america', 'germany', 'korea', 'vietnam', 'county', 'valley', 'belt', 'bay', 'gulf', 'peninsula', 'd.c.',
  // and bodies: words that close the names of groups and firms, never a surname ("Human Rights Watch",
  // "Freedom Partners", "Citizens United", "Eagle Forum", "Compass Point Research", "Oxford Economics").
  'watch', 'partners', 'united', 'forum', 'action', 'research', 'studies', 'economics', 'progress', 'alliance', 'coalition',
  'project', 'initiative', 'society', 'academies', 'markets', 'trust', 'matters', 'pac', 'pacs', 'usa', 'rising']);

/** Ids of the entities of `entities` that are 'person' by kind but things by their use in `text`. */
export function namedThings(text: string, entities: EntityIndex): Set<number> {
  const things = new Set<number>();
  const candidates = entities.entities.filter(unmarkedPerson);
  if (candidates.length === 0) return things;
  for (const e of candidates) {
    const before = e.mentions.map((m) => text.slice(Math.max(0, m.start - 12), m.start));
    if (before.some((b) => Object.prototype.hasOwnProperty.call(HONORIFIC, TITLE_BEFORE.exec(b)?.[1]?.toLowerCase() ?? ''))) continue;
    if (e.mentions.some((m, i) => /\s/.test(m.text) && (A_BEFORE.test(before[i]!) || (THE_BEFORE.test(before[i]!) && !modifier(text, m))))) {
      things.add(e.id);
      continue;
    }
    const words = e.name.toLowerCase().split(/\s+/);
    const last = words[words.length - 1]!;
    if (GEO_FIRST.has(words[0]!) || GEO_LAST.has(last)) {
      things.add(e.id);
      continue;
    }
    if (entities.lowerWords.has(last)) things.add(e.id);
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

// Openers of a description shown as a speaker where a name would be ("His campaign", "Cruz’s lawyers",
// "One attendee", "14 percent"): a possessive, a counting word or a number, never a given name.
const DESCRIPTION_OPENER = /^(?:his|her|their|its|my|our|your|one|another|this|these|those|\p{L}[\p{L}.-]*(?:['’]s|s['’])|\d[\d,.%-]*)$/iu;
// Heads of descriptions that name a writing, not a writer ("Hoff’s letter", "Axelrod’s memoir").
const WRITING_HEADS = new Set(['memoir', 'account', 'email', 'message', 'book', 'article', 'tweet', 'post', 'op-ed', 'column',
  'ad', 'headline', 'video']);
// "Cruz himself": the person, named.
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);

/**
 * The kind of a quote speaker that describes its source instead of naming it, or null for a name:
 * a capitalised description opening with a possessive, counting word or number, or ending in a
 * lower-case noun ("Sanders supporters"). A body ("His campaign", "Ryan’s office") is an organisation,
 * a writing a document, anyone else a person the article does not name ("His wife", "One attendee").
 */
export function describedKind(speaker: string): SourceKind | null {
  const words = speaker.split(/\s+/);
  const of = words.indexOf('of');
  // "Leaders of the organization": the head comes before "of".
  const head = (of > 0 ? words[of - 1] : words[words.length - 1])!;
  const h = head.toLowerCase();
  if (words.length < 2 || REFLEXIVES.has(h)) return null;
  // Without an opener, a lower-case last word must be a noun a list knows or a plural ("Sanders supporters").
  const noun = /^\p{Ll}/u.test(head) && (/\p{L}{2}s$/u.test(head) || ROLE_WORDS.has(h) || ORG_WORDS.has(h) || DOCUMENT_HEADS.has(h));
  if (!DESCRIPTION_OPENER.test(words[0]!) && !noun) return null;
  if (ORG_WORDS.has(h)) return 'organisation';
  if (DOCUMENT_HEADS.has(h) || WRITING_HEADS.has(h)) return 'document';
  return 'unnamed';
}
