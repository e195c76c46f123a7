/**
 * Noun phrases around cue words, read on quote-masked tokens: the noun phrase ending at a token,
 * the phrase right of an inverted verb ("said Sen. Ted Cruz") and whether a phrase can be a
 * speaker (subjects read leftwards from a verb are in speakerSubjects.ts, the word classes these
 * need in speakerWordClasses.ts).
 */
import { hasRoleWord } from './names';
import type { Tok } from './speakerFrames';
import { DETERMINERS, LEFT_STOP, RIGHT_STOP, isCap, isCue, isPronoun, isPronounText, isVerbLike } from './speakerWordClasses';
import { NOT_NAMES, ROLE_WORDS } from './nameLists';
import { countStart } from './speakerCounts';

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
export const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export const PREPS = new Set(['in', 'on', 'at', 'during', 'from', 'for', 'with', 'by', 'of', 'to', 'about', 'over', 'under', 'into', 'through', 'amid', 'despite', 'like']);

/** The noun phrase ending before token `e` (exclusive) inside [lo, e). */
export function baseNP(text: string, toks: Tok[], e: number, lo: number): NP | null {
  const k = e - 1;
  if (k < lo) return null;
  const first = toks[k]!;
  if (first.kind !== 'word') return null;
  if (isPronoun(first)) return np(text, toks, k, k);
  // "those surveyed", "those polled": the people a poll asked, named by its participle.
  if (k - 1 >= lo && /^those$/i.test(toks[k - 1]!.t) && /^(surveyed|polled|questioned|interviewed)$/.test(first.t)) return np(text, toks, k - 1, k);
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
    // ("“…,” From said": a stop word standing alone before its cue is a name, Al From.)
    if (LEFT_STOP.has(t.lc) && !(isCap(t) && a < k && !NOT_NAMES.has(t.lc)) && !(a === k && loneName(toks, k))) break;
    // A capitalised common word ("But", "From") stops the phrase at a sentence start; inside a
    // sentence the capital makes it a name ("Will", "Hope").
    // ("Officials said …", "Critics say …": a vague plural opening the sentence is its subject.)
    if (isCap(t) && NOT_NAMES.has(t.lc) && !DETERMINERS.has(t.lc) && !(a === k && VAGUE_PLURAL.test(t.lc)) && ((a === lo && !(a === k && loneName(toks, k))) || (a === k && a === e - 1 && isCap(toks[a - 1]) === false && !loneName(toks, k)))) break;
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
  // "about 200 protesters", "About four in 10": a count opening the clause is part of the phrase.
  s = countStart(toks, s, lo);
  const lastTok = toks[k]!;
  // ("Judicial Watch", "Human Rights Watch": a capitalised common word closing a name is part of it.)
  const inName = isCap(lastTok) && k > s && isCap(toks[k - 1]);
  if (NOT_NAMES.has(lastTok.lc) && !inName && !(s === k && loneName(toks, k)) && !VAGUE_PLURAL.test(lastTok.lc) && !/^(reports|some|many|several|most|another)$/.test(lastTok.lc)) return null;
  // "Protesters marching (through the streets) chanted": a participle after the noun is not its head.
  // ("a source familiar with Cruz’s thinking said", "the meeting": after a determiner or a
  // possessive the -ing word is the noun itself.)
  const ownedNoun = DETERMINERS.has(toks[k - 1]?.lc ?? '') || /[’']s$/.test(toks[k - 1]?.t ?? '');
  if (k > s && lastTok.t === lastTok.lc && /\p{L}{3,}ing$/u.test(lastTok.lc) && !ROLE_WORDS.has(lastTok.lc) && !ownedNoun) return np(text, toks, s, k - 1);
  return np(text, toks, s, k);
}

/**
 * "…,” Will wrote", "Instead, Will called for …": a capitalised common word after a comma or a
 * quote, right before a lower-case verb, is a name (George Will, Theresa May), not the word.
 */
function loneName(toks: Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!isCap(toks[k]) || next === undefined || next.kind !== 'word' || next.t !== next.lc) return false;
  if (prev !== undefined && (prev.t === ',' || prev.kind === 'quote') && (isCue(next) || /ed$/.test(next.lc))) return true;
  // "While Will acknowledges …": a modal never takes a verb in -s or -ed, so a capitalised one
  // before such a cue is a name wherever it stands.
  return FINITE_AUX.test(toks[k]!.lc) && isCue(next) && /(?:[^s]s|ed)$/.test(next.lc);
}

/** Plural people nouns that name no one but are a speaker all the same ("Officials said"). */
const VAGUE_PLURAL = /^(officials|critics|sources|experts|analysts|others)$/;

export const FINITE_AUX = /^(has|have|had|is|was|were|are|will|would|does|did|can|could|should|may|might|must)$/;

// Objects of "in"/"on" that say when or how something was said, not who said it.
export const WHEN_OR_HOW = /^(statement|statements|filing|court|documents|interview|interviews|call|email|e-mail|emails|phone|conference|speech|remarks|tweet|tweets|post|response|reply|letter|writing|person|private|public|part|fact|turn|addition|general|particular|short|time|times|recent|years|months|weeks|days|morning|afternoon|evening|night|week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/;

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

/** The phrase ends on a capitalised word: it names someone ("the mayor, Bill de Blasio") rather than describing them. */
export function endsCapitalised(p: NP): boolean {
  return /^\p{Lu}/u.test(p.text.split(/\s+/).pop() ?? '');
}

/** "someone in the audience shouted": an unnamed person, described but never resolved to a name. */
export const INDEFINITE_PERSON = /^(someone|somebody)$/;

/** A plausible speaker: a pronoun, a capitalised name, or a determiner phrase / plural people noun. */
export function plausible(p: NP | null): NP | null {
  if (!p) return null;
  if (/[’']s$/.test(p.text)) return null; // "Calderon’s remarks": a possessive is not the subject
  // "“…,” Mitch McConnell, R-Ky., said Tuesday.": a day or month after the verb is no speaker.
  if (WEEKDAY.test(p.text) || /^(January|February|March|September|October|November|December|Today|Yesterday|Tonight)$/.test(p.text)) return null;
  const words = p.text.split(/\s+/);
  const firstLc = words[0]!.toLowerCase();
  // (A description may close on a long name: "a letter from the chairman of the U.S. Senate
  // Committee on Homeland Security".)
  if (words.length > (DETERMINERS.has(firstLc) && /^\p{Lu}/u.test(words[words.length - 1]!) ? 16 : 10)) return null;
  if (isPronounText(firstLc) && words.length === 1) return p;
  if (/^\p{Lu}/u.test(words[0]!) || /^\p{Lu}/u.test(words[words.length - 1]!)) return p;
  if (DETERMINERS.has(firstLc) || INDEFINITE_PERSON.test(firstLc)) return p;
  if (words.length <= 3 && /s$/.test(words[words.length - 1]!)) return p; // "officials", "senior aides"
  // "63 percent", "Only 52 percent of registered voters": a share of people.
  if (/(?:^|\s)\d[\d,.]*(?:\s*percent|%)(?:\s|$)/u.test(p.text)) return p;
  if (hasRoleWord(p.text)) return p;
  return null;
}
