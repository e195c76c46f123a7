/**
 * The cue scans of source notes, each over a bounded window of words around one cue word: the
 * subject of a claim verb ("Milley estimated", "said Locke", "he revealed", "the president stated"),
 * vague sourcing ("officials familiar with the talks said", "Reports that…"), and documents
 * ("a report by X", "the study found").
 */
import type { Entity, EntityIndex } from './names';
import type { Sentence } from './sentences';
import type { Tok } from './sourcesTokens';
import {
  ACCORDING, CLAIM_VERBS, DOCUMENT_BY, DOCUMENT_HEADS, DOCUMENT_VERBS, NAME_ARTICLES, PREPOSITIONS, SELF_ATTRIBUTING,
  VAGUE_HEADS, VAGUE_MODIFIERS,
} from './sourcesLexicon';
import { DETERMINERS, NoteSet, adjacent, addEntity, entityKind, mentionIn, usable, vagueKey, wordOfName } from './sourcesNotes';
import { PRONOUNS } from './cueVerbs';
import { DEMONYM, ROLE_WORDS } from './nameLists';

const BACK_WINDOW = 12;
const VERB_WINDOW = 8;
// Words between a subject and its claim verb ("Kilmarnock will confirm", "Greece has denied").
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'then', 'later',
  'previously', 'could', 'may', 'might', 'did', 'does', 'do', 'reportedly', 'now', 'again', 'once', 'had', 'hat', 'habe',
  'hatte', 'wird', 'a', 'avait', 'ha', 'había', 'ya', 'also', 'already', 'repeatedly', 'publicly', 'himself', 'herself']);
// Verbs whose object is the one addressed, not the source ("told the Telegraph", "asked Mr Smith").
const ADDRESSEE_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'urged', 'warned', 'met', 'called', 'thanked', 'sagte', 'dit', 'dijo']);
const QUALIFIERS = new Set(['close', 'familiar', 'near', 'proches', 'proche', 'cercanas', 'cercanos', 'nahe', 'nahestehende']);

// Marks after which a claim verb may come before its subject (see inversionSite).
const INVERSION_AFTER = new Set([...',;(\u2013\u2014"\'\u201c\u201d\u2018\u2019\u00ab\u00bb']);
const INDEFINITE = new Set(['a', 'an', 'one', 'ein', 'eine', 'einer', 'un', 'une', 'una', 'uno', 'new', 'neue', 'nouvelle', 'nueva']);
const SELF_CUES = new Set(['that', 'say', 'said', 'says', 'suggest', 'suggested', 'suggests', 'claim', 'claimed', 'indicate', 'indicated', 'emerged', 'zufolge', 'dass', 'que', 'selon', 'según']);

const NO_THINGS: ReadonlySet<number> = new Set();

/**
 * The named subject of the claim verb at k: a name before it in its clause, a pronoun or role, or "said X".
 * `anyOrder`: the language puts verbs before subjects freely (German, Spanish: "Gestern sagte Merkel").
 * `things`: 'person' entities that are named things ("the Middle East"), never what "he" stands for.
 */
export function subjectOf(toks: Tok[], k: number, entities: EntityIndex, s: Sentence, anyOrder = false, things: ReadonlySet<number> = NO_THINGS): Entity | null {
  for (let j = k - 1; j >= Math.max(0, k - BACK_WINDOW); j--) {
    const t = toks[j]!;
    // A clause boundary or another claim: whatever is further back is not this verb's subject.
    // (A claim word inside a name is the name: "The United States says".)
    if (t.lower === 'that' || t.lower === 'dass' || t.lower === 'que' || t.lower === 'что' || (CLAIM_VERBS.has(t.lower) && !wordOfName(entities, t))) break;
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
      // A place speaks only as the verb's own subject, with nothing but auxiliaries and adverbs between
      // ("Iran insists", "Washington has accused", "the U.S. has not said"); further back it is where
      // someone is from or a list item ("a salesman from Sumter, South Carolina, says…").
      const near = e?.kind === 'unknown' ? j >= k - 2
        : e?.kind !== 'place' || (/^[\s\p{L}]*$/u.test(s.text.slice(m.end - s.start, toks[k]!.start - s.start))
          && toks.slice(j + 1, k).every((x) => AUXILIARIES.has(x.lower) || x.lower === 'not' || /\p{L}ly$/u.test(x.lower)));
      // "Prudential’s report shows": the owner of the subject is not the subject.
      const possessive = /['’]s$/u.test(toks[j]!.lower) || /^['’]s\b/u.test(s.text.slice(m.end - s.start, m.end - s.start + 3));
      // "the Saudi embassy", "a British schoolgirl": a name used as an adjective is not the subject.
      const next = toks[j + 1];
      const adjective = j + 1 < k && next && /^\p{Ll}/u.test(s.text.charAt(next.start - s.start))
        && adjacent(s.text, s.start, toks[j]!, next) && !AUXILIARIES.has(next.lower) && !CLAIM_VERBS.has(next.lower);
      // "other Western states", "Republican claims": a bare demonym before a plural noun is its adjective
      // ("the Republican claims" is a person and a verb).
      const demonymAdjective = j + 1 === k && b === f - 1 && e?.kind === 'place' && DEMONYM.test(m.text) && !/s$/u.test(m.text)
        && /s$/u.test(toks[k]!.lower) && adjacent(s.text, s.start, toks[j]!, toks[k]!);
      if (demonymAdjective) return null; // then the claim word is a noun, and has no subject
      // "sources close to the Syriza party": the name qualifies a vague source.
      const qualifies = toks.slice(Math.max(0, f - 4), f).some((x) => QUALIFIERS.has(x.lower));
      if (usable(e) && near && !possessive && !adjective && !qualifies && !PREPOSITIONS.has(before) && !ADDRESSEE_VERBS.has(before)) return e;
      j = f;
      continue;
    }
    if (VAGUE_HEADS.has(t.lower) || DOCUMENT_HEADS.has(t.lower)) return null; // handled by their own scans
    const pronoun = PRONOUNS[t.lower];
    if (pronoun !== undefined && t.lower !== 'it' && t.lower !== 'i' && t.lower !== 'we' && j >= k - 3) {
      return entities.lastBefore(t.start, (e) => e.kind === 'person' && !things.has(e.id) && (pronoun === null || pronoun === 'p' || e.gender === null || e.gender === pronoun))
        ?? null;
    }
    if (ROLE_WORDS.has(t.lower) && j >= k - 3 && /^(?:the|der|die|le|la|el)$/.test(toks[j - 1]?.lower ?? '')) {
      return entities.byRole(t.lower, t.start);
    }
  }
  // "X zufolge" looks back only; "said X" may look ahead for a person or body (not an unknown word),
  // in English only where it puts the verb before its subject: after a quotation or a comma ("…,” said
  // Smith", "The deal, says Smith, is done"), or before a passive's agent ("as reported by Reuters").
  // Elsewhere the name after it is its object or a noun's ("in nine states: Ohio…", "say the same of
  // Sanders") unless it is an outlet the claim was made to or on ("told The Washington Post").
  if (toks[k]!.lower === 'zufolge') return null;
  const after = entityAfter(toks, k, 5, entities, s.text, s.start);
  if (!after || after.kind === 'unknown') return null;
  return anyOrder || toks[k + 1]?.lower === 'by' || inversionSite(s, toks[k]!) || entityKind(after) === 'media' ? after : null;
}

/** True when the verb at `t` opens its sentence or follows a comma, dash, bracket or quotation mark. */
function inversionSite(s: Sentence, t: Tok): boolean {
  let i = t.start - s.start - 1;
  while (i >= 0 && /\s/u.test(s.text.charAt(i))) i--;
  return i < 0 || INVERSION_AFTER.has(s.text.charAt(i));
}

/** The entity named within `span` words after k ("said Locke", "according to the UN"). */
export function entityAfter(toks: Tok[], k: number, span: number, entities: EntityIndex, sentenceText = '', sentenceStart = 0): Entity | null {
  for (let j = k + 1; j <= Math.min(toks.length - 1, k + span); j++) {
    const t = toks[j]!;
    const m = mentionIn(entities, t);
    if (m) {
      const e = entities.entities[m.entity];
      // "says the Democratic presidential candidate": a name used as an adjective is not the speaker.
      let last = j;
      while (last + 1 < toks.length && toks[last + 1]!.start < m.end) last++;
      const next = toks[last + 1];
      const adjective = next && /^\p{Ll}/u.test(next.lower) && next.start - m.end <= 1 && !AUXILIARIES.has(next.lower) && !CLAIM_VERBS.has(next.lower)
        && sentenceText !== '' && /^\p{Ll}/u.test(sentenceText.charAt(next.start - sentenceStart));
      return usable(e) && !adjective ? e : null;
    }
    // "according to exit polls, Romney…": a document or vague source comes first, or the phrase ended.
    if (CLAIM_VERBS.has(t.lower) || t.lower === 'that' || DOCUMENT_HEADS.has(t.lower) || VAGUE_HEADS.has(t.lower)) return null;
    if (j > k + 1 && !adjacent(sentenceText, sentenceStart, toks[j - 1]!, t)) return null;
  }
  return null;
}

/** Vague source headed at k ("senior officials said", "Reports that…"); returns the phrase's last token index. */
export function vagueSource(notes: NoteSet, toks: Tok[], k: number, s: Sentence, entities: EntityIndex): number {
  const head = toks[k]!;
  // "Spokeswoman Jessica Ditto said", "critic Ann Lee": a role in front of a name, not a vague source.
  const following = toks[k + 1];
  if (following && adjacent(s.text, s.start, head, following)) {
    const m = entities.mentionAt(following.start, following.end);
    if (m && entities.entities[m.entity]?.kind === 'person') return k;
  }
  // "some officials": let the last head lead the phrase.
  if (VAGUE_HEADS.has(toks[k + 1]?.lower ?? '') && toks[k + 1]!.start - head.end <= 2) return -1;
  // "a spokesman for the Kremlin" is the Kremlin speaking.
  if (/^spokes/.test(head.lower) && /^(?:for|of)$/.test(toks[k + 1]?.lower ?? '')) {
    const e = entityAfter(toks, k + 1, 3, entities, s.text, s.start);
    if (e && hasVerbAfter(toks, k, VERB_WINDOW + 4)) {
      addEntity(notes, e, s, s.text, entityKind(e) === 'person' ? 'organisation' : entityKind(e));
      return k + 1;
    }
  }
  // "The Post reports that…": a named outlet, not vague reports.
  const prev = toks[k - 1];
  // A capital at the sentence start proves nothing ("But reports…", "Other reports…"): then only a known name counts.
  const capitalPrev = prev && /^\p{Lu}/u.test(s.text.charAt(prev.start - s.start))
    && (prev.start > s.start || entities.mentionAt(prev.start, prev.end) !== null);
  if (prev && capitalPrev && SELF_ATTRIBUTING.has(head.lower) && adjacent(s.text, s.start, prev, head)) {
    let first = k - 1;
    while (first > 0 && k - first < 4 && /^\p{Lu}/u.test(s.text.charAt(toks[first - 1]!.start - s.start)) && adjacent(s.text, s.start, toks[first - 1]!, toks[first]!)) first--;
    const named = entities.mentionAt(prev.start, prev.end);
    const e = named ? entities.entities[named.entity] : null;
    if (usable(e)) {
      addEntity(notes, e, s, s.text, 'media');
      return k;
    }
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
  // Lower-case a sentence-initial common noun ("Authorities", "Witnesses"), not a name ("Kremlin officials").
  const common = VAGUE_HEADS.has(toks[first]!.lower) || VAGUE_MODIFIERS.has(toks[first]!.lower);
  if (common || !entities.mentionAt(toks[first]!.start, toks[first]!.end)) who = notes.phrase(who, toks[first]!.start === s.start);
  notes.add(vagueKey(who), who, 'unnamed', true, null, s, s.text);
  return last;
}

function hasVerbAfter(toks: Tok[], k: number, span: number): boolean {
  for (let j = k + 1; j <= Math.min(toks.length - 1, k + span); j++) if (CLAIM_VERBS.has(toks[j]!.lower)) return true;
  return false;
}

/** Documents and studies: "a report by Amnesty", "the study found", "according to court documents". */
export function documentSource(notes: NoteSet, toks: Tok[], k: number, s: Sentence, entities: EntityIndex): void {
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
      if (!adjacent(s.text, s.start, toks[j - 1]!, toks[j]!)) break; // "a study published today, Lloyds…"
      last = j;
    }
  }
  const owner = toks[k - 1];
  // "Prudential’s report", "a Bloomberg poll": the owner wrote it.
  if (!author && owner && (/['’]s$/u.test(owner.lower) || (/^\p{Lu}/u.test(s.text.charAt(owner.start - s.start)) && adjacent(s.text, s.start, owner, head)))) {
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
  const display = notes.phrase(who, whoStart === s.start);
  notes.add(`d:${display.toLowerCase()}`, display, 'document', vague, null, s, s.text);
}
