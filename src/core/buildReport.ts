import type { AnalysisInput, Report } from './types';
import { extractArticle, type ExtractOptions } from '../extract/extractArticle';
import { analyzeText, type AnalyzeOptions } from '../analyze/analyzeText';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The full pipeline on a page: extract → clean → analyse. Never throws on page content. */
export function buildReport(doc: Document, options: ExtractOptions & AnalyzeOptions): Report {
  const t0 = now();
  let extracted;
  try {
    extracted = extractArticle(doc, options);
  } catch (err) {
    return internalError(err, now() - t0);
  }
  const t1 = now();
  if (!extracted.ok) {
    return { ok: false, error: extracted.error, trackers: extracted.trackers, ms: { extract: t1 - t0, total: t1 - t0 } };
  }
  const { article, trackers } = extracted;
  const analysed = analyzeText({
    text: article.text,
    title: article.title,
    lang: article.lang,
    byline: article.byline,
    siteName: article.siteName,
    imageCredits: article.imageCredits,
  }, options);
  const t2 = now();
  return { ok: true, article, trackers, ...analysed, ms: { extract: t1 - t0, analyze: t2 - t1, total: t2 - t0 } };
}

/** Analysis alone, for plain text (the CLI's text rows). */
export function buildTextReport(input: AnalysisInput, options: AnalyzeOptions = {}): Report {
  const t0 = now();
  try {
    const analysed = analyzeText(input, options);
    const t1 = now();
    return { ok: true, ...analysed, ms: { analyze: t1 - t0, total: t1 - t0 } };
  } catch (err) {
    return internalError(err, now() - t0);
  }
}

function internalError(err: unknown, ms: number): Report {
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, error: { code: 'internal', message: `Sourcelight hit an internal error: ${message}` }, ms: { total: ms } };
}
