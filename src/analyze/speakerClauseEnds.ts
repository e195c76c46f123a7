/**
 * Where a cue verb's clause ends (issue 3, Speakers): "X said." / "X said in a statement" close
 * on the verb, "…?” Obama asked Republican politicians." on its listener; a speaker phrase closes
 * its clause ("…?” asked Trump."); a cue in an opening "With …," clause or a name with its
 * affiliation ("Jeffrey Lewis of the Middlebury Institute wrote") are read as such.
 */
import { tokenFrom, quoteClosesOnComma, type Tok } from './speakerFrames';
import { isCue, isAux, isCap, isPronounText, isVerbLike, verbUse, DETERMINERS } from './speakerWordClasses';

/** Token `c` sits in a sentence-opening "With/While/When/After … ," clause that closes before `q`. */
export function inOpeningClause(text: string, toks: Tok[], c: number, q: number, lo: number): boolean {
  const first = toks[lo];
  if (!first) return false;
  // "Last month, when I asked Sanders if …, he looked … and said, “…”": a subordinate clause after
  // a short opening phrase ("Last month,", "In 2008,") opens the sentence all the same.
  if (!/^(With|Amid|Despite|Although|Though|While|When|After|Before|Because|Since|If|Even)$/.test(first.t)) {
    let k = lo;
    while (k < c && k - lo < 5 && toks[k]!.kind === 'word') k++;
    if (k === lo || k >= c || toks[k]!.t !== ',' || !/^(although|though|while|when|after|before|because|since|if)$/.test(toks[k + 1]?.t ?? '')) return false;
  }
  for (let k = c + 1; k < q; k++) {
    const t = toks[k]!;
    // "While Sullivan proclaims the article a “terrific piece …,” Clinton fixates on the “pivot”
    // line": a quote closing on the clause's comma ends the clause too.
    const commaInside = quoteClosesOnComma(text, t);
    if (t.kind === 'quote' && !commaInside) return false;
    if (t.t === ',' || commaInside) {
      const next = toks[k + 1];
      return next !== undefined && next.kind === 'word' && (isCap(next) || DETERMINERS.has(next.lc) || isPronounText(next.lc));
    }
  }
  return false;
}

/** The cue at `c` is a passive with no agent ("is revealed as", "being described as"): it names no speaker. */
export function agentlessPassive(toks: Tok[], c: number): boolean {
  return /ed$/.test(toks[c]!.lc) && /^(was|were|is|are|been|being|be)$/.test(toks[c - 1]?.lc ?? '') && toks[c + 1]?.lc !== 'by';
}

/** A cue word used as a verb among tokens [from, to). */
export function hasCueVerb(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isCue(toks[k]) && verbUse(toks, k)) return true;
  return false;
}

/** The speaker phrase is followed by the end of the clause ("…?” asked Trump." / ", Trump said."). */
export function closesSoon(toks: Tok[], end: number, hi: number, from = 0): boolean {
  // Tokens are in order: search forward from `from` (a token at or before `end`), never the whole list.
  const i = tokenFrom(toks, from, end, hi);
  if (i >= hi) return true;
  const t = toks[i]!;
  return t.kind === 'punct' || (t.t === t.lc && /^(in|on|at|during|to|of|after|before|when|while|as|last|this|about|who|from)$/.test(t.lc));
}

/** "X said." / "X said in a statement": the cue closes the clause instead of taking an object. */
export function cueEndsClause(toks: Tok[], c: number, hi: number): boolean {
  // "…!” Clinton said to People.": a preposition right after the verb closes it (the skip of
  // auxiliaries below would step over "to").
  const first = toks[c + 1];
  if (first && first.t === first.lc && /^(in|on|at|to|during|of|after|before|about|from|with)$/.test(first.lc)) return true;
  let i = c + 1;
  while (i < hi && isAux(toks[i]!)) i++;
  if (i >= hi) return true;
  const t = toks[i]!;
  // "…” Trump replied: “…”": a colon (or a comma and a quote) hands the verb to the next quote.
  if (t.t === ':' || (t.t === ',' && toks[i + 1]?.kind === 'quote')) return false;
  if (t.kind === 'punct') return true;
  // "…?” Trump asked reporters." / "Todd asked the mogul": these verbs take a person as object.
  if (/^(asked|told|asks|tells)$/.test(toks[c]!.lc)) {
    if (t.t === t.lc) return true;
    // "…?” Obama asked Republican politicians.": a named listener, then the clause ends.
    let e = i;
    while (e < hi && e - i < 5 && toks[e]!.kind === 'word' && !isCue(toks[e]) && !isVerbLike(toks[e]!)) e++;
    if (e > i && (e >= hi || toks[e]!.kind === 'punct')) return true;
  }
  // "…!” Clinton said with a smile." — a manner phrase also closes it.
  return t.t === t.lc && /^(in|on|at|during|to|of|after|before|when|while|as|last|this|about|from|earlier|later|recently|yesterday|today|tonight|with|into|over|through|via|by|for|outside|inside|near|under|afterward|afterwards|shortly|then)$/.test(t.lc);
}

/** Tokens [k, at) are a capitalised name then "of/for/at the …" capitalised words. */
export function affiliated(toks: Tok[], k: number, at: number): boolean {
  if (!isCap(toks[k]) || !isCap(toks[k + 1]) || at - k > 10) return false;
  let joins = 0;
  for (let x = k; x < at; x++) {
    const t = toks[x]!;
    if (t.kind !== 'word') return false;
    if (isCap(t)) continue;
    if (!/^(of|for|at|the|and|de)$/.test(t.lc)) return false;
    if (t.lc !== 'the' && t.lc !== 'and') joins++;
  }
  return joins > 0;
}
