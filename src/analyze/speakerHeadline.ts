/**
 * Headlines (issue 3, Speakers): "Chris Christie Calls Hillary Clinton ‘A Disgrace’", "Milbank:
 * Republicans ‘Waving the Flag’", "Gillibrand on Clinton: ‘I Think She Will’". Title Case hides
 * the verb among the capitals, so the subject is the capitalised run that opens the headline, cut
 * at the first word that reads as a headline verb ("Calls", "Blasts", "Just Announced") or at a
 * function word or colon.
 */
import { CUE_WORDS } from './cueVerbs';
import { NOT_NAMES, ROLE_WORDS } from './nameLists';
import { np, type NP } from './speakerPhrases';
import { PEOPLE_NOUNS, PLACE_PREPS } from './speakerSentenceSubject';
import { quoteClosesOnComma, type Tok } from './speakerFrames';
import { IRREGULAR_PAST } from './speakerWordClasses';

/** Headline verbs that need not end in -s ("Black Lawmakers Rip …", "Parents Rally …"). */
const BARE_VERBS = /^(rip|slam|slams|blast|bash|hit|hits|say|call|urge|warn|want|tell|rally|vow|push|demand|sue|react|respond|claim|accuse|defend|deny|mock|praise|reject|back|backs|endorse|attack|target|question|admit|insist|fire|fires|take|takes|make|makes|get|gets|go|goes)$/;

/**
 * Whether most words of four letters or more in `s` are capitalised (70%), or null when it has
 * fewer than three such words to judge by.
 */
export function mostlyCapitalised(s: string): boolean | null {
  const w = s.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
  if (w.length < 3) return null;
  let caps = 0;
  for (const x of w) if (/^\p{Lu}/u.test(x)) caps++;
  return caps / w.length >= 0.7;
}

/** True when the paragraph [start, end) is set in Title Case (a headline or a title line). */
export function isTitleCase(text: string, start: number, end: number): boolean {
  return mostlyCapitalised(text.slice(start, Math.min(end, start + 400))) ?? false;
}

function verbLike(t: Tok, prev: Tok): boolean {
  const lc = t.lc.replace(/[’']s$/, '');
  if (CUE_WORDS.has(lc) || BARE_VERBS.test(lc) || IRREGULAR_PAST.has(lc)) return true;
  if (ROLE_WORDS.has(lc) || PEOPLE_NOUNS.test(lc)) return false;
  // "Trump Addresses …", "Woman Steps Forward", "Trump Just Announced …": a third-person or past
  // form right after a capitalised word.
  return /^\p{Lu}/u.test(prev.t) && /^\p{L}{3,}(?:[^su’']s|ed)$/u.test(lc);
}

/**
 * The subject opening a Title Case headline, read on the tokens [lo, q) before the quote at `q`,
 * or null when the headline does not open with a name.
 */
export function headlineSubject(text: string, toks: Tok[], lo: number, q: number): NP | null {
  let k = lo;
  // "4\nGina Rodriguez Questioned …": a list number before the headline.
  while (k < q - 1 && /^\d+$/.test(toks[k]!.t)) k++;
  // "The Latest: Trump …": a rubric before a colon is not the subject.
  for (let j = lo; j < Math.min(q, lo + 5); j++) {
    if (toks[j]!.t === ':' && NOT_NAMES.has(toks[lo]!.lc)) {
      k = j + 1;
      break;
    }
  }
  const first = toks[k];
  // ("Draußen vor der Halle …": German capitalises its nouns, so prose can look like a headline.)
  if (!first || first.kind !== 'word' || !/^\p{Lu}/u.test(first.t) || NOT_NAMES.has(first.lc) || PLACE_PREPS.test(first.lc)) return null;
  let e = k;
  while (e + 1 < q) {
    const t = toks[e + 1]!;
    if (t.kind !== 'word' || !/^[\p{Lu}\p{N}]/u.test(t.t) || NOT_NAMES.has(t.lc) || verbLike(t, toks[e]!)) break;
    e++;
  }
  if (e - k >= 5) return null;
  // The subject must be followed by a verb, a colon or "on"/"to" ("Gillibrand on Clinton: …").
  const next = toks[e + 1];
  if (!next || next.kind === 'quote') return null;
  if (next.kind === 'punct' && next.t !== ':') return null;
  const p = np(text, toks, k, e);
  if (!p) return null;
  p.text = p.text.replace(/[’']s$/, '');
  p.end = p.start + p.text.length;
  return /[’']s$/.test(toks[e]!.t) ? null : p;
}

/**
 * "Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention": in a
 * headline a quote closing on a comma hands over to the capitalised name and cue verb after it,
 * as in prose ("…,” Dean said"); the words opening the headline are what the speaker talks about.
 */
export function headlineCueAfter(text: string, toks: Tok[], q: number, hi: number): NP | null {
  let k = q + 1;
  if (toks[k]?.t === ',') k++;
  else if (!quoteClosesOnComma(text, toks[q]!)) return null;
  const first = toks[k];
  if (!first || first.kind !== 'word' || !/^\p{Lu}/u.test(first.t) || NOT_NAMES.has(first.lc) || CUE_WORDS.has(first.lc)) return null;
  // ("Board Of Election Finds": a capitalised "Of" joins a name.)
  let e = k;
  while (e + 1 < hi && e - k < 5 && toks[e + 1]!.kind === 'word' && /^\p{Lu}/u.test(toks[e + 1]!.t) && !CUE_WORDS.has(toks[e + 1]!.lc) && toks[e + 1]!.lc !== 'finds' && (!NOT_NAMES.has(toks[e + 1]!.lc) || (toks[e + 1]!.lc === 'of' && /^\p{Lu}/u.test(toks[e + 2]?.t ?? '')))) e++;
  const cue = toks[e + 1];
  // ("Finds" is a headline's "found that", a finding reported.)
  if (!cue || cue.kind !== 'word' || !/^\p{Lu}/u.test(cue.t) || !(CUE_WORDS.has(cue.lc) || cue.lc === 'finds') || !/s$/.test(cue.lc)) return null;
  return np(text, toks, k, e);
}
