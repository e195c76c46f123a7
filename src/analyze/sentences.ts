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

// Words that end with a full stop without ending the sentence. Lower-cased, no dot.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx',
  'fig', 'al', 'dept', 'univ', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c',
  // German, French, Spanish, Russian
  'hr', 'fr', 'nr', 'bzw', 'z.b', 'usw', 'ca', 'mme', 'mlle', 'sra', 'sr', 'dña', 'г', 'гг', 'т.е', 'т.д',
]);

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

/** True when the segment ends in an abbreviation or an initial, not a sentence end. */
function endsInAbbreviation(segment: string): boolean {
  const m = /(?:^|[\s(“"‘'«„])([\p{L}.]+)\.\s*$/u.exec(segment);
  if (!m) return false;
  const word = m[1]!;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials: "J." or "U.S." style dotted capitals.
  return /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u.test(word);
}

/** Sentences of the whole text, never crossing a paragraph boundary. */
export function splitSentences(text: string, lang?: string | null): Sentence[] {
  const out: Sentence[] = [];
  const seg = segmenterFor(lang ?? undefined);
  for (const para of splitParagraphs(text)) {
    let pendingStart = -1;
    for (const { segment, index } of seg.segment(para.text)) {
      const start = pendingStart >= 0 ? pendingStart : para.start + index;
      const end = para.start + index + segment.length;
      const next = para.text.slice(index + segment.length, index + segment.length + 2);
      // Join when the split followed an abbreviation and the next word does not look like a new sentence start
      // after a title ("Mr. Putin" joins; "in the U.S. The" also joins, an accepted rare miss).
      if (endsInAbbreviation(segment) && next.length > 0) {
        pendingStart = start;
        continue;
      }
      pendingStart = -1;
      pushTrimmed(out, text, start, end, para.index);
    }
    if (pendingStart >= 0) pushTrimmed(out, text, pendingStart, para.end, para.index);
  }
  return out;
}

function pushTrimmed(out: Sentence[], text: string, s: number, e: number, paragraph: number): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, paragraph, index: out.length });
}
