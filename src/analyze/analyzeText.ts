import type { Analysis, AnalysisInput, SummaryLength } from '../core/types';
import { summarize } from './summary';
import { findQuotesAndTerms } from './quotes';
import { collectSources } from './sources';
import { findEntities } from './names';

export interface AnalyzeOptions {
  /** Summary word budget preset. Default 'medium' (about 60 words). */
  summaryLength?: SummaryLength;
}

/** Pure analysis over plain text: summary, quotes with speakers, source notes. */
export function analyzeText(input: AnalysisInput, options: AnalyzeOptions = {}): Analysis {
  const summary = summarize(input.text, { lang: input.lang, title: input.title, length: options.summaryLength });
  // One entity index for quotes and sources, so a person is the same speaker and source note.
  const entities = findEntities(input.text);
  const { quotes, terms: quotedTerms } = findQuotesAndTerms(input.text, { entities });
  return { summary, quotes, quotedTerms, sources: collectSources(input, quotes, { entities }) };
}
