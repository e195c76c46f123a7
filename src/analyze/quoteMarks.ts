/**
 * Quotation-mark pairing inside one paragraph, in every common convention:
 * “…” ‘…’ (English), „…“ ‚…‘ (German), „…” (Polish), »…« (German books), «…» ‹…› (French,
 * Russian, Spanish), ”…” (Swedish), 「…」『…』 (CJK) and straight "…".
 *
 * One left-to-right pass with a small stack, so hostile text (a megabyte of marks) stays linear.
 * Rules that matter (issue 3):
 * - ’ between two letters is an apostrophe ("won’t") and never closes anything; ’ after a letter
 *   only closes when a ‘/‚ is open (else it is a possessive: "soldiers’ mothers").
 * - A double quote still open at the end of the paragraph closes there (`unclosed`): that is both the
 *   multi-paragraph convention (each paragraph re-opens, only the last closes) and a forgotten mark.
 * - Only top-level spans are returned; nested quotes belong to their outer quote.
 * - Straight ' is never a quote mark (it is far more often an apostrophe or a prime).
 */

export interface MarkSpan {
  /** Content offsets (without marks, whitespace-trimmed) relative to the scanned string. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when unclosed. */
  close: number;
  /** The opening mark character. */
  mark: string;
  /** True for ‘…’ / ‚…‘ / ‹…› single-mark spans. */
  single: boolean;
  unclosed: boolean;
}

interface Open {
  pos: number;
  mark: string;
  /** Characters that close this opener. */
  closers: string;
  single: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const FEET_INCHES = /(?:^|[^\p{L}\p{N}])\d[’′']\d{1,2}$/u;
const SPACE = /\s/u;
// Characters after which a mark reads as an opener: start, space, opening brackets, dashes, slashes.
const OPEN_CONTEXT = /[\s([{\-–—/:;,]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}
function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}
function opensHere(prev: string | undefined): boolean {
  return prev === undefined || OPEN_CONTEXT.test(prev);
}

/** Stack depth cap: deeper nesting is treated as text (bounded memory and time on hostile input). */
const MAX_DEPTH = 8;
/** No paragraph holds thousands of quotes: past this many spans the input is hostile; stop scanning. */
const MAX_SPANS = 5000;

export interface ScanOptions {
  /**
   * Whether ” may open a quote (the Swedish and Finnish ”…”). Default true. A text that opens its
   * quotes with “ or „ closes them with ” (or “), so there a ” before a word is a typo for “, or
   * a stray closer, not the start of a quote: findQuotes passes false for such texts.
   */
  rightDoubleOpens?: boolean;
}

/** Pairs the quotation marks of one paragraph; returns top-level spans in order. */
export function scanQuoteMarks(text: string, options: ScanOptions = {}): MarkSpan[] {
  const rightDoubleOpens = options.rightDoubleOpens ?? true;
  const out: MarkSpan[] = [];
  const stack: Open[] = [];
  const n = text.length;

  const push = (pos: number, mark: string, closers: string, single: boolean) => {
    if (stack.length < MAX_DEPTH) stack.push({ pos, mark, closers, single });
  };
  const emit = (o: Open, closePos: number, closeEnd: number, unclosed: boolean) => {
    let s = o.pos + o.mark.length;
    let e = closePos;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, open: o.pos, close: closeEnd, mark: o.mark, single: o.single, unclosed });
  };
  /** Closes the innermost opener accepting `ch`; returns false when none is open. */
  const closeWith = (ch: string, i: number): boolean => {
    for (let d = stack.length - 1; d >= 0; d--) {
      if (stack[d]!.closers.includes(ch)) {
        const o = stack[d]!;
        stack.length = d;
        if (d === 0) emit(o, i, i + 1, false);
        return true;
      }
      // Do not reach past an open double quote to close a single one (’ is usually an apostrophe).
      if (!stack[d]!.single && '’‘'.includes(ch)) return false;
    }
    return false;
  };
  /**
   * English double quotes do not nest (inner quotes take single marks): a clear new “ or " while a
   * “…/"… quote is open means the open one lost its closing mark, so it ends here. Mixed scraped
   * marks ("… “…” …") and transcripts read this way; «…“…”…» (French) and „…“ (German) are left alone.
   */
  const endOpenEnglishDouble = (i: number) => {
    if (stack.length > 0 && (stack[0]!.mark === '“' || stack[0]!.mark === '"')) {
      emit(stack[0]!, i, i, true);
      stack.length = 0;
    }
  };
  const topHas = (closers: string): boolean => stack.length > 0 && stack[stack.length - 1]!.closers.includes(closers);
  const anyHas = (ch: string): boolean => stack.some((o) => o.closers.includes(ch));

  for (let i = 0; i < n && out.length < MAX_SPANS; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    // Fast skip for ordinary characters.
    if (code < 0x22 || (code > 0x22 && code < 0xab) || (code > 0xbb && code < 0x2018) || (code > 0x203a && code < 0x300c) || code > 0x300f) continue;
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + 1 < n ? text[i + 1] : undefined;
    switch (ch) {
      case '“': // opens in English; closes „ in German
        // „…“ closes here; so does a sloppy English “…“ when the mark sits after a word.
        if (anyHas('“') && (!opensHere(prev) || isSpaceOrStart(next)) && closeWith('“', i)) break;
        if (opensHere(prev) && !isSpaceOrStart(next)) endOpenEnglishDouble(i);
        push(i, ch, '”“', false);
        break;
      case '”':
        // "he’s like 6’2”,” Rubio said": feet and inches (digits, ’, digits) end on an inch mark.
        if (prev !== undefined && prev >= '0' && prev <= '9' && FEET_INCHES.test(text.slice(Math.max(0, i - 5), i))) break;
        if (!closeWith('”', i) && !(anyHas('"') && closeWith('"', i)) && rightDoubleOpens && opensHere(prev) && !isSpaceOrStart(next)) push(i, ch, '”', false);
        break;
      // (Mixed marks: “…" and "…” both occur in scraped news; see the '"' case.)
      case '„':
        push(i, ch, '“”', false);
        break;
      case '«':
        if (anyHas('«') && !opensHere(prev)) { if (closeWith('«', i)) break; }
        push(i, ch, '»', false);
        break;
      case '»':
        if (closeWith('»', i)) break;
        if (!isSpaceOrStart(next)) push(i, ch, '«»', false);
        break;
      case '‹':
        if (anyHas('‹') && !opensHere(prev)) { if (closeWith('‹', i)) break; }
        push(i, ch, '›', true);
        break;
      case '›':
        if (closeWith('›', i)) break;
        if (!isSpaceOrStart(next) && stack.length > 0) push(i, ch, '‹', true);
        break;
      case '「':
        push(i, ch, '」', false);
        break;
      case '」':
        closeWith('」', i);
        break;
      case '『':
        push(i, ch, '』', false);
        break;
      case '』':
        closeWith('』', i);
        break;
      case '"': {
        // Straight marks toggle within a paragraph; an opener must touch the word after it.
        if (anyHas('"') && closeWith('"', i)) break;
        // A straight mark after a word closes an open curly quote (“…" in scraped text).
        if ((isSpaceOrStart(next) || !isLetter(next)) && !(isSpaceOrStart(prev) && isLetter(next)) && stack.length > 0 && stack[0]!.closers.includes('”') && closeWith('”', i)) break;
        if (!isSpaceOrStart(next)) {
          if (opensHere(prev) && isLetter(next)) endOpenEnglishDouble(i);
          push(i, ch, '"', false);
        }
        break;
      }
      case '‘':
        // German closing single (‚…‘) or an opening single at a word boundary.
        if (topHas('‘') && !opensHere(prev)) { closeWith('‘', i); break; }
        if (!isLetter(prev) && isLetter(next)) push(i, ch, '’', true);
        break;
      case '‚':
        if (!isLetter(prev) && !isSpaceOrStart(next)) push(i, ch, '‘’', true);
        break;
      case '’':
        // Apostrophe inside a word, or a possessive when no single quote is open.
        if (isLetter(prev) && isLetter(next)) break;
        if (topHas('’') && !isLetter(next)) closeWith('’', i);
        break;
      default:
        break;
    }
  }
  // End of paragraph: a double quote still open at the bottom runs to here (multi-paragraph or missing mark).
  if (stack.length > 0 && !stack[0]!.single) emit(stack[0]!, n, n, true);
  return out;
}
