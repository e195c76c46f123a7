/**
 * Quotes signed by a name rather than introduced by a cue. A quoted line signed after a dash
 * ("“… a world where he is president.” ― Adriana Rodarte", see lineSigner), or a quote signed on
 * its own last line, the way a letter or a pull quote is:
 *   “I worry that we may see a resurgence of …
 *   Dean Baker, Center for Economic and Policy Research.”
 * The quote's words end at a line break, and the line that closes the mark holds only a name
 * (with titles) and at most a short affiliation after a comma: that name speaks the quote.
 */
import type { NP } from './speakerPhrases';
import type { QuoteSite } from './speakers';

// Capitalised words (titles like "S.C. Rep." included), two at least: a lone word could be any line.
const NAME = /^((?:\p{Lu}[\p{L}.’'-]*\s+){1,5}\p{Lu}[\p{L}’'-]+)/u;

/** The name signing the quote at `site` on the next line, or null. */
export function signatureAfter(text: string, site: QuoteSite): NP | null {
  // The quote's words stop at a line break, with no closing mark of their own; the line after them
  // is the paragraph's last and closes the mark.
  if (!site.unclosed || text[site.end] !== '\n') return null;
  let from = site.end;
  while (from < site.paraEnd && /\s/.test(text[from]!)) from++;
  const line = text.slice(from, site.paraEnd);
  if (line.length > 90 || line.includes('\n') || !/[”"»]\s*$/u.test(line)) return null;
  const m = NAME.exec(line);
  if (!m) return null;
  const rest = line.slice(m[1]!.length).replace(/[.]?[”"»]\s*$/u, '');
  // Nothing after the name but ", affiliation" (no clause of its own, no second sentence).
  if (rest !== '' && !/^,\s+[^,.;:!?“”"]{2,70}$/u.test(rest)) return null;
  return { start: from, end: from + m[1]!.length, text: m[1]! };
}

// A closing mark, a dash and a name that ends the line or runs into the next quote.
const SIGNATURE = /[”"»’][\s.,]*[―—–]\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?=\s*[“"«]|\.?\s*$)/u;

/**
 * The name signing the quote at `site` when its line opens with a quote and the first signature
 * after it ("” ― Name") ends the line or runs into the next quote.
 */
export function lineSigner(text: string, site: QuoteSite): NP | null {
  const lineStart = Math.max(site.paraStart, text.lastIndexOf('\n', site.open - 1) + 1);
  let lineEnd = text.indexOf('\n', site.close);
  if (lineEnd < 0 || lineEnd > site.paraEnd) lineEnd = site.paraEnd;
  if (lineEnd - lineStart > 3000 || !/^\s*[“"«„]/u.test(text.slice(lineStart, lineStart + 8))) return null;
  const from = Math.max(lineStart, site.close - 1);
  const rest = text.slice(from, Math.min(lineEnd, from + 600));
  const m = SIGNATURE.exec(rest);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, text: m[1]! };
}

// A dash, then a name (titles included) and at most a short description after a comma.
const DASH_LINE = /^[-–—―]\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4})(?:,\s*[^\n,;:!?“”"]{2,70})?\.?\s*$/u;

/**
 * "“… going to the top 1 percent.”⏎⏎- Bernie Sanders.": a paragraph of quotes signed by a dash and a
 * name on the next paragraph's single line.
 */
export function paragraphSigner(text: string, site: QuoteSite): NP | null {
  // (A narrated paragraph ending on a quote, then "- Reuters.", is the article's credit line.)
  if (!/^\s*[“"«„]/u.test(text.slice(site.paraStart, site.paraStart + 4)) || !/^[\s.,”"»’]*$/u.test(text.slice(site.close, site.paraEnd))) return null;
  let from = site.paraEnd;
  while (from < text.length && from - site.paraEnd < 4 && /\s/.test(text[from]!)) from++;
  let to = text.indexOf('\n', from);
  if (to < 0) to = text.length;
  if (from === site.paraEnd || to - from > 100) return null;
  const m = DASH_LINE.exec(text.slice(from, to));
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, text: m[1]! };
}
