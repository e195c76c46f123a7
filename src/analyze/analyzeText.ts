import type { Analysis, AnalysisInput, SummaryLength } from '../core/types';
import { summarize } from './summary';
import { findQuotes } from './quotes';

export interface AnalyzeOptions {
  /** Summary word budget preset. Default 'medium' (about 60 words). */
  summaryLength?: SummaryLength;
}

/** Pure analysis over plain text: summary, quotes with speakers, source notes. */
export function analyzeText(input: AnalysisInput, options: AnalyzeOptions = {}): Analysis {
  const summary = summarize(input.text, { lang: input.lang, title: input.title, length: options.summaryLength });
  return { summary, quotes: findQuotes(input.text), sources: [] };
}
