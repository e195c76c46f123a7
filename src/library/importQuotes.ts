/**
 * Import of a JSON export (or JSON Lines): every record is migrated and
 * validated on its own; what is rejected is reported with its line and why,
 * and everything else is imported. A file that is not valid JSON as a whole
 * (a damaged line) is read line by line, so one bad line costs one quote.
 */
import { readRecord } from './migrate';
import type { QuoteRecord } from './schema';

export interface Rejection {
  /** 1-based line in the file (0 when unknown). */
  line: number;
  reason: string;
}

export interface ParsedImport {
  records: QuoteRecord[];
  rejected: Rejection[];
  /** Fatal problem with the file as a whole (nothing imported). */
  error?: string;
}

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

function lineOf(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function collect(items: Array<{ raw: unknown; line: number }>): ParsedImport {
  const records: QuoteRecord[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  for (const { raw, line } of items) {
    const r = readRecord(raw);
    if (!r.ok) {
      rejected.push({ line, reason: r.reason });
      continue;
    }
    const dup = seen.get(r.value.id);
    if (dup !== undefined) {
      // Same id twice in one file: keep the later edit.
      const prev = records[dup]!;
      if (r.value.updatedAt > prev.updatedAt) records[dup] = r.value;
      rejected.push({ line, reason: `duplicate id ${r.value.id} in the file` });
      continue;
    }
    seen.set(r.value.id, records.length);
    records.push(r.value);
  }
  return { records, rejected };
}

export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { records: [], rejected: [], error: 'file is too large' };
  const trimmed = text.replace(/^\uFEFF/, '');
  try {
    const doc: unknown = JSON.parse(trimmed);
    const list = Array.isArray(doc) ? doc : (doc as { quotes?: unknown } | null)?.quotes;
    if (!Array.isArray(list)) return { records: [], rejected: [], error: 'not a Sourcelight quotes file (no "quotes" list)' };
    // Line numbers: our export puts record i on line i+2; for other layouts, search the id.
    const items = list.map((raw, i) => {
      const id = (raw as { id?: unknown } | null)?.id;
      const at = typeof id === 'string' ? trimmed.indexOf(`"id":${JSON.stringify(id)}`) : -1;
      return { raw, line: at >= 0 ? lineOf(trimmed, at) : Array.isArray(doc) ? 0 : i + 2 };
    });
    return collect(items);
  } catch {
    return parseLines(trimmed);
  }
}

/** Line-by-line recovery: each line holding one JSON object is one record. */
function parseLines(text: string): ParsedImport {
  const items: Array<{ raw: unknown; line: number }> = [];
  const rejected: Rejection[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, i) => {
    const line = rawLine.trim().replace(/,$/, '');
    if (!line || line === ']}' || line === ']' || line === '[') return;
    if (line.startsWith('{"format"') || (i === 0 && /"quotes"\s*:\s*\[$/.test(line))) return;
    try {
      items.push({ raw: JSON.parse(line), line: i + 1 });
    } catch {
      rejected.push({ line: i + 1, reason: 'not valid JSON' });
    }
  });
  if (!items.length && rejected.length === lines.filter((l) => l.trim()).length) {
    return { records: [], rejected, error: 'not a Sourcelight quotes file (no readable JSON)' };
  }
  const got = collect(items);
  return { records: got.records, rejected: [...rejected, ...got.rejected].sort((a, b) => a.line - b.line) };
}
