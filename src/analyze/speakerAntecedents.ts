/**
 * Antecedents for pronouns and role descriptions (issue 3, Speakers): the named sources of an
 * article in text order — subjects of speech verbs, quoted or not, and people or bodies that open a
 * sentence ("To professor X, …" too) — and the choice among them for "he", "she", "they" or "the
 * senator": the nearest of a compatible gender, a person of the pronoun's gender named in its own
 * paragraph, or the latest holder of the office.
 */
import { afterPreposition, roleWords, type Entity, type EntityIndex, type Mention } from './names';
import { ROLE_WORDS } from './nameLists';
import { DESCRIPTORS } from './speakerPhrases';
import { splitParagraphs } from './sentences';
import { cueSubjects, paragraphTokens, type QuoteSite, type SpeakerContext } from './speakers';
import { partitionPoint } from './partitionPoint';

/** Last mention inside [start, end): in English the head of a noun phrase comes last. */
function lastMentionIn(idx: EntityIndex, start: number, end: number): Entity | null {
  const m = lastMentionAt(idx, start, end);
  return m ? idx.entities[m.entity] ?? null : null;
}

export function lastMentionAt(idx: EntityIndex, start: number, end: number): Mention | null {
  let m = idx.mentionAt(start, end);
  if (!m) return null;
  const i0 = mentionIndex(idx, m);
  for (let i = i0 + 1; i < idx.mentions.length && idx.mentions[i]!.start < end; i++) m = idx.mentions[i]!;
  return m;
}

export interface Source {
  pos: number;
  entity: Entity;
  /** The subject of a speech verb (a stronger antecedent for "he said" than any sentence subject). */
  speech?: boolean;
}

export function recentWithRole(sources: Source[], pos: number, word: string): Entity | null {
  const lo = partitionPoint(sources, (x) => x.pos < pos);
  const seen = new Set<Entity>();
  for (let i = lo - 1; i >= 0 && seen.size < 4; i--) {
    const e = sources[i]!.entity;
    seen.add(e);
    if (e.role && roleWords(e.role).includes(word)) return e;
  }
  return null;
}

/** The person mentioned most often before `before` (at least three times), or null. */
export function protagonist(idx: EntityIndex, before: number): Entity | null {
  let best: Entity | null = null;
  let bestN = 2;
  for (const e of idx.entities) {
    if (e.kind !== 'person') continue;
    let n = 0;
    for (const m of e.mentions) if (m.start < before) n++;
    if (n > bestN) {
      best = e;
      bestN = n;
    }
  }
  return best;
}

/** Adds a resolved speaker as an antecedent for later pronouns (sources stay sorted). */
export function addSource(sources: Source[], pos: number, entity: Entity): void {
  const lo = partitionPoint(sources, (x) => x.pos <= pos);
  sources.splice(lo, 0, { pos, entity });
}

// How far before an unsure (genderless) candidate a candidate of the right gender may be and still win.
const UNSURE_REACH = 400;

/**
 * The first person of gender `g` named in [from, to) outside quotes and not after a preposition,
 * or null: the paragraph's subject comes first, its objects later ("When Sanders accused Clinton
 * …, she said" is Clinton; "… speeches for Cruz. He has called …" is not Cruz).
 */
// "Asked whether Clinton would win, she replied": a name opening a reported
// clause is what is talked about, not who talks.
const REPORTED_CLAUSE = /(?:^|[^\p{L}])(?:that|whether|if)\s+$/u;

export function paragraphPerson(ctx: SpeakerContext, from: number, to: number, g: 'm' | 'f'): Entity | null {
  const m = paragraphPersonMention(ctx, from, firstPronoun(ctx, from, to, g), g);
  return m ? ctx.entities.entities[m.entity]! : null;
}

/** The first mention in [from, to) of a person of gender `g`, outside quotes and not an object. */
export function paragraphPersonMention(ctx: SpeakerContext, from: number, to: number, g: 'm' | 'f'): Mention | null {
  const idx = ctx.entities;
  const end = mentionIndex(idx, { start: to });
  for (let i = mentionIndex(idx, { start: from }); i < end; i++) {
    const m = idx.mentions[i]!;
    const e = idx.entities[m.entity]!;
    if (e.kind === 'person' && e.gender === g && !insideQuote(ctx.sites, m.start, ctx.text) && !afterPreposition(ctx.text, m.start) && !REPORTED_CLAUSE.test(ctx.text.slice(Math.max(0, m.start - 9), m.start))) return m;
  }
  return null;
}

// Subject pronouns only: a possessive may point forward ("In his own videos, Santilli plays …").
const PRONOUN_OF = { m: /(?<![\p{L}’'])he(?![\p{L}’'])/giu, f: /(?<![\p{L}’'])she(?![\p{L}’'])/giu };

/**
 * The first pronoun of gender `g` in [from, to) outside quotes, or `to`. "He lambasted the deal
 * negotiated by President Obama, who he noted was …": a paragraph that speaks of someone through
 * a pronoun before it names anyone goes on about that same person; people named after that
 * pronoun are not what its later pronouns point to.
 */
export function firstPronoun(ctx: SpeakerContext, from: number, to: number, g: 'm' | 'f'): number {
  const re = PRONOUN_OF[g];
  re.lastIndex = 0;
  const part = ctx.text.slice(from, Math.min(to, from + 3000));
  for (let m = re.exec(part); m; m = re.exec(part)) if (!insideQuote(ctx.sites, from + m.index, ctx.text)) return from + m.index;
  return to;
}

/**
 * The entity of the latest mention before `pos` that passes `test` and stands outside quotes:
 * "“… reminds me of President Reagan’s trip,” she wrote" — a person named only in someone's words
 * is not who the narrator's pronoun points to. Looks back over at most 400 mentions; when every
 * such mention is quoted, the latest one.
 */
export function lastNamedOutsideQuotes(ctx: SpeakerContext, pos: number, test: (e: Entity) => boolean): Entity | null {
  const idx = ctx.entities;
  const top = partitionPoint(idx.mentions, (x) => x.end <= pos) - 1;
  for (let i = top; i >= 0 && top - i < 400; i--) {
    const m = idx.mentions[i]!;
    const e = idx.entities[m.entity]!;
    if (test(e) && !insideQuote(ctx.sites, m.start, ctx.text)) return e;
  }
  return idx.lastBefore(pos, test);
}

export function lastSourceBefore(sources: Source[], pos: number, g: 'm' | 'f' | 'p' | null): Source | null {
  const lo = partitionPoint(sources, (x) => x.pos < pos);
  let unsure: Source | null = null;
  for (let i = lo - 1; i >= 0 && i >= lo - 40; i--) {
    const src = sources[i]!;
    const e = src.entity;
    if (g === 'p') {
      if (e.kind === 'organisation') return src;
      // "Politifact … they published": a lone capitalised name with no sign of a person is most
      // likely a body; it stands in when no known organisation is within reach.
      if (e.kind === 'unknown' && !/\s/.test(e.name) && e.gender === null) unsure ??= src;
      continue;
    }
    if (e.kind !== 'person' && e.kind !== 'unknown') continue;
    if (g === null || e.gender === g) return unsure && unsure.pos - src.pos > UNSURE_REACH ? unsure : src;
    // A person of unknown gender is the answer unless one of the right gender was named close
    // before them ("… Hillary Clinton … Wells Fargo … she said": the bank has no gender to agree).
    if (e.gender === null) {
      unsure ??= src;
      continue;
    }
  }
  return unsure;
}

/** "Obama consultant Cornell Belcher", "Trump’s campaign manager Corey Lewandowski": role words only. */
function headGap(gap: string): boolean {
  const m = /^(?:[’']s)?((?:\s+[\p{Ll}][\p{L}-]*){1,3})\s+$/u.exec(gap);
  if (!m) return false;
  // "San Diego chapter president Luis Osuna": any words ending in a role word.
  if (ROLE_WORDS.has(m[1]!.trim().split(/\s+/).pop()!)) return true;
  return m[1]!.trim().split(/\s+/).every((w) => ROLE_WORDS.has(w) || /^(campaign|state|party|press|national|former|senior|top|longtime|communications|policy|political|digital|chief|staff|foreign|white|house|news|media|general|deputy|presidential|front-runner|frontrunner|hopeful|rival|challenger|contender|congressional|gubernatorial|science|ministry|affairs|defense|security|rights)$/.test(w));
}

export function mentionIndex(idx: EntityIndex, m: { start: number }): number {
  const lo = partitionPoint(idx.mentions, (x) => x.start < m.start);
  return lo;
}

const OPINION_LEAD = /^[\s“"«(]*(?:To|For|Pour|Für|Para|Per|Для)\s+(?:(?:the|le|la|l’|der|die|el)\s+)?/u;

// "During a CNN town hall, Tina Houchins asked …": a name inside an opening prepositional phrase is
// not the subject (the words after its comma are tried next).
const OPENING_PREPOSITION = /^[\s“"«(]*(?:In|At|On|During|From|With|By|Under|Over|Amid|Despite|Through|Throughout|Following|Inside|Outside|Near|Beyond|Across|Before|After|Dans|Pendant|Durante|Während|Bei|Во время)\s/u;

// "And Obama, for all the progress …, seems to agree.": a sentence's opening "And" joins it to
// the one before; the name after it is still its subject.
const OPENING_CONJUNCTION = /^[\s“"«(]*(?:And|Or)\s+$/u;

const SUBORDINATOR = /^[\s“"«(]*(?:When|If|After|Before|While|As|Although|Though|Because|Since|Until|Once|Unless|Whether|Wenn|Als|Quand|Si|Cuando)\s/u;

// Up to four capitalised or modifier words before the name; lower-case role words count as
// modifiers ("presidential nominee Hillary Clinton was …").
const LEAD_WORDS = 'the|a|an|former|top|senior|then|longtime|even|also|now|only|still';
const SUBJECT_LEAD = new RegExp(`^[\\s“"«(]*(?:(?:${LEAD_WORDS}|[\\p{Lu}][\\p{L}.’'-]*)\\s+){0,4}$`, 'u');
const LEAD_WORD = new RegExp(`^(?:${LEAD_WORDS})$`);

// "Then there’s Axelrod.": the person a "there is" sentence presents is what it is about.
const EXISTENTIAL = /^[\s“"«(]*(?:(?:And|But|Then|Now|Also)\s+)?[Tt]here(?:[’']s|\s+is|\s+was)\s+/u;

function subjectLead(lead: string): boolean {
  lead = lead.replace(EXISTENTIAL, '');
  if (SUBJECT_LEAD.test(lead)) return true;
  const words = lead.trim().split(/\s+/);
  return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || LEAD_WORD.test(w) || ROLE_WORDS.has(w) || DESCRIPTORS.has(w));
}

// An initial or a title's abbreviation ("scholar A.E. Dick Howard", "consulted Sen. Ted Cruz")
// does not end a sentence: the name after it is an object, not a new sentence's subject.
const SENTENCE_START = /(?<!(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Sens|Gov|Govs|Rep|Reps|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Hon|St|Mt|Ft|Jr|Sr))[.!?]["”’»]?\s+(?=[\p{Lu}“"«])|\n+/gu;

const JOINED_NAME = /\p{Lu}[\p{L}.’'-]*,?\s+(?:and|or)\s+$/u;

/** Named subjects of cue words across the text, in order (for pronoun resolution). */
export function namedSources(ctx: SpeakerContext): Source[] {
  const out: Source[] = [];
  const { text, sites, entities } = ctx;
  let first = 0;
  const limit = ctx.limit ?? text.length;
  for (const para of splitParagraphs(limit < text.length ? text.slice(0, limit) : text)) {
    while (first < sites.length && sites[first]!.close <= para.start) first++;
    const toks = paragraphTokens(ctx, para.start, para.end, first);
    for (const np of cueSubjects(text, toks)) {
      // "Govs. Jeb Bush and Chris Christie, who say …": the last of two people speaking together
      // is no antecedent for a later "he".
      if (JOINED_NAME.test(text.slice(Math.max(0, np.start - 40), np.start))) continue;
      const e = lastMentionIn(entities, np.start, np.end);
      if (e && (e.kind === 'person' || e.kind === 'organisation' || e.kind === 'unknown')) out.push({ pos: np.start, entity: e, speech: true });
    }
  }
  // Sentence subjects: a person or body named in the first words of a sentence.
  const addSubject = (at: number) => {
    let m = entities.mentionAt(at, at + 60);
    if (!m || insideQuote(sites, m.start, text)) return;
    // Only a name that opens the sentence, after at most a few modifiers ("Republican", "the former").
    // "To professor Jane Roe, the vote …" / "Pour le climatologue Olivier Castagné, …": the person
    // whose view the sentence gives is its source too.
    const lead = text.slice(at, m.start);
    const view = OPINION_LEAD.exec(lead);
    if (view) {
      // Any few words of description: "political science professor", "climatologue".
      if (!/^(?:[\p{L}.’'-]+\s+){0,5}$/u.test(lead.slice(view[0].length))) return;
    } else if ((afterPreposition(text, m.start) && !OPENING_CONJUNCTION.test(lead)) || !subjectLead(lead) || OPENING_PREPOSITION.test(lead)) return;
    // "When Maddow pointed out …, Clinton said": a name in an opening subordinate clause is not
    // the sentence's subject.
    if (SUBORDINATOR.test(lead)) return;
    // "Trump's grasp of policy is …": a possessive name is not the subject.
    if (/^[’']s?\s/u.test(text.slice(m.end, m.end + 3))) return;
    // "Obama consultant Cornell Belcher": the head of the phrase is the later name.
    const i = mentionIndex(entities, m);
    const next = entities.mentions[i + 1];
    if (next && next.start - m.end < 40 && headGap(text.slice(m.end, next.start))) m = next;
    const e = entities.entities[m.entity]!;
    if (e.kind === 'person' || e.kind === 'organisation') out.push({ pos: m.start, entity: e });
  };
  const visitSentence = (at: number) => {
    if (insideQuote(sites, at, text)) return;
    const n = out.length;
    addSubject(at);
    // "Speaking in Beijing, Chinese Foreign Ministry spokesman Lu Kang …": after an opening phrase.
    if (out.length === n) {
      const lead = text.slice(at, at + 70);
      const comma = lead.indexOf(',');
      if (comma > 0 && lead.slice(0, comma).search(/[.!?\n“"”]/) < 0) addSubject(at + comma + 1);
    }
  };
  visitSentence(0);
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(text); m && m.index < limit; m = SENTENCE_START.exec(text)) visitSentence(m.index + m[0].length);
  out.sort((a, b) => a.pos - b.pos);
  return out;
}

export function insideQuote(sites: QuoteSite[], pos: number, text?: string): boolean {
  const lo = partitionPoint(sites, (x) => x.close <= pos);
  if (lo >= sites.length || sites[lo]!.open > pos) return false;
  return !(text && excerpt(text, sites[lo]!));
}

/**
 * A quoted paragraph left open that tells a story in the third person ("\"Melanie thought the whole
 * thing was outrageous. She wasn’t …"): an excerpt of another article, whose people are named as
 * in the article's own text (antecedents for the "she said" after it), not a speaker's words.
 */
function excerpt(text: string, s: QuoteSite): boolean {
  if (!s.unclosed || s.close - s.open < 100) return false;
  const body = text.slice(s.open, Math.min(s.close, s.open + 2000));
  return !/(?<![\p{L}])(?:I|I’m|I'm|we|We|my|My|our|Our|me|us)(?![\p{L}’'])/u.test(body) && /(?<![\p{L}])(?:he|she|He|She|they|They)(?![\p{L}])/u.test(body);
}

/** The latest speech-verb subject in [from, to), or null. */
export function lastSpeechSourceIn(sources: Source[], from: number, to: number): Entity | null {
  const lo = partitionPoint(sources, (x) => x.pos < to);
  for (let i = lo - 1; i >= 0 && sources[i]!.pos >= from; i--) {
    const x = sources[i]!;
    if (x.speech && (x.entity.kind === 'person' || x.entity.kind === 'organisation')) return x.entity;
  }
  return null;
}
