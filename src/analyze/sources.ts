/**
 * Source notes (issue 3): where the article's claims come from. Every attribution, not only direct
 * quotes: named people (with their roles) and organisations that said, claimed, estimated or
 * acknowledged something; documents and studies ("a report by X", "the study found"); media
 * ("state TV", "The Post reports"); vague sourcing flagged `vague` ("reports", "some have claimed",
 * "officials said", "sources familiar with", "critics", "Kritiker", "certains", "fuentes"); image
 * credits; and the page's byline and publisher.
 *
 * Names come from names.ts (the quotes helper's entity index, shared so a person is one note however
 * the article names them), quotes and their speakers from findQuotes. The scan here is per sentence
 * over a bounded window of words around each cue, so it is linear in the text.
 */
import type { AnalysisInput, Quote, SourceKind, SourceNote } from '../core/types';
import { findEntities, type Entity, type EntityIndex } from './names';
import { splitSentences, type Sentence } from './sentences';
import {
  ACCORDING, CLAIM_VERBS, DOCUMENT_BY, DOCUMENT_HEADS, DOCUMENT_VERBS, KNOWN_MEDIA, MEDIA_CONTEXT, MEDIA_PHRASES,
  GENERIC_MEDIA, MEDIA_WORDS, NAME_ARTICLES, PREPOSITIONS, SELF_ATTRIBUTING, VAGUE_HEADS, VAGUE_MARKERS, VAGUE_MEDIA, VAGUE_MODIFIERS,
} from './sourcesLexicon';
import { imageCreditNotes, pageNotes } from './sourcesCredits';
import { matchPhrase, phraseTable, wordTokens, type Tok } from './sourcesTokens';
import { PRONOUNS } from './cueVerbs';
import { ROLE_WORDS } from './nameLists';

export interface SourcesContext {
  /** The entity index of the same text, when the caller already has one (saves a second scan). */
  entities?: EntityIndex;
}

const SNIPPET_CHARS = 160;
const BACK_WINDOW = 12;
const VERB_WINDOW = 8;
const KIND_ORDER: SourceKind[] = ['person', 'organisation', 'media', 'document', 'unnamed', 'image-credit', 'publisher'];

const MEDIA_TABLE = phraseTable(MEDIA_PHRASES);
const VAGUE_TABLE = phraseTable(VAGUE_MARKERS);

// One lookup per word tells which scans it can start (most words start none).
const CLAIM = 1;
const ACCORD = 2;
const VAGUE = 4;
const DOC = 8;
const PHRASE = 16;
const FLAGS = new Map<string, number>();
const flag = (words: Iterable<string>, bit: number) => {
  for (const w of words) FLAGS.set(w, (FLAGS.get(w) ?? 0) | bit);
};
flag(CLAIM_VERBS, CLAIM);
flag(ACCORDING, ACCORD);
flag(VAGUE_HEADS, VAGUE);
flag(DOCUMENT_HEADS, DOC);
flag([...MEDIA_TABLE.keys(), ...VAGUE_TABLE.keys()], PHRASE);
const DETERMINERS = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', 'el', 'los', 'las', 'der', 'die', 'das', 'dem', 'den']);
// Words between a subject and its claim verb ("Kilmarnock will confirm", "Greece has denied").
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'then', 'later',
  'previously', 'could', 'may', 'might', 'did', 'does', 'do', 'reportedly', 'now', 'again', 'once', 'had', 'hat', 'habe',
  'hatte', 'wird', 'a', 'avait', 'ha', 'había', 'ya', 'also', 'already', 'repeatedly', 'publicly', 'himself', 'herself']);
// Verbs whose object is the one addressed, not the source ("told the Telegraph", "asked Mr Smith").
const ADDRESSEE_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'urged', 'warned', 'met', 'called', 'thanked', 'sagte', 'dit', 'dijo']);
const QUALIFIERS = new Set(['close', 'familiar', 'near', 'proches', 'proche', 'cercanas', 'cercanos', 'nahe', 'nahestehende']);
const ELISION = /^[ldjnmst][’']/u;

/** The name mention a word is part of; "l’Insee", "d’Amnesty" count as their name. */
function mentionIn(entities: EntityIndex, t: Tok) {
  return entities.mentionAt(t.start, t.end) ?? (ELISION.test(t.lower) ? entities.mentionAt(t.start + 2, t.end) : null);
}

const INDEFINITE = new Set(['a', 'an', 'one', 'ein', 'eine', 'einer', 'un', 'une', 'una', 'uno', 'new', 'neue', 'nouvelle', 'nueva']);
const SELF_CUES = new Set(['that', 'say', 'said', 'says', 'suggest', 'suggested', 'suggests', 'claim', 'claimed', 'indicate', 'indicated', 'emerged', 'zufolge', 'dass', 'que', 'selon', 'según']);

/** Source notes for an article; `quotes` are findQuotes' result on the same text. Never throws on content. */
export function collectSources(input: AnalysisInput, quotes: readonly Quote[] = [], ctx: SourcesContext = {}): SourceNote[] {
  const text = typeof input.text === 'string' ? input.text : '';
  const sentences = splitSentences(text, input.lang);
  const entities = ctx.entities ?? findEntities(text);
  const notes = new NoteSet();

  const spans = quotes.filter((q) => q && q.end > q.start).map((q) => [q.start, q.end] as const).sort((a, b) => a[0] - b[0]);
  for (const q of quotes) addQuote(notes, q, sentences, entities);
  const all = wordTokens(text, spans);
  let t = 0;
  for (const s of sentences) {
    while (t < all.length && all[t]!.start < s.start) t++;
    const from = t;
    while (t < all.length && all[t]!.end <= s.end) t++;
    scanSentence(notes, s, entities, all.slice(from, t));
  }

  return [...notes.sorted(), ...imageCreditNotes(text, input.imageCredits), ...pageNotes(input.byline, input.siteName)];
}

class NoteSet {
  private byKey = new Map<string, { note: SourceNote; first: number; guessed: boolean }>();

  add(key: string, who: string, kind: SourceKind, vague: boolean, role: string | null, s: Sentence, snippet: string, guessed = false): void {
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { note: { who, kind, vague, role, claims: [] }, first: s.start, guessed };
      this.byKey.set(key, entry);
    }
    if (role && !entry.note.role) entry.note.role = role;
    const claims = entry.note.claims;
    // Claims arrive mostly in text order, so a repeat is usually the last one.
    for (let i = claims.length - 1; i >= 0; i--) if (claims[i]!.start === s.start) return;
    entry.note.claims.push({ text: shorten(snippet), start: s.start, end: s.end });
  }

  /** "Julia" joins "Julia Louis-Dreyfus" when exactly one named person has that first or last name. */
  private mergeShortNames(): void {
    const people = [...this.byKey.entries()].filter(([, e]) => e.note.kind === 'person' && e.note.role !== 'author (byline)');
    const short = [...this.byKey.entries()].filter(([, e]) => e.note.kind === 'person' || (e.note.kind === 'organisation' && e.guessed));
    for (const [key, entry] of short) {
      const name = entry.note.who;
      if (/\s/.test(name)) continue;
      const targets = people.filter(([k2, e2]) => k2 !== key && this.byKey.has(k2) && e2.note.who.split(/\s+/).length > 1
        && (e2.note.who.split(/\s+/)[0] === name || e2.note.who.split(/\s+/).pop() === name));
      if (targets.length !== 1) continue;
      const target = targets[0]![1];
      for (const c of entry.note.claims) if (!target.note.claims.some((x) => x.start === c.start)) target.note.claims.push(c);
      target.first = Math.min(target.first, entry.first);
      this.byKey.delete(key);
    }
  }

  sorted(): SourceNote[] {
    this.mergeShortNames();
    const all = [...this.byKey.values()];
    all.sort((a, b) => KIND_ORDER.indexOf(a.note.kind) - KIND_ORDER.indexOf(b.note.kind) || a.first - b.first);
    for (const e of all) e.note.claims.sort((a, b) => a.start - b.start);
    return all.map((e) => e.note);
  }
}

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= SNIPPET_CHARS) return t;
  const cut = t.lastIndexOf(' ', SNIPPET_CHARS - 1);
  return `${t.slice(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS - 1)}…`;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  // Between sentences (a quote mark just before a sentence start): the next sentence.
  return sentences[lo] ?? sentences[sentences.length - 1] ?? null;
}

function isMedia(name: string): boolean {
  const lower = name.toLowerCase().replace(/^the\s+/, '');
  if (KNOWN_MEDIA.has(lower)) return true;
  const last = lower.split(/\s+/).pop() ?? '';
  return MEDIA_WORDS.has(last);
}

// Outlet words no surname shares ("Emily Post" is a person; "People's Daily Online" is not).
const STRONG_MEDIA = new Set(['online', 'news', 'times', 'tv', 'radio', 'journal', 'gazette', 'tribune', 'herald', 'telegraph', 'zeitung', 'magazine']);

function entityKind(e: Entity): SourceKind {
  if (e.kind !== 'person' && isMedia(e.name)) return 'media';
  if (e.kind === 'person' && /\s/.test(e.name) && STRONG_MEDIA.has(e.name.toLowerCase().split(/\s+/).pop()!)) return 'media';
  // 'unknown' is a lone capitalised word with no sign of a person (names.ts): a club, a firm, a place.
  return e.kind === 'person' ? 'person' : 'organisation';
}

function addEntity(notes: NoteSet, e: Entity, s: Sentence, snippet: string, kind: SourceKind = entityKind(e)): void {
  notes.add(`e:${e.id}`, displayName(e, kind, s), kind, false, e.role, s, snippet, e.kind === 'unknown');
}

/** The entity's name without a cue word the name scan took in ("Laut Reuters"), with an outlet's article ("Le Monde"). */
function displayName(e: Entity, kind: SourceKind, s: Sentence): string {
  const words = e.name.split(/\s+/);
  while (words.length > 1 && (ACCORDING.has(words[0]!.toLowerCase()) || NAME_ARTICLES.has(words[0]!.toLowerCase()))) words.shift();
  const name = words.join(' ');
  if (kind !== 'media') return name;
  // "According to The Post", "Selon Le Monde": a capitalised article right before the name is part of it.
  const m = e.mentions.find((x) => x.start >= s.start && x.end <= s.end);
  if (m) {
    const before = /(\p{Lu}\p{Ll}{1,2})\s+$/u.exec(s.text.slice(Math.max(0, m.start - s.start - 5), m.start - s.start));
    if (before && NAME_ARTICLES.has(before[1]!.toLowerCase()) && m.start - before[0].length > s.start) return `${before[1]} ${name}`;
  }
  return name;
}

/** False for no entity, or a name that is only a kind of medium ("TV" in "State TV"). */
function usable(e: Entity | null | undefined): e is Entity {
  return !!e && !GENERIC_MEDIA.has(e.name.toLowerCase());
}

function addQuote(notes: NoteSet, q: Quote, sentences: readonly Sentence[], entities: EntityIndex): void {
  if (!q || !q.speaker) return;
  const s = sentenceAt(sentences, q.start);
  if (!s) return;
  const snippet = q.kind === 'statement' ? `“${q.text}”` : s.text;
  const e = entities.entityOf(q.speaker, q.start);
  if (e && e.kind !== 'place') {
    addEntity(notes, e, s, snippet);
    return;
  }
  const words = q.speaker.toLowerCase().split(/\s+/);
  if (words.some((w) => VAGUE_HEADS.has(w))) {
    notes.add(`v:${q.speaker.toLowerCase()}`, q.speaker, 'unnamed', true, null, s, snippet);
    return;
  }
  const kind: SourceKind = isMedia(q.speaker) ? 'media' : /^\p{Lu}/u.test(q.speaker) ? 'person' : 'organisation';
  notes.add(`n:${q.speaker.toLowerCase()}`, q.speaker, kind, false, q.speakerRole ?? null, s, snippet);
}

/** True when only spaces separate two tokens (no comma, dash or bracket). */
function adjacent(text: string, offset: number, a: Tok, b: Tok): boolean {
  return /^\s*$/.test(text.slice(a.end - offset, b.start - offset));
}

function scanSentence(notes: NoteSet, s: Sentence, entities: EntityIndex, toks: Tok[]): void {
  let skipUntil = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const f = FLAGS.get(t.lower);
    if (f === undefined) continue;
    // After an article it is a noun ("a report by…"), not a verb.
    if (f & CLAIM && !DETERMINERS.has(toks[k - 1]?.lower ?? '')) {
      const e = subjectOf(toks, k, entities, s);
      if (e) addEntity(notes, e, s, s.text);
    }
    if (f & ACCORD) {
      const e = entityAfter(toks, k, 4, entities);
      if (e) addEntity(notes, e, s, s.text);
    }
    if (f & VAGUE && k > skipUntil) {
      const end = vagueSource(notes, toks, k, s, entities);
      if (end > k) skipUntil = end;
    }
    if (f & DOC) documentSource(notes, toks, k, s, entities);
    if (f & PHRASE) phraseSources(notes, s, toks, k);
  }
}

/** Generic media ("footage on state TV") and markers of unattributed claims ("reportedly"). */
function phraseSources(notes: NoteSet, s: Sentence, toks: Tok[], k: number): void {
  const media = matchPhrase(MEDIA_TABLE, toks, k);
  if (media > 0) {
    // A medium is a source only when something comes from it: "footage on state TV", "state media reported".
    const near = toks.slice(Math.max(0, k - 3), k + media + 3);
    if (near.some((t) => MEDIA_CONTEXT.has(t.lower) || CLAIM_VERBS.has(t.lower))) {
      const raw = s.text.slice(toks[k]!.start - s.start, toks[k + media - 1]!.end - s.start);
      const who = toks[k]!.start === s.start ? lowerFirst(raw) : raw;
      notes.add(`m:${who.toLowerCase()}`, who, 'media', VAGUE_MEDIA.test(who), null, s, s.text);
    }
  }
  const marker = matchPhrase(VAGUE_TABLE, toks, k);
  if (marker > 0) {
    const who = s.text.slice(toks[k]!.start - s.start, toks[k + marker - 1]!.end - s.start).toLowerCase();
    notes.add(`v:${who}`, who, 'unnamed', true, null, s, s.text);
  }
}

function lowerFirst(w: string): string {
  return w.charAt(0).toLowerCase() + w.slice(1);
}

/** The named subject of the claim verb at k: a name before it in its clause, a pronoun or role, or "said X". */
function subjectOf(toks: Tok[], k: number, entities: EntityIndex, s: Sentence): Entity | null {
  for (let j = k - 1; j >= Math.max(0, k - BACK_WINDOW); j--) {
    const t = toks[j]!;
    // A clause boundary or another claim: whatever is further back is not this verb's subject.
    if (t.lower === 'that' || t.lower === 'dass' || t.lower === 'que' || t.lower === 'что' || CLAIM_VERBS.has(t.lower)) break;
    const m = entities.mentionAt(t.start, t.end);
    if (m) {
      // Skip to the mention's first word; a name after a preposition is an object ("on TV", "told Reuters").
      let f = j;
      while (f > 0 && toks[f - 1]!.end > m.start) f--;
      let b = f - 1;
      while (b >= 0 && DETERMINERS.has(toks[b]!.lower)) b--;
      const before = toks[b]?.lower ?? '';
      const e = entities.entities[m.entity];
      // A lone capitalised word of unknown kind (German nouns!) counts only right before its verb.
      const near = e?.kind !== 'unknown' || j >= k - 2;
      // "Prudential’s report shows": the owner of the subject is not the subject.
      const possessive = /['’]s$/u.test(toks[j]!.lower) || /^['’]s\b/u.test(s.text.slice(m.end - s.start, m.end - s.start + 3));
      // "the Saudi embassy", "a British schoolgirl": a name used as an adjective is not the subject.
      const next = toks[j + 1];
      const adjective = j + 1 < k && next && /^\p{Ll}/u.test(s.text.charAt(next.start - s.start))
        && adjacent(s.text, s.start, toks[j]!, next) && !AUXILIARIES.has(next.lower) && !CLAIM_VERBS.has(next.lower);
      // "sources close to the Syriza party": the name qualifies a vague source.
      const qualifies = toks.slice(Math.max(0, f - 4), f).some((x) => QUALIFIERS.has(x.lower));
      if (usable(e) && near && !possessive && !adjective && !qualifies && !PREPOSITIONS.has(before) && !ADDRESSEE_VERBS.has(before)) return e;
      j = f;
      continue;
    }
    if (VAGUE_HEADS.has(t.lower) || DOCUMENT_HEADS.has(t.lower)) return null; // handled by their own scans
    const pronoun = PRONOUNS[t.lower];
    if (pronoun !== undefined && t.lower !== 'it' && t.lower !== 'i' && t.lower !== 'we' && j >= k - 3) {
      return entities.lastBefore(t.start, (e) => e.kind === 'person' && (pronoun === null || pronoun === 'p' || e.gender === null || e.gender === pronoun))
        ?? null;
    }
    if (ROLE_WORDS.has(t.lower) && j >= k - 3 && /^(?:the|der|die|le|la|el)$/.test(toks[j - 1]?.lower ?? '')) {
      return entities.byRole(t.lower, t.start);
    }
  }
  // "X zufolge" looks back only; "said X" may look ahead for a person or body (not an unknown word).
  if (toks[k]!.lower === 'zufolge') return null;
  const after = entityAfter(toks, k, 5, entities);
  return after && after.kind !== 'unknown' ? after : null;
}

/** The entity named within `span` words after k ("said Locke", "according to the UN"). */
function entityAfter(toks: Tok[], k: number, span: number, entities: EntityIndex): Entity | null {
  for (let j = k + 1; j <= Math.min(toks.length - 1, k + span); j++) {
    const t = toks[j]!;
    const m = mentionIn(entities, t);
    if (m) {
      const e = entities.entities[m.entity];
      return usable(e) ? e : null;
    }
    if (CLAIM_VERBS.has(t.lower) || t.lower === 'that') return null;
  }
  return null;
}

/** Vague source headed at k ("senior officials said", "Reports that…"); returns the phrase's last token index. */
function vagueSource(notes: NoteSet, toks: Tok[], k: number, s: Sentence, entities: EntityIndex): number {
  const head = toks[k]!;
  // "some officials": let the last head lead the phrase.
  if (VAGUE_HEADS.has(toks[k + 1]?.lower ?? '') && toks[k + 1]!.start - head.end <= 2) return -1;
  // "a spokesman for the Kremlin" is the Kremlin speaking.
  if (/^spokes/.test(head.lower) && /^(?:for|of)$/.test(toks[k + 1]?.lower ?? '')) {
    const e = entityAfter(toks, k + 1, 3, entities);
    if (e && hasVerbAfter(toks, k, VERB_WINDOW + 4)) {
      addEntity(notes, e, s, s.text, entityKind(e) === 'person' ? 'organisation' : entityKind(e));
      return k + 1;
    }
  }
  // "The Post reports that…": a named outlet, not vague reports.
  const prev = toks[k - 1];
  if (prev && SELF_ATTRIBUTING.has(head.lower) && /^\p{Lu}/u.test(s.text.charAt(prev.start - s.start)) && adjacent(s.text, s.start, prev, head)) {
    let first = k - 1;
    while (first > 0 && k - first < 4 && /^\p{Lu}/u.test(s.text.charAt(toks[first - 1]!.start - s.start)) && adjacent(s.text, s.start, toks[first - 1]!, toks[first]!)) first--;
    if (first > 0 || !NAME_ARTICLES.has(toks[0]!.lower) || k - 1 > 0) {
      const who = s.text.slice(toks[first]!.start - s.start, prev.end - s.start);
      if (!NAME_ARTICLES.has(who.toLowerCase())) {
        notes.add(`m:${who.toLowerCase()}`, who, 'media', false, null, s, s.text);
        return k;
      }
    }
  }
  // "A Sandown spokesman said", "a Kremlin spokesperson told": the named body speaks.
  if (/^spokes/.test(head.lower) && prev && hasVerbAfter(toks, k, VERB_WINDOW)) {
    const m = entities.mentionAt(prev.start, prev.end);
    const e = m ? entities.entities[m.entity] : null;
    if (usable(e) && adjacent(s.text, s.start, prev, head)) {
      addEntity(notes, e, s, s.text, entityKind(e) === 'person' ? 'organisation' : entityKind(e));
      return k;
    }
  }
  const according = toks.slice(Math.max(0, k - 4), k).some((t) => ACCORDING.has(t.lower));
  const zufolge = (toks[k + 1]?.lower ?? '') === 'zufolge' || (toks[k + 2]?.lower ?? '') === 'zufolge';
  const self = SELF_ATTRIBUTING.has(head.lower) && SELF_CUES.has(toks[k + 1]?.lower ?? '');
  if (!according && !zufolge && !self && !hasVerbAfter(toks, k, VERB_WINDOW)) return -1;
  // Modifiers in front ("senior US officials") and a qualifier after ("familiar with the matter").
  let first = k;
  while (first > 0 && k - first < 3) {
    const p = toks[first - 1]!;
    const capitalised = /^\p{Lu}/u.test(s.text.charAt(p.start - s.start)) && p.start > s.start;
    if (!VAGUE_MODIFIERS.has(p.lower) && !capitalised) break;
    if (!adjacent(s.text, s.start, p, toks[first]!)) break;
    first--;
  }
  let last = k;
  if (/^(?:familiar|close|proches?|cercan[ao]s?|nahe|with)$/.test(toks[k + 1]?.lower ?? '')) {
    while (last + 1 < toks.length && last - k < 6 && !CLAIM_VERBS.has(toks[last + 1]!.lower)
      && adjacent(s.text, s.start, toks[last]!, toks[last + 1]!)) last++;
  }
  let who = s.text.slice(toks[first]!.start - s.start, toks[last]!.end - s.start);
  if (toks[first]!.start === s.start && !entities.mentionAt(toks[first]!.start, toks[first]!.end)) who = lowerFirst(who);
  notes.add(`v:${who.toLowerCase()}`, who, 'unnamed', true, null, s, s.text);
  return last;
}

function hasVerbAfter(toks: Tok[], k: number, span: number): boolean {
  for (let j = k + 1; j <= Math.min(toks.length - 1, k + span); j++) if (CLAIM_VERBS.has(toks[j]!.lower)) return true;
  return false;
}

/** Documents and studies: "a report by Amnesty", "the study found", "according to court documents". */
function documentSource(notes: NoteSet, toks: Tok[], k: number, s: Sentence, entities: EntityIndex): void {
  const head = toks[k]!;
  // Part of a name ("National Audit Office") unless only an article precedes it in the name: German
  // capitalises nouns, so "Eine Studie der Universität Mannheim" reads as one capitalised run.
  const inName = entities.mentionAt(head.start, head.end);
  if (inName) {
    for (let j = k - 1; j >= 0 && toks[j]!.start >= inName.start; j--) if (!INDEFINITE.has(toks[j]!.lower) && !DETERMINERS.has(toks[j]!.lower)) return;
  }
  let author: Entity | null = null;
  let last = k;
  if (DOCUMENT_BY.has(toks[k + 1]?.lower ?? '') || /^(?:published|commissioned|released|conducted|carried)$/.test(toks[k + 1]?.lower ?? '')) {
    for (let j = k + 1; j <= Math.min(toks.length - 1, k + 4); j++) {
      const m = mentionIn(entities, toks[j]!);
      if (m) {
        author = entities.entities[m.entity] ?? null;
        if (m === inName) author = { ...author!, name: s.text.slice(toks[j]!.start - s.start, m.end - s.start) };
        while (last + 1 < toks.length && toks[last + 1]!.start < m.end) last++;
        break;
      }
      last = j;
    }
  }
  // "Prudential’s report", "the IMF's study": the owner wrote it.
  const owner = toks[k - 1];
  if (!author && owner && /['’]s$/u.test(owner.lower)) {
    const m = entities.mentionAt(owner.start, owner.end);
    const e = m ? entities.entities[m.entity] : null;
    if (usable(e) && m) {
      const who = `${e.name} ${head.lower}`;
      notes.add(`d:${who.toLowerCase()}`, who, 'document', false, null, s, s.text);
      return;
    }
  }
  const verb = toks.slice(k + 1, k + 4).some((t) => DOCUMENT_VERBS.has(t.lower) || CLAIM_VERBS.has(t.lower));
  const according = toks.slice(Math.max(0, k - 4), k).some((t) => ACCORDING.has(t.lower));
  if (!author && !verb && !according) return;
  if (!author && head.lower === 'statement') return; // "in a statement, X said": X is the source
  const det = toks[k - 1];
  const withDet = det && /^(?:a|an|the|this|new|ein|eine|einer|die|der|das|un|une|le|la|l|el|los|las)$/.test(det.lower);
  const from = withDet ? det : head;
  const who = author ? s.text.slice(head.start - s.start, toks[last]!.end - s.start) : s.text.slice(from.start - s.start, head.end - s.start);
  const vague = !author && (!det || INDEFINITE.has(det.lower) || !withDet);
  const whoStart = author ? head.start : from.start;
  const display = whoStart === s.start ? lowerFirst(who) : who;
  notes.add(`d:${display.toLowerCase()}`, display, 'document', vague, null, s, s.text);
}
