/**
 * Token frames around quotes: the sentence a quote sits in, with every quote reduced to one token,
 * so cue patterns ("X said", "said X", "X, who…, told", "according to X") can be read left and right.
 */
import { partitionPoint } from './partitionPoint';
import { causedInfinitiveCue } from './speakerCausative';

export interface Tok {
  /** Word, single punctuation character, or 'Q' for a masked quote. */
  t: string;
  /** Lower-case form ('' for punctuation). */
  lc: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** Index of the quote site for quote tokens. */
  site: number;
  /** A base form after a causative's "to" whose past tense is a cue ("prompted X to state"). */
  infinitiveCue?: true;
}

// Mis-decoded UTF-8 ("FranÃÂ§ois", "TrÃ©vidic") puts Latin-1 signs after Ã or Â inside a name: they
// stay in the word, or the name falls apart at "§".
// (Also decomposed, "A\u0303\u0083A\u0302§"; never « or », which open and close quotes.)
// ("P&G", "AT&T": an ampersand between capitals is inside the name.)
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}’'\-]|(?<=\p{Lu})&(?=\p{Lu})|(?<=[ÃÂ\p{M}\u0080-\u009f])[\u0080-\u00aa\u00ac-\u00ba\u00bc-\u00bf])*/uy;
const ABBR = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'det',
  'prof', 'rev', 'hon', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'vs', 'inc', 'co', 'corp', 'ltd', 'jan', 'feb', 'aug',
  'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'd.c', 'e.g', 'i.e', 'a.m', 'p.m', 'sra', 'mme', 'hr', 'fr',
]);

/**
 * Tokenises text[from, to) where the quote sites' [open, close) ranges become single 'Q' tokens.
 * `sites` must be sorted by `open` and not overlap.
 */
export function tokenize(text: string, from: number, to: number, sites: { open: number; close: number }[], firstSite: number): Tok[] {
  const out: Tok[] = [];
  let s = firstSite;
  let i = from;
  while (i < to) {
    while (s < sites.length && sites[s]!.close <= i) s++;
    const site = sites[s];
    if (site && site.open <= i) {
      out.push({ t: 'Q', lc: '', start: site.open, end: site.close, kind: 'quote', site: s });
      i = Math.max(site.close, i + 1);
      continue;
    }
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      let end = i + m[0].length;
      if (site && end > site.open) end = site.open;
      let w = text.slice(i, end);
      // Keep the dot of abbreviations and initials ("Mr.", "U.S.", "J.", "(D-N.Y.)") inside the word.
      if (text[end] === '.' && (ABBR.has(w.toLowerCase()) || /(?:^|-)\p{Lu}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w))) {
        end++;
        w += '.';
      }
      const tok: Tok = { t: w, lc: w.toLowerCase(), start: i, end, kind: 'word', site: -1 };
      if (causedInfinitiveCue(out, tok.lc)) tok.infinitiveCue = true;
      out.push(tok);
      i = end;
      continue;
    }
    out.push({ t: ch, lc: '', start: i, end: i + 1, kind: 'punct', site: -1 });
    i++;
  }
  return out;
}

/** True when token k is a sentence end (a full stop, ! or ? before a capital, a quote or the end). */
export function isSentenceEnd(toks: Tok[], k: number): boolean {
  const tk = toks[k]!;
  if (tk.kind !== 'punct' || !'.!?'.includes(tk.t)) return false;
  const next = toks[k + 1];
  if (!next) return true;
  if (next.kind === 'quote') return true;
  // "$1.6 billion": a point between digits is a decimal point.
  const prev = toks[k - 1];
  if (next.kind === 'word' && /^\p{N}/u.test(next.t) && next.start === tk.end && prev && prev.end === tk.start && /\p{N}$/u.test(prev.t)) return false;
  if (next.kind === 'word') return /^[\p{Lu}\p{N}]/u.test(next.t);
  return next.t === '(' || next.t === '—' || next.t === '–';
}

/** Tokens read on each side of a quote: work per quote stays bounded on hostile text. */
export const WINDOW = 60;

/** The first token from `i` on (below `hi`) that starts at or after `pos`: the token after a phrase ending there. */
export function tokenFrom(toks: Tok[], i: number, pos: number, hi = toks.length): number {
  while (i < hi && toks[i]!.start < pos) i++;
  return i;
}

/** A quote token whose marks close on a comma ("a “terrific piece …,”"): it ends a clause as a comma does. */
export function quoteClosesOnComma(text: string, t: Tok): boolean {
  return t.kind === 'quote' && /,\s*[”"’»]?\s*$/u.test(text.slice(t.start, t.end));
}

/** Index of the token starting at `pos` (binary search), or -1. */
export function tokenAt(toks: Tok[], pos: number): number {
  const lo = partitionPoint(toks, (x) => x.start < pos);
  return lo < toks.length && toks[lo]!.start === pos ? lo : -1;
}

/** Start of the paragraph before the one holding `pos` (0 when there is none). */
export function previousParagraphStart(text: string, pos: number): number {
  let e = text.lastIndexOf('\n', pos - 1);
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e <= 0 ? 0 : text.lastIndexOf('\n', e - 1) + 1;
}
