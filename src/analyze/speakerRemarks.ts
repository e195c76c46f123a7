/**
 * Remarks owned by their speaker (issue 3, Speakers): a possessive before a noun of saying names
 * who said the quote it introduces. "Politifact checked Trump’s claim that there have been “…”",
 * "Obama's “if you like your plan” promise", "his comment Monday that “Islam hates us”", and as a
 * subject, "Rubio’s catch phrase was that Crist “…”" (the catch phrase is Rubio's words).
 */
import { tokenAt, type Tok } from './speakerFrames';
import type { NP } from './speakerPhrases';
import { NOT_NAMES, ROLE_WORDS } from './nameLists';
import { DETERMINERS } from './speakerWordClasses';
import { lookupTable } from '../core/lookupTable';

/** Nouns for something said (singular and plural); documents ("letter", "report") are not here. */
const REMARK_NOUNS = new Set([
  'claim', 'claims', 'comment', 'comments', 'remark', 'remarks', 'statement', 'statements', 'assertion',
  'assertions', 'contention', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'warning', 'warnings',
  'suggestion', 'argument', 'arguments', 'insistence', 'charge', 'charges', 'accusation', 'accusations',
  'prediction', 'boast', 'declaration', 'admission', 'complaint', 'complaints', 'allegation', 'allegations',
  'slogan', 'phrase', 'quip', 'joke', 'tweet', 'tweets', 'words', 'description', 'characterization',
  'response', 'reply', 'retort', 'answer', 'assurance', 'assurances', 'message', 'language', 'rhetoric',
  'line', 'mantra', 'refrain', 'insinuation', 'email', 'question', 'advice', 'pitch', 'rant', 'riff',
  'assumption',
  'call', 'calls', 'demand', 'demands', 'plea', 'appeal',
  'conclusion', 'assessment', 'finding', 'findings', 'explanation', 'denial', 'criticism', 'observation',
]);

// Possessive pronouns stand for the pronoun the resolver knows ("his claim" → "he").
const POSSESSIVE_PRONOUNS = lookupTable<string>({ his: 'he', her: 'she', their: 'they', its: 'it' });

const POSSESSIVE = /^(.+?)(?:[’']s|s[’'])$/u;

/** The owner ending at token `e` ("Donald Trump’s", "Sanders’", "his"), or null. */
function possessor(text: string, toks: Tok[], e: number, lo: number): NP | null {
  const t = toks[e];
  if (!t || t.kind !== 'word') return null;
  // ("His assumption …" opening a sentence: capitalised there.)
  const pron = t.t === t.lc || t.t === t.lc[0]!.toUpperCase() + t.lc.slice(1) ? POSSESSIVE_PRONOUNS[t.lc] : undefined;
  if (pron) return { start: t.start, end: t.end, text: pron };
  if (!POSSESSIVE.test(t.t)) return null;
  let a = e;
  if (!/^\p{Lu}/u.test(t.t)) {
    // "The Florida senator’s answer": a role noun after "the" owns it too.
    while (a - 1 >= lo && a > e - 4 && toks[a - 1]!.kind === 'word' && !DETERMINERS.has(toks[a - 1]!.lc) && !POSSESSIVE.test(toks[a - 1]!.t)) a--;
    if (a - 1 < lo || !/^(the|this|that)$/i.test(toks[a - 1]!.t) || !ROLE_WORDS.has(t.lc.replace(/[’']s?$/u, ''))) return null;
    a--;
  } else {
    // Capitalised words before it belong to the name ("Donald Trump’s").
    while (a - 1 >= lo && a > e - 3 && toks[a - 1]!.kind === 'word' && /^\p{Lu}/u.test(toks[a - 1]!.t) && !POSSESSIVE.test(toks[a - 1]!.t) && !NOT_NAMES.has(toks[a - 1]!.lc)) a--;
  }
  const start = toks[a]!.start;
  const end = t.end - (/[’']s$/u.test(t.t) ? 2 : 1);
  return { start, end, text: text.slice(start, end) };
}

/** A remark noun at token `c` after a possessive, with at most two adjectives between. */
function ownerOf(text: string, toks: Tok[], c: number, lo: number): NP | null {
  const n = toks[c];
  if (!n || n.kind !== 'word' || n.t !== n.lc || !REMARK_NOUNS.has(n.lc)) return null;
  for (let e = c - 1; e >= Math.max(lo, c - 3); e--) {
    const owner = possessor(text, toks, e, lo);
    if (owner) return owner;
    const t = toks[e]!;
    // ("her March comment that": a month or a weekday is no adjective's capital.)
    if (t.kind !== 'word' || (t.t !== t.lc && !TIME_NAMES.test(t.t))) return null;
  }
  return null;
}

const TIME_NAMES = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * "Trump’s claim that …“…”", "his comment Monday that “…”": the owner of a remark noun at token
 * `c` (read leftwards from a quote) whose that-clause holds the quote at `q`, or null.
 */
export function remarkOwner(text: string, toks: Tok[], c: number, q: number, lo: number): NP | null {
  const owner = ownerOf(text, toks, c, lo);
  if (!owner) return null;
  // The that-clause opens within a few words of the noun ("his comment Monday that").
  // ("her assertion during the debate that": a short phrase may come between.)
  for (let k = c + 1; k < Math.min(q, c + 6); k++) {
    const t = toks[k]!;
    if (t.t === 'that' || t.t === 'dass') return owner;
    // "his call for “a total and complete ban”": what a call or demand asks for, quoted.
    if (t.t === 'for' && k === c + 1 && k + 1 === q && /^(call|calls|demand|demands|plea|appeal)$/.test(toks[c]!.lc)) return owner;
    // "Clinton's assertion of a “claim of right”", "his promise of “…”": the content after "of".
    if (t.t === 'of' && k === c + 1 && /^(assertion|claim|promise|pledge|declaration|warning|accusation|charge|allegation|prediction|boast|admission|vow)s?$/.test(toks[c]!.lc) && (k + 1 === q || (k + 2 === q && /^(a|an|the)$/.test(toks[k + 1]!.lc)))) return owner;
    // "Trump's pledge to be “neutral”": an infinitive after a commitment noun.
    if (t.t === 'to' && k === c + 1 && /^(pledge|promise|vow|threat|call|demand|offer)s?$/.test(toks[c]!.lc)) return owner;
    // "because, in Forbes’ words, “they are …”": "in X's words," frames the clause after it.
    if (t.t === ',' && k === c + 1 && toks[c]!.lc === 'words' && toks[tokenAt(toks, owner.start) - 1]?.lc === 'in') return owner;
    if (t.kind !== 'word') return null;
  }
  return null;
}

/** "Obama's “if you like your plan” promise": the quote sits between a possessive and a remark noun. */
export function quotedRemarkOwner(text: string, toks: Tok[], q: number, lo: number): NP | null {
  if (q - 1 < lo || !REMARK_NOUNS.has(toks[q + 1]?.lc ?? '') || toks[q + 1]!.t !== toks[q + 1]!.lc) return null;
  return possessor(text, toks, q - 1, lo);
}

/**
 * A speaker phrase headed by a remark noun names its owner: "Rubio’s catch phrase" → "Rubio",
 * "But Ryan’s language" → "Ryan" (a capitalised owner only; "Trump’s campaign" stays).
 */
export function remarkPhraseOwner(text: string, toks: Tok[], p: NP): NP | null {
  const last = tokenAt(toks, p.start);
  if (last < 0) return null;
  let b = last;
  while (b + 1 < toks.length && toks[b + 1]!.start < p.end) b++;
  const owner = ownerOf(text, toks, b, last);
  // ("His assumption was that “…”": a possessive pronoun's owner is resolved like "he".)
  return owner && (/^\p{Lu}/u.test(owner.text) || /^(?:he|she)$/.test(owner.text)) ? owner : null;
}
