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

export interface FindQuotesOptions {
  /** Entities already computed for this text (findEntities), to share the work with source notes. */
  entities?: EntityIndex;
}

/** Every direct quotation in `text`, in order, with its speaker (or null) and kind. */
export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const sites: QuoteSite[] = [];
  for (const para of splitParagraphs(text)) {
    for (const m of scanQuoteMarks(para.text)) {
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
  const entities = options.entities ?? findEntities(text);
  const speakers = attributeSpeakers({ text, sites, entities });
  const out: Quote[] = [];
  for (let i = 0; i < sites.length; i++) {
    const s = sites[i]!;
    const a = speakers[i]!;
    const kind = classifyQuote(text, s);
    if (!a.speaker && kind === 'phrase' && looksLikeTitle(text, s)) continue;
    out.push({
      text: text.slice(s.start, s.end),
      speaker: a.speaker,
      speakerRole: a.role,
      kind,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
    });
  }
  return out;
}
