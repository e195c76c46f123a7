/** Export of saved quotes: JSON (complete, re-importable), Markdown (for note apps) and CSV. */
import { citation, type CitationStyle } from './citation';
import { groupByArticle } from './group';
import { SCHEMA_VERSION, type QuoteRecord } from './schema';

export const EXPORT_FORMAT = 'sourcelight-quotes';

/**
 * One quote per line inside a JSON document: valid JSON for any tool, and if
 * a line is ever damaged the importer can still recover the others line by
 * line (see importQuotes).
 */
export function exportJson(quotes: readonly QuoteRecord[], now: Date = new Date()): string {
  const head = `{"format":"${EXPORT_FORMAT}","version":${SCHEMA_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"count":${quotes.length},"quotes":[`;
  const lines = quotes.map((q, i) => JSON.stringify(q) + (i < quotes.length - 1 ? ',' : ''));
  return [head, ...lines, ']}', ''].join('\n');
}

function mdEscapeInline(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function exportMarkdown(quotes: readonly QuoteRecord[], style: CitationStyle = 'apa', now: Date = new Date()): string {
  const out: string[] = [`# Sourcelight quotes`, '', `Exported ${now.toISOString().slice(0, 10)} · ${quotes.length} quotes`, ''];
  for (const g of groupByArticle(quotes)) {
    out.push(`## [${mdEscapeInline(g.title || g.url)}](<${g.url}>)`, '');
    const meta = [g.site, g.author, g.published?.slice(0, 10)].filter(Boolean).map((s) => mdEscapeInline(String(s)));
    if (meta.length) out.push(meta.join(' · '), '');
    for (const q of g.quotes) {
      out.push(...q.text.split('\n').map((l) => `> ${l}`));
      if (q.speaker) out.push(`> — ${mdEscapeInline(q.speaker)}`);
      out.push('');
      if (q.note) out.push(`Note: ${q.note}`, '');
      if (q.tags.length) out.push(`Tags: ${q.tags.map((t) => '#' + t.replace(/\s+/g, '-')).join(' ')}`, '');
      out.push(`Citation: ${citation(q, style)}`, '');
      out.push(`Saved ${q.savedAt}${q.missingContext ? ' (page context missing)' : ''}`, '');
    }
  }
  return out.join('\n');
}

/** RFC 4180 cell; cells a spreadsheet would run as a formula are prefixed with a quote mark. */
function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = ['id', 'saved', 'text', 'speaker', 'title', 'site', 'author', 'published', 'url', 'note', 'tags', 'missing_context'] as const;

export function exportCsv(quotes: readonly QuoteRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const q of quotes) {
    rows.push(
      [q.id, q.savedAt, q.text, q.speaker ?? '', q.page.title, q.page.site, q.page.author ?? '', q.page.published ?? '', q.page.url, q.note, q.tags.join('; '), q.missingContext ? 'yes' : 'no']
        .map(csvCell)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
