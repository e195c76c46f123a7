import type { Report } from '../src/core/types';

/** A human-readable report, for `--format markdown` and `npm start` without a display. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  if (!report.ok || !report.article) {
    out.push(`# No article`, '', report.error?.message ?? 'Sourcelight could not read this page.', '');
  } else {
    const a = report.article;
    out.push(`# ${a.title}`, '');
    const meta = [a.siteName, a.byline, a.publishedTime, `${a.readingMinutes} min read`].filter(Boolean);
    out.push(`_${meta.join(' · ')}_`, '');
    if (report.summary?.length) out.push('## Summary', '', report.summary.join(' '), '');
    if (report.quotes?.length) {
      out.push('## Quotes', '');
      for (const q of report.quotes) out.push(`- “${q.text}” — ${q.speaker ?? 'unattributed'} (${q.kind})`);
      out.push('');
    }
    if (report.quotedTerms?.length) {
      out.push('## In quotation marks, said by no one named', '', report.quotedTerms.map((q) => `“${q.text}”`).join(' · '), '');
    }
    if (report.sources?.length) {
      out.push('## Sources', '');
      for (const s of report.sources) {
        out.push(`- **${s.who}** (${s.kind}${s.vague ? ', vague' : ''})${s.claims.length ? ': ' + s.claims.map((c) => c.text).join('; ') : ''}`);
      }
      out.push('');
    }
  }
  if (report.trackers?.length) {
    out.push('## Trackers on the page', '');
    for (const t of report.trackers) out.push(`- ${t.name} (${t.category}${t.host ? ', ' + t.host : ''})`);
    out.push('');
  }
  return out.join('\n');
}
