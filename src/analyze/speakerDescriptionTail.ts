/**
 * A speaker shown as a description keeps the words after its noun that say which one is meant:
 * "a prominent committee member who supports Trump" (a relative clause), "says a source involved
 * in the group's creation" (a participle), "reads a Wednesday editorial in The Des Moines
 * Register" (a place or body), "the order released Friday" (a date). The description is all a
 * reader gets of an unnamed source, and PolNeAR's gold spans run to the end of such modifiers.
 * A description naming someone inside it ("a spokesman for Paul Ryan") is shown as written, not
 * as that name; a share of poll respondents speaks for its poll (speakerPolls.ts).
 */
import { endsCapitalised, WHEN_OR_HOW, type NP } from './speakerPhrases';
import type { Attribution } from './speakers';
import { pollOfShare } from './speakerPolls';
import { PEOPLE_NOUNS } from './speakerSentenceSubject';
import { roleWords } from './nameRoles';

/** Longest clause kept (characters): past this the sentence runs on and the cut would be a guess. */
const MAX_CLAUSE = 140;

// Initials and titles whose full stop is an abbreviation's, not a sentence end ("U.S.", "Sen.").
const ABBREVIATION = /(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Inc|Co|Corp|Ltd|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Ala|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|[a-z]\.[a-z])$/u;

const RELATIVE = /^[^\S\n]+(?:who|that) (?=\p{Ll})/u;
const PARTICIPLE = /^[^\S\n]+(?:(?:who|that) (?=\p{Ll})|(?=(?:\p{Ll}{3,}ed|close|familiar|knowledgeable) (?:in|with|to|by|on|at|for|from|of|about) ))/u;
const AFTER_CUE = /\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|reads|according to)\s+$/i;

/**
 * "reads a Wednesday editorial in The Des Moines Register", "according to some on Twitter": a
 * phrase naming where the description belongs (not when or how it spoke: "in a statement", "on
 * Tuesday").
 */
function placeOrBody(after: string): RegExpExecArray | null {
  const m = /^[^\S\n]+(?=(?:in|on|at|for|of|from|by|with) (?:(?:a|an|the|his|her|its|their) )?([\p{L}\d’'-]+))/u.exec(after);
  return m && !WHEN_OR_HOW.test(m[1]!.toLowerCase()) ? m : null;
}

const DATED = /^[^\S\n]+(?:released|published|issued|filed|posted|aired|sent|unveiled)[^\S\n]+(?:(?:on|last|late|early)[^\S\n]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/u;

const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}’'-]*|of|and|the|for|a|an|in|on|to)`;
const TITLE_PHRASE = new RegExp(String.raw`^[^\S\n]+(?:of|for|from|in|on)[^\S\n]+(?:the[^\S\n]+)?[“"]\p{Lu}[\p{L}’'-]*(?:\s+${TITLE_WORD}){0,8}[,.]?[”"]`, 'u');

const SAYS = /\s(?:said|says|told|tells|added|adds|wrote|writes|asked|asks)\b/;

const UNNAMED = / (?:who|that) (?:(?!(?:who|that) )[^,])*?\b(?:anonymity|anonymously|(?:be )?(?:named|identified)|authori[sz]ed to|on the record)\b/;

/** Index (in `s`) of the end of the clause that opens `s`, or -1 when it does not end cleanly. */
function clauseEnd(s: string): number {
  for (let i = 0; i < s.length && i <= MAX_CLAUSE; i++) {
    const ch = s[i]!;
    if (ch === '\n' || ch === ',' || ch === ';' || ch === ':' || ch === '!' || ch === '?' || ch === ')') return i;
    // A quote mark or a dash inside: the clause frames something else; not a description.
    if (/[“”"«»„—–(]/u.test(ch)) return -1;
    if (ch === '.' && !ABBREVIATION.test(s.slice(Math.max(0, i - 6), i))) return i;
  }
  return s.length <= MAX_CLAUSE ? s.length : -1;
}

/**
 * `p` (a description, not a name) with the modifier written right after it: a restrictive
 * relative clause ("… who supports Trump"), and after its cue a participle or place phrase, up to
 * the comma or full stop that ends it; or a dated participle. `p` itself when none follows or the
 * modifier does not end within reach.
 */
export function withModifiers(text: string, p: NP): NP {
  const after = text.slice(p.end, p.end + MAX_CLAUSE + 40);
  // (Or a participle with its phrase, "says a source involved in the group's creation", when the
  // description follows its cue: before the cue, "the group shouted from the street" is its verb.)
  const inverted = AFTER_CUE.test(text.slice(Math.max(0, p.start - 16), p.start));
  // "the order released Friday said", "A campaign TV ad released Thursday accuses": a participle
  // with a day says which document. Before the cue a verb must follow the day: in "The ad aired
  // Thursday." the past tense is the sentence's verb.
  const dated = DATED.exec(after);
  if (dated && (inverted || /^[^\S\n]+\p{Ll}{3,}\b/u.test(after.slice(dated[0].length)))) {
    return { ...p, end: p.end + dated[0].length, text: p.text + dated[0].replace(/\s+/g, ' ') };
  }
  // "wrote the authors of the “Growth and Opportunity Project,”": a title in quotation marks
  // closes the phrase (without the sentence's comma or full stop the American convention puts
  // inside).
  const titled = inverted ? TITLE_PHRASE.exec(after) : null;
  if (titled) return { ...p, end: p.end + titled[0].length, text: p.text + titled[0].replace(/[,.]([”"])$/u, '$1').replace(/\s+/g, ' ') };
  const m = (inverted ? PARTICIPLE : RELATIVE).exec(after) ?? (inverted ? placeOrBody(after) : null);
  if (!m) return p;
  const end = clauseEnd(after.slice(m[0].length));
  if (end <= 0) return p;
  const stop = p.end + m[0].length + end;
  const tail = text.slice(p.end, stop).trimEnd();
  // "a White House official who spoke anonymously … said Wednesday": the description was the
  // subject of that cue, and the clause runs on into the sentence's own verb.
  if (SAYS.test(tail)) return p;
  // "a Democratic strategist who spoke on the condition of anonymity to …", "one owner of a shop
  // that sells underwear who declined to be named": a clause saying why the source goes unnamed
  // tells the reader nothing about who it is; the description stops before it.
  const unnamed = UNNAMED.exec(tail);
  const kept = unnamed ? tail.slice(0, unnamed.index) : tail;
  if (!kept) return p;
  return { ...p, end: p.end + kept.length, text: p.text + kept.replace(/\s+/g, ' ') };
}

// A determiner, lower-case words (the description's head among them) and a preposition.
// ("a user going by the handle Pulvermann" is Pulvermann: the name it goes by is the speaker's.)
const DESCRIBED_BY_NAME = /^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:\p{Ll}[\p{L}’'-]*\s+){1,4}(?:for|of|to|with|at|from)\s(?!.*\b(?:known as|named|nicknamed|going by|goes by)\b)/u;

/**
 * "the secretary of State John Kerry": the description is the named person's own title (its head
 * is a word of their role, or an office), so the name is the speaker after all.
 */
function ownTitle(s: string, a: Attribution): boolean {
  const head = /^\S+\s+(?:\p{Ll}[\p{L}’'-]*\s+){0,3}?(\p{Ll}[\p{L}’'-]*)\s+(?:for|of|to|with|at|from)\s/u.exec(s)?.[1];
  if (!head || a.entity?.kind !== 'person') return false;
  return (a.entity.role !== null && roleWords(a.entity.role).includes(head)) || OFFICE_TITLES.test(head);
}

const OFFICE_TITLES = /^(secretary|minister|president|chairman|chairwoman|chair|governor|mayor|director|speaker|ambassador|commissioner)$/;

/** "Attorneys for Clinton", "Republicans on Capitol Hill": a plural people noun and its phrase. */
function groupWithPhrase(s: string): boolean {
  const m = /^(\p{L}+)\s+(?:for|of|to|with|at|from|on|in)\s/u.exec(s);
  return m !== null && (PEOPLE_NOUNS.test(m[1]!.toLowerCase()) || /^(attorneys|lawyers)$/i.test(m[1]!));
}

/**
 * The attribution to show for the phrase `p` resolved as `a`: a share of poll respondents speaks
 * for the poll named in its sentence (speakerPolls.ts), and a description shown as written keeps
 * its modifiers.
 */
export function shownAs(text: string, p: NP, a: Attribution): Attribution {
  if (a.entity?.kind !== 'person') {
    const poll = pollOfShare(text, p);
    if (poll) return { speaker: poll, role: null, asWritten: p.text, how: a.how, entity: null };
  }
  // "a spokesman for Paul Ryan said": the spokesman speaks, not the name inside the description.
  // (Nor is the name's role or entity theirs: a later "he said" is not pointed at the name.)
  if (a.speaker !== p.text && a.entity && !ownTitle(p.text, a) && (DESCRIBED_BY_NAME.test(p.text) || groupWithPhrase(p.text))) return { ...a, speaker: withModifiers(text, p).text, role: null, entity: null };
  // ("one Republican involved in the planning": a determiner opens a description whatever its head.)
  if (a.speaker !== p.text || (endsCapitalised(p) && !/^(?:a|an|one|another|some)\s/.test(p.text))) return a;
  return { ...a, speaker: withModifiers(text, p).text };
}
