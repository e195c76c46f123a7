/**
 * Quoted questions (issue 3, Speakers): "Asked whether Clinton “has the integrity to serve,” 75
 * percent of Democrats said yes". A quote inside a sentence-opening "Asked …" clause is the
 * question put to the main clause's subject, not that subject's answer: its speaker is the one who
 * asked ("Asked by Thrush if Clinton “gets” race, Sharpton …") or nobody we can name.
 */
import type { Tok } from './speakerFrames';
import { plausible, type NP } from './speakerPhrases';
import { npRight } from './speakerNpRight';

/**
 * Whether the quote token `q` sits in an "Asked …" / "When asked …" clause opening the sentence at
 * `lo` (no comma before the quote: "Asked about it, “…,” Trump said" quotes the answer), and the
 * asker when the clause names one ("Asked by X"). Null when the quote is no such question.
 */
export function askedQuestion(text: string, toks: Tok[], q: number, lo: number): { asker: NP | null } | null {
  let a = lo;
  if (toks[a]?.t === 'When' || toks[a]?.t === 'If') a++;
  const asked = toks[a];
  if (!asked || !(asked.t === 'Asked' || (a > lo && asked.t === 'asked'))) return passiveAsked(toks, q, lo) ?? questionTopic(toks, q, lo);
  if (!/^(whether|if|about|by|what|how|why|who|to|for)$/.test(toks[a + 1]?.lc ?? '')) return null;
  for (let k = a + 1; k < q; k++) if (toks[k]!.kind !== 'word') return null;
  if (toks[a + 1]!.t !== 'by') return { asker: null };
  // "Asked by Thrush if …": the asker runs up to the question word.
  let e = a + 2;
  while (e < q && !/^(whether|if|about|what|how|why|who|to)$/.test(toks[e]!.t)) e++;
  return { asker: plausible(npRight(text, toks, a + 2, e)) };
}

/**
 * "Blumenthal was asked, “If you had known …?” He answered, “…”": the subject of a passive
 * "asked" answers; the quote right after it (a comma or colon between) is the question, put by
 * someone the sentence does not name. (An agent, "was asked by X," is read as a cue elsewhere.)
 */
function passiveAsked(toks: Tok[], q: number, lo: number): { asker: NP | null } | null {
  let a = q - 2;
  // ("Pence was asked about the “not there yet” comment": the topic put to him, not his answer.)
  if (a - 1 >= lo && toks[q - 1]!.t === 'the' && toks[a]!.t === 'about') a -= 1;
  else if (a - 1 < lo || !/^[,:]$/.test(toks[q - 1]!.t)) return null;
  if (toks[a]!.t !== 'asked') return null;
  return /^(was|were|is|are|been|being)$/.test(toks[a - 1]!.t) ? { asker: null } : null;
}

/**
 * "To a question on the “privatization of public sector jobs,” Sanders said …": the quote is the
 * question's wording, put by someone unnamed, in a sentence opening "To a question (on|about)".
 */
function questionTopic(toks: Tok[], q: number, lo: number): { asker: NP | null } | null {
  let k = lo;
  if (toks[k]?.t === 'In' && /^(response|answer|reply)$/.test(toks[k + 1]?.t ?? '')) k += 2;
  if (!/^(To|to)$/.test(toks[k]?.t ?? '') || !/^(a|the)$/.test(toks[k + 1]?.t ?? '') || toks[k + 2]?.t !== 'question') return null;
  k += 3;
  if (/^(on|about|of)$/.test(toks[k]?.t ?? '')) k++;
  if (/^(a|the)$/.test(toks[k]?.t ?? '')) k++;
  return k === q ? { asker: null } : null;
}
