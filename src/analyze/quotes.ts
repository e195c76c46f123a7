/**
 * Direct quotations of an article with their speakers (issue 3, Quotes and Speakers).
 *
 *   findQuotes(text, { entities? }) → Quote[]  (offsets of the words without their marks)
 *
 *   findQuotesAndTerms(text, { entities? }) → { quotes, terms }
 *
 * Marks are paired per line (quoteMarks.ts): a quote never runs past a line break, so each paragraph
 * of a multi-paragraph quote is its own item, and a quote whose closing mark is missing runs to the
 * end of its line. Speakers come from speakers.ts / speakerResolution.ts. Quoted words nobody is
 * reported to say (titles such as “Meet the Press”, names, scare quotes with no cue) go to `terms`,
 * not `quotes`; phrases someone used (“called it a ‘witch hunt’”) stay quotes, kind 'phrase'.
 */
import type { Quote, QuotedTerm } from '../core/types';
import { splitParagraphs } from './sentences';
import { scanQuoteMarks } from './quoteMarks';
import { findEntities, type EntityIndex } from './names';
import { attributeSpeakers } from './speakerResolution';
import type { Attribution, QuoteSite } from './speakers';
import { classifyQuote, looksLikeTitle, wordCount } from './quoteKind';
import { mostlyCapitalised } from './speakerHeadline';
import { cueJustBefore, headlineWithByline, looksLikeWorkTitle, markupValue, nicknameInName } from './quotesContext';

const MAX_QUOTES = 2000;

/**
 * Headlines capitalise every word, so a Title Case quote in one proves nothing. (A paragraph with
 * too few words to judge counts as one: the quote's own Title Case proves nothing there either.)
 */
function titleCaseParagraph(text: string, s: QuoteSite): boolean {
  return mostlyCapitalised(text.slice(s.paraStart, s.paraEnd)) ?? true;
}

export interface FindQuotesOptions {
  /** Entities already computed for this text (findEntities), to share the work with source notes. */
  entities?: EntityIndex;
}

/** Every direct quotation in `text`, in order, with its speaker (or null) and kind. */
export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  return findQuotesAndTerms(text, options).quotes;
}

export interface QuotesAndTerms {
  quotes: Quote[];
  /** Quoted titles, names and scare quotes nobody is reported to say. */
  terms: QuotedTerm[];
}

/** Every pair of quotation marks in `text`, paired per line (see quoteMarks.ts). */
function findSites(text: string): QuoteSite[] {
  const sites: QuoteSite[] = [];
  const scan = { rightDoubleOpens: !/[“„]/u.test(text) };
  for (const para of splitParagraphs(text)) {
    // A line break (<br>) ends an open quote as a paragraph does: scraped pull quotes, lists and
    // tweet blocks put one statement per line, and no quote runs on into the next line.
    for (let lineStart = 0; lineStart < para.text.length;) {
      let lineEnd = para.text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = para.text.length;
      const line = para.text.slice(lineStart, lineEnd);
      for (const m of scanQuoteMarks(line, scan)) {
        // No article has thousands of quotes: past this, the input is hostile; stop (bounded time).
        if (sites.length >= MAX_QUOTES) return sites;
        const content = line.slice(m.start, m.end);
        if (!/[\p{L}\p{N}]/u.test(content)) continue;
        const base = para.start + lineStart;
        sites.push({
          open: base + m.open,
          close: base + m.close,
          start: base + m.start,
          end: base + m.end,
          paragraph: para.index,
          paraStart: para.start,
          paraEnd: para.end,
          unclosed: m.unclosed,
          endsSentence: /[.!?…]["'”’»]?$/u.test(content),
        });
      }
      lineStart = lineEnd + 1;
    }
  }
  return sites;
}

type Verdict = 'quote' | 'term' | 'none';

/** Whether a pair of marks holds what someone said, a term nobody is reported to say, or nothing. */
function judge(text: string, s: QuoteSite, a: Attribution, kind: Quote['kind'], headline: () => boolean): Verdict {
  if (markupValue(text, s)) return 'none';
  // A show or book title named as the place where something was said (“told NBC’s ‘Today’”), or an
  // article headline credited to its writer: never someone's words, whoever the sentence quotes.
  if (looksLikeWorkTitle(text, s) && !headline()) return 'term';
  if (headlineWithByline(text, s) || (nicknameInName(text, s) && !headline())) return 'term';
  const weak = !a.speaker || a.how === 'inherited' || a.how === 'subject';
  if (weak && looksLikeTitle(text, s) && !headline() && !cueJustBefore(text, s)) return 'term';
  // A one- or two-word phrase with no speaker of its own is a scare quote or a term, unless a cue
  // right before it reports it as someone's words (“calling the mayor a ‘liar’”).
  if (!a.speaker || a.how === 'inherited') {
    const short = (kind === 'phrase' || !/[.!?…]$/u.test(text.slice(s.start, s.end))) && wordCount(text.slice(s.start, s.end)) <= 2;
    if (short && !cueJustBefore(text, s)) return 'term';
  }
  return 'quote';
}

/** Quotes (what someone said) and quoted terms (what nobody is reported to say) of `text`. */
export function findQuotesAndTerms(text: string, options: FindQuotesOptions = {}): QuotesAndTerms {
  const sites = findSites(text);
  if (sites.length === 0) return { quotes: [], terms: [] };
  // Nothing after the last quote can name its speaker (beyond its own sentence): on hostile or
  // huge inputs, look no further than a margin past it.
  const limit = Math.min(text.length, sites[sites.length - 1]!.close + 3000);
  const entities = options.entities ?? findEntities(limit < text.length ? text.slice(0, limit) : text);
  const speakers = attributeSpeakers({ text, sites, entities, limit });
  const quotes: Quote[] = [];
  const terms: QuotedTerm[] = [];
  const headline = new Map<number, boolean>();
  for (let i = 0; i < sites.length; i++) {
    const s = sites[i]!;
    const a = speakers[i]!;
    const kind = classifyQuote(text, s);
    // Headlines capitalise every word, so Title Case proves nothing there (computed once per paragraph).
    const inHeadline = () => {
      if (!headline.has(s.paragraph)) headline.set(s.paragraph, titleCaseParagraph(text, s));
      return headline.get(s.paragraph)!;
    };
    const verdict = judge(text, s, a, kind, inHeadline);
    if (verdict === 'none') continue;
    const end = trimSentencePunctuation(text, s.start, s.end, verdict === 'term' ? 'phrase' : kind);
    if (verdict === 'term') {
      terms.push({ text: text.slice(s.start, end), start: s.start, end, paragraph: s.paragraph });
      continue;
    }
    quotes.push({
      text: text.slice(s.start, end),
      speaker: a.speaker,
      speakerRole: a.role,
      kind,
      start: s.start,
      end,
      paragraph: s.paragraph,
    });
  }
  return { quotes, terms };
}

/**
 * End of a quote's content without the sentence's own punctuation that the
 * (American) convention puts inside the closing mark: a trailing comma
 * (“We share your pain,” he said) always, a full stop after a quoted phrase
 * (as “cannon fodder.”). A statement keeps its full stop, ? and !.
 */
function trimSentencePunctuation(text: string, start: number, end: number, kind: Quote['kind']): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  const last = text[e - 1];
  if (last === ',' || last === '،' || last === '，' || (kind === 'phrase' && last === '.' && text[e - 2] !== '.')) e--;
  return e > start ? e : end;
}
