/**
 * The subject that opens a sentence (issue 3, Speakers), for quotes with no cue of their own and
 * for participles ("…, saying"): past a dateline ("WASHINGTON (AP) —") and an opening phrase ("In a
 * statement Tuesday,"), a pronoun, a name with its role words ("Trump’s state director Mike
 * Rubino"), or a determiner phrase up to its head noun ("The Florida senator sought …").
 */
import { NOT_NAMES, ROLE_WORDS } from './nameLists';
import { throughPlacePhrase } from './speakerPhraseTail';
import { opensCount } from './speakerCounts';
import { tokenAt, quoteClosesOnComma, type Tok } from './speakerFrames';
import { baseNP, capSoon, np, plausible, DESCRIPTORS, FINITE_AUX, PREPS, type NP } from './speakerPhrases';
import { isCue, isAux, isCap, isPronoun, isVerbLike, DETERMINERS, LEFT_STOP, RIGHT_STOP, IRREGULAR_PAST } from './speakerWordClasses';

/**
 * A determiner phrase that opens a sentence ends at its head noun: "The Florida senator sought …",
 * "the Daily News focuses …", "The Sanders campaign projects …" (the next word is the verb).
 */
function endsDeterminerPhrase(toks: Tok[], b: number): boolean {
  const cur = toks[b]!;
  const next = toks[b + 1];
  if (!next || next.kind !== 'word' || next.t !== next.lc) return false;
  if (ROLE_WORDS.has(next.lc) || DESCRIPTORS.has(next.lc)) return false;
  // After a role word ("the senator"), a lower-case word is the verb.
  if (cur.t === cur.lc && ROLE_WORDS.has(cur.lc)) return true;
  // A third-person verb in -s after a name or a singular noun; plural people nouns stay.
  if (/[^su]s$/.test(next.lc) && (isCap(cur) || (cur.t === cur.lc && !/s$/.test(cur.lc) && !DETERMINERS.has(cur.lc)))) {
    const singular = next.lc.replace(/(?:es|s)$/, '');
    return !ROLE_WORDS.has(singular) && !ROLE_WORDS.has(next.lc.slice(0, -1)) && !PEOPLE_NOUNS.test(next.lc);
  }
  return false;
}

export const PEOPLE_NOUNS = /^(officials|leaders|members|supporters|voters|critics|experts|analysts|sources|aides|advisers|advisors|lawmakers|senators|democrats|republicans|residents|activists|protesters|workers|employees|investigators|prosecutors|authorities|officers|agents|scientists|researchers|economists|candidates|delegates|donors|users|fans|parents|students|teachers|doctors|lawyers|staffers|executives|reporters|editors|writers|readers|viewers|citizens|people|others|allies|rivals|opponents|organizers|spokesmen|strategists|pollsters|observers|diplomats|ministers|judges|groups|states|countries|governments|agencies|companies|newspapers|campaigns|parties)$/;

/** Heads naming a group or a number of people, joined to the noun after "of". */
const GROUP_HEAD = /^(groups|group|hundreds|thousands|dozens|millions|scores|members|supporters|majority|minority|crowd|crowds|bunch|lots|percent)$/;

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'hundreds', 'thousands', 'dozens']);

/**
 * "WASHINGTON, Dec. 8 (UPI) — Clinton …" / "Washington (AFP) – Clinton …": a dateline of
 * capitalised words, numbers and an agency in brackets before a dash is not the subject.
 */
function skipDateline(toks: Tok[], lo: number, c: number): number {
  if (!isCap(toks[lo])) return lo;
  for (let j = lo + 1; j < Math.min(c, lo + 12); j++) {
    const t = toks[j]!;
    // ("Chris Christie — who is being vetted … — made …": an aside after a name, not a dateline;
    // a dateline's sentence opens on a capital.)
    if (t.t === '—' || t.t === '–' || t.t === '-') return (j > lo + 1 || toks[lo]!.t === toks[lo]!.t.toUpperCase()) && !/^(who|which|whose|whom)$/.test(toks[j + 1]?.t ?? '') ? j + 1 : lo;
    if (t.kind === 'word' && !isCap(t) && !/^\d/.test(t.t)) return lo;
    if (t.kind !== 'word' && !/^[(),.]$/.test(t.t)) return lo;
  }
  return lo;
}

// Prepositions of place that open a sentence ("Outside the arena, …"), beyond PREPS and LEFT_STOP.
export const PLACE_PREPS = /^(outside|inside|along|behind|beside|besides|near|throughout|past|beneath|above|below|opposite|off|devant|derrière|dans|près|hors|fuera|dentro|frente|cerca|delante|draußen|drinnen|vor|hinter|außerhalb|innerhalb|neben|около|возле|перед|внутри|снаружи)$/;

// "Hours later, Trump …" / "Days before the vote, she …": a time phrase opens the sentence.
const OPENING_TIME = /^(later|ago|earlier|after|before|afterwards?|into)$/;

/** The subject opening the sentence (after a leading adverbial phrase), for participle cues. */
export function sentenceSubject(text: string, toks: Tok[], lo: number, c: number): NP | null {
  let k = skipDateline(toks, lo, c);
  // "In a statement Tuesday, Trump …" / "Amid the protests, she …" / "Across town, …" /
  // "Domestically, …", "Early in his campaign, …" (not "Carly Fiorina …"): skip the opening phrase.
  // "But Sen. Pat Toomey (R-Pa.) refused …": a conjunction opening the sentence is only skipped.
  if (toks[k] && /^(But|And|Yet|So|Or|Nor|Und|Aber|Mais|Et|Pero|Y|Но|И)$/.test(toks[k]!.t) && toks[k + 1]?.kind === 'word') k++;
  // "And even Obama tried …, noting …", "Only Sanders voted …": a focus word before the subject.
  const focused = toks[k + 1];
  if (toks[k] && /^(even|only|also|now|still|then|perhaps|maybe|indeed)$/i.test(toks[k]!.t) && focused?.kind === 'word' && (isPronoun(focused) || (isCap(focused) && !NOT_NAMES.has(focused.lc)))) k++;
  // "76-year-old Morton Blackwell, founder of …, endorsed …": an age before a name describes it.
  if (/^\d+-year-old$/.test(toks[k]?.lc ?? '') && isCap(toks[k + 1])) k++;
  // "Eleven progressive and Muslim organizations are asking …": a number opening a plural subject.
  if (toks[k] && isCap(toks[k]) && NUMBER_WORDS.has(toks[k]!.lc)) {
    let e = k + 1;
    while (e < c && e - k < 7 && toks[e]!.kind === 'word' && !isVerbLike(toks[e]!) && !isAux(toks[e]!)) e++;
    const head = toks[e - 1]!;
    if (e > k + 1 && e < c && head.t === head.lc && /[^s]s$/.test(head.lc) && (isVerbLike(toks[e]!) || isAux(toks[e]!))) return np(text, toks, k, e - 1);
  }
  const opening = toks[k];
  if (opening && (NOT_NAMES.has(opening.lc) || OPENING_TIME.test(toks[k + 1]?.lc ?? '') || !isCap(opening) || /ing$/.test(opening.lc) || NUMBER_WORDS.has(opening.lc) || PREPS.has(opening.lc) || LEFT_STOP.has(opening.lc) || PLACE_PREPS.test(opening.lc) || /^(given|considering|including|regarding|following|per)$/.test(opening.lc) || (/\p{L}{3,}ly$/u.test(opening.lc) && (toks[k + 1]?.t === ',' || /\p{L}{3,}ing$/u.test(toks[k + 1]?.lc ?? '') || PREPS.has(toks[k + 1]?.t ?? '')))) && !isPronoun(opening) && !DETERMINERS.has(opening.lc)) {
    let j = k;
    // (A quote closing on the phrase's comma ends it too: "While X calls it a “fine piece,” Clinton …".)
    // ("Hastily politicizing the tragedy ― much like he did in Paris ― Trump cast …": a dash aside
    // closing before a capitalised word ends the phrase as a comma would.)
    let aside = -1;
    while (j < c && j < k + 25 && toks[j]!.t !== ',' && !quoteClosesOnComma(text, toks[j]!)) {
      aside = j > k ? closingDash(toks, j, c) : -1;
      if (aside > 0) break;
      j++;
    }
    if (aside > 0) k = aside + 1;
    else if (j < c && (toks[j]!.t === ',' || quoteClosesOnComma(text, toks[j]!))) k = j + 1;
    // "Draußen vor der Halle riefen Demonstranten …": a place phrase with no comma after it
    // (verb-second languages) leaves no subject to read here, nor does "Debating Clinton’s …" or
    // a subordinate clause with no comma to close it ("While Republicans …").
    // ("From Donald Trump’s “coarse … effusion” in Iowa to his call for …, Will described …": an
    // opening prepositional phrase that runs on into the quote has no subject before it.)
    else if (PLACE_PREPS.test(opening.lc) || (PREPS.has(opening.lc) && toks[c]?.kind === 'quote') || (isCap(opening) && /\p{L}{3,}ing$/u.test(opening.lc)) || /^(while|when|although|though|because|if|since|after|before|unless|whether|whereas)$/.test(opening.lc)) return null;
    // "On July 6, 2015, Sanders …": the year after the date's comma belongs to the opening phrase.
    if (k + 1 < c && /^\d{4}$/.test(toks[k]!.t) && toks[k + 1]!.t === ',') k += 2;
    // "On Thursday, after remaining neutral …, Warren …": a second opening phrase.
    if (toks[k] && toks[k]!.t === toks[k]!.lc && (PREPS.has(toks[k]!.t) || /^(after|before|while|when|despite|amid|since|although|though)$/.test(toks[k]!.t))) {
      let e = k;
      while (e < c && e < k + 25 && toks[e]!.t !== ',') e++;
      if (e < c && toks[e]!.t === ',') k = e + 1;
    }
  }
  const t = toks[k];
  if (!t || k >= c) return null;
  if (isPronoun(t)) return np(text, toks, k, k);
  if (opensCount(toks, k)) return countedGroup(text, toks, k, c);
  if (!isCap(t) && !DETERMINERS.has(t.lc)) return null;
  // "Preys on our worst fears …": a list item that opens on its verb has no subject.
  if (k === lo && /[^s’']s$/.test(t.t) && t.t.length > 3 && PREPS.has(toks[k + 1]?.t ?? '') && /^(our|his|her|their|its|my|your|the)$/.test(toks[k + 2]?.t ?? '')) return null;
  // "Republican presidential front-runner Donald Trump is …": a common word may lead to a name.
  if (NOT_NAMES.has(t.lc) && !DETERMINERS.has(t.lc) && !capSoon(toks, k + 1, c)) return null;
  // A capitalised phrase, possibly with lower-case role words before a name ("Trump’s state director Mike Rubino").
  let b = k;
  // A capitalised common word ("With", "On", "The") ends the phrase: headline Title Case
  // ("Clinton Sides With Bush On …") is not one long name.
  while (b + 1 < c && toks[b + 1]!.kind === 'word' && !isCue(toks[b + 1]) && !isAux(toks[b + 1]!) &&
    !(b > k && isCap(toks[b + 1]) && NOT_NAMES.has(toks[b + 1]!.lc) && !DETERMINERS.has(t.lc)) &&
    (isCap(toks[b + 1]) || /^(of|de|van|von|der|al|bin)$/.test(toks[b + 1]!.lc) || capSoon(toks, b + 1, c) || (toks[b + 1]!.lc === 'and' && isCap(toks[b + 2]) && isCap(toks[b])) ||
    (DETERMINERS.has(t.lc) && b - k < 4 && !LEFT_STOP.has(toks[b + 1]!.lc) && !isVerbLike(toks[b + 1]!))) &&
    !(DETERMINERS.has(t.lc) && endsDeterminerPhrase(toks, b))) b++;
  if (b === k && DETERMINERS.has(t.lc)) return null;
  b = joinedName(toks, b, c);
  // "Netanyahu and other right-wing Israeli leaders shunned …": the group joined by "and other".
  if (toks[b + 1]?.t === 'and' && toks[b + 2]?.t === 'other') {
    let e = b + 3;
    while (e + 1 < c && e - b < 8 && toks[e + 1]!.kind === 'word' && !isVerbLike(toks[e + 1]!) && !LEFT_STOP.has(toks[e + 1]!.lc)) e++;
    if (e + 1 < c && /s$/.test(toks[e]!.lc) && isVerbLike(toks[e + 1]!)) b = e;
  }
  // "Sanders supporters are crying “fraud”": a name before a plural people noun modifies it.
  if (isCap(toks[b]) && !/[’']s?$/.test(toks[b]!.t) && b + 2 < c && toks[b + 1]!.t === toks[b + 1]!.lc && PEOPLE_NOUNS.test(toks[b + 1]!.lc) && isVerbLike(toks[b + 2]!)) b++;
  // ("Republicans on Capitol Hill seized on …": a plural people noun opening the sentence too.)
  if ((DETERMINERS.has(t.lc) && toks[b]!.t === toks[b]!.lc) || (b === k && (PEOPLE_NOUNS.test(t.lc) || /^(attorneys|lawyers)$/.test(t.lc)))) b = throughPlacePhrase(toks, b, c);
  // "A 2014 House Intelligence Committee report found …": a name inside a determiner phrase is a
  // modifier; the common noun after it, right before the verb, is the head (not a verb in -s:
  // "the Daily News focuses on …").
  const noun = toks[b + 1];
  const verb = toks[b + 2];
  if (DETERMINERS.has(t.lc) && isCap(toks[b]) && noun?.kind === 'word' && noun.t === noun.lc && !/s$/.test(noun.lc) && !isVerbLike(noun) && !LEFT_STOP.has(noun.lc) && !RIGHT_STOP.has(noun.lc) && !isCue(noun) && verb?.kind === 'word' && (b + 2 === c || isVerbLike(verb) || isCue(verb))) b++;
  // "Small groups of protesters …", "Hundreds of supporters …": a group or a number of people
  // is named by the noun after "of" (up to the verb); a phrase never ends on "of".
  if (toks[b + 1]?.t === 'of' && GROUP_HEAD.test(toks[b]!.lc)) b++;
  if (toks[b]!.t === 'of' || toks[b]!.t === 'de') {
    let e = b;
    while (e + 1 < c && e - b < 3 && toks[e + 1]!.kind === 'word' && /^\p{Ll}/u.test(toks[e + 1]!.t) && !isVerbLike(toks[e + 1]!) && !LEFT_STOP.has(toks[e + 1]!.lc)) e++;
    if (e > b && GROUP_HEAD.test(toks[b - 1]!.lc)) b = e;
    else b--;
  }
  // "Hillary Clinton’s right-hand woman rallied …": a possessive name is not the subject, the
  // noun it owns is (up to a verb).
  if (/[’']s$/.test(toks[b]!.t) && isCap(toks[b])) {
    let e = b;
    // ("Hoff’s letter makes a … case": a word in -s before a determiner is the verb; "Obama’s first
    // five questioners ranged …": 'first' after the possessive is an ordinal, not an adverb.)
    const presentVerb = (x: number) => /[^s’']s$/.test(toks[x]!.lc) && DETERMINERS.has(toks[x + 1]?.lc ?? '') && toks[x + 1]!.t === toks[x + 1]!.lc;
    while (e + 1 < c && e - b < 3 && toks[e + 1]!.kind === 'word' && toks[e + 1]!.t === toks[e + 1]!.lc &&
      (!isVerbLike(toks[e + 1]!) || (e === b && /^(first|second|third|last|own|only|top)$/.test(toks[e + 1]!.lc))) && !LEFT_STOP.has(toks[e + 1]!.lc) && !RIGHT_STOP.has(toks[e + 1]!.lc) && !(e > b && presentVerb(e + 1))) e++;
    const after = toks[e + 1];
    if (e > b && after && after.kind === 'word' && (isVerbLike(after) || presentVerb(e + 1))) return np(text, toks, k, e);
  }
  return appositiveName(text, toks, k, b, c) ?? np(text, toks, k, b);
}

/** When token `j` opens a dash aside whose closing dash (within 30 tokens, before `c`) is followed by a capitalised word, that dash; else -1. */
function closingDash(toks: Tok[], j: number, c: number): number {
  if (!/^[―—–]$/.test(toks[j]!.t)) return -1;
  for (let e = j + 1; e < c - 1 && e - j <= 30; e++) if (toks[e]!.t === toks[j]!.t) return isCap(toks[e + 1]) && !NOT_NAMES.has(toks[e + 1]!.lc) ? e : -1;
  return -1;
}

/**
 * "Yahoo News and former TV network anchor Katie Couric has promoted …": a name joined by "and"
 * after role words, right before the verb, belongs to the subject as a joined name does ("Mark
 * Blumenthal and Jon Cohen wrote"); returns the subject's new last token, or `b`.
 */
function joinedName(toks: Tok[], b: number, c: number): number {
  if (toks[b + 1]?.t !== 'and' || !isCap(toks[b])) return b;
  let e = b + 2;
  while (e < c && e - b < 10 && toks[e]!.kind === 'word' && !isVerbLike(toks[e]!) && !FINITE_AUX.test(toks[e]!.t) && !LEFT_STOP.has(toks[e]!.t) && !DETERMINERS.has(toks[e]!.t)) e++;
  const v = toks[e];
  const last = toks[e - 1]!;
  return e > b + 3 && e < c && v!.kind === 'word' && (isVerbLike(v!) || FINITE_AUX.test(v!.t)) && isCap(last) && !NOT_NAMES.has(last.lc) && toks[b + 2]!.t === toks[b + 2]!.lc ? e - 1 : b;
}

/**
 * "Trump’s Virginia state director, Mike Rubino, reached out": a description that opens the
 * sentence (a possessive, then role words) with a name in apposition after it.
 */
function appositiveName(text: string, toks: Tok[], k: number, b: number, c: number): NP | null {
  if (!toks.slice(k, b + 1).some((t) => /[’']s$/.test(t.t))) return null;
  let j = b + 1;
  while (j < c && j - b < 4 && toks[j]!.kind === 'word' && toks[j]!.t === toks[j]!.lc && (ROLE_WORDS.has(toks[j]!.lc) || DESCRIPTORS.has(toks[j]!.lc))) j++;
  if (j === b + 1 && !ROLE_WORDS.has(toks[b]!.lc)) return null;
  if (toks[j]?.t !== ',' || !isCap(toks[j + 1]) || NOT_NAMES.has(toks[j + 1]!.lc)) return null;
  let e = j + 1;
  while (e + 1 < c && e - j < 5 && isCap(toks[e + 1])) e++;
  return toks[e + 1]?.t === ',' ? np(text, toks, j + 1, e) : null;
}

/**
 * The subject of the nearest finite past verb before token `e` (within [from, e), at most 15
 * tokens back), when it is a pronoun or a name: "when Sanders protesters interrupted her speech,
 * shouting …", "Cruz knocked Rubio on trade and called him …". Passives ("was fired") are skipped.
 */
export function finiteVerbSubject(text: string, toks: Tok[], e: number, from: number): NP | null {
  for (let v = e - 1; v > from && e - v <= 15; v--) {
    const t = toks[v]!;
    if (t.kind === 'quote') return null;
    if (t.kind !== 'word' || t.t !== t.lc || isCue(t) || isAux(t)) continue;
    if (!/\p{L}{3,}ed$/u.test(t.lc) && !(IRREGULAR_PAST.has(t.lc) && !FINITE_AUX.test(t.lc))) continue;
    // (A passive, "was fired", is skipped; a perfect, "had gathered", is the subject's own act.)
    if (/^(was|were|is|are|been|being|be)$/.test(toks[v - 1]?.lc ?? '')) continue;
    // "…, who allegedly assaulted a reporter, calling …": a relative clause's verb is not it.
    let b = v - 1;
    while (b > from && isAux(toks[b]!)) b--;
    if (/^(who|which|that)$/.test(toks[b]?.t ?? '')) continue;
    // "Rudy Giuliani, who backs Trump, trashed Comey, calling …": step over a relative clause
    // between commas to the name it describes.
    if (toks[b]?.t === ',') b = beforeRelativeAside(toks, b, from);
    const p = plausible(baseNP(text, toks, b + 1, from));
    if (!p || /n[’']t\b/.test(p.text)) return null;
    // The subject ends on a name, a pronoun or a plural or role noun ("Sanders protesters"), not
    // on a verb the lists do not know ("Alabama beat undefeated Clemson").
    const head = toks[b]!;
    if (!isCap(head) && !isPronoun(head) && !/s$/.test(head.lc) && !ROLE_WORDS.has(head.lc)) return null;
    const at = tokenAt(toks, p.start);
    const before = toks[at - 1];
    // "Attorneys for Clinton appeared …": a prepositional object is not the subject, unless a
    // group owns it ("Hundreds of pro-Sanders demonstrators marched …").
    if (before && before.t === before.lc && PREPS.has(before.lc)) return groupOf(text, toks, at, from, b);
    // "Bradley apologized … after they came out, saying …": a pronoun in a subordinate clause.
    if (isPronoun(toks[at]) && before && /^(after|before|when|as|since|because|if|while|although|though|until|once)$/.test(before.t)) continue;
    if (isPronoun(toks[at]) || /^\p{Lu}/u.test(p.text.split(/\s+/)[0]!) || opensCount(toks, at)) return p;
    return null;
  }
  return null;
}

/** The token before ", who …," when the comma at `b` closes such an aside (at most 15 tokens), else `b`. */
function beforeRelativeAside(toks: Tok[], b: number, from: number): number {
  for (let j = b - 1; j > from && b - j <= 15; j--) {
    const t = toks[j]!;
    if (t.kind === 'quote') return b;
    if (t.t === ',') return /^(who|which)$/.test(toks[j + 1]!.t) && isCap(toks[j - 1]) ? j - 1 : b;
  }
  return b;
}

/**
 * "Hundreds of supporters", "the vast majority of them", "Leaders of the organization": when
 * token `at` follows "of" after a group or people noun, the phrase from that noun's phrase to
 * token `end`; else null.
 */
export function groupOf(text: string, toks: Tok[], at: number, lo: number, end: number): NP | null {
  const prep = toks[at - 1];
  const head = toks[at - 2];
  // ("A spokesman for Paul Ryan" is not joined: the name inside would be shown as the speaker.)
  if (!prep || !head || at - 2 < lo || prep.t !== 'of') return null;
  if (!GROUP_HEAD.test(head.lc) && !PEOPLE_NOUNS.test(head.lc)) return null;
  const phrase = baseNP(text, toks, at - 1, lo);
  const from = phrase ? tokenAt(toks, phrase.start) : at - 2;
  return np(text, toks, from < 0 ? at - 2 : from, end);
}

/**
 * "about 200 protesters congregated …": a counted group opening the sentence at `k`, up to its
 * plural head noun right before the verb; null when no verb follows the count.
 */
function countedGroup(text: string, toks: Tok[], k: number, c: number): NP | null {
  let e = k + 1;
  while (e + 1 < c && e - k < 6 && toks[e + 1]!.kind === 'word' && !isVerbLike(toks[e + 1]!) && !isAux(toks[e + 1]!) && !LEFT_STOP.has(toks[e + 1]!.lc)) e++;
  const next = toks[e + 1];
  return next && (isVerbLike(next) || isAux(next)) ? np(text, toks, k, e) : null;
}
