/**
 * Article DOM → plain text, word count and reading time.
 *
 * Blocks (p, headings, list items, captions, …) become paragraphs separated
 * by exactly one blank line; <br> is a single newline; whitespace collapses
 * as HTML renders it (line breaks kept inside <pre>). Script, style and other non-text
 * elements are skipped by name, so their text can never reach article.text.
 */
import { lookupTable } from '../core/lookupTable';

const BLOCK = new Set(
  ('address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody thead tfoot tr ul caption')
    .split(' '),
);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button', 'select', 'textarea', 'input']);

/** Whitespace that folding would change: a tab, line break or form feed, or two spaces. */
const FOLDABLE = /[\t\n\r\f]| {2}/;
// Each of these matches a run of whitespace that folds into one space,
// except a lone space, which folding leaves as it is: matching every word
// gap made the regex engine replace each by itself (same text, more work).
/** What HTML folds into one space. */
const FOLD = /[ \t\n\r\f]{2,}|[\t\n\r\f]/g;
/** What a line of a paragraph folds into one space (no-break spaces too). */
const SPACES = /[ \t\f\r\u00a0]{2,}|[\t\f\r\u00a0]/g;
/** Both at once, for a paragraph without line breaks. */
const ALL_SPACES = /[ \t\n\r\f\u00a0]{2,}|[\t\n\r\f\u00a0]/g;

export function domToText(root: Node): string {
  const paras: string[] = [];
  let cur = '';
  // Whether the paragraph has a line break of its own (<br>, or one inside
  // <pre>). Until it has, its text is kept as the DOM gives it and folded
  // once when it ends: folding each text node into `cur` and then the
  // paragraph gives the same text, node by node only cost more.
  let lines = false;
  const flush = (): void => {
    if (!cur) return;
    const t = !lines ? cur.replace(ALL_SPACES, ' ').trim() : cur
      .split('\n')
      .map((l) => l.replace(SPACES, ' ').trim())
      .join('\n')
      .replace(/^\n+|\n+$/g, '')
      .replace(/\n{2,}/g, '\n');
    if (t) paras.push(t);
    cur = '';
    lines = false;
  };
  /** From the first line break on, text is folded node by node: only breaks from <br> and <pre> stay. */
  const startLines = (): void => {
    if (!lines) cur = cur.replace(FOLD, ' ');
    lines = true;
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      if (pre) {
        if (v.indexOf('\n') >= 0) startLines();
        cur += v;
      } else cur += !lines || !FOLDABLE.test(v) ? v : v.replace(FOLD, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = ((node as Element).localName || node.nodeName || '').toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      startLines();
      cur += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const cell = tag === 'td' || tag === 'th';
    if (cell) cur += ' ';
    const inPre = pre || tag === 'pre';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, inPre);
    if (cell) cur += ' ';
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paras.join('\n\n');
}

// Han, Hiragana, Katakana, Hangul, and CJK punctuation-free ideographs: read by character.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Character classes of countWords. */
const LETTER = 1;
const CJK_CHAR = 2;
const OTHER = 3;
/** ' ’ - : they join two runs of letters into one word. */
const JOINER = 4;
/** A high surrogate: the class is the code point's, never cached per code unit. */
const HIGH_SURROGATE = 5;

/** Per BMP code unit: its class, 0 when not seen yet (filled as met). */
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) classes[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? LETTER : OTHER;
classes[39] = classes[0x2019] = classes[45] = JOINER;
classes.fill(HIGH_SURROGATE, 0xd800, 0xdc00);

function classOf(code: number): number {
  const ch = String.fromCharCode(code);
  const k = CJK.test(ch) ? CJK_CHAR : LETTER_OR_DIGIT.test(ch) ? LETTER : OTHER;
  classes[code] = k;
  return k;
}

/**
 * countWords' state machine, indexed by state + class. States are table
 * offsets: 0 outside a word, 5 in a word, 10 in a word right after one
 * joiner. NEXT is the next state; STARTS is 1 where a new word starts.
 */
const NEXT = new Uint8Array([
  /* outside   */ 0, 5, 0, 0, 0,
  /* in a word */ 0, 5, 0, 0, 10,
  /* joined    */ 0, 5, 0, 0, 0,
]);
const STARTS = new Uint8Array([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

export interface WordCounts {
  words: number;
  cjkChars: number;
}

/**
 * Words: letter/digit runs outside CJK, joined by single apostrophes or
 * hyphens ("well-known", "it's"); each CJK character counts as one. The
 * same count as matching /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu after
 * blanking CJK characters (unit-tested against it), in one pass that
 * allocates nothing: the regex built an array of every word of the article.
 * A table lookup per code unit and a table-driven state machine: about half
 * the time of comparing and branching per character (Node and Chromium, on
 * the readability test pages' article text).
 */
export function countWords(text: string): WordCounts {
  let words = 0;
  let cjkChars = 0;
  let state = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = classes[c]!;
    if (k === 0) k = classOf(c);
    else if (k === HIGH_SURROGATE) {
      // A surrogate pair is one code point, a letter or digit or not; a lone
      // high surrogate is neither.
      const cp = i + 1 < n ? text.codePointAt(i)! : c;
      if (cp > 0xffff) {
        k = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? LETTER : OTHER;
        i++;
      } else k = OTHER;
    }
    if (k === CJK_CHAR) cjkChars++;
    const t = state + k;
    words += STARTS[t]!;
    state = NEXT[t]!;
  }
  return { words, cjkChars };
}

/** Words of `text`, or of its already counted words (countWords); a CJK character counts as a word. */
export function wordCount(text: string | WordCounts): number {
  const { words, cjkChars } = typeof text === 'string' ? countWords(text) : text;
  return words + cjkChars;
}

/**
 * Silent reading speed, words per minute, by primary language subtag
 * (Trauzettel-Klosinski & Dietz 2012, "Standardized assessment of reading
 * performance", IReST: 17 languages). CJK speeds are characters per minute.
 */
const WPM = lookupTable<number>({
  ar: 181, zh: 255, nl: 228, en: 228, fi: 161, fr: 195, de: 179, he: 187, it: 188,
  ja: 193, ko: 200, pl: 166, pt: 181, ru: 184, sl: 180, es: 218, sv: 199, tr: 166,
});
// IReST characters per minute for Chinese and Japanese; Korean (not in
// IReST) is written in spaced words, so its Hangul count uses a similar rate.
const CJK_CPM = lookupTable<number>({ zh: 255, ja: 357, ko: 300 });
const DEFAULT_WPM = 200;
const DEFAULT_CPM = 250;

/** Reading time of `text`, or of its already counted words (countWords). */
export function readingMinutes(text: string | WordCounts, lang: string | null): number {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const { words, cjkChars } = typeof text === 'string' ? countWords(text) : text;
  const wpm = WPM[primary] ?? DEFAULT_WPM;
  const cpm = CJK_CPM[primary] ?? DEFAULT_CPM;
  const minutes = words / wpm + cjkChars / cpm;
  if (minutes <= 0) return 0;
  return Math.max(1, Math.round(minutes));
}
