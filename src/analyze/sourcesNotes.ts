/**
 * Building source notes: one note per source (keyed by entity or phrase), claims deduplicated by
 * sentence, display names and kinds of named sources. Shared by sources.ts and sourcesCues.ts.
 */
import type { SourceKind, SourceNote } from '../core/types';
import type { Entity, EntityIndex } from './names';
import type { Sentence } from './sentences';
import type { Tok } from './sourcesTokens';
import { ACCORDING, GENERIC_MEDIA, KNOWN_MEDIA, MEDIA_WORDS, NAME_ARTICLES } from './sourcesLexicon';

const SNIPPET_CHARS = 160;
const KIND_ORDER: SourceKind[] = ['person', 'organisation', 'media', 'document', 'unnamed', 'image-credit', 'publisher'];

export const DETERMINERS = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', 'el', 'los', 'las', 'der', 'die', 'das', 'dem', 'den']);

const ELISION = /^[ldjnmst][’']/u;

/** The name mention a word is part of; "l’Insee", "d’Amnesty" count as their name. */
export function mentionIn(entities: EntityIndex, t: Tok) {
  return entities.mentionAt(t.start, t.end) ?? (ELISION.test(t.lower) ? entities.mentionAt(t.start + 2, t.end) : null);
}

/**
 * True when a word continues a name that starts before it ("United States", "Drudge Report"): a claim
 * word there is part of the name, not a verb. A name's first word may still be one ("Tweeted on
 * Friday", "Stated Stone:"), since a capitalised verb is read as a name of its own.
 */
export function wordOfName(entities: EntityIndex, t: Tok): boolean {
  const m = entities.mentionAt(t.start, t.end);
  return m !== null && m.start < t.start;
}

/** One note for "a source" and "sources", "official" and "officials": the last word without a plural s. */
export function vagueKey(who: string): string {
  return `v:${who.toLowerCase().replace(/(\p{L}{3,})s$/u, '$1')}`;
}

export class NoteSet {
  /**
   * German capitalises every noun, so a sentence-initial "Kritiker" keeps its capital. `things`: ids of
   * entities that are 'person' by kind but named things (sourcesThings.ts).
   */
  constructor(private readonly keepCase = false, readonly things: ReadonlySet<number> = new Set()) {}

  /** A phrase as a source name: lower-cased first letter when only the sentence start capitalised it. */
  phrase(w: string, atSentenceStart: boolean): string {
    return atSentenceStart && !this.keepCase ? lowerFirst(w) : w;
  }

  private byKey = new Map<string, { note: SourceNote; first: number; guessed: boolean; starts: Set<number> }>();

  add(key: string, who: string, kind: SourceKind, vague: boolean, role: string | null, s: Sentence, snippet: string, guessed = false): void {
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { note: { who, kind, vague, role, claims: [] }, first: s.start, guessed, starts: new Set() };
      this.byKey.set(key, entry);
    }
    if (role && !entry.note.role) entry.note.role = role;
    // One claim per sentence and source.
    if (entry.starts.has(s.start)) return;
    entry.starts.add(s.start);
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
      for (const c of entry.note.claims) {
        if (target.starts.has(c.start)) continue;
        target.starts.add(c.start);
        target.note.claims.push(c);
      }
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

export function isMedia(name: string): boolean {
  const lower = name.toLowerCase().replace(/^the\s+/, '');
  if (KNOWN_MEDIA.has(lower)) return true;
  const last = lower.split(/\s+/).pop() ?? '';
  return MEDIA_WORDS.has(last);
}

// Outlet words no surname shares ("Emily Post" is a person; "People's Daily Online" is not).
const STRONG_MEDIA = new Set(['online', 'news', 'times', 'tv', 'radio', 'journal', 'gazette', 'tribune', 'herald', 'telegraph', 'zeitung', 'magazine', 'journalism']);
// Outlet words no given name shares, as the first word ("Daily Caller", "Daily Beast").
const MEDIA_FIRST = new Set(['daily', 'weekly']);

export function entityKind(e: Entity): SourceKind {
  if (e.kind !== 'person' && isMedia(e.name)) return 'media';
  const words = e.name.toLowerCase().split(/\s+/);
  if (e.kind === 'person' && words.length > 1 && (STRONG_MEDIA.has(words[words.length - 1]!) || MEDIA_FIRST.has(words[0]!))) return 'media';
  // 'unknown' is a lone capitalised word with no sign of a person (names.ts): a club, a firm, a place.
  return e.kind === 'person' ? 'person' : 'organisation';
}

/** The entity's kind as a source: a named thing the name scan took for a person is a body. */
function noteKind(notes: NoteSet, e: Entity): SourceKind {
  const kind = entityKind(e);
  return kind === 'person' && notes.things.has(e.id) ? 'organisation' : kind;
}

export function addEntity(notes: NoteSet, e: Entity, s: Sentence, snippet: string, kind: SourceKind = noteKind(notes, e)): void {
  notes.add(`e:${e.id}`, displayName(e, kind, s), kind, false, e.role, s, snippet, e.kind === 'unknown');
}

/** The entity's name without a cue word the name scan took in ("Laut Reuters"), with an outlet's article ("Le Monde"). */
export function displayName(e: Entity, kind: SourceKind, s: Sentence): string {
  const words = e.name.split(/\s+/);
  while (words.length > 1 && (ACCORDING.has(words[0]!.toLowerCase()) || NAME_ARTICLES.has(words[0]!.toLowerCase()))) words.shift();
  const name = words.join(' ');
  if (kind !== 'media') return name;
  // "According to The Post", "Selon Le Monde": a capitalised article right before the name is part of it.
  const m = e.mentions.find((x) => x.start >= s.start && x.end <= s.end);
  if (m) {
    const before = /(\p{Lu}\p{Ll}{1,2})\s+$/u.exec(s.text.slice(Math.max(0, m.start - s.start - 5), m.start - s.start));
    if (before && NAME_ARTICLES.has(before[1]!.toLowerCase())) return `${before[1]} ${name}`;
  }
  return name;
}

/** False for no entity, or a name that is only a kind of medium ("TV" in "State TV"). */
export function usable(e: Entity | null | undefined): e is Entity {
  return !!e && !GENERIC_MEDIA.has(e.name.toLowerCase());
}

/** True when only spaces separate two tokens (no comma, dash or bracket). */
export function adjacent(text: string, offset: number, a: Tok, b: Tok): boolean {
  return /^\s*$/.test(text.slice(a.end - offset, b.start - offset));
}

export function lowerFirst(w: string): string {
  return w.charAt(0).toLowerCase() + w.slice(1);
}
