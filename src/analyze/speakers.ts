/**
 * Who said each quote (issue 3, Speakers): cue words in every order ("X said", "said X", "X, who…,
 * told", "according to X", "X stated:"), a quote-only paragraph continuing the previous speaker,
 * organisations as speakers, and pronouns or roles resolved to a name through names.ts. When no
 * speaker is found the answer is null: we never fall back to a random capitalised word.
 *
 * Work per quote is bounded by a fixed token window, so the whole pass is linear in the text.
 */
import type { Entity, EntityIndex } from './names';
import { hasRoleWord } from './names';
import { CUE_WORDS, PARTICIPLE_CUES, PREPOSITION_CUES, AFTER_QUOTE_ONLY, PRONOUNS } from './cueVerbs';
import { tokenize, isSentenceEnd, type Tok } from './speakerFrames';
import { NOT_NAMES, ROLE_WORDS } from './nameLists';

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

const WINDOW = 60; // tokens on each side of a quote

/** Stands for a subject the language leaves out ("dijo", "сказал"); resolved like a pronoun. */
export const IMPLICIT_SUBJECT = '∅';

const AUX = new Set([
  'has', 'had', 'have', 'also', 'later', 'then', 'once', 'previously', 'again', 'recently', 'would', 'will',
  'reportedly', 'repeatedly', 'frequently', 'often', 'publicly', 'simply', 'flatly', 'bluntly', 'just', 'never',
  'even', 'further', 'quickly', 'finally', 'only', 'had', 'is', 'was', 'were', 'are', 'been', 'be', 'has',
  'first', 'famously', 'openly', 'privately', 'angrily', 'told', 'could', 'did', 'does', 'do', 'may', 'might',
  'not', 'still', 'recalled', 'now', 'a', 'hat', 'habe', 'ha', 'а', 'ещё', 'также', 'auch', 'aussi', 'también',
  'added', 'wrote', 'explained', 'continued', 'went', 'on', 'to', 'in', 'at', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'week', 'night',
  'morning', 'afternoon', 'evening', 'earlier', 'month', 'year', 'this',
]);
// Words that end a subject going leftwards: clause openers, prepositions, conjunctions.
const LEFT_STOP = new Set([
  'that', 'which', 'who', 'whom', 'and', 'but', 'or', 'when', 'while', 'after', 'before', 'because', 'if', 'as',
  'in', 'on', 'at', 'to', 'with', 'by', 'from', 'about', 'than', 'so', 'where', 'since', 'though', 'although',
  'what', 'how', 'why', 'into', 'over', 'under', 'during', 'until', 'unless', 'whether', 'not', 'also',
  'dass', 'que', 'qu’', 'что', 'und', 'et', 'y', 'и', 'is', 'was', 'are', 'were', 'be', 'been', 'it', 'amid',
  'among', 'despite', 'following', 'per', 'via', 'through', 'across', 'around', 'beyond', 'within', 'without',
  'toward', 'upon', 'for', 'like', 'unlike', 'between', 'against', 'of', 'then', 'now', 'once', 'even', 'however',
]);
const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three', 'several', 'many',
  'some', 'most', 'other', 'another', 'this', 'these', 'those', 'both', 'each', 'every', 'der',
  'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'un', 'une', 'el', 'los', 'las', 'una', 'l’', "l'",
]);
const RIGHT_STOP = new Set([
  'who', 'which', 'that', 'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'to', 'as', 'and',
  'but', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'with',
  'by', 'from', 'about', 'via', 'through', 'told', 'said', 'says', 'earlier', 'later', 'recently', 'yesterday',
  'today', 'tonight', 'once', 'again', 'also', 'then', 'is', 'was', 'has', 'had', 'would', 'will', 'can',
]);

/** A cue word in lower case ("States" in "United States" is not one; headline "Says" is). */
function isCue(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && CUE_WORDS.has(tok.lc) && (tok.t === tok.lc || /^(Says|Said|Tells|Told|Warns|Writes)$/.test(tok.t));
}
function isAux(tok: Tok): boolean {
  // Auxiliaries, time words and -ly adverbs ("Cruz gingerly said").
  return tok.kind === 'word' && tok.t === tok.lc && (AUX.has(tok.lc) || (tok.lc.length > 4 && tok.lc.endsWith('ly')));
}
function isCap(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && /^[\p{Lu}]/u.test(tok.t);
}
const PRONOUN_SET = new Set(Object.keys(PRONOUNS));
function isPronoun(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && PRONOUN_SET.has(tok.lc);
}

export interface NP {
  start: number; // char offsets
  end: number;
  text: string;
  /** Found without a cue word (the sentence's subject), so weak evidence of speech. */
  weak?: boolean;
}

function np(text: string, toks: Tok[], a: number, b: number): NP | null {
  if (a > b) return null;
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  return { start, end, text: text.slice(start, end) };
}

/** Subject ending just before token `c` (exclusive), read leftwards; `lo` bounds the sentence. */
function subjectLeft(text: string, toks: Tok[], c: number, lo: number, depth = 0): NP | null {
  let k = c - 1;
  // Skip auxiliaries and short adverbials between subject and verb ("has", "also", "on Tuesday").
  let skipped = 0;
  while (k >= lo && skipped < 4 && isAux(toks[k]!)) {
    k--;
    skipped++;
  }
  if (k < lo) return null;
  // "Rep. Jim McDermott (D-Wash.) said": step over a parenthesis.
  if (toks[k]!.t === ')') {
    let j = k - 1;
    while (j >= lo && toks[j]!.t !== '(' && k - j < 12) j--;
    if (j > lo && toks[j]!.t === '(') k = j - 1;
  }
  // "Beck, who has … described": the relative pronoun points back past its comma.
  if (toks[k]!.t === toks[k]!.lc && /^(who|which)$/.test(toks[k]!.lc) && toks[k - 1]?.t === ',' && k - 1 > lo) {
    return baseNP(text, toks, k - 1, lo);
  }
  // "X, who …, said", "X, the senator, said", "Mark Holden, chairman of …, the …, said".
  if (toks[k]!.t === ',') return appositiveChain(text, toks, k, lo);
  // "Joyce — who is listed as an attorney — told": step over a dash aside.
  if (toks[k]!.t === '—' || toks[k]!.t === '–') {
    let j = k - 1;
    while (j > lo && toks[j]!.t !== '—' && toks[j]!.t !== '–' && k - j < 30) j--;
    if (j > lo && (toks[j]!.t === '—' || toks[j]!.t === '–')) return baseNP(text, toks, j, lo);
    return null;
  }
  const base = baseNP(text, toks, k + 1, lo);
  // "X in the past described …" / "X on Tuesday said": the noun phrase was a prepositional object.
  if (base && depth < 2 && !isPronoun(toks[k])) {
    let a = k;
    while (a > lo && toks[a - 1]!.start >= base.start) a--;
    const prep = toks[a - 1];
    const described = !/^\p{Lu}/u.test(base.text.split(/\s+/).pop() ?? '') || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|twitter|facebook|fox|cnn|msnbc|nbc|abc|cbs)$/i.test(base.text);
    if (prep && described && prep.t === prep.lc && PREPS.has(prep.lc)) {
      const further = subjectLeft(text, toks, a - 1, lo, depth + 1);
      if (further) return further;
      if (!isCap(toks[a])) return null;
    }
  }
  return base;
}

const PREPS = new Set(['in', 'on', 'at', 'during', 'from', 'for', 'with', 'by', 'of', 'to', 'about', 'over', 'under', 'into', 'through', 'amid', 'despite', 'like']);

/** Comma-separated noun phrases ending at the comma `k`: prefer a name at the head of the chain. */
function appositiveChain(text: string, toks: Tok[], k: number, lo: number): NP | null {
  const segs: NP[] = [];
  let end = k; // exclusive end of the current segment (the comma)
  for (let round = 0; round < 3; round++) {
    let j = end - 1;
    let n = 0;
    while (j >= lo && toks[j]!.t !== ',' && toks[j]!.kind !== 'quote' && !isSentenceEnd(toks, j) && n < 25) {
      j--;
      n++;
    }
    const lead = toks[j + 1];
    const atComma = j >= lo && toks[j]!.t === ',';
    // "In a statement to the Observer, her adviser, Jake Sullivan, said": an opening adverbial ends the chain.
    if (lead && segs.length > 0 && (PREPS.has(lead.lc) || (NOT_NAMES.has(lead.lc) && !DETERMINERS.has(lead.lc)))) break;
    if (!atComma) {
      const head = baseNP(text, toks, end, j + 1);
      if (head) segs.push(head);
      break;
    }
    // A relative clause or appositive between two commas; the subject is before it.
    if (lead && /^(who|which|whose|whom|where)$/.test(lead.lc)) {
      end = j;
      continue;
    }
    const seg = baseNP(text, toks, end, j + 1);
    if (seg && seg.start === toks[j + 1]!.start) segs.push(seg);
    else if (!seg || seg.start !== toks[j + 1]!.start) {
      // Not a whole noun phrase ("…, meanwhile,"): the subject comes before.
      if (!lead || lead.t === lead.lc) {
        end = j;
        continue;
      }
      if (seg) segs.push(seg);
    }
    end = j;
  }
  if (segs.length === 0) return null;
  // segs[0] is nearest the verb, the last one opens the chain.
  const named = [...segs].reverse().find((p) => /^\p{Lu}/u.test(p.text.split(/\s+/).pop() ?? '') && !/[’']s$/.test(p.text));
  return named ?? segs[segs.length - 1]!;
}

/** The noun phrase ending before token `e` (exclusive) inside [lo, e). */
function baseNP(text: string, toks: Tok[], e: number, lo: number): NP | null {
  const k = e - 1;
  if (k < lo) return null;
  const first = toks[k]!;
  if (first.kind !== 'word') return null;
  if (isPronoun(first)) return np(text, toks, k, k);
  // A noun phrase does not end in a verb ("The spokesman refused", "the race has turned").
  if (isVerbLike(first) || /n[’']t$/.test(first.lc)) return null;
  let a = k;
  let n = 0;
  while (a >= lo && n < 8) {
    const t = toks[a]!;
    if (t.kind !== 'word') break;
    if (DETERMINERS.has(t.lc)) {
      n++;
      a--;
      break;
    }
    if (LEFT_STOP.has(t.lc) && !(isCap(t) && a < k && !NOT_NAMES.has(t.lc))) break;
    // A capitalised common word ("But", "From") stops the phrase at a sentence start; inside a
    // sentence the capital makes it a name ("Will", "Hope").
    if (isCap(t) && NOT_NAMES.has(t.lc) && !DETERMINERS.has(t.lc) && (a === lo || a === k)) break;
    if (isPronoun(t) || isCue(t)) break;
    a--;
    n++;
  }
  a++;
  if (a > k) return null;
  // Drop a leading lower-case non-determiner run when a capitalised name follows it ("critic Ted Cruz").
  let s = a;
  while (s < k && !isCap(toks[s]) && !DETERMINERS.has(toks[s]!.lc) && isCap(toks[s + 1])) s++;
  const lastTok = toks[k]!;
  if (NOT_NAMES.has(lastTok.lc) && !/^(officials|critics|sources|experts|analysts|reports|others|some|many|several|most)$/.test(lastTok.lc)) return null;
  return np(text, toks, s, k);
}

const PP_OK = new Set(['of', 'for', 'to', 'at', 'close', 'from', 'with', 'familiar', 'within', 'inside', 'near']);

/** Noun phrase starting at token `k` going right ("said Sen. Ted Cruz, R-Texas" → "Sen. Ted Cruz"). */
function npRight(text: string, toks: Tok[], k: number, hi: number): NP | null {
  if (k >= hi) return null;
  const t0 = toks[k]!;
  if (t0.kind !== 'word') return null;
  if (isPronoun(t0)) return np(text, toks, k, k);
  const fr = /^(.*)-t-(il|elle)$/u.exec(t0.lc);
  if (fr) return { start: t0.end - fr[2]!.length, end: t0.end, text: fr[2]! };
  // A description ("a person close to the Clintons", "Axelrod’s memoir") runs on through its
  // prepositional phrases; a name stops at the first lower-case word that is not a role word.
  const description = DETERMINERS.has(t0.lc) || /[’']s$/.test(t0.t);
  let b = k;
  let n = 0;
  while (b < hi && n < (description ? 10 : 9)) {
    const t = toks[b]!;
    if (t.kind !== 'word') break;
    if (b > k && isCue(t)) break;
    if (b > k && !isCap(t) && RIGHT_STOP.has(t.lc) && !(description && PP_OK.has(t.lc))) break;
    if (!description && !isCap(t) && b > k && isCap(toks[b - 1]) && !/^(of|for|de|del|van|von|der|al|bin)$/.test(t.lc) && !capSoon(toks, b, hi)) break;
    if (description && b > k + 1 && !isCap(t) && /(?:ed|ly)$/.test(t.lc) && !ROLE_WORDS.has(t.lc)) break;
    b++;
    n++;
  }
  b--;
  if (b < k) return null;
  while (b > k && /^(of|for|to|at|from|with|close|de|del|van|von|der|al|bin|the|a|an)$/.test(toks[b]!.lc)) b--;
  // "said the bureau's director, James B. Comey,": a description followed by the name itself.
  // Also "Clinton's introducer, actress Jamie Lee Curtis": one or two role words before the name.
  let nameAt = b + 2;
  while (nameAt < Math.min(hi, b + 4) && toks[nameAt]?.kind === 'word' && !isCap(toks[nameAt]) && ROLE_WORDS.has(toks[nameAt]!.lc)) nameAt++;
  if (!isCap(toks[b]) && toks[b + 1]?.t === ',' && isCap(toks[nameAt]) && nameAt < hi) {
    let e = nameAt;
    while (e + 1 < hi && isCap(toks[e + 1])) e++;
    if (e + 1 >= hi || toks[e + 1]!.kind === 'punct') return np(text, toks, nameAt, e);
  }
  return np(text, toks, k, b);
}

const DESCRIPTORS = new Set(['campaign', 'state', 'party', 'press', 'national', 'former', 'senior', 'top', 'longtime', 'communications', 'policy', 'political', 'digital', 'deputy', 'white', 'house', 'radio', 'talk', 'show', 'news', 'chief', 'staff', 'foreign', 'defense', 'homeland', 'security', 'rights', 'civil', 'legal', 'county', 'city', 'district', 'federal', 'us']);

/** "Clinton campaign manager Robby Mook": lower-case role words lead on to a capitalised name. */
function capSoon(toks: Tok[], b: number, hi: number): boolean {
  for (let j = b; j < Math.min(hi, b + 3); j++) {
    const t = toks[j]!;
    if (t.kind !== 'word' || RIGHT_STOP.has(t.lc) || isCue(t)) return false;
    if (isCap(t)) return true;
    if (!ROLE_WORDS.has(t.lc) && !DESCRIPTORS.has(t.lc)) return false;
  }
  return false;
}

/** A plausible speaker: a pronoun, a capitalised name, or a determiner phrase / plural people noun. */
function plausible(p: NP | null, toks: Tok[]): NP | null {
  void toks;
  if (!p) return null;
  if (/[’']s$/.test(p.text)) return null; // "Calderon’s remarks": a possessive is not the subject
  const words = p.text.split(/\s+/);
  if (words.length > 10) return null;
  const firstLc = words[0]!.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(PRONOUNS, firstLc) && words.length === 1) return p;
  if (/^\p{Lu}/u.test(words[0]!) || /^\p{Lu}/u.test(words[words.length - 1]!)) return p;
  if (DETERMINERS.has(firstLc)) return p;
  if (words.length <= 3 && /s$/.test(words[words.length - 1]!)) return p; // "officials", "senior aides"
  if (hasRoleWord(p.text)) return p;
  return null;
}

export interface SpeakerContext {
  text: string;
  sites: QuoteSite[];
  entities: EntityIndex;
  /** Token cache by paragraph start (filled on demand). */
  tokens?: Map<number, Tok[]>;
  /** Offset past which no text is read (a margin after the last quote). */
  limit?: number;
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

/** Index of the token starting at `pos` (binary search), or -1. */
function tokenAt(toks: Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < toks.length && toks[lo]!.start === pos ? lo : -1;
}

/** Finds the speaker as written next to a cue for site `i`, or null. */
export function findSpeakerNP(ctx: SpeakerContext, i: number): NP | null {
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

  // 1. Right after the quote: "…,” said X" / "…,” X said" / "…,” X, who…, said".
  let k = q + 1;
  while (k < hi && toks[k]!.kind === 'punct' && ',—–-:'.includes(toks[k]!.t)) k++;
  // “…caused death.” Bernie Sanders called …: a capital after a quote that ends its own sentence
  // starts a new sentence, unless a short "X said." / "said X." follows.
  const newSentence = site.endsSentence && k === q + 1 && isCap(toks[k]);
  if (k < hi) {
    // French inversion: "« … », a-t-il déclaré" / "« … », dit-elle".
    const fr = /(?:^a-t-|-t-|-)(il|elle)$/u.exec(toks[k]!.lc);
    if (fr && (isCue(toks[k + 1]) || CUE_WORDS.has(toks[k]!.lc.split('-')[0]!))) {
      return { start: toks[k]!.end - fr[1]!.length, end: toks[k]!.end, text: fr[1]! };
    }
    let c = k;
    if (toks[c]!.lc === 'a' || toks[c]!.lc === 'has' || toks[c]!.lc === 'had') c++;
    if (isCue(toks[c]) && !PREPOSITION_CUES.has(toks[c]!.lc) && !PARTICIPLE_CUES.has(toks[c]!.lc)) {
      const p = plausible(npRight(text, toks, c + 1, hi), toks);
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
    // Subject then cue: "…,” X said", "…” before the vote, she said", "…,” X, who…, told".
    for (let c2 = k; c2 < Math.min(hi, k + 20); c2++) {
      if (toks[c2]!.kind === 'quote') break;
      if (isCue(toks[c2]) && !PREPOSITION_CUES.has(toks[c2]!.lc)) {
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
        if (p && (at === k || toks[at - 1]?.t === ',') && (!newSentence || cueEndsClause(toks, c2, hi))) return p;
        break;
      }
    }
  }
  // A new sentence after the quote is not part of this quote's frame.
  if (newSentence) hi = q + 1;
  // 2. Before the quote, nearest cue first: "X said", "X told reporters:", "according to X".
  const before = searchBefore(text, toks, q, lo);
  if (before) return before;
  // "Pollsters agree - Carl Bialik: “…”" / "Trump on Twitter: “…”": a name and a colon.
  if (q - 1 >= lo && toks[q - 1]!.t === ':') {
    const p = baseNP(text, toks, q - 1, lo);
    if (p && /^\p{Lu}/u.test(p.text.split(/\s+/).pop() ?? '')) {
      const m = ctx.entities.mentionAt(p.start, p.end);
      const e = m ? ctx.entities.entities[m.entity] : undefined;
      if (e && (e.kind === 'person' || e.kind === 'organisation')) return p;
    }
  }
  // 3. According-to after the quote within the sentence.
  const after = searchAccording(text, toks, q, hi);
  if (after) return after;
  // 4. No cue at all: the subject opening the sentence, when the quote sits later in it
  // ("She also called for more “flexibility”").
  if (lo < q - 1) {
    const s = sentenceSubject(text, toks, lo, q);
    if (s && isPronounText(s.text) && !/^(it|es|il|lo|это|i|we)$/i.test(s.text)) return { ...s, weak: true };
    if (s && !isPronounText(s.text)) {
      const m = ctx.entities.mentionAt(s.start, s.end);
      const e = m ? ctx.entities.entities[m.entity] : undefined;
      if (e && (e.kind === 'person' || e.kind === 'organisation')) return { ...s, weak: true };
    }
  }
  return null;
}

function searchAccording(text: string, toks: Tok[], q: number, hi: number): NP | null {
  for (let c = q + 1; c < hi; c++) {
    const tk = toks[c]!;
    if (tk.kind === 'quote') break;
    if (PREPOSITION_CUES.has(tk.lc)) {
      const startNp = tk.lc === 'according' && toks[c + 1]?.lc === 'to' ? c + 2 : c + 1;
      const p = plausible(npRight(text, toks, startNp, hi), toks);
      if (p) return p;
    }
  }
  return null;
}

/** Nearest cue before token `q` (exclusive) in the sentence starting at `lo`, and its subject. */
function searchBefore(text: string, toks: Tok[], q: number, lo: number): NP | null {
  for (let c = q - 1; c >= lo; c--) {
    const tk = toks[c]!;
    if (tk.kind !== 'word') continue;
    if (PREPOSITION_CUES.has(tk.lc)) {
      const startNp = tk.lc === 'according' && toks[c + 1]?.lc === 'to' ? c + 2 : c + 1;
      const p = plausible(npRight(text, toks, startNp, q), toks);
      if (p) return p;
      continue;
    }
    if (!isCue(tk) || AFTER_QUOTE_ONLY.has(tk.lc) || !verbUse(toks, c)) continue;
    // "Americans will say “no”": a hypothetical speech act is not an attribution.
    if (c > lo && /^(will|would|could|might|should|may|can|to|must)$/.test(toks[c - 1]!.lc)) continue;
    // Passive: "was asked by host Bill Maher".
    if (toks[c + 1]?.lc === 'by' && c > lo && /^(was|were|is|are|been|be)$/.test(toks[c - 1]!.lc)) {
      const r = plausible(npRight(text, toks, c + 2, q), toks);
      if (r) return r;
    }
    // "…, saying" / "X issued a statement saying" / "… and said": the subject of the sentence,
    // not the noun just before the participle.
    let a = c - 1;
    while (a >= lo && isAux(toks[a]!)) a--;
    if (a >= lo && (PARTICIPLE_CUES.has(tk.lc) || /^(and|but|und|et|y|и)$/.test(toks[a]!.lc))) {
      // "he laughed and said": the subject of the verb just before "and".
      if (toks[a]!.lc === 'and' && a - 1 > lo && isVerbLike(toks[a - 1]!) && !isCue(toks[a - 1])) {
        const v = plausible(subjectLeft(text, toks, a - 1, lo), toks);
        if (v) return outerSpeaker(text, toks, v, lo) ?? v;
      }
      const prior = searchBefore(text, toks, a, lo);
      if (prior) return prior;
      const s = sentenceSubject(text, toks, lo, c);
      if (s) return s;
      continue;
    }
    const p = plausible(subjectLeft(text, toks, c, lo), toks);
    if (p) return outerSpeaker(text, toks, p, lo) ?? p;
    // Inverted before the quote: "…,” said X, “…"
    if (c - 1 >= lo && (toks[c - 1]!.kind === 'quote' || (toks[c - 1]!.t === ',' && toks[c - 2]?.kind === 'quote'))) {
      const r = plausible(npRight(text, toks, c + 1, q), toks);
      if (r) return r;
    }
    // Participles take the sentence's subject: "He continued, warning them not to trust “fakes”".
    if (PARTICIPLE_CUES.has(tk.lc) || toks[c - 1]?.t === ',') {
      const s = sentenceSubject(text, toks, lo, c);
      if (s) return s;
    }
  }
  return null;
}

/**
 * Nested reports belong to the outer speaker: in "She noted that Sanders has called the president
 * “weak”", the quote is part of what she noted. Returns the subject of a speech verb that opens a
 * that-clause containing `inner`, or null.
 */
function outerSpeaker(text: string, toks: Tok[], inner: NP, lo: number): NP | null {
  let i = tokenAt(toks, inner.start);
  if (i <= lo) return null;
  // The clause opener right before the inner subject.
  const opener = toks[i - 1]!;
  if (opener.lc !== 'that') return null;
  i -= 1;
  const c = i - 1;
  if (c < lo || !isCue(toks[c]) || PARTICIPLE_CUES.has(toks[c]!.lc)) return null;
  const outer = plausible(subjectLeft(text, toks, c, lo), toks);
  return outer;
}

/**
 * The speaker a paragraph ending in a colon introduces ("Trump told the crowd:"), for the quote
 * paragraph that follows it.
 */
export function findIntroSpeaker(ctx: SpeakerContext, paraStart: number, paraEnd: number): NP | null {
  const from = Math.max(paraStart, paraEnd - 600);
  const toks = tokenize(ctx.text, from, paraEnd, [], 0);
  const q = toks.length - 1;
  if (q < 0 || toks[q]!.t !== ':') return null;
  let lo = q - 1;
  while (lo >= 0 && q - lo < WINDOW && !isSentenceEnd(toks, lo)) lo--;
  return searchBefore(ctx.text, toks, q, lo + 1);
}

/**
 * Cue words that are also nouns ("his comments", "Trump's claims", "the reports") are verbs only
 * after something that can be a subject.
 */
function verbUse(toks: Tok[], c: number): boolean {
  const t = toks[c]!;
  if (!/s$/.test(t.lc) || /^(says|tells|writes|adds|asks|warns|insists|explains|argues|tweets|responds|replies|continues|concludes)$/.test(t.lc)) return true;
  const prev = toks[c - 1];
  if (!prev || prev.kind !== 'word') return true;
  if (DETERMINERS.has(prev.lc) || /^(his|her|their|its|our|of|these|those|such|recent|public|new|previous|earlier|latest|many|some|initial|early|own|similar|other)$/.test(prev.lc)) return false;
  if (/[’']s$/.test(prev.t)) return false;
  return true;
}

/** The speaker phrase is followed by the end of the clause ("…?” asked Trump." / ", Trump said."). */
function closesSoon(toks: Tok[], end: number, hi: number, from = 0): boolean {
  // Tokens are in order: search forward from `from` (a token at or before `end`), never the whole list.
  let i = from;
  while (i < hi && toks[i]!.start < end) i++;
  if (i >= hi) return true;
  const t = toks[i]!;
  return t.kind === 'punct' || (t.t === t.lc && /^(in|on|at|during|to|of|after|before|when|while|as|last|this|about|who|from)$/.test(t.lc));
}

/** "X said." / "X said in a statement": the cue closes the clause instead of taking an object. */
function cueEndsClause(toks: Tok[], c: number, hi: number): boolean {
  let i = c + 1;
  while (i < hi && isAux(toks[i]!)) i++;
  if (i >= hi) return true;
  const t = toks[i]!;
  if (t.kind === 'punct') return true;
  return t.t === t.lc && /^(in|on|at|during|to|of|after|before|when|while|as|last|this|about|from|earlier|later|recently|yesterday|today|tonight)$/.test(t.lc);
}

function isPronounText(s: string): boolean {
  return Object.prototype.hasOwnProperty.call(PRONOUNS, s.toLowerCase());
}

function startsSentence(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && isCap(t);
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'hundreds', 'thousands', 'dozens']);
const IRREGULAR_PAST = new Set(['sent', 'said', 'told', 'made', 'took', 'gave', 'came', 'went', 'put', 'got', 'ran', 'wrote', 'left', 'met', 'held', 'saw', 'began', 'thought', 'felt', 'kept', 'brought', 'found', 'won', 'lost', 'paid', 'set', 'spent', 'stood', 'has', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does']);
function isVerbLike(t: Tok): boolean {
  return t.t === t.lc && (/ed$/.test(t.lc) || IRREGULAR_PAST.has(t.lc) || isCue(t) || isAux(t));
}

/** The subject opening the sentence (after a leading adverbial phrase), for participle cues. */
function sentenceSubject(text: string, toks: Tok[], lo: number, c: number): NP | null {
  let k = lo;
  // "In a statement Tuesday, Trump …" / "Amid the protests, she …": skip the opening phrase.
  const opening = toks[k];
  if (opening && (NOT_NAMES.has(opening.lc) || !isCap(opening) || /ing$/.test(opening.lc) || NUMBER_WORDS.has(opening.lc) || PREPS.has(opening.lc)) && !isPronoun(opening) && !DETERMINERS.has(opening.lc)) {
    let j = k;
    while (j < c && j < k + 15 && toks[j]!.t !== ',') j++;
    if (j < c && toks[j]!.t === ',') k = j + 1;
  }
  const t = toks[k];
  if (!t || k >= c) return null;
  if (isPronoun(t)) return np(text, toks, k, k);
  if (!isCap(t) && !DETERMINERS.has(t.lc)) return null;
  if (NOT_NAMES.has(t.lc) && !DETERMINERS.has(t.lc)) return null;
  // A capitalised phrase, possibly with lower-case role words before a name ("Trump’s state director Mike Rubino").
  let b = k;
  while (b + 1 < c && toks[b + 1]!.kind === 'word' && !isCue(toks[b + 1]) && !isAux(toks[b + 1]!) &&
    (isCap(toks[b + 1]) || /^(of|de|van|von|der|al|bin)$/.test(toks[b + 1]!.lc) || capSoon(toks, b + 1, c) || (toks[b + 1]!.lc === 'and' && isCap(toks[b + 2]) && isCap(toks[b])) ||
    (DETERMINERS.has(t.lc) && b - k < 4 && !LEFT_STOP.has(toks[b + 1]!.lc) && !isVerbLike(toks[b + 1]!)))) b++;
  if (b === k && DETERMINERS.has(t.lc)) return null;
  return np(text, toks, k, b);
}

/**
 * Subjects of every cue word in text[from, to) (one paragraph), quoted or not ("Trump said that …"):
 * the named sources a later "he said" most likely points back to.
 */
export function cueSubjects(text: string, toks: Tok[]): NP[] {
  const out: NP[] = [];
  let lo = 0;
  for (let c = 0; c < toks.length; c++) {
    const tk = toks[c]!;
    if (isSentenceEnd(toks, c)) {
      lo = c + 1;
      continue;
    }
    if (!isCue(tk) || PARTICIPLE_CUES.has(tk.lc) || AFTER_QUOTE_ONLY.has(tk.lc) || !verbUse(toks, c)) continue;
    if (c > lo && /^(will|would|could|might|should|may|can|to|must)$/.test(toks[c - 1]!.lc)) continue;
    let p: NP | null;
    const afterQuote = toks[c - 1]?.kind === 'quote' || (toks[c - 1]?.t === ',' && toks[c - 2]?.kind === 'quote');
    if (PREPOSITION_CUES.has(tk.lc)) p = npRight(text, toks, tk.lc === 'according' && toks[c + 1]?.lc === 'to' ? c + 2 : c + 1, toks.length);
    else if (afterQuote) p = npRight(text, toks, c + 1, toks.length);
    else if (toks[c - 1]?.t === ',' && !/^(told|tells|tell|telling|asked|asks|called|calls|urged|urges|accused|accuses|blamed|praised|criticized|criticised)$/.test(tk.lc) && (isCap(toks[c + 1]) || DETERMINERS.has(toks[c + 1]?.lc ?? ''))) {
      // "…, said Alan Abramowitz, a demographer." — inverted after unquoted content.
      const r = npRight(text, toks, c + 1, toks.length);
      p = r && closesSoon(toks, r.end, toks.length, c) ? r : subjectLeft(text, toks, c, Math.max(lo, c - 30));
    }
    else p = subjectLeft(text, toks, c, Math.max(lo, c - 30));
    if (!p || !/^\p{Lu}/u.test(p.text.split(/\s+/).pop() ?? '') || /[’']s$/.test(p.text)) continue;
    // "…, pointing out that the paper's Robert Costa had reported": a subject inside a
    // complement clause is not who the paragraph is about.
    const at = tokenAt(toks, p.start);
    const before = at > 0 ? toks[at - 1]! : null;
    if (before && before.t === before.lc && /^(that|whether|because|if|dass|que|что)$/.test(before.lc)) continue;
    out.push(p);
  }
  return out;
}
