/**
 * Which sentences can stand in a summary on their own.
 *
 * An extractive summary lifts sentences out of context, so two kinds read
 * badly (issue 3): a sentence that opens with a pronoun or a linking word
 * whose referent is in the sentence before ("He said…", "But it…"), and a
 * piece of a quotation with no speaker in it. The first is allowed when the
 * sentence before it is also in the summary; the second never.
 */

// Openers that point back at the previous sentence, lower-cased, several languages.
const DEPENDENT_OPENERS = new Set([
  // English
  'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'them', 'him', 'this', 'these', 'those', 'that',
  'such', 'both', 'but', 'however', 'and', 'also', 'yet', 'still', 'so', 'then', 'meanwhile', 'instead',
  'moreover', 'furthermore', 'nevertheless', 'likewise', 'similarly', 'there', 'here',
  // German
  'er', 'sie', 'es', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'sein', 'seine', 'seinen', 'seinem', 'seiner',
  'dies', 'diese', 'dieser', 'dieses', 'diesen', 'dabei', 'damit', 'dazu', 'daher', 'deshalb', 'aber', 'doch',
  'jedoch', 'auch', 'und', 'dort', 'dann',
  // French
  'il', 'elle', 'ils', 'elles', 'ce', 'cela', 'ceci', 'celui', 'celle', 'ceux', 'son', 'sa', 'ses', 'leur',
  'leurs', 'mais', 'cependant', 'pourtant', 'et', 'aussi', 'ainsi', 'y',
  // Spanish, Portuguese, Italian
  'él', 'ella', 'ellos', 'ellas', 'esto', 'esta', 'este', 'estos', 'estas', 'eso', 'esa', 'ese', 'su', 'sus',
  'pero', 'sin', 'embargo', 'también', 'ele', 'ela', 'eles', 'elas', 'isso', 'isto', 'mas', 'lui', 'lei',
  'loro', 'questo', 'questa', 'però', 'ma',
  // Russian
  'он', 'она', 'оно', 'они', 'его', 'её', 'ее', 'их', 'это', 'этот', 'эта', 'эти', 'но', 'однако', 'также', 'и',
]);

const OPENING_QUOTES = '“"‘\'«„»「『‚‹›';
const QUOTE_CODES = new Set(Array.from('“”"‘’\'«»„「」『』‹›', (c) => c.charCodeAt(0)));
const FIRST_WORD = /^[\s\p{P}]*([\p{L}\p{M}]+)/u;

/** True when the sentence's first word points back at the sentence before it. */
export function opensWithReference(sentence: string): boolean {
  const m = FIRST_WORD.exec(sentence);
  if (!m) return false;
  // Only a sentence-initial word counts: skip a sentence that opens with a quote (handled elsewhere).
  if (OPENING_QUOTES.includes(sentence.trimStart()[0] ?? '')) return false;
  return DEPENDENT_OPENERS.has(m[1]!.toLowerCase());
}

/** How a sentence stands as to quotation: free, quoted speech with no speaker, or with only a pronoun ("he said"). */
export type QuoteStanding = 'free' | 'bare' | 'pronoun';

/**
 * Tracks which sentences begin inside, or open with, a quotation, and whether the words outside
 * the marks name the speaker: a capitalised word that is not a pronoun in the first words after the
 * quote ("…,” said Locke), or any outside words in scripts without case.
 */
export function quoteStandings(text: string, sentences: readonly { start: number; end: number; paragraph: number }[]): QuoteStanding[] {
  const flags: QuoteStanding[] = [];
  let depth = 0;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      // A quote continued over paragraphs re-opens each paragraph; an unclosed one ends with it.
      depth = 0;
      paragraph = s.paragraph;
    }
    const startsInside = depth > 0;
    const first = text[s.start] ?? '';
    let outside = '';
    let d = depth;
    let run = d === 0 ? s.start : -1; // start of the current stretch outside quotation marks
    for (let i = s.start; i < s.end; i++) {
      if (!QUOTE_CODES.has(text.charCodeAt(i))) continue;
      const kind = quoteMarkKind(text, i);
      if (kind === null) continue;
      const before = d;
      if (kind === 'open') d++;
      else if (kind === 'close') d = Math.max(0, d - 1);
      else d = d > 0 ? d - 1 : d + 1;
      if (before === 0 && d > 0 && run >= 0) {
        outside += text.slice(run, i);
        run = -1;
      } else if (before > 0 && d === 0) run = i + 1;
    }
    if (run >= 0) outside += text.slice(run, s.end);
    depth = Math.min(d, 2);
    const opensQuote = OPENING_QUOTES.includes(first);
    // A sentence that starts inside a quotation is a fragment of it, whoever is named after it.
    flags.push(startsInside ? 'bare' : !opensQuote ? 'free' : speakerIn(outside));
  }
  return flags;
}

/** Per sentence, true when it is quoted speech that does not name its speaker (kept for callers and tests). */
export function bareQuoteFlags(text: string, sentences: readonly { start: number; end: number; paragraph: number }[]): boolean[] {
  return quoteStandings(text, sentences).map((f) => f !== 'free' && f !== 'pronoun' ? true : false);
}

function speakerIn(outside: string): QuoteStanding {
  const letters = outside.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'bare';
  if (!/[\p{Lu}\p{Ll}]/u.test(letters)) return letters.length >= 2 ? 'free' : 'bare'; // caseless scripts
  // The attribution sits next to the quote: look at the first few words outside the marks.
  let n = 0;
  for (const m of outside.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (DEPENDENT_OPENERS.has(lower) && lower !== 'and' && lower !== 'but') return 'pronoun';
    if (/^\p{Lu}/u.test(w)) return 'free';
    if (++n >= 5) break;
  }
  return 'bare';
}

/** Classifies the character at i as an opening, closing or ambiguous quotation mark (or none). */
function quoteMarkKind(text: string, i: number): 'open' | 'close' | 'toggle' | null {
  const c = text[i]!;
  switch (c) {
    case '“': case '«': case '„': case '「': case '『': case '‹':
      // „…“ (German) closes with “: treat “ after a letter/punctuation with no space as closing.
      if (c === '“' && i > 0 && /[\p{L}\p{N}\p{P}]/u.test(text[i - 1]!) && !/[\s(]/u.test(text[i - 1]!)) return 'close';
      return 'open';
    case '”': case '»': case '」': case '』': case '›':
      return 'close';
    case '"':
      return 'toggle';
    case '‘': {
      const prev = i > 0 ? text[i - 1]! : ' ';
      return /[\s(\[—–-]/u.test(prev) || i === 0 ? 'open' : null;
    }
    case '’': case '\'': {
      const prev = i > 0 ? text[i - 1]! : ' ';
      const next = text[i + 1] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(prev) && /[\p{L}]/u.test(next)) return null; // apostrophe in a word
      if (c === '\'' && /[\s(\[—–-]/u.test(prev) && /\p{L}/u.test(next)) return 'open';
      if (/[\s\p{P}]/u.test(next) || i + 1 >= text.length) return /[\s]/u.test(prev) ? null : 'close';
      return null;
    }
    default:
      return null;
  }
}
