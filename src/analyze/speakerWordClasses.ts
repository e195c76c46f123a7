/**
 * Word classes for reading speaker phrases on quote-masked tokens: auxiliaries and time words,
 * determiners, the stop words that end a phrase leftwards or rightwards, cue words used as verbs,
 * pronouns, and verb-like tokens.
 */
import { CUE_WORDS, PRONOUNS } from './cueVerbs';
import type { Tok } from './speakerFrames';

const AUX = new Set([
  'has', 'had', 'have', 'also', 'later', 'then', 'once', 'previously', 'again', 'recently', 'would', 'will',
  'reportedly', 'repeatedly', 'frequently', 'often', 'publicly', 'simply', 'flatly', 'bluntly', 'just', 'never',
  'even', 'further', 'quickly', 'finally', 'only', 'had', 'is', 'was', 'were', 'are', 'been', 'be', 'has',
  'first', 'famously', 'openly', 'privately', 'angrily', 'told', 'could', 'did', 'does', 'do', 'may', 'might',
  'not', 'still', 'recalled', 'now', 'a', 'hat', 'habe', 'ha', 'а', 'ещё', 'также', 'auch', 'aussi', 'también',
  'added', 'wrote', 'explained', 'continued', 'went', 'on', 'to', 'in', 'at', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'week', 'night',
  'morning', 'afternoon', 'evening', 'earlier', 'month', 'year', 'this', 'always', 'already', 'usually', 'sometimes',
]);
// Words that end a subject going leftwards: clause openers, prepositions, conjunctions.
export const LEFT_STOP = new Set([
  'that', 'which', 'who', 'whom', 'and', 'but', 'or', 'when', 'while', 'after', 'before', 'because', 'if', 'as',
  'in', 'on', 'at', 'to', 'with', 'by', 'from', 'about', 'than', 'so', 'where', 'since', 'though', 'although',
  'what', 'how', 'why', 'into', 'over', 'under', 'during', 'until', 'unless', 'whether', 'not', 'also',
  'dass', 'que', 'qu’', 'что', 'und', 'et', 'y', 'и', 'is', 'was', 'are', 'were', 'be', 'been', 'it', 'amid',
  'among', 'despite', 'following', 'per', 'via', 'through', 'across', 'around', 'beyond', 'within', 'without',
  'toward', 'upon', 'for', 'like', 'unlike', 'between', 'against', 'of', 'then', 'now', 'once', 'even', 'however',
]);
/**
 * Lower-case words that open a subordinate clause ("when", "because", "that"): a subject before
 * one belongs to another clause. Users with other needs say what they add or leave out beside it.
 */
export const SUBORDINATORS = new Set(['as', 'when', 'where', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'until', 'once', 'whereas', 'if', 'unless', 'whether', 'that']);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three', 'several', 'many',
  'some', 'most', 'other', 'another', 'this', 'these', 'those', 'both', 'each', 'every', 'der',
  'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'un', 'une', 'el', 'los', 'las', 'una', 'l’', "l'",
]);
export const RIGHT_STOP = new Set([
  'who', 'which', 'that', 'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'to', 'as', 'and',
  'but', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'with',
  'by', 'from', 'about', 'via', 'through', 'told', 'said', 'says', 'earlier', 'later', 'recently', 'yesterday',
  'today', 'tonight', 'once', 'again', 'also', 'then', 'is', 'was', 'has', 'had', 'would', 'will', 'can',
]);

/** A cue word in lower case ("States" in "United States" is not one; headline "Says" is). */
export function isCue(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && (CUE_WORDS.has(tok.lc) || tok.infinitiveCue === true) && (tok.t === tok.lc || /^(Says|Said|Tells|Told|Warns|Writes|Tweeted|Tweets)$/.test(tok.t));
}
export function isAux(tok: Tok): boolean {
  // Auxiliaries, time words and -ly adverbs ("Cruz gingerly said").
  return tok.kind === 'word' && tok.t === tok.lc && (AUX.has(tok.lc) || (tok.lc.length > 4 && tok.lc.endsWith('ly') && !LY_NOUNS.has(tok.lc)));
}
// Nouns that end in -ly: "Scott's family said" has a subject, not an adverb.
const LY_NOUNS = new Set(['family', 'rally', 'assembly', 'supply', 'anomaly', 'monopoly', 'homily', 'bully', 'folly', 'melancholy']);
export function isCap(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && /^[\p{Lu}]/u.test(tok.t);
}
const PRONOUN_SET = new Set(Object.keys(PRONOUNS));
export function isPronoun(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && PRONOUN_SET.has(tok.lc);
}

/**
 * Cue words that are also nouns ("his comments", "Trump's claims", "the reports") are verbs only
 * after something that can be a subject.
 */
export function verbUse(toks: Tok[], c: number): boolean {
  const t = toks[c]!;
  // "as The New Yorker put it": "put" is a verb of saying only with "it".
  if (t.lc === 'put' || t.lc === 'puts') return toks[c + 1]?.lc === 'it';
  // "he points out" speaks; "talking points" and "points to" do not.
  if (t.lc === 'points') return toks[c + 1]?.lc === 'out';
  // "Two analysts found in 2014 that the army is “the best”": a finding is reported; "police
  // found the car" is no speech.
  if (t.lc === 'found') return toks[c + 1]?.lc === 'that' || (toks[c + 1]?.lc === 'in' && /^\d{4}$/.test(toks[c + 2]?.t ?? '') && toks[c + 3]?.lc === 'that');
  if (!/s$/.test(t.lc) || /^(says|tells|writes|adds|asks|warns|insists|explains|argues|responds|replies|continues|concludes)$/.test(t.lc)) return true;
  const prev = toks[c - 1];
  if (!prev || prev.kind !== 'word') return true;
  if (DETERMINERS.has(prev.lc) || /^(his|her|their|its|our|of|these|those|such|recent|public|new|previous|earlier|latest|many|some|initial|early|own|similar|other|few|more|fewer|several|numerous|two|three|four|five|\d+)$/.test(prev.lc)) return false;
  // "using its influence to get states to adopt …": a word after an infinitive is its object.
  if (toks[c - 2]?.lc === 'to' && prev.t === prev.lc && !AUX.has(prev.lc)) return false;
  if (/[’']s$|s[’']$/.test(prev.t)) return false; // "Trump's claims", "Sanders’ comments"
  // "chided Trump for raising questions about …": a plural right after a gerund is its object.
  if (prev.t === prev.lc && /\p{L}{3,}ing$/u.test(prev.lc) && !AUX.has(prev.lc)) return false;
  // "his anti-Muslim remarks", "a flurry of late-night tweets", "Trump’s disrespectful comments":
  // an adjective between a determiner (or "of", or a possessive) and the word makes it a noun.
  // ("a wave of surprisingly positive comments": an -ly adverb before the adjective too.)
  const adverb = toks[c - 2]?.kind === 'word' && /\p{L}{3,}ly$/u.test(toks[c - 2]!.t) && toks[c - 2]!.t === toks[c - 2]!.lc;
  const before = toks[adverb ? c - 3 : c - 2];
  if (before && before.kind === 'word' && (DETERMINERS.has(before.lc) || before.lc === 'of' || /[’']s$/.test(before.t)) && ADJECTIVE.test(prev.t)) return false;
  // "32% of Republican claims": after "of" and one word, a noun.
  if (before && before.lc === 'of' && before.t === 'of') return false;
  if (prev.t === prev.lc && /-/.test(prev.lc) && !isVerbLike(prev)) return false;
  return true;
}

// Adjective shapes: hyphenated compounds, common suffixes, and capitalised demonyms ("anti-Muslim").
// ("our worst fears", "his biggest claims": superlatives too.)
const ADJECTIVE = /(?:-|(?:ful|ous|ive|ic|ical|al|ent|ant|less|ary|ible|able|ish|est)$|^(?:worst|best|most|least|own)$)/;

export function isPronounText(s: string): boolean {
  return PRONOUN_SET.has(s.toLowerCase());
}

export const IRREGULAR_PAST = new Set(['sent', 'said', 'told', 'made', 'took', 'gave', 'came', 'went', 'put', 'got', 'ran', 'wrote', 'left', 'met', 'held', 'saw', 'began', 'thought', 'felt', 'kept', 'brought', 'found', 'won', 'lost', 'paid', 'set', 'spent', 'stood', 'has', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does']);
export function isVerbLike(t: Tok): boolean {
  return t.t === t.lc && (/ed$/.test(t.lc) || IRREGULAR_PAST.has(t.lc) || isCue(t) || isAux(t));
}

/** A lower-case participle modifying the noun before it ("obtained", "speaking"), not a preposition ("during"). */
export function modifierParticiple(t: Tok): boolean {
  return t.kind === 'word' && t.t === t.lc && /\p{L}{3,}(?:ed|ing)$/u.test(t.lc) && !/^(during|according|including|regarding|concerning|following|pending|notwithstanding)$/.test(t.lc);
}

/**
 * "his 1996 book The Truth About Hillary detailed …": a name after a capitalised function word
 * that follows another capital ends a title, not a speaker's name.
 */
export function inTitle(toks: Tok[], at: number, lo: number): boolean {
  const fn = toks[at - 1];
  return at - 2 >= lo && fn !== undefined && /^\p{Lu}\p{Ll}+$/u.test(fn.t) && /^(about|of|for|with|in|on|and|the|to|from|against)$/.test(fn.lc) && isCap(toks[at - 2]);
}
