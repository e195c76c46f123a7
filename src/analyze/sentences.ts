/**
 * Paragraphs and sentences of article.text, with character offsets.
 * Intl.Segmenter does the language work; we repair its splits after
 * abbreviations ("Mr.", "U.S.", "Dr.") and initials, which it treats as ends.
 */

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** 0-based paragraph index. */
  paragraph: number;
  /** 0-based index of the sentence within the whole text. */
  index: number;
}

/** Paragraphs are separated by one or more blank lines. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t]*\n+/g;
  let pos = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(pos, m.index);
    pos = m.index + m[0].length;
  }
  push(pos, text.length);
  return out;
}

// Words that end with a full stop without ending the sentence. Lower-cased, no final dot.
// Titles always join the next word ("Mr. Putin", "Gen. Milley").
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'st', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'mt', 'ft', 'vs', 'approx', 'fig', 'al', 'dept', 'univ',
  'e.g', 'i.e', 'cf', 'ca', 'viz',
  // German, French, Spanish, Russian
  'hr', 'fr', 'bzw', 'z.b', 'vgl', 'mme', 'mlle', 'sra', 'srta', 'dña', 'sr', 'т.е', 'т.д', 'т.к', 'т.п',
  'г', 'гг', 'им', 'ул',
]);
// These end a sentence often enough ("… Apple Inc. The company …", "… in the U.S. The …") that they
// join only when the next word is not a typical sentence opener.
const SOFT = new Set([
  'inc', 'ltd', 'co', 'corp', 'jr', 'etc', 'plc', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'usw', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'd.c', 'e.u',
]);
// These join only before a number ("No. 10", "Nr. 5").
const BEFORE_NUMBER = new Set(['no', 'nr', 'nos', 'art', 'p', 'pp', 'vol']);
// Words that typically open an English sentence: after a soft abbreviation they mean a new sentence.
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'these', 'those', 'his', 'her', 'their', 'its', 'our', 'there', 'however', 'meanwhile', 'after', 'when', 'if',
  'as', 'for', 'so', 'while', 'some', 'many', 'officials', 'police',
]);
// Opening punctuation (with spaces) at the very end of a segment.
const OPENING_TAIL = /[\p{Ps}“‘«„「『]\s*$/u;
// German months after an ordinal ("am 3. April").
const MONTHS_DE = /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/iu;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? 'und';
  let seg = segmenters.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, seg);
  }
  return seg;
}

/**
 * True when the split between `segment` and the text after it is not a sentence end: an abbreviation,
 * an initial, an ordinal ("3. April"), or a continuation in lower case ("“Why?” he asked.").
 */
function joinsNext(segment: string, after: string, lang: string): boolean {
  const next = /^\s*([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? '';
  if (!next) return false;
  // A sentence does not begin in lower case: the segmenter split inside a quote or after "?".
  if (/^\p{Ll}/u.test(next)) return true;
  const m = /(?:^|[\s(“"‘'«„])([\p{L}.]+|\d{1,2})\.\s*$/u.exec(segment);
  if (!m) return false;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (/^\d/.test(word)) return lang.startsWith('de') ? true : MONTHS_DE.test(next);
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /^\d/.test(next);
  if (SOFT.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return !OPENERS.has(next.toLowerCase());
  // Initials: "J." (a single capital) and a single lower-case letter ("z. B.", "d. h.").
  return /^\p{L}$/u.test(word);
}

// One-entry memo: analysis splits the same article for the summary, the quotes and the sources.
let memo: { text: string; lang: string | null | undefined; sentences: readonly Sentence[] } | null = null;

/**
 * Sentences of the whole text, never crossing a paragraph boundary.
 * The result is a fresh array, but its Sentence objects are shared between calls on the same text:
 * treat them as read-only.
 */
export function splitSentences(text: string, lang?: string | null): Sentence[] {
  if (memo && memo.text === text && memo.lang === lang) return memo.sentences.slice();
  const sentences = split(text, lang);
  memo = { text, lang, sentences };
  return sentences.slice();
}

function split(text: string, lang?: string | null): Sentence[] {
  const out: Sentence[] = [];
  const seg = segmenterFor(lang ?? undefined);
  const langKey = (lang ?? '').toLowerCase();
  for (const para of splitParagraphs(text)) {
    let pendingStart = -1;
    for (const { segment, index } of segments(seg, para.text)) {
      const start = pendingStart >= 0 ? pendingStart : para.start + index;
      const end = para.start + index + segment.length;
      const after = para.text.slice(index + segment.length, index + segment.length + 40);
      if (joinsNext(segment, after, langKey)) {
        pendingStart = start;
        continue;
      }
      // ICU leaves an opening bracket or quote that follows "。" at the end of the segment before it
      // (“…读者。（” / “…看书。“”): it opens the next sentence, so it moves there.
      const open = OPENING_TAIL.exec(segment);
      if (open && open.index > 0) {
        pushTrimmed(out, text, start, end - open[0].length, para.index);
        pendingStart = end - open[0].length;
        continue;
      }
      pendingStart = -1;
      pushTrimmed(out, text, start, end, para.index);
    }
    if (pendingStart >= 0) pushTrimmed(out, text, pendingStart, para.end, para.index);
  }
  return out;
}

// V8's Intl.Segmenter gets quadratically slower on long strings (a 110,000-character paragraph takes
// ~0.3 s, 220,000 ~4 s), so a long paragraph is segmented in chunks cut where a sentence ends anyway:
// after . ! ? 。 (and closing quotes) and a space. The abbreviation repair in split() works across cuts.
const CHUNK = 2000;
const SAFE_CUT = /[.!?。！？]["'”’»)\]]*\s+/gu;

function* segments(seg: Intl.Segmenter, para: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  while (from < para.length) {
    let to = para.length;
    if (para.length - from > CHUNK * 1.5) {
      SAFE_CUT.lastIndex = from + CHUNK;
      const m = SAFE_CUT.exec(para);
      // No sentence end at all in a long stretch (hostile text): cut at a space, or hard.
      const fallback = para.indexOf(' ', from + CHUNK * 10);
      to = m && m.index < from + CHUNK * 10 ? m.index + m[0].length : fallback > 0 ? fallback + 1 : Math.min(para.length, from + CHUNK * 10);
    }
    for (const { segment, index } of seg.segment(para.slice(from, to))) yield { segment, index: from + index };
    from = to;
  }
}

function pushTrimmed(out: Sentence[], text: string, s: number, e: number, paragraph: number): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, paragraph, index: out.length });
}
