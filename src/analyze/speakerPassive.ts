/**
 * Passive naming frames (issue 3, Speakers): "Crows are considered the “homicide detectives of the
 * avian world”", "the book is described on Amazon as a “riveting book”", "what had been called the
 * “Golden Week”". The subject of a passive naming verb is the thing named, never the one who named
 * it: the quote's speaker is the agent after "by" ("labeled a “witch hunt” by Democrats") or nobody.
 */
import { plausible, type NP } from './speakerPhrases';
import { npRight } from './speakerNpRight';
import type { Tok } from './speakerFrames';
import { isAux } from './speakerWordClasses';

/** Past participles that name or judge what their subject is. */
const NAMING_PARTICIPLES = new Set([
  'called', 'dubbed', 'labeled', 'labelled', 'termed', 'nicknamed', 'described', 'considered', 'deemed',
  'branded', 'billed', 'characterized', 'characterised', 'regarded', 'viewed', 'seen', 'portrayed', 'touted',
]);
/** Participles of a passive report: "was said to be", "is thought to be". */
const REPORTED = /^(said|thought|believed|reported|rumored|rumoured|alleged)$/;
const BE = /^(is|are|was|were|be|been|being|’s|'s)$/;

/**
 * The passive naming frame right before the quote token `q` (from `lo`): "is/was/been (adverb)
 * called (the)", "are considered (the)", "is described (on Amazon) as (a)"; `be` tells whether a
 * form of "be" makes it passive (without one, "— often labeled as a “…” by X —", only an agent
 * after the quote does). Null when the words before the quote are no such frame.
 */
export function passiveNamingAt(toks: Tok[], q: number, lo: number): { at: number; be: boolean } | null {
  let c = q - 1;
  if (c >= lo && /^(a|an|the)$/.test(toks[c]!.lc)) c--;
  // "was said to be “livid”", "is thought to be": the report's subject is described, not quoted.
  if (c - 2 >= lo && toks[c]!.t === 'be' && toks[c - 1]!.t === 'to' && REPORTED.test(toks[c - 2]!.t)) {
    let b = c - 3;
    while (b >= lo && c - b <= 6 && isAux(toks[b]!) && !BE.test(toks[b]!.lc)) b--;
    return { at: c - 2, be: b >= lo && BE.test(toks[b]!.lc) };
  }
  // "as": the participle may sit a short phrase before it ("described on Amazon as").
  let reach = 0;
  if (c >= lo && toks[c]!.t === 'as') {
    c--;
    reach = 3;
  }
  for (let v = c; v >= lo && c - v <= reach; v--) {
    const t = toks[v]!;
    if (t.kind !== 'word') return null;
    if (t.t !== t.lc || !NAMING_PARTICIPLES.has(t.lc)) continue;
    // "are considered", "had been called", "is often labeled": a form of "be" (adverbs between).
    let b = v - 1;
    while (b >= lo && v - b <= 3 && isAux(toks[b]!) && !BE.test(toks[b]!.lc)) b--;
    return { at: v, be: b >= lo && BE.test(toks[b]!.lc) };
  }
  return null;
}

/** The agent of a passive naming frame, right after the quote: "… “witch hunt” by Democrats". */
export function passiveAgentAfter(text: string, toks: Tok[], q: number, hi: number): NP | null {
  return toks[q + 1]?.t === 'by' ? plausible(npRight(text, toks, q + 2, hi)) : null;
}
