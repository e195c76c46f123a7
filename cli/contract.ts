import type { Report } from '../src/core/types';

/** One OUT.jsonl row, exactly the shape of ../shared/tools/README.md's contract. */
export function toContractRow(id: string, report: Report): Record<string, unknown> {
  const row: Record<string, unknown> = { id, ok: report.ok };
  if (report.error) row.error = report.error;
  if (report.article) {
    const a = report.article;
    row.article = {
      title: a.title, byline: a.byline, siteName: a.siteName, publishedTime: a.publishedTime,
      lang: a.lang, dir: a.dir, excerpt: a.excerpt, text: a.text, html: a.html, wordCount: a.wordCount,
      canonicalUrl: a.canonicalUrl, modifiedTime: a.modifiedTime, leadImage: a.leadImage,
      readingMinutes: a.readingMinutes, imageCredits: a.imageCredits,
    };
  }
  if (report.summary) row.summary = report.summary;
  if (report.quotes) {
    row.quotes = report.quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind, start: q.start, end: q.end }));
  }
  // Outside the scorers' contract (they ignore unknown keys): quoted titles and terms nobody said.
  if (report.quotedTerms) row.quotedTerms = report.quotedTerms.map((q) => ({ text: q.text, start: q.start, end: q.end }));
  if (report.sources) {
    row.sources = report.sources.map((s) => ({ who: s.who, kind: s.kind, vague: s.vague, role: s.role ?? null, claims: s.claims.map((c) => c.text) }));
  }
  if (report.trackers) row.trackers = report.trackers;
  if (report.ms) row.ms = report.ms;
  return row;
}
