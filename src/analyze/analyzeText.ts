import type { Analysis, AnalysisInput, SummaryLength } from '../core/types';

export interface AnalyzeOptions {
  /** Summary word budget preset. Default 'medium' (about 60 words). */
  summaryLength?: SummaryLength;
}

/** Pure analysis over plain text: summary, quotes with speakers, source notes. */
export function analyzeText(input: AnalysisInput, options: AnalyzeOptions = {}): Analysis {
  void input;
  void options;
  return { summary: [], quotes: [], sources: [] };
}
