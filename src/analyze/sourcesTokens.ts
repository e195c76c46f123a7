/**
 * Words of the article for the source scan, found once for the whole text: a hand-written scanner
 * over cached character classes, because Unicode-property regexes per sentence cost more than the
 * rest of the scan (scripts/bench-analysis.ts). Also the multi-word phrase tables ("state TV",
 * "it is believed", "es heißt") matched on those words instead of by regular expressions.
 */
import { isWordCode } from './summaryScoring';

export interface Tok {
  /** The word lower-cased (the original is text.slice(start, end)). */
  lower: string;
  start: number;
  end: number;
}

// Inside a word these join its parts: don’t, state-run, U.S., d'état.
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e;

/** Word tokens of text[from, to) outside the quotation spans (sorted, non-overlapping). */
export function wordTokens(text: string, spans: readonly (readonly [number, number])[] = []): Tok[] {
  const out: Tok[] = [];
  // Lower-case once; a few characters change length when lower-cased (İ), then per word instead.
  const whole = text.toLowerCase();
  const lowered = whole.length === text.length ? whole : null;
  const n = text.length;
  let q = 0;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    while (q < spans.length && spans[q]![1] <= start) q++;
    if (q < spans.length && spans[q]![0] <= start) continue; // inside a quotation
    out.push({ lower: lowered ? lowered.slice(start, i) : text.slice(start, i).toLowerCase(), start, end: i });
  }
  return out;
}

export type PhraseTable = Map<string, string[][]>;

/** A lookup of phrases by their first word (phrases given as plain strings, lower-case). */
export function phraseTable(phrases: readonly string[]): PhraseTable {
  const table: PhraseTable = new Map();
  for (const p of phrases) {
    const words = wordTokens(p.toLowerCase()).map((t) => t.lower);
    if (words.length === 0) continue;
    const list = table.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length); // longest match first
    table.set(words[0]!, list);
  }
  return table;
}

/** The number of words of the longest phrase of `table` starting at toks[k], or 0. */
export function matchPhrase(table: PhraseTable, toks: readonly Tok[], k: number): number {
  const list = table.get(toks[k]!.lower);
  if (!list) return 0;
  for (const words of list) {
    let ok = k + words.length <= toks.length;
    for (let j = 1; ok && j < words.length; j++) ok = toks[k + j]!.lower === words[j];
    if (ok) return words.length;
  }
  return 0;
}
