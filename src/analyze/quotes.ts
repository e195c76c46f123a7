/**
 * Direct quotations of an article with their speakers (issue 3, Quotes and Speakers).
 *
 *   findQuotes(text, { entities? }) → Quote[]  (offsets of the words without their marks)
 *
 * Marks are paired per paragraph (quoteMarks.ts); each paragraph of a multi-paragraph quote is its
 * own item, and a quote whose closing mark is missing runs to the end of its paragraph. Speakers come
 * from speakers.ts / speakerResolution.ts. Quoted titles and names nobody said ("The Apprentice")
 * are left out; scare quotes and terms are kept as 'phrase'.
 */
import type { Quote } from '../core/types';
import { splitParagraphs } from './sentences';
import { scanQuoteMarks } from './quoteMarks';
import { findEntities, type EntityIndex } from './names';
import { attributeSpeakers } from './speakerResolution';
import type { QuoteSite } from './speakers';
import { classifyQuote, looksLikeTitle } from './quoteKind';

const MAX_QUOTES = 2000;

/** Headlines capitalise every word, so a Title Case quote in one proves nothing. */
function titleCaseParagraph(text: string, s: QuoteSite): boolean {
  const w = text.slice(s.paraStart, s.paraEnd).match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
  if (w.length < 3) return true;
  let caps = 0;
  for (const x of w) if (/^\p{Lu}/u.test(x)) caps++;
  return caps / w.length >= 0.7;
}

function words(text: string, s: QuoteSite): number {
  return text.slice(s.start, s.end).match(/[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export interface FindQuotesOptions {
  /** Entities already computed for this text (findEntities), to share the work with source notes. */
  entities?: EntityIndex;
}

/** Every direct quotation in `text`, in order, with its speaker (or null) and kind. */
export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const sites: QuoteSite[] = [];
  outer: for (const para of splitParagraphs(text)) {
    for (const m of scanQuoteMarks(para.text)) {
      // No article has thousands of quotes: past this, the input is hostile; stop (bounded time).
      if (sites.length >= MAX_QUOTES) break outer;
      const content = para.text.slice(m.start, m.end);
      if (!/[\p{L}\p{N}]/u.test(content)) continue;
      sites.push({
        open: para.start + m.open,
        close: para.start + m.close,
        start: para.start + m.start,
        end: para.start + m.end,
        paragraph: para.index,
        paraStart: para.start,
        paraEnd: para.end,
        unclosed: m.unclosed,
        endsSentence: /[.!?…]["'”’»]?$/u.test(content),
      });
    }
  }
  if (sites.length === 0) return [];
  // Nothing after the last quote can name its speaker (beyond its own sentence): on hostile or
  // huge inputs, look no further than a margin past it.
  const limit = Math.min(text.length, sites[sites.length - 1]!.close + 3000);
  const entities = options.entities ?? findEntities(limit < text.length ? text.slice(0, limit) : text);
  const speakers = attributeSpeakers({ text, sites, entities, limit });
  const out: Quote[] = [];
  const headline = new Map<number, boolean>();
  for (let i = 0; i < sites.length; i++) {
    const s = sites[i]!;
    const a = speakers[i]!;
    const kind = classifyQuote(text, s);
    // Quoted text nobody said (issue 3: titles, names, scare quotes) is left out: a Title Case
    // phrase is a title or a name; a one- or two-word phrase with no speaker of its own is a
    // scare quote or a term.
    const weak = !a.speaker || a.how === 'inherited' || a.how === 'subject';
    if (weak && looksLikeTitle(text, s)) {
      if (!headline.has(s.paragraph)) headline.set(s.paragraph, titleCaseParagraph(text, s));
      if (!headline.get(s.paragraph)) continue;
    }
    if (kind === 'phrase' && (!a.speaker || a.how === 'inherited') && words(text, s) <= 2) continue;
    const end = trimSentencePunctuation(text, s.start, s.end, kind);
    out.push({
      text: text.slice(s.start, end),
      speaker: a.speaker,
      speakerRole: a.role,
      kind,
      start: s.start,
      end,
      paragraph: s.paragraph,
    });
  }
  return out;
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
