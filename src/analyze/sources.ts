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
  MEDIA_WORDS, PREPOSITIONS, SELF_ATTRIBUTING, VAGUE_HEADS, VAGUE_MARKERS, VAGUE_MEDIA, VAGUE_MODIFIER_STOP,
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
  private byKey = new Map<string, { note: SourceNote; first: number }>();

  add(key: string, who: string, kind: SourceKind, vague: boolean, role: string | null, s: Sentence, snippet: string): void {
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { note: { who, kind, vague, role, claims: [] }, first: s.start };
      this.byKey.set(key, entry);
    }
    if (role && !entry.note.role) entry.note.role = role;
    const claims = entry.note.claims;
    // Claims arrive mostly in text order, so a repeat is usually the last one.
    for (let i = claims.length - 1; i >= 0; i--) if (claims[i]!.start === s.start) return;
    entry.note.claims.push({ text: shorten(snippet), start: s.start, end: s.end });
  }

  sorted(): SourceNote[] {
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

function entityKind(e: Entity): SourceKind {
  if (e.kind !== 'person' && isMedia(e.name)) return 'media';
  return e.kind === 'person' || e.kind === 'unknown' ? 'person' : 'organisation';
}

function addEntity(notes: NoteSet, e: Entity, s: Sentence, snippet: string): void {
  notes.add(`e:${e.id}`, e.name, entityKind(e), false, e.role, s, snippet);
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
    if (f & CLAIM) {
      const e = subjectOf(toks, k, entities);
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
function subjectOf(toks: Tok[], k: number, entities: EntityIndex): Entity | null {
  for (let j = k - 1; j >= Math.max(0, k - BACK_WINDOW); j--) {
    const t = toks[j]!;
    // A clause boundary or another claim: whatever is further back is not this verb's subject.
    if (t.lower === 'that' || t.lower === 'dass' || t.lower === 'que' || t.lower === 'что' || CLAIM_VERBS.has(t.lower)) break;
    const m = entities.mentionAt(t.start, t.end);
    if (m) {
      // Skip to the mention's first word; a name after a preposition is an object ("on TV", "told Reuters").
      let f = j;
      while (f > 0 && toks[f - 1]!.end > m.start) f--;
      const before = toks[f - 1]?.lower ?? '';
      const e = entities.entities[m.entity];
      if (e && !PREPOSITIONS.has(before) && before !== 'told') return e;
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
  return entityAfter(toks, k, 5, entities);
}

/** The entity named within `span` words after k ("said Locke", "according to the UN"). */
function entityAfter(toks: Tok[], k: number, span: number, entities: EntityIndex): Entity | null {
  for (let j = k + 1; j <= Math.min(toks.length - 1, k + span); j++) {
    const t = toks[j]!;
    const m = entities.mentionAt(t.start, t.end);
    if (m) return entities.entities[m.entity] ?? null;
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
      addEntity(notes, e, s, s.text);
      return k + 1;
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
    if (VAGUE_MODIFIER_STOP.has(p.lower) || CLAIM_VERBS.has(p.lower) || ACCORDING.has(p.lower) || p.lower === 'to') break;
    if (!adjacent(s.text, s.start, p, toks[first]!)) break;
    first--;
  }
  let last = k;
  if (/^(?:familiar|close|proches?|cercan[ao]s?|nahe|with)$/.test(toks[k + 1]?.lower ?? '')) last = Math.min(toks.length - 1, k + 4);
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
  let author: Entity | null = null;
  let last = k;
  if (DOCUMENT_BY.has(toks[k + 1]?.lower ?? '') || /^(?:published|commissioned|released|conducted|carried)$/.test(toks[k + 1]?.lower ?? '')) {
    for (let j = k + 1; j <= Math.min(toks.length - 1, k + 4); j++) {
      const m = entities.mentionAt(toks[j]!.start, toks[j]!.end);
      if (m) {
        author = entities.entities[m.entity] ?? null;
        while (last + 1 < toks.length && toks[last + 1]!.start < m.end) last++;
        break;
      }
      last = j;
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
  const display = from.start === s.start ? lowerFirst(who) : who;
  notes.add(`d:${display.toLowerCase()}`, display, 'document', vague, null, s, s.text);
}
