/**
 * Which passages of the article the reader can point at: every quote, and
 * every claim of a vague source ("reports say"). Each gets a stable key that
 * the marks and the side pane share.
 */
import type { Quote, SourceClaim, SourceNote } from '@/src/core/types';
import { locate, type NormalText, type TextIndex } from './textIndex';
import type { MarkSpan } from './marks';

export interface LocatedQuote {
  key: string;
  quote: Quote;
  hit: [number, number] | null;
}

export interface LocatedClaim {
  key: string;
  source: SourceNote;
  claim: SourceClaim;
  hit: [number, number] | null;
}

export interface LocatedSource {
  source: SourceNote;
  claims: LocatedClaim[];
}

export interface Passages {
  quotes: LocatedQuote[];
  /** Every source in the report's order, with its located claims. */
  sources: LocatedSource[];
  /** All claims, flat. */
  claims: LocatedClaim[];
}

/** Bounds: a hostile report cannot make the reader do unbounded work. */
const MAX_QUOTES = 500;
const MAX_SOURCES = 300;
const MAX_CLAIMS = 50;

export function locatePassages(
  quotes: readonly Quote[],
  sources: readonly SourceNote[],
  index: TextIndex,
  article: { source: string; normal: NormalText },
): Passages {
  const located: Passages = { quotes: [], sources: [], claims: [] };
  quotes.slice(0, MAX_QUOTES).forEach((quote, i) => {
    located.quotes.push({ key: `q${i}`, quote, hit: locate(index, article, quote.start, quote.end, quote.text) });
  });
  sources.slice(0, MAX_SOURCES).forEach((source, i) => {
    const entry: LocatedSource = { source, claims: [] };
    (Array.isArray(source.claims) ? source.claims : []).slice(0, MAX_CLAIMS).forEach((claim, j) => {
      const c = { key: `s${i}-${j}`, source, claim, hit: locate(index, article, claim.start, claim.end, claim.text) };
      entry.claims.push(c);
      located.claims.push(c);
    });
    located.sources.push(entry);
  });
  return located;
}

export interface MarkText {
  unknownSpeaker: string;
  vagueTitle: (who: string) => string;
  quoteTitle: (speaker: string) => string;
}

const OPENING_MARKS = '“„‟«‹「『"\'‘‚»›';
const CLOSING_MARKS = '”“»«›‹」』"\'’‘';

/**
 * Quote offsets exclude the quotation marks; the mark takes them in, so that
 * the speaker label sits before the opening mark, not between it and the words.
 */
export function withQuoteMarks(indexText: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  if (a > 0 && OPENING_MARKS.includes(indexText[a - 1]!)) a--;
  if (b < indexText.length && CLOSING_MARKS.includes(indexText[b]!)) b++;
  return [a, b];
}

/** Marks for the "mark quotes and vague sourcing" toggle. */
export function markSpans(passages: Passages, text: MarkText, indexText = ''): MarkSpan[] {
  const spans: MarkSpan[] = [];
  for (const q of passages.quotes) {
    if (!q.hit) continue;
    const speaker = q.quote.speaker?.trim() || text.unknownSpeaker;
    const [from, to] = withQuoteMarks(indexText, q.hit[0], q.hit[1]);
    spans.push({ from, to, kind: 'quote', key: q.key, label: speaker, title: text.quoteTitle(speaker) });
  }
  for (const c of passages.claims) {
    if (!c.hit || !c.source.vague) continue;
    spans.push({ from: c.hit[0], to: c.hit[1], kind: 'vague', key: c.key, title: text.vagueTitle(c.source.who) });
  }
  return spans;
}
