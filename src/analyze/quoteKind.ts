/**
 * Statement or phrase (issue 3): a statement is a sentence or clause someone said, set off from the
 * narration ("X said, “…”", "“…,” X said", a quote-only paragraph); a phrase is a quoted term, scare
 * quote, title or slogan inside the narration ("the Kremlin calls it a “special military operation”").
 */
import type { QuoteKind } from '../core/types';
import type { QuoteSite } from './speakers';

const WORDS = /[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu;

function wordCount(s: string): number {
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

export function classifyQuote(text: string, s: QuoteSite): QuoteKind {
  const content = text.slice(s.start, s.end);
  const n = wordCount(content);
  const first = content.replace(/^[^\p{L}\p{N}]+/u, '')[0] ?? '';
  const upper = /\p{Lu}|\p{N}/u.test(first);
  const before = charBefore(text, s);
  // Set off from the narration: paragraph start, after a colon/comma/dash, or after a sentence end.
  const setOff = before === '' || ':,—–-.!?'.includes(before) || /["”»“]/u.test(before);
  if (n <= 2 && !/[.!?]$/.test(content)) return 'phrase';
  if (setOff && (upper || n >= 6)) return 'statement';
  if (upper && n >= 4 && /[.!?,]$/.test(content)) return 'statement';
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
