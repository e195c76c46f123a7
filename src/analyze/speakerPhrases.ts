/**
 * Noun phrases around cue words, read on quote-masked tokens: the subject left of a verb ("X, who…,
 * said"), the phrase right of an inverted verb ("said Sen. Ted Cruz"), the subject that opens a
 * sentence (the word classes these need are in speakerWordClasses.ts).
 */
import { hasRoleWord } from './names';
import { isSentenceEnd, type Tok } from './speakerFrames';
import { DETERMINERS, LEFT_STOP, RIGHT_STOP, IRREGULAR_PAST, isAux, isCap, isCue, isPronoun, isPronounText, isVerbLike } from './speakerWordClasses';
import { NOT_NAMES, ROLE_WORDS } from './nameLists';

export interface NP {
  start: number; // char offsets
  end: number;
  text: string;
  /** Found without a cue word (the sentence's subject), so weak evidence of speech. */
  weak?: boolean;
}

export function np(text: string, toks: Tok[], a: number, b: number): NP | null {
  if (a > b) return null;
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  return { start, end, text: text.slice(start, end) };
}

// "Priebus later Thursday told Fox News": a day name between subject and verb.
const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Subject ending just before token `c` (exclusive), read leftwards; `lo` bounds the sentence. */
export function subjectLeft(text: string, toks: Tok[], c: number, lo: number, depth = 0): NP | null {
  let k = c - 1;
  // Skip auxiliaries and short adverbials between subject and verb ("has", "also", "on Tuesday").
  let skipped = 0;
  while (k >= lo && skipped < 4 && (isAux(toks[k]!) || WEEKDAY.test(toks[k]!.t) || /^(?:19|20)\d\d$/.test(toks[k]!.t))) {
    k--;
    skipped++;
  }
  // "Sanders during a Sunday thanked", "Trump on Monday said": the preposition of a skipped time.
  if (skipped > 0 && k > lo && toks[k]!.t === toks[k]!.lc && /^(during|on|in|at|by|since|until)$/.test(toks[k]!.lc) && toks[k + 1] && (WEEKDAY.test(toks[k + 1]!.t) || toks[k + 1]!.lc === 'a' || toks[k + 1]!.lc === 'the')) k--;
  if (k < lo) return null;
  // "Rep. Jim McDermott (D-Wash.) said" / "Gov. John Kasich (R-OH), said": step over a parenthesis.
  if (toks[k]!.t === ',' && toks[k - 1]?.t === ')' && k - 1 > lo) k--;
  if (toks[k]!.t === ')') {
    let j = k - 1;
    while (j >= lo && toks[j]!.t !== '(' && k - j < 12) j--;
    if (j > lo && toks[j]!.t === '(') k = j - 1;
  }
  // "Beck, who has … described": the relative pronoun points back past its comma.
  if (toks[k]!.t === toks[k]!.lc && /^(who|which)$/.test(toks[k]!.lc) && toks[k - 1]?.t === ',' && k - 1 > lo) {
    // "McConnell, now the Senate majority leader, who in 2010 said": the name heads the chain.
    return appositiveChain(text, toks, k - 1, lo, true);
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

export const PREPS = new Set(['in', 'on', 'at', 'during', 'from', 'for', 'with', 'by', 'of', 'to', 'about', 'over', 'under', 'into', 'through', 'amid', 'despite', 'like']);

/** Comma-separated noun phrases ending at the comma `k`: prefer a name at the head of the chain. */
export function appositiveChain(text: string, toks: Tok[], k: number, lo: number, relative = false): NP | null {
  const segs: NP[] = [];
  let end = k; // exclusive end of the current segment (the comma)
  // Up to five commas back: "Harry Bond, 30, of Raleigh, N.C., who was polled, said".
  for (let round = 0; round < 5; round++) {
    let j = end - 1;
    let n = 0;
    while (j >= lo && toks[j]!.t !== ',' && toks[j]!.kind !== 'quote' && !isSentenceEnd(toks, j) && n < 25) {
      j--;
      n++;
    }
    const lead = toks[j + 1];
    const atComma = j >= lo && toks[j]!.t === ',';
    // "In a statement to the Observer, her adviser, Jake Sullivan, said": an opening adverbial ends the chain.
    if (lead && segs.length > 0 && (PREPS.has(lead.lc) || (NOT_NAMES.has(lead.lc) && !DETERMINERS.has(lead.lc)))) {
      // "Clinton, during a town hall in Columbus, Ohio, said": an aside between commas carries
      // the place after it; the subject is before the aside.
      if (atComma && PREPS.has(lead.lc) && lead.t === lead.lc && segs.every((x) => !/\s/.test(x.text))) {
        segs.length = 0;
        end = j;
        continue;
      }
      break;
    }
    // "He later suggested her … was behind her aggressive tone, called her …": a clause before
    // the comma, not an appositive; its subject does both.
    // (After "who" the noun right before the comma is meant: "praised Franklin Graham, who vowed".)
    if (round === 0 && k === end && !relative) {
      const subject = clauseSubject(text, toks, j + 1, end);
      if (subject) return subject;
    }
    // "Rep. Jim Clyburn (D-S.C.), the …, said": the bracket closes the name's segment.
    const segEnd = closeParen(toks, end, j + 1);
    if (!atComma) {
      // "Speaking later on the same show, Sen. X, who …, said": an opening participle is no subject.
      const head = lead && /\p{L}{3,}ing$/u.test(lead.lc) && segs.length === 0 ? null : baseNP(text, toks, segEnd, j + 1);
      if (head) segs.push(head);
      break;
    }
    // A relative clause or appositive between two commas; the subject is before it.
    if (lead && /^(who|which|whose|whom|where)$/.test(lead.lc)) {
      end = j;
      continue;
    }
    const seg = baseNP(text, toks, segEnd, j + 1);
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

/** A pronoun or name opening tokens [a, e) and followed there by a finite verb, or null. */
function clauseSubject(text: string, toks: Tok[], a: number, e: number): NP | null {
  const first = toks[a];
  if (!first || first.kind !== 'word' || !(isPronoun(first) || isCap(first)) || (NOT_NAMES.has(first.lc) && !isPronoun(first)) || /[’']s?$/.test(first.t)) return null;
  let v = a + 1;
  while (v < e && isCap(toks[v]) && !isPronoun(first)) v++;
  const last = v - 1;
  // "He later suggested …": adverbs before the verb.
  while (v < e && isAux(toks[v]!) && !FINITE_AUX.test(toks[v]!.lc)) v++;
  const verb = toks[v];
  // "CNN, Cruz said, called the announcement “…”": a parenthetical "X said" speaks the sentence.
  if (v === e - 1 && verb && last - a < 4 && isCue(verb) && /^(said|says|added|noted|wrote|argued|insisted)$/.test(verb.lc) && isCap(first)) return np(text, toks, a, last);
  // A finite verb with more words after it (an object): "X, elected in 2010, said" has none.
  if (v >= e - 1 || !verb || verb.t !== verb.lc || !(/\p{L}{3,}ed$/u.test(verb.lc) || FINITE_AUX.test(verb.lc) || IRREGULAR_PAST.has(verb.lc))) return null;
  return /[’']s?$/.test(toks[last]!.t) ? null : np(text, toks, a, last);
}

/** End (exclusive) of a segment ending at `e` without its closing bracket: "X (D-S.C.)" → "X". */
function closeParen(toks: Tok[], e: number, lo: number): number {
  if (toks[e - 1]?.t !== ')') return e;
  let j = e - 2;
  while (j > lo && toks[j]!.t !== '(' && e - j < 12) j--;
  return j > lo && toks[j]!.t === '(' ? j : e;
}

/** The noun phrase ending before token `e` (exclusive) inside [lo, e). */
export function baseNP(text: string, toks: Tok[], e: number, lo: number): NP | null {
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
    if (isCap(t) && NOT_NAMES.has(t.lc) && !DETERMINERS.has(t.lc) && (a === lo || (a === k && a === e - 1 && isCap(toks[a - 1]) === false))) break;
    if (isPronoun(t) || isCue(t)) break;
    // "The U.S. media has always called": a finite auxiliary is not part of the subject.
    if (a < k && t.t === t.lc && FINITE_AUX.test(t.lc)) break;
    a--;
    n++;
  }
  a++;
  if (a > k) return null;
  // Drop a leading lower-case non-determiner run when a capitalised name follows it ("critic Ted Cruz").
  let s = a;
  while (s < k && !isCap(toks[s]) && !DETERMINERS.has(toks[s]!.lc) && isCap(toks[s + 1])) s++;
  const lastTok = toks[k]!;
  // ("Judicial Watch", "Human Rights Watch": a capitalised common word closing a name is part of it.)
  const inName = isCap(lastTok) && k > s && isCap(toks[k - 1]);
  if (NOT_NAMES.has(lastTok.lc) && !inName && !/^(officials|critics|sources|experts|analysts|reports|others|some|many|several|most|another)$/.test(lastTok.lc)) return null;
  // "Protesters marching (through the streets) chanted": a participle after the noun is not its head.
  if (k > s && lastTok.t === lastTok.lc && /\p{L}{3,}ing$/u.test(lastTok.lc) && !ROLE_WORDS.has(lastTok.lc)) return np(text, toks, s, k - 1);
  return np(text, toks, s, k);
}

const FINITE_AUX = /^(has|have|had|is|was|were|are|will|would|does|did|can|could|should|may|might|must)$/;

export const PP_OK = new Set(['of', 'for', 'to', 'at', 'close', 'from', 'with', 'familiar', 'within', 'inside', 'near']);

/** Noun phrase starting at token `k` going right ("said Sen. Ted Cruz, R-Texas" → "Sen. Ted Cruz"). */
export function npRight(text: string, toks: Tok[], k: number, hi: number): NP | null {
  if (k >= hi) return null;
  const t0 = toks[k]!;
  if (t0.kind !== 'word') return null;
  if (isPronoun(t0)) return np(text, toks, k, k);
  // "“peanuts,” compared to what …": a phrase opening on a preposition is no speaker.
  if (t0.t === t0.lc && PREPS.has(t0.lc)) return null;
  const fr = /^(.*)-t-(il|elle)$/u.exec(t0.lc);
  if (fr) return { start: t0.end - fr[2]!.length, end: t0.end, text: fr[2]! };
  // A description ("a person close to the Clintons", "Axelrod’s memoir") runs on through its
  // prepositional phrases; a name stops at the first lower-case word that is not a role word.
  // "said 9/11 widow Terry Strada", "said retired general Lloyd Newton": skip a few lower-case
  // descriptors (and digits) before the name.
  if (t0.t === t0.lc && !DETERMINERS.has(t0.lc) && !/[’']s$/.test(t0.t)) {
    let j = k;
    while (j < Math.min(hi, k + 5) && !isCap(toks[j]) && (toks[j]!.kind === 'word' ? !isCue(toks[j]) && !RIGHT_STOP.has(toks[j]!.lc) : toks[j]!.t === '/' || toks[j]!.t === '-')) j++;
    if (j > k && j < hi && isCap(toks[j])) return npRight(text, toks, j, hi);
  }
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

export const DESCRIPTORS = new Set(['campaign', 'state', 'party', 'press', 'national', 'former', 'senior', 'top', 'longtime', 'communications', 'policy', 'political', 'digital', 'deputy', 'white', 'house', 'radio', 'talk', 'show', 'news', 'chief', 'staff', 'foreign', 'defense', 'homeland', 'security', 'rights', 'civil', 'legal', 'county', 'city', 'district', 'federal', 'us',
  // "Republican presidential front-runner Donald Trump", "Republican party boss Reince Priebus"
  'presidential', 'front-runner', 'frontrunner', 'hopeful', 'boss', 'conservative', 'liberal', 'operative']);

/** "Clinton campaign manager Robby Mook": lower-case role words lead on to a capitalised name. */
export function capSoon(toks: Tok[], b: number, hi: number): boolean {
  for (let j = b; j < Math.min(hi, b + 3); j++) {
    const t = toks[j]!;
    if (t.kind !== 'word' || RIGHT_STOP.has(t.lc) || isCue(t)) return false;
    if (isCap(t)) return true;
    if (!ROLE_WORDS.has(t.lc) && !DESCRIPTORS.has(t.lc)) return false;
  }
  return false;
}

/** A plausible speaker: a pronoun, a capitalised name, or a determiner phrase / plural people noun. */
export function plausible(p: NP | null, toks: Tok[]): NP | null {
  void toks;
  if (!p) return null;
  if (/[’']s$/.test(p.text)) return null; // "Calderon’s remarks": a possessive is not the subject
  // "“…,” Mitch McConnell, R-Ky., said Tuesday.": a day or month after the verb is no speaker.
  if (WEEKDAY.test(p.text) || /^(January|February|March|September|October|November|December|Today|Yesterday|Tonight)$/.test(p.text)) return null;
  const words = p.text.split(/\s+/);
  if (words.length > 10) return null;
  const firstLc = words[0]!.toLowerCase();
  if (isPronounText(firstLc) && words.length === 1) return p;
  if (/^\p{Lu}/u.test(words[0]!) || /^\p{Lu}/u.test(words[words.length - 1]!)) return p;
  if (DETERMINERS.has(firstLc)) return p;
  if (words.length <= 3 && /s$/.test(words[words.length - 1]!)) return p; // "officials", "senior aides"
  if (hasRoleWord(p.text)) return p;
  return null;
}
