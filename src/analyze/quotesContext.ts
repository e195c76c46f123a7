/**
 * What the words around a pair of quotation marks say about it (issue 3: tell what someone said
 * from quoted text nobody said). Each test reads a short slice before or after the marks, so it
 * is cheap and bounded whatever the input.
 *
 * - A show, programme, book or podcast title: “Meet the Press” after "NBC’s", "Sunday’s", "said on",
 *   "in an interview with", "the podcast", or before "show"/"podcast"/"star".
 * - A headline credited to its writer: —“Museum to close,” by the Times’ A. Writer.
 * - A value inside leftover markup: href="…", author="…".
 * - A cue right before the marks (“called it a ‘witch hunt’”, “the phrase ‘self-deportation’”): the
 *   phrase is reported as someone's words even when their name is elsewhere.
 */
import { CUE_WORDS } from './cueVerbs';
import type { QuoteSite } from './speakers';

/** How far back (characters) the context tests look. */
const BACK = 160;
const AHEAD = 60;

/** The text before the opening mark, cut at the start of its sentence (or its line). */
function clauseBefore(text: string, s: QuoteSite): string {
  const from = Math.max(s.paraStart, s.open - BACK);
  let b = text.slice(from, s.open);
  const nl = b.lastIndexOf('\n');
  if (nl >= 0) b = b.slice(nl + 1);
  // Last sentence end followed by a new sentence (capital or opening mark).
  const re = /[.!?][”"’)\]]?\s+(?=[\p{Lu}“"‘])/gu;
  let cut = -1;
  for (let m = re.exec(b); m; m = re.exec(b)) cut = m.index + m[0].length;
  return cut >= 0 ? b.slice(cut) : b;
}

function textAfter(text: string, s: QuoteSite): string {
  const a = text.slice(s.close, Math.min(s.paraEnd, s.close + AHEAD));
  const nl = a.indexOf('\n');
  return nl >= 0 ? a.slice(0, nl) : a;
}

const WORD = /[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu;

function lastWords(s: string, n: number): string[] {
  const w = s.toLowerCase().match(WORD) ?? [];
  return w.slice(-n);
}

/**
 * Nouns (and verbs missing from the speech cues) that introduce a quoted phrase as words someone
 * used or gave: “the phrase ‘…’”, “as X put it, ‘…’”, “rated it ‘True’”.
 */
const NAMING_NOUNS = new Set([
  'term', 'terms', 'phrase', 'slogan', 'motto', 'mantra', 'chant', 'chants', 'word', 'words', 'message', 'label',
  'nickname', 'known', 'hashtag', 'catchphrase', 'refrain', 'cry', 'cries', 'put', 'ruled', 'coined', 'fear',
  'deemed', 'considered', 'rated', 'mentions', 'mentioned', 'billed', 'named', 'designated', 'classified', 'labeled',
  'referenced', 'references', 'invoked', 'invoking',
]);

/** A speech or naming cue within the last few words of the sentence before the marks. */
export function cueJustBefore(text: string, s: QuoteSite, n = 8): boolean {
  for (const w of lastWords(clauseBefore(text, s), n)) if (CUE_WORDS.has(w) || NAMING_NOUNS.has(w)) return true;
  return false;
}

const WEEKDAY_OR_TIME = /^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|today|week|night|morning|evening|weekend)$/;
const MEDIA_WORD = /^(?:news|channel|network|radio|tv|television|magazine|show|program|programme|podcast|broadcast|edition|episode|series|newspaper|network)$/;
/** Nouns that name the kind of work a title belongs to. */
const WORK_NOUN = /\b(?:show|program|programme|podcast|series|sitcom|film|movie|documentary|book|novel|memoir|album|song|play|musical|newspaper|magazine|column|segment|broadcast|drama|comedy|thriller|sitcom|hit|episode|edition|season\s+\w+)(?:\s+of)?\s*,?\s*$/i;
const WORK_AFTER = /^[\s,]*(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:show|program|programme|podcast|series|film|movie|documentary|book|novel|memoir|album|song|play|musical|sitcom|drama|comedy|thriller)\b|(?:[\p{L}-]+\s+)?(?:show|program|programme|podcast|broadcast|interview|segment|series|star|host|anchor|episode)\b)/iu;
const APPEARANCE = /\b(?:said|says|say|told|tells|telling|appeared|appears|appearing|appearance|interview|interviewed|speaking|spoke|speaks|stated|stating|sat|sitting|call|visited|airing|aired|broadcast|guest)\b/i;

const WORD_SCAN = new RegExp(WORD.source, 'gu');
const SMALL_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|are|be|vs|de|la|le|el|los|las|der|die|das)$/i;

/**
 * Capitalised like a title: every word but small ones starts with a capital or a digit, the first
 * one too; one word is enough (“Frozen”). End punctuation may belong to the title (“Oh Hell No!”).
 */
function titleCased(content: string): boolean {
  if (!/^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(content)) return false;
  // Word by word with an early exit: most quotes fail on their second or third word.
  const re = WORD_SCAN;
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    if (++n > 12) return false;
    if (!/^[\p{Lu}\p{N}]/u.test(m[0]) && !SMALL_WORD.test(m[0])) return false;
  }
  return n > 0;
}

/** Verbs and nouns that name a work someone appeared in: “starred in”, “star of”. */
const APPEARED_IN = /\b(?:(?:starred|starring|stars|star|appeared|appearing|acted|cast)\s+(?:in|of)|(?:author|co-author|writer|director|producer|creator|host|co-host|anchor)\s+of|told)\s+$/i;

/** A written piece named in apposition: “X’s commentary, ‘…,’ is…”, “her op-ed, ‘…,’ argued”. */
const PIECE_APPOSITION = /\b(?:commentary|op-ed|editorial|column|essay|opinion piece)\s*,\s*$/i;

/**
 * The quoted words are the title of a show, book or other work named as where something was said
 * or as what someone made, not words anyone said. Only title-cased quotes qualify, except a piece
 * named in apposition, set off by commas on both sides, whose title may read like a sentence.
 */
export function looksLikeWorkTitle(text: string, s: QuoteSite): boolean {
  const content = text.slice(s.start, s.end);
  const commaAfter = /,$/.test(content) || /^[”"’»]*,/u.test(text.slice(s.close, s.close + 3));
  const titled = titleCased(content);
  if (!commaAfter && !titled) return false;
  const before = clauseBefore(text, s);
  if (commaAfter && PIECE_APPOSITION.test(before)) return true;
  if (!titled) return false;
  if (APPEARED_IN.test(before)) return true;
  // One title in a list of them: “Parks and Recreation” and “Guardians of the Galaxy”.
  if (/[”"’»]\s*(?:,|and|or|&)\s*$/u.test(before) && /\b(?:starred|starring|stars|appeared|acted)\s+(?:in|of)\s/i.test(before)) return true;
  // Owner's possessive: "NBC’s", "Fox News channel’s", "Sunday’s", "the network’s".
  const poss = /([\p{L}\p{N}&.-]+)[’']s\s*$/u.exec(before);
  if (poss) {
    const owner = poss[1]!;
    if (/^[\p{Lu}&]{2,}$/u.test(owner.replace(/[.-]/g, '')) || WEEKDAY_OR_TIME.test(owner.toLowerCase()) || MEDIA_WORD.test(owner.toLowerCase())) return true;
  }
  if (WORK_NOUN.test(before)) return true;
  const after = textAfter(text, s);
  if (WORK_AFTER.test(after.replace(/^[”"’»]+/u, ''))) return true;
  // A slogan printed on something worn or carried: the “Make It Happen” hats, “Vote No” signs.
  if (/^[”"’»]*\s+(?:hats?|caps?|shirts?|t-shirts?|signs?|banners?|buttons?|pins?|stickers?|posters?|placards?|mugs?)\b/iu.test(after)) return true;
  // "he said on “Meet the Press”", "in an interview with “Fox News Sunday”".
  if (/\b(?:on|with|to|for)\s+(?:the\s+)?$/i.test(before) && APPEARANCE.test(before)) return true;
  return false;
}

/**
 * —“Museum to close,” by the Times’ A. Writer: an article headline credited to its author (a comma
 * before "by", and the outlet's possessive). A plain agent is not a byline: “anointed” by God.
 */
export function headlineWithByline(text: string, s: QuoteSite): boolean {
  const content = text.slice(s.start, s.end);
  const after = textAfter(text, s);
  if (!/,\s*$/.test(content) && !/^[”"’»]*,/u.test(after)) return false;
  return /^[”"’»,\s]*by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.&-]*\s+){0,4}[\p{L}.&-]*(?:[’']s|s[’'])\s/u.test(after);
}

/**
 * Not words at all: a value in leftover markup (href="…", author="…"), a bare address, or a
 * scraped "Follow X on Twitter @x" line that happens to sit inside quotation marks.
 */
export function markupValue(text: string, s: QuoteSite): boolean {
  if (s.open > 0 && text[s.open - 1] === '=') return true;
  const content = text.slice(s.start, s.end);
  if (/^(?:https?:\/\/|www\.|pic\.twitter\.com)\S*$/i.test(content)) return true;
  // The end of a tag: <tweet date="…">text — the marks belong to the markup, not to the words.
  if (content.startsWith('>')) return true;
  return /^Follow\b.{0,80}\b(?:on|at)\s+(?:Twitter|Facebook|Instagram|X)\b/i.test(content);
}

/** A nickname inside a name: Marcia “Cia” Price, John “Tig” Tiegen, Robert C. “Bobby” Scott. */
export function nicknameInName(text: string, s: QuoteSite): boolean {
  const content = text.slice(s.start, s.end);
  if (!/^\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)?$/u.test(content)) return false;
  const before = text.slice(Math.max(s.paraStart, s.open - 30), s.open);
  const after = text.slice(s.close, Math.min(s.paraEnd, s.close + 30));
  // (A middle initial may stand before the nickname: Robert C. “Bobby” Scott.)
  return /(?:^|[\s(])\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.)?\s+$/u.test(before) && /^\s+\p{Lu}[\p{Ll}’'-]+/u.test(after);
}
