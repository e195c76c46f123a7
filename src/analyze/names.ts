/**
 * People and organisations named in a text, with their mentions merged into one entity each.
 *
 * STABLE API (shared with the sources helper; additive changes only):
 *
 *   findEntities(text: string): EntityIndex
 *     entities    Entity[] in order of first mention.
 *     mentions    Mention[] in text order (each points at its entity by `entity` id).
 *     mentionAt(start, end)        the mention overlapping [start, end), or null.
 *     entityOf(name, before?)      the entity a name as written refers to ("Mr. Putin", "Putin",
 *                                  "President Putin" → Vladimir Putin), preferring the one most
 *                                  recently mentioned before `before`; null when unknown.
 *     lastBefore(offset, test?)    the entity of the latest mention ending at or before `offset`
 *                                  that passes `test` (e.g. e => e.kind === 'person').
 *     byRole(word, before)         the latest entity before `before` whose role contains `word`
 *                                  ("president" → Vladimir Putin when introduced as "Russian
 *                                  President Vladimir Putin").
 *
 *   Entity  { id, name, kind: 'person' | 'organisation' | 'place' | 'unknown', role: string | null,
 *             gender: 'm' | 'f' | null, mentions: Mention[] }
 *             ('place': country, city or demonym; 'unknown': a lone capitalised word with no sign of
 *             being a person. Gender comes from honorifics, first names, or the text's pronouns.)
 *
 *   afterPreposition(text, start)  true when the word before `start` is a preposition.
 *   Mention { start, end, text, entity }  (offsets into `text`; `text` is the name as written,
 *             without the role words in front of it)
 *
 * Rules: a mention is a run of capitalised words (with "van", "de", "bin", … inside) that is not a
 * sentence-initial function word; role words in front of it ("Russian President", "Sen.", "Mr.")
 * become the entity's role; an appositive ("Mark Milley, the top US general," / "the top US
 * general, Mark Milley,") gives a role too. A later surname alone merges with the person the article
 * already calls by it, a first name alone with the latest full name it opens (nameMerge.ts);
 * headline verbs and possessives cut runs (nameHeadlines.ts). Organisations: a known body ("the Kremlin", "the White House"), a name
 * ending in an organisation word ("… Department", "… Party", "… News") or an acronym (FBI, NATO).
 * Linear regex scans only; no backtracking-prone patterns.
 */
import { inferGenders } from './nameGender';

export { afterPreposition } from './nameGender';
export { hasRoleWord, roleWords } from './nameRoles';
import { HONORIFIC, isRoleToken, lc, appositiveRole, surname } from './nameRoles';
import { makeIndex } from './nameIndex';
import { SurnameIndex, joinByName } from './nameMerge';
import { DescribedNames, describedCore, LOWER_COMPOUND } from './nameDescribed';
import { dropInitialOnly, LEAD_MODIFIERS, sentenceInitial } from './nameOpeners';
import { splitRun } from './nameHeadlines';
import { ORG_WORDS, KNOWN_ORGS, NOT_NAMES, PLACES, NON_NAME_ACRONYMS, DEMONYM, CONNECT, PLACE_OR_WORK_END } from './nameLists';
import { givenNameAfter, betterName } from './nameGiven';
import { FEMALE_FIRST, MALE_FIRST, isFirstName } from './nameFirstNames';

const NOT_PERSON_LAST = new RegExp(`^(?:Democrat|Democrats|Republicans|History|${PLACE_OR_WORK_END})$`);

/**
 * 'place' is a country, city or demonym; 'unknown' is a lone capitalised word with no sign of being a
 * person (no role, honorific, known first name or second name part).
 */
export type EntityKind = 'person' | 'organisation' | 'place' | 'unknown';

export interface Mention {
  start: number;
  end: number;
  text: string;
  entity: number;
}

export interface Entity {
  id: number;
  name: string;
  kind: EntityKind;
  role: string | null;
  gender: 'm' | 'f' | null;
  mentions: Mention[];
}

export interface EntityIndex {
  entities: Entity[];
  mentions: Mention[];
  mentionAt(start: number, end: number): Mention | null;
  entityOf(name: string, before?: number): Entity | null;
  lastBefore(offset: number, test?: (e: Entity) => boolean): Entity | null;
  byRole(word: string, before: number): Entity | null;
  /** Every word the text writes in lower case (read once here, shared with source notes). */
  lowerWords: ReadonlySet<string>;
}

// A capitalised word: Putin, McCain, O’Brien, Jean-Luc, Al-Assad, U.S., D.C.; also all-caps acronyms.
export const TITLE_ABBR = '(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Det|Insp|Supt|Prof|Rev|Hon|Pres|Jr|Sr|St|Mt|Ft|Sra|Mme)\\.';
const CAP = String.raw`${TITLE_ABBR}|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}’'\-]*`;
// Runs of capitalised words joined by single spaces, with lower-case particles only between capitals.
// At most 8 words per run: names are short, and a capitalised wall of text must not make one huge run.
// ("Frans van der Berg", "Sophie in 't Veld": Dutch and German names join two particles.)
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}’'])(?:${CAP})(?:[ \u00a0](?:(?:${CONNECT}|in[ \u00a0]['’]t|['’]t)[ \u00a0]){0,2}(?:${CAP})){0,7}`, 'gu');

const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu;

function tokensOf(run: string): string[] {
  return run.split(/[ \u00a0]+/);
}

interface RawMention {
  start: number;
  end: number;
  name: string;
  role: string | null;
  gender: 'm' | 'f' | null;
  /** The gender an honorific gives ("Mrs. Trump"); a first name's says nothing of a lone surname. */
  titleGender: 'm' | 'f' | null;
  kind: EntityKind;
  /** At the start of a sentence (a capital that proves nothing). */
  initial: boolean;
}

/** Splits a capitalised run into role words and the name itself. */
function parseRun(text: string, start: number, run: string, lowerWords: Set<string>, closers: Set<string>): RawMention | null {
  let toks = tokensOf(run);
  let offs: number[] = [];
  let p = 0;
  for (const t of toks) {
    const k = run.indexOf(t, p);
    offs.push(k);
    p = k + t.length;
  }
  // Strip leading function words ("The", "But", "In") and trailing connectors.
  let gender: 'm' | 'f' | null = null;
  let roleEnd = 0; // tokens [0, roleEnd) are role/honorific
  const initial = sentenceInitial(text, start);
  let lead = 0;
  // "Former Arizona governor Jan Brewer": "Former" opens a description, not a name.
  while (lead < toks.length && (NOT_NAMES.has(lc(toks[lead]!)) || LEAD_MODIFIERS.has(lc(toks[lead]!))) && !isRoleToken(toks[lead]!)) lead++;
  // "Footage of Al-Awlaki", "Supporters of Hillary Clinton": a sentence-initial common noun before
  // "of" is no part of the name ("Bank of America", "Secretary of State" keep theirs).
  const first = lc(toks[lead] ?? '');
  if (initial && lead === 0 && toks[1] === 'of' && toks.length > 2 && !isRoleToken(toks[0]!) && !ORG_WORDS.has(first) && !isFirstName(first) && !KNOWN_ORGS.has(lc(run))) lead = 2;
  // "South Korean-born Monte Haines": the words up to a compound ending in a lower-case word describe
  // the (two-word or longer) name after it.
  for (let i = toks.length - 3; i >= lead; i--) if (LOWER_COMPOUND.test(toks[i]!)) { lead = i + 1; break; }
  if (lead > 0) {
    toks = toks.slice(lead);
    offs = offs.slice(lead);
  }
  while (toks.length > 0 && /^(?:of|the|and|y|de|la|le|du|der|den|van|von|di|da|del|della|bin|al|ibn)$/.test(toks[toks.length - 1]!)) {
    toks.pop();
    offs.pop();
  }
  // "former Pennsylvania Gov. and Democratic …": a title abbreviation closing a run names nobody.
  while (toks.length > 0 && /\.$/.test(toks[toks.length - 1]!) && isRoleToken(toks[toks.length - 1]!) && !/^\p{Lu}\.$/u.test(toks[toks.length - 1]!)) {
    toks.pop();
    offs.pop();
  }
  if (toks.length === 0) return null;
  // Role words in front: "Russian President", "Sen.", "Secretary of State", "Mr."
  let lastRole = -1;
  // "State Department", "Justice Department": a body's name keeps its first words.
  // ("Mayor Don Guardian": a first name before the body word makes it a person's surname.)
  const penult = lc(toks[toks.length - 2] ?? '');
  const body = (ORG_WORDS.has(lc(toks[toks.length - 1]!).replace(/[’']s?$/, '')) && !isFirstName(penult)) || KNOWN_ORGS.has(lc(toks.join(' ')));
  for (let i = 0; i < toks.length - 1 && !body; i++) {
    const t = lc(toks[i]!);
    // A single-letter honorific ("M." for Monsieur) only opens a name: inside one it is an initial
    // ("Rep. Sander M. Levin").
    if (t in HONORIFIC && !(i > 0 && /^\p{L}\.$/u.test(t))) {
      gender = HONORIFIC[t] ?? gender;
      lastRole = i;
    } else if (isRoleToken(toks[i]!) || (i === 0 && toks.length > 2 && /^(?:Democrat|Republican)$/.test(toks[0]!))) {
      // ("Democrat Elijah Cummings": a party member's label is a role, like "Sen.".)
      lastRole = i;
      // "Secretary of State", "Minister of Defence": the "of X" belongs to the role.
      if (toks[i + 1] === 'of' && i + 3 < toks.length) {
        lastRole = i + 2;
        i += 2;
      }
    }
  }
  roleEnd = lastRole + 1;
  // "Offensive Things Donald Trump", "Underdog Conservative Claudia Tenney" (headline runs): words
  // before a known first name that opens a full name are no part of it (not initials: "J. Edgar Hoover").
  const cutAt = body ? -1 : givenNameAfter(toks, roleEnd, lowerWords);
  const cutWords = cutAt > roleEnd;
  if (cutWords) roleEnd = cutAt;
  const titleGender = gender;
  const nameToks = toks.slice(roleEnd);
  if (nameToks.length === 0) return null;
  const nameStart = start + offs[roleEnd]!;
  const lastTok = nameToks[nameToks.length - 1]!;
  let nameEnd = start + offs[offs.length - 1]! + lastTok.length;
  let name = text.slice(nameStart, nameEnd).replace(/[’']s?$/, '');
  // "Phil Bryant of Mississippi": a person's name stops before "of <place>"; "Bank of America" stays.
  const ofAt = name.indexOf(' of ');
  if (ofAt > 0 && !ORG_WORDS.has(lc(name.slice(0, ofAt).split(' ').pop()!)) && !KNOWN_ORGS.has(lc(name)) && name.slice(0, ofAt).includes(' ')) {
    name = name.slice(0, ofAt);
    nameEnd = nameStart + ofAt;
    while (nameToks.length > 1 && nameToks[nameToks.length - 1] !== name.split(' ').pop()) nameToks.pop();
  }
  // A possessive ends the name ("Putin’s invasion").
  const endAdj = /[’']s$/.test(text.slice(nameStart, nameEnd)) ? 2 : /\p{L}[’']$/u.test(text.slice(nameStart, nameEnd)) ? 1 : 0;
  name = name.replace(/\.$/, (m) => (/\b\p{Lu}\.$/u.test(name) ? m : ''));
  const role = roleEnd > 0 ? text.slice(start + offs[0]!, start + offs[roleEnd - 1]! + toks[roleEnd - 1]!.length) : null;
  const roleClean = role && !Object.prototype.hasOwnProperty.call(HONORIFIC, lc(role)) && (!cutWords || lastRole >= 0) ? role : null;
  // Organisations, places, people; a lone word with no sign of a person stays 'unknown'.
  const nameLc = lc(name);
  const lastLc = lc(nameToks[nameToks.length - 1]!.replace(/[’']s?$/, ''));
  if (NOT_NAMES.has(nameLc) || NOT_NAMES.has(lc(nameToks[0]!).split(/[’']/)[0]!) || nameToks.every((t) => NON_NAME_ACRONYMS.has(lc(t)))) return null;
  let kind: EntityKind = 'unknown';
  if (PLACES.has(nameLc) || (nameToks.length === 1 && DEMONYM.test(name))) kind = 'place';
  // "Council of Economic Advisers", "Department of Justice": a body word before "of" names a body.
  // "Don Guardian", "Jim Post": a first name and a surname that is also a body word is a person.
  else if (nameToks.length === 2 && isFirstName(nameToks[0]!) && !KNOWN_ORGS.has(nameLc)) kind = 'person';
  else if (KNOWN_ORGS.has(nameLc) || ORG_WORDS.has(lastLc) || ORG_WORDS.has(/^(\S+) of /.exec(nameLc)?.[1] ?? '') || /^\p{Lu}{2,6}s?$/u.test(name) || /^(?:\p{Lu}\.){2,}$/u.test(name)) kind = 'organisation';
  // "Wisconsin Republican", "U.S. History": a run ending in an adjective or common title word is no person.
  // ("Mark Cuban", "Ann German": a known first name makes it a person).
  else if (nameToks.length > 1 && !isFirstName(nameToks[0]!) && (DEMONYM.test(nameToks[nameToks.length - 1]!) || NOT_PERSON_LAST.test(nameToks[nameToks.length - 1]!))) kind = ORG_WORDS.has(lastLc) ? 'organisation' : 'place';
  // "Independent Vermont", "Republican Ohio": descriptions of a place, no person.
  else if (nameToks.length > 1 && PLACES.has(lastLc) && nameToks.slice(0, -1).every((t) => DEMONYM.test(t))) kind = 'place';
  else if (roleEnd > 0 || nameToks.length > 1) kind = 'person';
  if (kind === 'unknown' || kind === 'person') {
    // The first known first name, also after a party or national word ("Democrat Hillary Clinton",
    // "Republican Donald Trump"); a lone word is tested as well.
    for (let i = 0; i < Math.max(1, Math.min(3, nameToks.length - 1)) && !gender; i++) {
      const first = lc(nameToks[i]!);
      if (FEMALE_FIRST.has(first)) gender = 'f';
      else if (MALE_FIRST.has(first)) gender = 'm';
      // Only a party or national word may come before the first name ("Billie Jean King" is hers).
      else if (!DEMONYM.test(nameToks[i]!) && nameToks[i] !== 'Democrat') break;
    }
    if (gender) kind = 'person';
  }
  // A lone sentence-initial -ing/-ly word is an opener, not a name ("Anticipating", "Reportedly").
  // ("Schlafly had been …" after "Phyllis Schlafly": a word that closes a longer name is one.)
  if (kind === 'unknown' && initial && nameToks.length === 1 && /(?:ing|ly)$/.test(nameLc) && !closers.has(nameLc)) return null;
  // A lone sentence-initial word that the text also uses in lower case is not a name ("Mothers", "Following").
  if (kind === 'unknown' && initial && lowerWords.has(nameLc)) return null;
  return { start: nameStart, end: nameEnd - endAdj, name, role: roleClean, gender, titleGender, kind, initial: initial && nameStart === start };
}

/** Finds the people and organisations of `text` and merges their mentions. */
export function findEntities(text: string): EntityIndex {
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const byName = new Map<string, Entity>(); // full lower-case name → entity
  const surnames = new SurnameIndex();
  const described = new DescribedNames();
  // Known lower-case bodies: "the Kremlin" is capitalised anyway; this covers runs RUN misses.
  const lowerWords = new Set<string>();
  LOWER_WORD.lastIndex = 0;
  for (let w = LOWER_WORD.exec(text); w; w = LOWER_WORD.exec(text)) lowerWords.add(w[0]);
  RUN.lastIndex = 0;
  const pieces: [number, string][] = [];
  const initialOnly = new Set<number>();
  // Title Case lines (headlines) are not skipped: splitRun cuts their runs at function words and
  // headline verbs, and skipping them loses real names.
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) splitRun(m.index, m[0], pieces);
  const closers = new Set(pieces.filter(([, p]) => /\s/.test(p)).map(([, p]) => lc(p.split(/\s+/).pop()!.replace(/[’']s?$/, ''))));
  for (const [at, piece] of pieces) {
    const raw = parseRun(text, at, piece, lowerWords, closers);
    if (!raw) continue;
    const key = lc(raw.name);
    const sur = surname(raw.name);
    const toks = raw.name.split(/\s+/);
    const personLike = raw.kind === 'person' || raw.kind === 'unknown';
    // "Understated Perez" of a headline: the person its core names, never its name (nameDescribed.ts).
    const core = personLike ? describedCore(text, raw.start, toks, raw.initial, lowerWords) : null;
    // A lone surname shared by several people is chosen among them (nameMerge.ts).
    let ent = core ? byName.get(key) ?? byName.get(lc(core)) ?? joinByName(core, raw.gender, raw.titleGender, surnames, byName)
      : (personLike ? described.claim(raw.name, sur, raw.gender, raw.initial) : null) ?? (personLike && toks.length === 1 && surnames.count(sur) > 1 ? surnames.lone(sur, raw.titleGender) : byName.get(key) ?? null);
    // A lone demonym that is a known person's surname ("Mark Cuban" … "Cuban said") is that person.
    const demonymSurname = raw.kind === 'place' && toks.length === 1 && surnames.latest(sur)?.kind === 'person' && !PLACES.has(key);
    if (!ent && !core && (personLike || demonymSurname)) ent = joinByName(raw.name, raw.gender, raw.titleGender, surnames, byName);
    if (!ent) {
      ent = { id: entities.length, name: raw.name, kind: raw.kind, role: null, gender: null, mentions: [] };
      entities.push(ent);
      if (core) described.wait(ent, core, sur);
    }
    if (raw.kind === 'person' && ent.kind === 'unknown') ent.kind = 'person';
    if (ent.kind === 'person' && !core && betterName(raw.name, ent.name)) ent.name = raw.name;
    // Appositives only when a comma touches the name (cheap check first: this runs per mention).
    const role = raw.role ?? (text[raw.end] === ',' || /,\s*$/.test(text.slice(Math.max(0, raw.start - 3), raw.start)) ? appositiveRole(text, raw) : null);
    if (role && (!ent.role || role.length > ent.role.length)) ent.role = role;
    if (raw.gender && !ent.gender) ent.gender = raw.gender;
    byName.set(key, ent);
    if (ent.kind === 'person' || ent.kind === 'unknown') surnames.add(sur, ent);
    if (!raw.initial) initialOnly.delete(ent.id);
    else if (ent.mentions.length === 0) initialOnly.add(ent.id);
    const mention: Mention = { start: raw.start, end: raw.end, text: raw.name, entity: ent.id };
    ent.mentions.push(mention);
    mentions.push(mention);
  }
  const kept = dropInitialOnly(text, entities, mentions, initialOnly, byName);
  inferGenders(text, kept.entities, kept.mentions);
  return makeIndex(kept.entities, kept.mentions, byName, lowerWords);
}
