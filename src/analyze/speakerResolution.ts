/**
 * From "who is written next to the cue" to "who said it": pronouns and role descriptions resolve to
 * the person the article introduced ("he", "the president" → "Vladimir Putin"), mentions of one
 * person merge into one name (names.ts), and quotes without a cue of their own continue the speaker
 * of the quote before them (same paragraph, or a quote-only paragraph after a quote or a colon).
 */
import { afterPreposition, roleWords, type Entity, type EntityIndex, type Mention } from './names';
import { ROLE_WORDS } from './nameLists';
import { DESCRIPTORS } from './speakerPhrases';
import { PRONOUNS } from './cueVerbs';
import { splitParagraphs } from './sentences';
import { transcriptLabel, labelSpeaker } from './speakerLabels';
import { findSpeakerNP, findIntroSpeaker, cueSubjects, paragraphTokens, IMPLICIT_SUBJECT, type Attribution, type NP, type QuoteSite, type SpeakerContext } from './speakers';

const EMPTY: Attribution = { speaker: null, role: null, asWritten: null, how: null, entity: null };

/** Last mention inside [start, end): in English the head of a noun phrase comes last. */
function lastMentionIn(idx: EntityIndex, start: number, end: number): Entity | null {
  const m = lastMentionAt(idx, start, end);
  return m ? idx.entities[m.entity] ?? null : null;
}

function lastMentionAt(idx: EntityIndex, start: number, end: number): Mention | null {
  let m = idx.mentionAt(start, end);
  if (!m) return null;
  const i0 = mentionIndex(idx, m);
  for (let i = i0 + 1; i < idx.mentions.length && idx.mentions[i]!.start < end; i++) m = idx.mentions[i]!;
  return m;
}

function genderOk(e: Entity, g: 'm' | 'f' | 'p' | null): boolean {
  if (g === 'p') return e.kind === 'organisation';
  if (e.kind !== 'person' && e.kind !== 'unknown') return false;
  return g === null || e.gender === null || e.gender === g;
}

function fromEntity(e: Entity, asWritten: string): Attribution {
  // Bodies keep their article ("the Kremlin", "the White House"); people get their full name.
  const speaker = e.kind === 'organisation' && /^the\s/i.test(asWritten) && asWritten.endsWith(e.name) ? `the ${e.name}` : e.name;
  return { speaker, role: e.role, asWritten, how: 'cue', entity: e };
}

/** Turns a speaker phrase into an attribution, resolving pronouns and roles. */
function resolve(ctx: SpeakerContext, p: NP, sources: Source[]): Attribution {
  const idx = ctx.entities;
  const words = p.text.split(/\s+/);
  const head = words[words.length - 1]!;
  const headLc = head.toLowerCase();
  // Pronoun: the latest speaker of a matching gender, else the latest such person named.
  const implicit = p.text === IMPLICIT_SUBJECT;
  if (implicit || (words.length === 1 && Object.prototype.hasOwnProperty.call(PRONOUNS, headLc))) {
    // "it said" points to a body (a newspaper, a company, a report), never to a person.
    const g = implicit ? null : PRONOUNS[headLc]!;
    if (headLc === 'i' || headLc === 'we') return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue' };
    // The nearest earlier named source (a cue's subject, quoted or not) of a compatible gender.
    const found = lastSourceBefore(sources, p.start, g);
    // No source of the pronoun's own paragraph, but a person of its gender named in it ("Others,
    // like Bernard Dufour, wait. « … », dit-il."): the paragraph's own person is nearer.
    const paraStart = ctx.text.lastIndexOf('\n', p.start) + 1;
    if ((g === 'm' || g === 'f') && (!found || found.pos < paraStart)) {
      const m = paragraphPerson(ctx, paraStart, p.start, g);
      if (m) return { ...fromEntity(m, m.name), asWritten: p.text };
    }
    const src = found?.entity;
    if (src) return { ...fromEntity(src, src.name), asWritten: p.text };
    const e = idx.lastBefore(p.start, (x) => (g === 'p' ? x.kind === 'organisation' : x.kind === 'person' && genderOk(x, g)));
    if (e) return { ...fromEntity(e, e.name), asWritten: p.text };
    if (implicit) return EMPTY;
    return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue' };
  }
  // A capitalised head: the entity it names.
  if (/^\p{Lu}/u.test(head)) {
    // A mention running past the phrase ("Angry Parents Rally Nationwide" for the headline subject
    // "Angry Parents") is a longer capitalised run, not this speaker.
    // "Cameron Easley for Morning Consult", "Jane Roe at the Brookings Institution": the person
    // comes first and the affiliation after the preposition.
    const aff = /\s(?:for|at|from|with|of)\s+(?:the\s+)?\p{Lu}/u.exec(p.text);
    let headEnd = aff && /^\p{Lu}/u.test(p.text) ? p.start + aff.index : p.end;
    let m = lastMentionAt(idx, p.start, headEnd);
    // "Secretary of State John Kerry": no name before the preposition, so it was part of a role.
    if (!m && headEnd < p.end) {
      headEnd = p.end;
      m = lastMentionAt(idx, p.start, headEnd);
    }
    const e = m && m.end <= headEnd + 1 ? idx.entities[m.entity] : undefined;
    if (e && e.kind !== 'place') return fromEntity(e, p.text);
    return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue' };
  }
  // "the president" → the person introduced with that role.
  if (/^(the|der|die|le|la|el)\s/i.test(p.text) && words.length <= 3 && OFFICE_WORDS.has(headLc)) {
    // The nearest recent subject with that role first ("Rubio … the senator said"), else anyone
    // introduced with it.
    const e = recentWithRole(sources, p.start, headLc) ?? idx.byRole(headLc, p.start);
    if (e) return { ...fromEntity(e, e.name), asWritten: p.text };
  }
  // "the Republican presidential candidate said": shown as written, but the article's main person
  // stands behind it for a later "he said".
  if (/^(the|der|die|le|la|el)\s/i.test(p.text) && words.length <= 5 && ROLE_WORDS.has(headLc)) {
    const e = protagonist(idx, p.start);
    return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue', entity: e };
  }
  return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue' };
}

/**
 * Offices one person holds at a time ("the president", "the chancellor"): these resolve to the
 * person introduced with them; "the aide" or "the spokesman" could be anyone and stay as written.
 */
const OFFICE_WORDS = new Set([
  'president', 'chancellor', 'senator', 'governor', 'mayor', 'minister', 'premier', 'king', 'queen', 'pope',
  'general', 'judge', 'secretary', 'speaker', 'prince', 'princess', 'ambassador', 'commissioner', 'nominee',
  'candidate', 'congressman', 'congresswoman', 'sheriff', 'director', 'chairman', 'chairwoman', 'ceo',
  'präsident', 'kanzler', 'kanzlerin', 'président', 'présidente', 'presidente', 'президент', 'министр',
]);

interface Source {
  pos: number;
  entity: Entity;
  /** The subject of a speech verb (a stronger antecedent for "he said" than any sentence subject). */
  speech?: boolean;
}

function recentWithRole(sources: Source[], pos: number, word: string): Entity | null {
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  const seen = new Set<Entity>();
  for (let i = lo - 1; i >= 0 && seen.size < 4; i--) {
    const e = sources[i]!.entity;
    seen.add(e);
    if (e.role && roleWords(e.role).includes(word)) return e;
  }
  return null;
}

/** The person mentioned most often before `before` (at least three times), or null. */
function protagonist(idx: EntityIndex, before: number): Entity | null {
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
function addSource(sources: Source[], pos: number, entity: Entity): void {
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid]!.pos <= pos) lo = mid + 1;
    else hi = mid;
  }
  sources.splice(lo, 0, { pos, entity });
}

// How far before an unsure (genderless) candidate a candidate of the right gender may be and still win.
const UNSURE_REACH = 400;
/** The latest person of gender `g` named in [from, to) outside quotes, or null. */
function paragraphPerson(ctx: SpeakerContext, from: number, to: number, g: 'm' | 'f'): Entity | null {
  const idx = ctx.entities;
  let i = mentionIndex(idx, { start: to }) - 1;
  for (; i >= 0 && idx.mentions[i]!.start >= from; i--) {
    const m = idx.mentions[i]!;
    const e = idx.entities[m.entity]!;
    if (e.kind === 'person' && e.gender === g && !insideQuote(ctx.sites, m.start)) return e;
  }
  return null;
}

function lastSourceBefore(sources: Source[], pos: number, g: 'm' | 'f' | 'p' | null): Source | null {
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  let unsure: Source | null = null;
  for (let i = lo - 1; i >= 0 && i >= lo - 40; i--) {
    const src = sources[i]!;
    const e = src.entity;
    if (g === 'p') {
      if (e.kind === 'organisation') return src;
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

function mentionIndex(idx: EntityIndex, m: { start: number }): number {
  let lo = 0;
  let hi = idx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx.mentions[mid]!.start < m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const OPINION_LEAD = /^[\s“"«(]*(?:To|For|Pour|Für|Para|Per|Для)\s+(?:(?:the|le|la|l’|der|die|el)\s+)?/u;

const SUBORDINATOR = /^[\s“"«(]*(?:When|If|After|Before|While|As|Although|Though|Because|Since|Until|Once|Unless|Whether|Wenn|Als|Quand|Si|Cuando)\s/u;

// Up to four capitalised or modifier words before the name; lower-case role words count as
// modifiers ("presidential nominee Hillary Clinton was …").
const SUBJECT_LEAD = /^[\s“"«(]*(?:(?:the|a|an|former|top|senior|then|longtime|[\p{Lu}][\p{L}.’'-]*)\s+){0,4}$/u;
function subjectLead(lead: string): boolean {
  if (SUBJECT_LEAD.test(lead)) return true;
  const words = lead.trim().split(/\s+/);
  return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || /^(the|a|an|former|top|senior|then|longtime)$/.test(w) || ROLE_WORDS.has(w) || DESCRIPTORS.has(w));
}

// An initial or a title's abbreviation ("scholar A.E. Dick Howard", "consulted Sen. Ted Cruz")
// does not end a sentence: the name after it is an object, not a new sentence's subject.
const SENTENCE_START = /(?<!(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Sens|Gov|Rep|Reps|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Hon|St|Mt|Ft|Jr|Sr))[.!?]["”’»]?\s+(?=[\p{Lu}“"«])|\n+/gu;

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
      const e = lastMentionIn(entities, np.start, np.end);
      if (e && (e.kind === 'person' || e.kind === 'organisation' || e.kind === 'unknown')) out.push({ pos: np.start, entity: e, speech: true });
    }
  }
  // Sentence subjects: a person or body named in the first words of a sentence.
  const addSubject = (at: number) => {
    let m = entities.mentionAt(at, at + 60);
    if (!m || insideQuote(sites, m.start)) return;
    // Only a name that opens the sentence, after at most a few modifiers ("Republican", "the former").
    // "To professor Jane Roe, the vote …" / "Pour le climatologue Olivier Castagné, …": the person
    // whose view the sentence gives is its source too.
    let lead = text.slice(at, m.start);
    const view = OPINION_LEAD.exec(lead);
    if (view) {
      // Any few words of description: "political science professor", "climatologue".
      if (!/^(?:[\p{L}.’'-]+\s+){0,5}$/u.test(lead.slice(view[0].length))) return;
    } else if (afterPreposition(text, m.start) || !subjectLead(lead)) return;
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
    if (insideQuote(sites, at)) return;
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

function insideQuote(sites: QuoteSite[], pos: number): boolean {
  let lo = 0;
  let hi = sites.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sites[mid]!.close <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < sites.length && sites[lo]!.open <= pos;
}

/** Speakers for every quote site, in order. */
export function attributeSpeakers(ctx: SpeakerContext): Attribution[] {
  const { sites } = ctx;
  const out: Attribution[] = [];
  const sources = namedSources(ctx);
  for (let i = 0; i < sites.length; i++) {
    // "“WALLACE: Let's start …”": a transcript turn names its own speaker.
    const label = transcriptLabel(ctx.text.slice(sites[i]!.start, sites[i]!.start + 60));
    if (label) {
      out.push({ speaker: labelSpeaker(label, ctx.entities, sites[i]!.start), role: null, asWritten: label, how: 'cue', entity: null });
      continue;
    }
    const p = findSpeakerNP(ctx, i);
    let a = p ? resolve(ctx, p, sources) : EMPTY;
    // "KELLER: I told them, “…”": the first person of a transcript turn is its label.
    if (a.asWritten && /^(i|we)$/i.test(a.asWritten)) {
      const s = sites[i]!;
      const turn = transcriptLabel(ctx.text.slice(s.paraStart, s.paraStart + 60));
      if (turn) a = { speaker: labelSpeaker(turn, ctx.entities, s.start), role: null, asWritten: turn, how: 'cue', entity: null };
    }
    if (p?.weak && a.speaker) a.how = 'subject';
    // A speaker resolved from a role description is an antecedent too (bounded: hostile text has few).
    if (p && a.entity && a.asWritten !== a.entity.name && !/^\p{Lu}/u.test(p.text) && sources.length < 5000) addSource(sources, p.start, a.entity);
    out.push(a);
  }
  // Quotes without a cue of their own continue a neighbour's speaker.
  for (let i = 0; i < sites.length; i++) {
    if (out[i]!.speaker) continue;
    const s = sites[i]!;
    // "PENCE: Well, as I said, “…”": the turn's label speaks the quotes of its paragraph.
    const turn = s.open > s.paraStart ? transcriptLabel(ctx.text.slice(s.paraStart, s.paraStart + 60)) : null;
    if (turn) {
      out[i] = { speaker: labelSpeaker(turn, ctx.entities, s.start), role: null, asWritten: turn, how: 'inherited', entity: null };
      continue;
    }
    const prev = i > 0 ? sites[i - 1]! : null;
    const next = i + 1 < sites.length ? sites[i + 1]! : null;
    if (prev && prev.paragraph === s.paragraph && out[i - 1]!.speaker) {
      out[i] = { ...out[i - 1]!, how: 'inherited' };
      continue;
    }
    if (next && next.paragraph === s.paragraph && out[i + 1]!.speaker && out[i + 1]!.how === 'cue') {
      out[i] = { ...out[i + 1]!, how: 'inherited' };
      continue;
    }
    // A paragraph that opens with a quote continues the previous paragraph's speaker when that
    // paragraph ended inside a quote or with a colon.
    if (s.open === s.paraStart && prev && prev.paragraph === s.paragraph - 1) {
      if ((prev.unclosed || prev.close >= prev.paraEnd - 2) && out[i - 1]!.speaker) {
        out[i] = { ...out[i - 1]!, how: 'inherited' };
        continue;
      }
    }
    // A quote-only paragraph continues the speaker of the quote just before it.
    if (s.open === s.paraStart && prev && prev.paragraph === s.paragraph - 1 && out[i - 1]!.speaker && quoteOnly(sites, i)) {
      out[i] = { ...out[i - 1]!, how: 'inherited' };
      continue;
    }
    if (s.open === s.paraStart) {
      const intro = introFor(ctx, s);
      if (intro) {
        out[i] = { ...resolve(ctx, intro, sources), how: 'inherited' };
        continue;
      }
      // A quote-only paragraph after reported speech ("Trump said the plan would work.") continues
      // that speaker.
      if (quoteOnly(sites, i)) {
        const e = lastSpeechSourceIn(sources, s.paraStart - 1200, s.paraStart);
        if (e) out[i] = { speaker: e.name, role: e.role, asWritten: e.name, how: 'inherited', entity: e };
      }
    } else if (/[.!?:][”"’»]?\s*$/u.test(ctx.text.slice(Math.max(s.paraStart, s.open - 3), s.open))) {
      // "… , Schiff said. “…”" / "X called him a master. “…”": a quote that opens its own sentence
      // continues the speaker of the sentence before it in the paragraph.
      const prior = priorCueSubject(ctx, i);
      if (prior) out[i] = { ...resolve(ctx, prior, sources), how: 'inherited' };
    }
  }
  return out;
}

/** The subject of the last cue word before site `i` in its paragraph (not past another quote). */
function priorCueSubject(ctx: SpeakerContext, i: number): NP | null {
  const s = ctx.sites[i]!;
  const toks = ctx.tokens?.get(s.paraStart);
  if (!toks) return null;
  // Only the text after the previous quote of the paragraph: that quote has its own speaker.
  const from = i > 0 && ctx.sites[i - 1]!.paragraph === s.paragraph ? ctx.sites[i - 1]!.close : s.paraStart;
  const part = toks.filter((t) => t.start >= from && t.end <= s.open);
  let last: NP | null = null;
  for (const np of cueSubjects(ctx.text, part)) last = np;
  return last;
}

/** The latest speech-verb subject in [from, to), or null. */
function lastSpeechSourceIn(sources: Source[], from: number, to: number): Entity | null {
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid]!.pos < to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && sources[i]!.pos >= from; i--) {
    const x = sources[i]!;
    if (x.speech && (x.entity.kind === 'person' || x.entity.kind === 'organisation')) return x.entity;
  }
  return null;
}

/** The paragraph of site `i` holds nothing but quotes (and punctuation) from start to end. */
function quoteOnly(sites: QuoteSite[], i: number): boolean {
  let j = i;
  while (j + 1 < sites.length && sites[j + 1]!.paragraph === sites[i]!.paragraph && j - i < 50) j++;
  return sites[j]!.close >= sites[j]!.paraEnd - 2;
}

function introFor(ctx: SpeakerContext, s: QuoteSite): NP | null {
  // The previous paragraph ends right before this one starts (skip the blank line).
  let e = s.paraStart;
  while (e > 0 && /\s/.test(ctx.text[e - 1]!)) e--;
  let b = ctx.text.lastIndexOf('\n', e - 1);
  b = b < 0 ? 0 : b + 1;
  if (ctx.text[e - 1] !== ':') return null;
  return findIntroSpeaker(ctx, b, e);
}
