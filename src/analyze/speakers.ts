/**
 * Who said each quote (issue 3, Speakers): cue words in every order ("X said", "said X", "X, who…,
 * told", "according to X", "X stated:"), a quote-only paragraph continuing the previous speaker,
 * organisations as speakers, and pronouns or roles resolved to a name through names.ts. When no
 * speaker is found the answer is null: we never fall back to a random capitalised word.
 *
 * Work per quote is bounded by a fixed token window, so the whole pass is linear in the text.
 */
import type { Entity, EntityIndex } from './names';
import { tokenize, isSentenceEnd, tokenAt, WINDOW, type Tok } from './speakerFrames';
import { searchAccording, searchBefore, personOrBodyAt } from './speakerCues';
import { outerSource, openingSource } from './speakerNested';
import { quotedRemarkOwner, remarkPhraseOwner } from './speakerRemarks';
import { speakerAfterQuote, opensNewSentence, IMPLICIT_SUBJECT } from './speakerAfterQuote';
import { headlineCueAfter, headlineSubject, isTitleCase } from './speakerHeadline';
import { endsCapitalised, baseNP, np, type NP } from './speakerPhrases';
import { isCap, isCue, isPronounText, isVerbLike, verbUse } from './speakerWordClasses';
import { sentenceSubject } from './speakerSentenceSubject';
import { lineSigner, paragraphSigner } from './speakerSignature';
import { namesAThing } from './speakerNaming';
import { ROLE_WORDS } from './nameLists';
import { passiveNamingAt, passiveAgentAfter } from './speakerPassive';
import { askedQuestion } from './speakerQuestion';
import { anonymousChant } from './speakerChants';
import { passiveSubject } from './speakerPassiveSubject';
import { asClauseAfter, mainClauseSubject, openingClauseSpeaker, opinionHolder, opensOnParticiple } from './speakerOpeningClause';
import { closingPronounTag } from './speakerLaterClause';

export type { NP } from './speakerPhrases';
export { findIntroSpeaker, cueSubjects } from './speakerCues';

export interface QuoteSite {
  /** Opening mark offset and the offset after the closing mark (or paragraph end). */
  open: number;
  close: number;
  /** Content offsets. */
  start: number;
  end: number;
  paragraph: number;
  /** Paragraph bounds. */
  paraStart: number;
  paraEnd: number;
  unclosed: boolean;
  /** The quote's own words end a sentence (“… home.”). */
  endsSentence: boolean;
}

export interface Attribution {
  /** The name to show (resolved), or null. */
  speaker: string | null;
  role: string | null;
  /** The speaker as written next to the cue ("he", "the president", "Mr. Putin"). */
  asWritten: string | null;
  /** How it was found: 'cue' (a cue word in the sentence), 'inherited' (previous quote) or null. */
  how: 'cue' | 'subject' | 'inherited' | null;
  entity: Entity | null;
}

export { IMPLICIT_SUBJECT } from './speakerAfterQuote';

export interface SpeakerContext {
  text: string;
  sites: QuoteSite[];
  entities: EntityIndex;
  /** Token cache by paragraph start (filled on demand). */
  tokens?: Map<number, Tok[]>;
  /** Offset past which no text is read (a margin after the last quote). */
  limit?: number;
  /** Title Case verdict by paragraph start (filled on demand). */
  titleCase?: Map<number, boolean>;
  /** Sites whose marks name a thing ("a website called “…”"): no speaker, none inherited either. */
  named?: Set<number>;
}

/** Whether the paragraph of `site` is set in Title Case (a headline), computed once per paragraph. */
function titleCase(ctx: SpeakerContext, site: QuoteSite): boolean {
  ctx.titleCase ??= new Map();
  let v = ctx.titleCase.get(site.paraStart);
  if (v === undefined) {
    v = isTitleCase(ctx.text, site.paraStart, site.paraEnd);
    ctx.titleCase.set(site.paraStart, v);
  }
  return v;
}

/** Tokens of the paragraph [start, end), cached on the context; `firstSite` is its first quote. */
export function paragraphTokens(ctx: SpeakerContext, start: number, end: number, firstSite: number): Tok[] {
  ctx.tokens ??= new Map();
  let toks = ctx.tokens.get(start);
  if (!toks) {
    toks = tokenize(ctx.text, start, Math.min(end, ctx.limit ?? end), ctx.sites, firstSite);
    ctx.tokens.set(start, toks);
  }
  return toks;
}

/** Finds the speaker as written next to a cue for site `i`, or null. */
export function findSpeakerNP(ctx: SpeakerContext, i: number): NP | null {
  const p = speakerNearCue(ctx, i);
  if (!p) return p;
  const opening = openingSource(ctx, i, p);
  if (opening) return opening;
  // ("“…,” he told Sen. Flake, according to officials …": the outlet outranks a pronoun too.)
  if (isPronounText(p.text) || p.text === IMPLICIT_SUBJECT) return outerSource(ctx, i, p) ?? p;
  const toks = ctx.tokens?.get(ctx.sites[i]!.paraStart);
  const speaker = (toks && remarkPhraseOwner(ctx.text, toks, p)) || p;
  return outerSource(ctx, i, speaker) ?? speaker;
}

function speakerNearCue(ctx: SpeakerContext, i: number): NP | null {
  const { text, sites } = ctx;
  const site = sites[i]!;
  // The paragraph's tokens are computed once and shared by its quotes; work per quote stays
  // within WINDOW tokens of it, so hostile text stays linear.
  let first = i;
  while (first > 0 && sites[first - 1]!.paragraph === site.paragraph && !ctx.tokens?.has(site.paraStart)) first--;
  const toks = paragraphTokens(ctx, site.paraStart, site.paraEnd, first);
  const q = tokenAt(toks, site.open);
  if (q < 0 || toks[q]!.kind !== 'quote') return null;
  // Sentence bounds around the quote token.
  let lo = q - 1;
  while (lo >= 0 && q - lo < WINDOW && !isSentenceEnd(toks, lo) && !(toks[lo]!.kind === 'quote' && sites[toks[lo]!.site]!.endsSentence && isCap(toks[lo + 1]))) lo--;
  lo++;
  let hi = q + 1;
  // A line break after the quote ends its frame: the next line is another paragraph ("…
  // editorialize.”⏎On Monday, Trump groused …" in text whose paragraphs are single lines).
  while (hi < toks.length && hi - q < WINDOW && !isSentenceEnd(toks, hi) && !text.slice(toks[hi - 1]!.end, toks[hi]!.start).includes('\n')) hi++;
  if (namesAThing(toks, q, lo)) {
    markUnspoken(ctx, i);
    return null;
  }
  // "Crows are considered the “…”": a passive naming frame; only its agent ("by X") speaks.
  // (A cue after the quote still speaks: "… could be termed “…,” The Washington Post reported.")
  const passive = passiveNamingAt(toks, q, lo);
  if (passive) {
    const agent = passiveAgentAfter(text, toks, q, hi) ?? (passive.be ? speakerAfterQuote(text, toks, site, q, lo, hi) : null);
    if (agent) return agent;
    if (passive.be) {
      markUnspoken(ctx, i);
      return null;
    }
  }
  // "“… a world where he is president.” ― Adriana Rodarte": a quoted line signed after a dash
  // belongs to the signer, every quote on it (nested marks split it into several).
  const signer = lineSigner(text, site) ?? paragraphSigner(text, site);
  if (signer) return signer;
  // A Title Case headline names its speaker first: "Chris Christie Calls Hillary Clinton ‘A Disgrace’".
  if (lo < q && titleCase(ctx, site)) {
    const h = headlineCueAfter(text, toks, q, hi) ?? headlineSubject(text, toks, lo, q);
    if (h) return h;
  }

  // "… to chants of “Marco! Marco!”": a crowd's voice with no crowd named.
  if (anonymousChant(toks, q, lo)) {
    markUnspoken(ctx, i);
    return null;
  }
  // "Asked whether Clinton “has the integrity …,” 75 percent said yes": a question, not an answer.
  const question = lo < q ? askedQuestion(text, toks, q, lo) : null;
  if (question) {
    if (!question.asker) markUnspoken(ctx, i);
    return question.asker;
  }

  // 1. Right after the quote: "…,” said X" / "…,” X said" / "…,” X, who…, said".
  // "He said, “…” – at which point the crowd chanted …": a cue right before the quote, with its
  // comma or colon, introduces it; a cue after it belongs to the clause that follows.
  // ("in a clip that Judge Ana Ruiz called “distasteful,” Santilli expressed …": a name and its
  // cue verb right before the quote take it as their object, so the cue after it is another's.)
  const introduced = (q >= 2 && /^[,:]$/.test(toks[q - 1]!.t) && isCue(toks[q - 2])) || namedCueBefore(toks, q, lo);
  // "After Scalia said … “less advanced schools,” Trump said: …": the quote closes an opening
  // subordinate clause, whose own cue frames it; the cue after it is the main clause's.
  const opening = introduced ? null : openingClauseSpeaker(text, toks, q, lo);
  if (opening) return opening;
  const right = introduced ? null : speakerAfterQuote(text, toks, site, q, lo, hi) ?? asClauseAfter(text, toks, q, hi);
  if (right) return right;
  // A new sentence after the quote is not part of this quote's frame.
  if (opensNewSentence(toks, site, q, hi)) hi = q + 1;
  // "Obama's “if you like your plan” promise": the owner of the remark.
  const owner = quotedRemarkOwner(text, toks, q, lo);
  if (owner) return owner;
  // 2. Before the quote, nearest cue first: "X said", "X told reporters:", "according to X".
  const before = searchBefore(text, toks, q, lo);
  if (before) return before;
  // "Pollsters agree - Carl Bialik: “…”" / "Trump on Twitter: “…”": a name and a colon.
  if (q - 1 >= lo && toks[q - 1]!.t === ':') {
    const p = baseNP(text, toks, q - 1, lo);
    // "Then, later that month on CNN: “…”": the medium after a preposition is not the speaker.
    const pi = p ? tokenAt(toks, p.start) : -1;
    const prep = pi > lo ? toks[pi - 1]! : null;
    const onMedium = prep !== null && prep.t === prep.lc && /^(on|in|at|to|via|from)$/.test(prep.lc);
    // A newsletter's item signed after a dash: "… overhype - HuffPollster: “…”", "… - More from
    // Jones: “…”"; the name speaks whatever kind of entity it reads as.
    const dash = (t: Tok | undefined) => t !== undefined && t.kind === 'punct' && /^[-—–]$/.test(t.t);
    if (p && endsCapitalised(p) && pi > lo && (dash(toks[pi - 1]) || (prep?.lc === 'from' && toks[pi - 2]?.lc === 'more' && dash(toks[pi - 3])))) return p;
    // "From the report: “…”", "From Bush’s Facebook post: “…”": the source opens the sentence
    // (its owner, when it has one).
    if (toks[lo]!.t === 'From' && q - 1 - lo <= 8 && q - 1 > lo + 1 && toks.slice(lo + 1, q - 1).every((t) => t.kind === 'word')) {
      const owner = toks.slice(lo + 1, q - 1).findIndex((t) => /[’']s$/.test(t.t) && isCap(t));
      if (owner >= 0) return { ...np(text, toks, lo + 1, lo + 1 + owner)!, weak: true };
      return { ...np(text, toks, lo + 1, q - 2)!, weak: true };
    }
    // "Trump on Twitter: “…”": the name before the medium speaks.
    if (onMedium && pi - 1 > lo) {
      const who = baseNP(text, toks, pi - 1, lo);
      const m = who ? ctx.entities.mentionAt(who.start, who.end) : null;
      const e = m ? ctx.entities.entities[m.entity] : undefined;
      if (who && e && e.kind !== 'place' && tokenAt(toks, who.start) === lo && isCap(toks[pi - 2])) return who;
    }
    if (p && !onMedium && endsCapitalised(p) && personOrBodyAt(ctx, p.start, p.end)) return p;
    // "The piece used one of her quotes as its headline: “…”": a sentence ending in a colon
    // introduces the quote; its subject speaks when it is a person, a body or a document.
    // "…, so that I had to change my answer: “…”": the clause right before the colon names its
    // own subject (a pronoun followed by its verb), nearer than the sentence's.
    const near = clauseBeforeColon(toks, lo, q - 1);
    if (near) return { start: near.start, end: near.end, text: near.t, weak: true };
    const s = lo < q - 1 ? sentenceSubject(text, toks, lo, q - 1) : null;
    if (s && !isPronounText(s.text) && (DOCUMENT_HEAD.test(s.text) || isPersonOrBody(ctx, s))) return { ...s, weak: true };
  }
  // 3. According-to after the quote within the sentence.
  const after = searchAccording(text, toks, q, hi) ?? closingPronounTag(toks, q, lo, hi);
  if (after) return after;
  // "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest …": a
  // sentence opening on a speech participle quotes the subject of its main clause.
  // ("After saying her right foot was “so swollen …,” she was …": a preposition before it.)
  // ("And in explaining why …, Clinton described …": past a conjunction, "in" too.)
  // ("After spending the week bickering over whether the other is “qualified”, Clinton …": any
  // participle after "after/before/while/…" has the main clause's subject, speech verb or not.)
  if (lo < q && opensOnParticiple(toks, lo, q)) {
    const main = mainClauseSubject(text, toks, q, hi);
    if (main) return main;
  }
  // "To Sharp, Trump is the “kind-hearted” man …": the person an opening "To X," names.
  const holder = opinionHolder(text, toks, q, lo);
  if (holder) return holder;
  // 4. No cue at all: the subject opening the sentence, when the quote sits later in it
  // ("She also called for more “flexibility”").
  if (lo < q - 1) {
    const s0 = sentenceSubject(text, toks, lo, q);
    // ("Mosad was being treated for a “malignant disease”": a passive subject is no speaker.)
    // ("Zuckoff’s 13 Hours book is described …": a possessive cut short of its head owns a thing.)
    const s = s0 && !passiveSubject(toks, s0, q) && !/[’']s?$/.test(s0.text) ? s0 : null;
    if (s && isPronounText(s.text) && !/^(it|es|il|lo|это|i|we)$/i.test(s.text)) return { ...s, weak: true };
    if (s && !isPronounText(s.text) && !ownedThing(s.text) && (isPersonOrBody(ctx, s) || DOCUMENT_HEAD.test(s.text) || PEOPLE_HEAD.test(s.text))) return { ...s, weak: true };
    // "The Florida senator’s answer was that “…”": a remark's owner said it.
    const owner = s ? remarkPhraseOwner(text, toks, s) : null;
    if (owner) return { ...owner, weak: true };
  }
  return null;
}

/** Site `i` is nobody's words (a name, a chant, a question): no speaker, and none inherited. */
function markUnspoken(ctx: SpeakerContext, i: number): void {
  (ctx.named ??= new Set()).add(i);
}

/**
 * "Donald Trump’s latest victories": a possessive before a lower-case head that is no role, body
 * or document ("Clinton’s campaign", "Trump’s spokeswoman" speak) names a thing, not a speaker.
 */
function ownedThing(s: string): boolean {
  const m = /[’']s?\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}[\p{Ll}-]*)$/u.exec(s);
  return m !== null && !ROLE_WORDS.has(m[1]!) && !SPEAKING_THINGS.test(m[1]!);
}
const SPEAKING_THINGS = /^(campaign|camp|team|office|staff|spokes\p{L}*|aides?|advisers?|allies|supporters|lawyers?|attorneys?|family|statement|website|account|tweet|post|memo|letter|book|ad|report)$/u;

/** "Ruiz called “…”": a capitalised word, then a lower-case cue verb right before the quote at `q`. */
function namedCueBefore(toks: Tok[], q: number, lo: number): boolean {
  const v = toks[q - 1];
  return q - 2 >= lo && v !== undefined && isCue(v) && v.t === v.lc && isCap(toks[q - 2]) && verbUse(toks, q - 1);
}

/** Heads of document phrases that speak ("The piece", "A footnote in the report", "The ad"). */
const DOCUMENT_HEAD = /^(?:the|a|an|this|that|his|her|its|their)\s(?:[\p{L}’'-]+\s){0,3}(?:piece|article|report|statement|letter|memo|ad|advert|email|e-mail|editorial|study|poll|survey|release|post|tweet|video|book|column|footnote|filing|complaint|lawsuit|document|message|note|website|page)$/iu;

/** Phrases headed by people ("Sanders protesters", "the crowd", "many voters"). */
const PEOPLE_HEAD = /(?:^|\s)(?:protesters|demonstrators|supporters|voters|critics|officials|lawmakers|democrats|republicans|activists|members|leaders|crowd|audience|delegates|residents|students|workers|fans|chants?)$/iu;

/**
 * A person or organisation opens the phrase ("Clinton’s campaign") or is its head, the last word
 * ("Republican presidential front-runner Donald Trump").
 */
function isPersonOrBody(ctx: SpeakerContext, s: NP): boolean {
  const lastWord = s.text.lastIndexOf(' ');
  for (const from of lastWord < 0 ? [s.start] : [s.start, s.start + lastWord + 1]) if (personOrBodyAt(ctx, from, s.end)) return true;
  return false;
}

/** A pronoun opening the last clause before the colon at `c` ("that I had to change my answer:"), or null. */
function clauseBeforeColon(toks: Tok[], lo: number, c: number): Tok | null {
  for (let j = c - 2; j > lo && c - j < 10; j--) {
    const t = toks[j]!;
    if (t.kind !== 'word') return null;
    if (!isPronounText(t.lc) || !/^(that|and|but|so|then|when|until)$/.test(toks[j - 1]!.lc)) continue;
    return isVerbLike(toks[j + 1]!) ? t : null;
  }
  return null;
}
