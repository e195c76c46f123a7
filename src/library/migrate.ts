/**
 * Schema migrations, applied when a record is read (storage or import).
 *
 * v1 — the first record format: flat fields (url, title, site, author, date,
 *      exact/prefix/suffix/start/end at top level), savedAt as epoch
 *      milliseconds, tags as one comma-separated string.
 * v2 — current: page metadata and the W3C anchor grouped, ISO times, tag
 *      arrays, origin and missingContext flags.
 *
 * Each step is a pure function from version N to N+1; a record from a newer
 * version than this build knows is never rewritten (it is skipped and kept).
 */
import { SCHEMA_VERSION, validateQuote, type QuoteRecord, type Validation } from './schema';

type Raw = Record<string, unknown>;

const steps: Record<number, (r: Raw) => Raw> = {
  1: (r) => {
    const savedAt = typeof r.savedAt === 'number' && Number.isFinite(r.savedAt) ? new Date(r.savedAt).toISOString() : r.savedAt;
    const tags = typeof r.tags === 'string' ? r.tags.split(',') : r.tags;
    const hasAnchor = typeof r.exact === 'string' && r.exact.length > 0;
    return {
      v: 2,
      id: r.id,
      text: r.text,
      speaker: r.speaker ?? null,
      page: {
        url: r.url,
        location: r.url,
        title: r.title ?? '',
        site: r.site ?? '',
        author: r.author ?? null,
        published: r.date ?? null,
      },
      anchor: {
        exact: hasAnchor ? r.exact : r.text,
        prefix: r.prefix ?? '',
        suffix: r.suffix ?? '',
        start: r.start ?? null,
        end: r.end ?? null,
      },
      savedAt,
      updatedAt: savedAt,
      note: r.note ?? '',
      tags: tags ?? [],
      origin: 'page',
      missingContext: !hasAnchor,
    };
  },
};

export type ReadResult =
  | { ok: true; value: QuoteRecord; migrated: boolean }
  | { ok: false; reason: string; newer: boolean };

/** Brings any stored or imported record to the current schema, or says why it cannot. */
export function readRecord(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object', newer: false };
  let rec = raw as Raw;
  const v = rec.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, reason: 'no schema version', newer: false };
  if (v > SCHEMA_VERSION) return { ok: false, reason: `made by a newer Sourcelight (schema ${v})`, newer: true };
  let version = v;
  try {
    while (version < SCHEMA_VERSION) {
      const step = steps[version];
      if (!step) return { ok: false, reason: `no migration from schema ${version}`, newer: false };
      rec = step(rec);
      version += 1;
    }
  } catch {
    return { ok: false, reason: `migration from schema ${v} failed`, newer: false };
  }
  const checked: Validation<QuoteRecord> = validateQuote(rec);
  return checked.ok ? { ok: true, value: checked.value, migrated: v !== SCHEMA_VERSION } : { ok: false, reason: checked.reason, newer: false };
}
