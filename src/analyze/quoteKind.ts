/**
 * Statement or phrase (issue 3): a statement is a sentence or clause someone said, set off from the
 * narration ("X said, “…”", "“…,” X said", a quote-only paragraph); a phrase is a quoted term, scare
 * quote, title or slogan inside the narration ("the Kremlin calls it a “special military operation”").
 */
import type { QuoteKind } from '../core/types';
import type { QuoteSite } from './speakers';
import { CUE_WORDS, NAMING_CUES } from './cueVerbs';

const WORDS = /[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu;

/** Words in `s` (letters or digits, joined by apostrophes or hyphens). */
export function wordCount(s: string): number {
  let n = 0;
  WORDS.lastIndex = 0;
  while (WORDS.exec(s)) n++;
  return n;
}

/** The last non-space character before the opening mark within the paragraph ('' at its start). */
function charBefore(text: string, s: QuoteSite): string {
  let i = s.open - 1;
  while (i >= s.paraStart && /\s/.test(text[i]!)) i--;
  return i >= s.paraStart ? text[i]! : '';
}

/**
 * The quote is the object of a speech verb ("Trump says “the whole game has become screwed up.”",
 * "he told them that “…”"): the last word before the mark (or the one before a "that") is a cue,
 * and not a naming one ("called it “a disaster”" names, it does not report a clause).
 */
function reportedClause(text: string, s: QuoteSite): boolean {
  const before = text.slice(Math.max(s.paraStart, s.open - 60), s.open).toLowerCase();
  const w = before.match(/[\p{L}’']+/gu) ?? [];
  let last = w[w.length - 1];
  if (last === 'that' && w.length > 1) last = w[w.length - 2];
  if (!/[\p{L}’']\s*$/u.test(before)) return false;
  return last !== undefined && CUE_WORDS.has(last) && !NAMING_CUES.has(last);
}

/** The quote ends its sentence: “…”. / “….” / “…,” followed by nothing more in the paragraph. */
function endsItsSentence(text: string, s: QuoteSite, content: string): boolean {
  if (/[.!?…]$/u.test(content)) return true;
  const after = text.slice(s.close, Math.min(s.paraEnd, s.close + 3));
  return /^[”"’»]*\s*(?:[.!?…]|$)/u.test(after);
}

export function classifyQuote(text: string, s: QuoteSite): QuoteKind {
  const content = text.slice(s.start, s.end);
  const n = wordCount(content);
  const first = content.replace(/^[^\p{L}\p{N}]+/u, '')[0] ?? '';
  const upper = /\p{Lu}|\p{N}/u.test(first);
  const before = charBefore(text, s);
  // Set off from the narration: paragraph start, after a colon/comma/dash, or after a sentence end.
  const setOff = before === '' || ':,—–-.!?'.includes(before) || /["”»“]/u.test(before);
  // Set off and closed by the sentence's comma (“Okay,” I said / “Denver,” he answered): a whole
  // utterance, however short.
  if (setOff && (/,$/.test(content) || /^[”"’»]*,/u.test(text.slice(s.close, s.close + 3)))) return 'statement';
  if (n <= 2 && !/[.!?]$/.test(content)) return 'phrase';
  if (setOff && (upper || n >= 6)) return 'statement';
  if (upper && n >= 4 && /[.!?,]$/.test(content)) return 'statement';
  // A whole clause reported by a speech verb is a statement even when it runs on from the narration.
  if (n >= 4 && endsItsSentence(text, s, content) && reportedClause(text, s)) return 'statement';
  return 'phrase';
}

/** Title Case words with no sentence punctuation: a title or a name ("The Art of the Deal"). */
export function looksLikeTitle(text: string, s: QuoteSite): boolean {
  const content = text.slice(s.start, s.end).trim().replace(/[,.]$/, '');
  if (/[.!?;:]$/.test(content)) return false;
  const words = content.match(WORDS) ?? [];
  if (words.length === 0 || words.length > 10) return false;
  const small = /^(a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|are|be|de|la|le|der|die|das)$/i;
  let caps = 0;
  for (const w of words) {
    if (/^[\p{Lu}\p{N}]/u.test(w)) caps++;
    else if (!small.test(w)) return false;
  }
  return caps >= 2 && /^[\p{Lu}\p{N}]/u.test(words[0]!);
}
