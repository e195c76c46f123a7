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
import { findEntities, type EntityIndex } from './names';
import { splitSentences, type Sentence } from './sentences';
import { ACCORDING, CLAIM_VERBS, DOCUMENT_HEADS, MEDIA_CONTEXT, MEDIA_PHRASES, VAGUE_HEADS, VAGUE_MARKERS, VAGUE_MEDIA } from './sourcesLexicon';
import { imageCreditNotes, pageNotes } from './sourcesCredits';
import { describedKind, namedThings } from './sourcesThings';
import { matchPhrase, phraseTable, wordTokens, type Tok } from './sourcesTokens';
import { DETERMINERS, NoteSet, addEntity, isMedia, vagueKey, wordOfName } from './sourcesNotes';
import { documentSource, entityAfter, subjectOf, vagueSource } from './sourcesCues';
import { PRONOUNS } from './cueVerbs';
import { ROLE_WORDS } from './nameLists';

export interface SourcesContext {
  /** The entity index of the same text, when the caller already has one (saves a second scan). */
  entities?: EntityIndex;
}

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

/** Source notes for an article; `quotes` are findQuotes' result on the same text. Never throws on content. */
export function collectSources(input: AnalysisInput, quotes: readonly Quote[] = [], ctx: SourcesContext = {}): SourceNote[] {
  const text = typeof input.text === 'string' ? input.text : '';
  const sentences = splitSentences(text, input.lang);
  const entities = ctx.entities ?? findEntities(text);
  const notes = new NoteSet(/^de\b/i.test(input.lang ?? ''), namedThings(text, entities));
  // English puts a claim verb before its subject only after a quotation or comma (sourcesCues.ts).
  const anyOrder = !!input.lang && !/^en\b/i.test(input.lang);

  const spans = quotes.filter((q) => q && q.end > q.start).map((q) => [q.start, q.end] as const).sort((a, b) => a[0] - b[0]);
  for (const q of quotes) addQuote(notes, q, sentences, entities);
  const all = wordTokens(text, spans);
  let t = 0;
  for (const s of sentences) {
    while (t < all.length && all[t]!.start < s.start) t++;
    const from = t;
    while (t < all.length && all[t]!.end <= s.end) t++;
    scanSentence(notes, s, entities, all.slice(from, t), anyOrder);
  }

  return [...notes.sorted(), ...imageCreditNotes(text, input.imageCredits), ...pageNotes(input.byline, input.siteName)];
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

function addQuote(notes: NoteSet, q: Quote, sentences: readonly Sentence[], entities: EntityIndex): void {
  if (!q || typeof q.speaker !== 'string' || !q.speaker.trim()) return;
  const speaker = q.speaker.trim();
  const words = speaker.toLowerCase().split(/\s+/);
  // A pronoun the speaker scan could not resolve names nobody ("he", "He’s").
  if (words.length === 1 && (words[0]!.replace(/['’]s$/u, '') in PRONOUNS)) return;
  const s = sentenceAt(sentences, q.start);
  if (!s) return;
  const snippet = q.kind === 'statement' ? `“${q.text}”` : s.text;
  let e = entities.entityOf(speaker, q.start);
  // "Tom Carper of Delaware": a person shown with the affiliation written after the name.
  const affiliated = e ? null : /^(\p{Lu}.*?)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(speaker);
  if (affiliated) e = entities.entityOf(affiliated[1]!, q.start);
  // "the Indiana governor": the person last introduced with that role.
  if (!e && DETERMINERS.has(words[0]!)) {
    for (let i = words.length - 1; i > 0 && !e; i--) if (ROLE_WORDS.has(words[i]!)) e = entities.byRole(words[i]!, q.start);
  }
  if (e && e.kind !== 'place') {
    addEntity(notes, e, s, snippet);
    return;
  }
  // "officials", "the businessman", "a spokesman": someone the article does not name.
  const last = words[words.length - 1]!;
  if (words.some((w) => VAGUE_HEADS.has(w)) || ((DETERMINERS.has(words[0]!) || /^\p{Ll}/u.test(speaker)) && ROLE_WORDS.has(last))) {
    notes.add(vagueKey(speaker), speaker, 'unnamed', true, null, s, snippet);
    return;
  }
  // "La préfecture", "the ministry": a body named by what it is.
  if (DETERMINERS.has(words[0]!) || /^\p{Ll}/u.test(speaker)) {
    notes.add(`n:${speaker.toLowerCase()}`, speaker, 'organisation', false, null, s, snippet);
    return;
  }
  // "His campaign", "Cruz’s lawyers": a description, not a name (sourcesThings.ts).
  const described = describedKind(speaker);
  if (described) {
    notes.add(described === 'unnamed' ? vagueKey(speaker) : `n:${speaker.toLowerCase()}`, speaker, described, described === 'unnamed', null, s, snippet);
    return;
  }
  // A place shown as the speaker ("Indiana") is no person: a state or its government, one note with
  // the claims its name is the subject of ("Israel said").
  if (e?.kind === 'place') {
    addEntity(notes, e, s, snippet, 'organisation');
    return;
  }
  const kind: SourceKind = isMedia(speaker) ? 'media' : 'person';
  notes.add(`n:${speaker.toLowerCase()}`, speaker, kind, false, q.speakerRole ?? null, s, snippet);
}

function scanSentence(notes: NoteSet, s: Sentence, entities: EntityIndex, toks: Tok[], anyOrder: boolean): void {
  let skipUntil = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const f = FLAGS.get(t.lower);
    if (f === undefined) continue;
    // After an article it is a noun ("a report by…"), not a verb; inside a name it is part of the name
    // ("the United States should…", "Consumer Reports"): neither makes the words before it a source.
    if (f & CLAIM && !DETERMINERS.has(toks[k - 1]?.lower ?? '') && !wordOfName(entities, t)) {
      const e = subjectOf(toks, k, entities, s, anyOrder, notes.things);
      if (e) addEntity(notes, e, s, s.text);
    }
    if (f & ACCORD) {
      const e = entityAfter(toks, k, 4, entities, s.text, s.start);
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
      const who = notes.phrase(raw, toks[k]!.start === s.start);
      notes.add(`m:${who.toLowerCase()}`, who, 'media', VAGUE_MEDIA.test(who), null, s, s.text);
    }
  }
  const marker = matchPhrase(VAGUE_TABLE, toks, k);
  if (marker > 0) {
    const who = s.text.slice(toks[k]!.start - s.start, toks[k + marker - 1]!.end - s.start).toLowerCase();
    notes.add(vagueKey(who), who, 'unnamed', true, null, s, s.text);
  }
}
