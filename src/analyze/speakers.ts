/**
 * Who said each quote (issue 3, Speakers): cue words in every order ("X said", "said X", "X, who…,
 * told", "according to X", "X stated:"), a quote-only paragraph continuing the previous speaker,
 * organisations as speakers, and pronouns or roles resolved to a name through names.ts. When no
 * speaker is found the answer is null: we never fall back to a random capitalised word.
 *
 * Work per quote is bounded by a fixed token window, so the whole pass is linear in the text.
 */
import type { Entity, EntityIndex } from './names';
import { CUE_WORDS, PARTICIPLE_CUES, PREPOSITION_CUES, AFTER_QUOTE_ONLY } from './cueVerbs';
import { tokenize, isSentenceEnd, tokenAt, WINDOW, type Tok } from './speakerFrames';
import { searchAccording, searchBefore, closesSoon, cueEndsClause, speechParticiple, mainClauseSubject, affiliated, hasCueVerb } from './speakerCues';
import { outerSource, openingSource } from './speakerNested';
import { quotedRemarkOwner, remarkPhraseOwner } from './speakerRemarks';
import { headlineSubject, isTitleCase } from './speakerHeadline';
import { subjectLeft, baseNP, npRight, plausible, np, PREPS, type NP } from './speakerPhrases';
import { isCue, isCap, isPronounText, verbUse, DETERMINERS } from './speakerWordClasses';
import { sentenceSubject } from './speakerSentenceSubject';

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

const RIGHT_STOP_AFTER = /^(and|or|but|of|for|to|in|on|at|with|by|from|that|which|who|is|are|was|were|as)$/;

/** Stands for a subject the language leaves out ("dijo", "сказал"); resolved like a pronoun. */
export const IMPLICIT_SUBJECT = '∅';

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
  if (isPronounText(p.text) || p.text === IMPLICIT_SUBJECT) return p;
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
  while (lo >= 0 && q - lo < WINDOW && !isSentenceEnd(toks, lo) && !(toks[lo]!.kind === 'quote' && sites[toks[lo]!.site]!.endsSentence && startsSentence(toks, lo + 1))) lo--;
  lo++;
  let hi = q + 1;
  while (hi < toks.length && hi - q < WINDOW && !isSentenceEnd(toks, hi)) hi++;
  // A Title Case headline names its speaker first: "Chris Christie Calls Hillary Clinton ‘A Disgrace’".
  if (lo < q && titleCase(ctx, site)) {
    const h = headlineSubject(text, toks, lo, q);
    if (h) return h;
  }

  // 1. Right after the quote: "…,” said X" / "…,” X said" / "…,” X, who…, said".
  let k = q + 1;
  while (k < hi && toks[k]!.kind === 'punct' && ',—–-―:'.includes(toks[k]!.t)) k++;
  // "“…” ― Ariana Huichapa." (epigraph style): a dash, then a name that ends the sentence or runs
  // into the next quote ("“…” ― Ana Ruiz “…” ― Luis Gil", a collage of voices in one paragraph).
  // A name closing the paragraph after a dash speaks only a quote standing on its own: "… was
  // “the No. 1 force.”--Kim Hjelmgaard." ends a narrated sentence with the reporter's byline.
  let from = q;
  while (from > lo && toks[from - 1]!.kind !== 'quote') from--;
  const standsAlone = toks.slice(from, q).every((t) => t.kind !== 'word' || isCap(t));
  if (k > q + 1 && '—–―-'.includes(toks[k - 1]!.t) && isCap(toks[k]) && !isCue(toks[k])) {
    const r = plausible(npRight(text, toks, k, Math.min(toks.length, k + 8)), toks);
    if (r && /^\p{Lu}/u.test(r.text)) {
      let x = k;
      while (x < toks.length && toks[x]!.start < r.end) x++;
      if (toks[x]?.kind === 'quote' || (standsAlone && (x >= toks.length || (toks[x]!.kind === 'punct' && closesSoon(toks, r.end, hi, k))))) return r;
    }
  }
  // “…caused death.” Bernie Sanders called …: a capital after a quote that ends its own sentence
  // starts a new sentence, unless a short "X said." / "said X." follows.
  const newSentence = site.endsSentence && k === q + 1 && isCap(toks[k]);
  // "Trump’s “isolationist” foreign policy pronouncements, which …": words that continue the phrase.
  // ("a “burn bag,” the Times reported": a quote closing on a comma hands over to its speaker.)
  const inPhrase = insideNounPhrase(toks, q, lo) && !/,\s*$/.test(text.slice(site.start, site.end));
  if (k < hi) {
    // French inversion: "« … », a-t-il déclaré" / "« … », dit-elle".
    const fr = /(?:^a-t-|-t-|-)(il|elle)$/u.exec(toks[k]!.lc);
    if (fr && (isCue(toks[k + 1]) || CUE_WORDS.has(toks[k]!.lc.split('-')[0]!))) {
      return { start: toks[k]!.end - fr[1]!.length, end: toks[k]!.end, text: fr[1]! };
    }
    let c = k;
    if (toks[c]!.lc === 'a' || toks[c]!.lc === 'has' || toks[c]!.lc === 'had') c++;
    if (isCue(toks[c]) && !PREPOSITION_CUES.has(toks[c]!.lc) && !PARTICIPLE_CUES.has(toks[c]!.lc)) {
      // "the ad “…” suggests that Phoenix …": a clause opener after the verb is its object, not
      // an inverted subject.
      const rp = plausible(npRight(text, toks, c + 1, hi), toks);
      // "Trump summed up Clinton as “terrible,” denounced her record …": after a quote that is
      // already a verb's complement, a cue with a lower-case phrase is the next verb and its object.
      const object = rp && !/^\p{Lu}/u.test(rp.text) && !isPronounText(rp.text) && hasCueVerb(toks, lo, q);
      const p = !rp || object || /^(that|this|these|those|what|how|why|whether|if)\s/i.test(rp.text) ? null : rp;
      if (p && (!newSentence || closesSoon(toks, p.end, hi, c))) return p;
      // A dropped subject ("«…», afirmó." in Spanish, Italian, Russian): an implicit pronoun.
      if (!p && !newSentence && (c + 1 >= hi || toks[c + 1]!.kind === 'punct')) {
        return { start: toks[c]!.start, end: toks[c]!.start, text: IMPLICIT_SUBJECT };
      }
    }
    // "…,” exhorted actress Jamie Lee Curtis." — any past-tense verb right after the quote, then a name.
    if (toks[k]!.t === toks[k]!.lc && /^\p{L}{3,}ed$/u.test(toks[k]!.t) && !newSentence && isCap(toks[k + 1])) {
      const p = plausible(npRight(text, toks, k + 1, hi), toks);
      if (p && /^\p{Lu}/u.test(p.text) && closesSoon(toks, p.end, hi, k)) return p;
    }
    if (AFTER_QUOTE_ONLY.has(toks[k]!.lc)) {
      const p = plausible(npRight(text, toks, k + 1, hi), toks);
      if (p) return p;
    }
    // "“…,” Hannity started." — a name and any past-tense verb closing the clause.
    if (isCap(toks[k]) && !newSentence) {
      const r = npRight(text, toks, k, hi);
      let v = -1;
      if (r) for (let x = k + 1; x < hi; x++) if (toks[x]!.start >= r.end) { v = x; break; }
      if (r && v > 0 && toks[v]!.t === toks[v]!.lc && /^\p{L}{3,}ed$/u.test(toks[v]!.t) && (v + 1 >= hi || toks[v + 1]!.kind === 'punct')) {
        const p = plausible(r, toks);
        if (p && /^\p{Lu}/u.test(p.text)) return p;
      }
    }
    // Subject then cue: "…,” X said", "…” before the vote, she said", "…,” X, who…, told".
    for (let c2 = k; c2 < Math.min(hi, k + 20); c2++) {
      if (toks[c2]!.kind === 'quote') break;
      if (isCue(toks[c2]) && !PREPOSITION_CUES.has(toks[c2]!.lc) && verbUse(toks, c2)) {
        if (PARTICIPLE_CUES.has(toks[c2]!.lc)) break;
        // "… “the beginning of the end” for the EU, said Geert Wilders, founder of …"
        if (toks[c2 - 1]?.t === ',' && isCap(toks[c2 + 1]) && !/^(told|tells|asked|asks|called|calls)$/.test(toks[c2]!.lc)) {
          const r = plausible(npRight(text, toks, c2 + 1, hi), toks);
          if (r && closesSoon(toks, r.end, hi, c2)) return r;
        }
        const p = plausible(subjectLeft(text, toks, c2, k), toks);
        // The subject must open the after-part or follow a comma ("…” before the vote, she said").
        let at = -1;
        if (p) for (let x = k; x <= c2; x++) if (toks[x]!.start === p.start) at = x;
        // Also "…,” panel Chairman Rep. Jason Chaffetz said": a few lower-case descriptors first.
        // ("…” and Donald Trump says …" is a new clause: a conjunction is no descriptor.)
        const descriptorsFirst = at > k && at - k <= 3 && !/^(and|but|or|while|as|when|because|so|yet|whereas)$/.test(toks[k]!.lc) && toks.slice(k, at).every((t) => t.kind === 'word' && !isCue(t) && t.t === t.lc);
        // ("… a “dramatic impact” on minorities, the lawsuit says." still ends on its speaker.)
        if (p && inPhrase && (at === k || !cueEndsClause(toks, c2, hi))) break;
        if (p && (at === k || toks[at - 1]?.t === ',' || descriptorsFirst) && (!newSentence || cueEndsClause(toks, c2, hi))) return p;
        // "…,” Jeffrey Lewis of the Middlebury Institute wrote.": a name with its affiliation.
        if (p && at > k && !newSentence && affiliated(toks, k, at)) {
          let e = k;
          while (e + 1 < at && isCap(toks[e + 1])) e++;
          return np(text, toks, k, e);
        }
        break;
      }
    }
  }
  // "“…,” the Saudis wrote in the paper": a sentence-opening quote closing on a comma hands over
  // to its speaker, so a subject and any lower-case verb right after it attribute the quote.
  if (q === lo && k === q + 1 && k < hi && /,\s*$/.test(text.slice(site.start, site.end)) && (isCap(toks[k]) || DETERMINERS.has(toks[k]!.lc))) {
    const r = plausible(npRight(text, toks, k, hi), toks);
    let v = k;
    if (r) while (v < hi && toks[v]!.start < r.end) v++;
    const verb = toks[v];
    if (r && verb && verb.kind === 'word' && verb.t === verb.lc && !RIGHT_STOP_AFTER.test(verb.lc) && !isPronounText(r.text)) return r;
  }
  // A new sentence after the quote is not part of this quote's frame.
  if (newSentence) hi = q + 1;
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
    // "Trump on Twitter: “…”": the name before the medium speaks.
    if (onMedium && pi - 1 > lo) {
      const who = baseNP(text, toks, pi - 1, lo);
      const m = who ? ctx.entities.mentionAt(who.start, who.end) : null;
      const e = m ? ctx.entities.entities[m.entity] : undefined;
      if (who && e && e.kind !== 'place' && tokenAt(toks, who.start) === lo && isCap(toks[pi - 2])) return who;
    }
    if (p && !onMedium && /^\p{Lu}/u.test(p.text.split(/\s+/).pop() ?? '')) {
      const m = ctx.entities.mentionAt(p.start, p.end);
      const e = m ? ctx.entities.entities[m.entity] : undefined;
      if (e && (e.kind === 'person' || e.kind === 'organisation')) return p;
    }
  }
  // 3. According-to after the quote within the sentence.
  const after = searchAccording(text, toks, q, hi);
  if (after) return after;
  // "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest …": a
  // sentence opening on a speech participle quotes the subject of its main clause.
  if (lo < q && isCap(toks[lo]) && speechParticiple(toks[lo]!.lc)) {
    const main = mainClauseSubject(text, toks, q, hi);
    if (main) return main;
  }
  // 4. No cue at all: the subject opening the sentence, when the quote sits later in it
  // ("She also called for more “flexibility”").
  if (lo < q - 1) {
    const s = sentenceSubject(text, toks, lo, q);
    if (s && isPronounText(s.text) && !/^(it|es|il|lo|это|i|we)$/i.test(s.text)) return { ...s, weak: true };
    if (s && !isPronounText(s.text)) {
      // A person or organisation opens the phrase ("Clinton’s campaign") or is its head, the last
      // word ("Republican presidential front-runner Donald Trump").
      const lastWord = s.text.lastIndexOf(' ');
      for (const from of lastWord < 0 ? [s.start] : [s.start, s.start + lastWord + 1]) {
        const m = ctx.entities.mentionAt(from, s.end);
        const e = m ? ctx.entities.entities[m.entity] : undefined;
        if (e && (e.kind === 'person' || e.kind === 'organisation')) return { ...s, weak: true };
      }
    }
  }
  return null;
}

/**
 * "Trump’s “isolationist” foreign policy pronouncements, which …" / "because of “poison pill”
 * measures added by …": a quote after a determiner, possessive or preposition, then a lower-case
 * word, modifies the noun after it: the words after the quote continue that phrase.
 */
function insideNounPhrase(toks: Tok[], q: number, lo: number): boolean {
  const before = toks[q - 1];
  const after = toks[q + 1];
  if (q - 1 < lo || !before || before.kind !== 'word' || !after || after.kind !== 'word' || after.t !== after.lc) return false;
  return (before.t === before.lc && (DETERMINERS.has(before.lc) || PREPS.has(before.lc))) || /\p{L}(?:[’']s|s[’'])$/u.test(before.t);
}

function startsSentence(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && isCap(t);
}
