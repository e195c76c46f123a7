/**
 * The quote store over storage.local. Design (issue 5, "never lose a quote"):
 * - one key per quote (`q:<id>`): a save is one atomic `set` of its own key,
 *   so simultaneous saves from several contexts cannot overwrite each other
 *   and a service worker stopped mid-way leaves either the whole quote or none;
 * - no stored list of ids: the index is whatever `q:` keys exist, rebuilt on
 *   every load, so it can never disagree with the quotes;
 * - records are validated and migrated on read; a corrupt or foreign record is
 *   reported and left where it is (never deleted, never fatal to the rest);
 * - read-modify-write (edit, delete, restore) runs under a per-quote lock.
 */
import { defaultLock, type WithLock } from './locks';
import { readRecord } from './migrate';
import { compareKeysNewestFirst, normaliseTags, QUOTE_KEY_PREFIX, quoteKey, validateQuote, LIMITS, type QuoteRecord } from './schema';

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  /** Chrome 130+: all keys without their values (much faster than get(null) for a big library). */
  getKeys?(): Promise<string[]>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface LoadProblem {
  key: string;
  reason: string;
  /** Written by a newer version: kept untouched for that version. */
  newer: boolean;
}

export interface Loaded {
  quotes: QuoteRecord[];
  problems: LoadProblem[];
}

export type StoreErrorCode = 'quota' | 'invalid' | 'storage';

export class QuoteStoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QuoteStoreError';
  }
}

export interface QuoteEdit {
  note?: string;
  tags?: string[];
}

export interface MergeReport {
  added: number;
  updated: number;
  unchanged: number;
}

function storageError(e: unknown): QuoteStoreError {
  const message = e instanceof Error ? e.message : String(e);
  // Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError.
  if (/quota/i.test(message) || (e instanceof Error && e.name === 'QuotaExceededError')) {
    return new QuoteStoreError('quota', message);
  }
  return new QuoteStoreError('storage', message);
}

const IMPORT_CHUNK = 500;

export function createQuoteStore(area: StorageAreaLike, withLock: WithLock = defaultLock()) {
  const lockName = (id: string) => `sourcelight-quote:${id}`;

  async function put(record: QuoteRecord): Promise<void> {
    try {
      await area.set({ [quoteKey(record.id)]: record });
    } catch (e) {
      throw storageError(e);
    }
  }

  async function readOne(id: string): Promise<QuoteRecord | null> {
    const key = quoteKey(id);
    const got = await area.get(key);
    if (!(key in got)) return null;
    const r = readRecord(got[key]);
    return r.ok ? r.value : null;
  }

  return {
    /** Saves a new (or replaces an existing) quote: one atomic set of its own key. */
    async save(record: QuoteRecord): Promise<QuoteRecord> {
      const checked = validateQuote(record);
      if (!checked.ok) throw new QuoteStoreError('invalid', checked.reason);
      await put(checked.value);
      return checked.value;
    },

    get: readOne,

    /** Every readable quote, newest first, plus what could not be read. */
    async loadAll(): Promise<Loaded> {
      return readLoaded(await area.get(null));
    },

    /**
     * The quote keys, newest first by id, without reading any quote; null where
     * the browser cannot list keys alone (then use loadAll).
     */
    async listKeys(): Promise<string[] | null> {
      if (typeof area.getKeys !== 'function') return null;
      try {
        const keys = await area.getKeys();
        return keys.filter((k) => k.startsWith(QUOTE_KEY_PREFIX)).sort(compareKeysNewestFirst);
      } catch {
        return null;
      }
    },

    /** The quotes stored under these keys (validated and migrated like loadAll), newest first. */
    async loadKeys(keys: readonly string[]): Promise<Loaded> {
      return keys.length ? readLoaded(await area.get([...keys])) : { quotes: [], problems: [] };
    },

    /** Edits note/tags; returns null when the quote is gone (deleted meanwhile): never resurrects it. */
    async update(id: string, edit: QuoteEdit): Promise<QuoteRecord | null> {
      return withLock(lockName(id), async () => {
        const current = await readOne(id);
        if (!current) return null;
        const next: QuoteRecord = {
          ...current,
          note: edit.note !== undefined ? edit.note.slice(0, LIMITS.note) : current.note,
          tags: edit.tags !== undefined ? normaliseTags(edit.tags) : current.tags,
          updatedAt: new Date().toISOString(),
        };
        await put(next);
        return next;
      });
    },

    /** Deletes a quote and hands back what was deleted, for undo. */
    async remove(id: string): Promise<QuoteRecord | null> {
      return withLock(lockName(id), async () => {
        const current = await readOne(id);
        await area.remove(quoteKey(id));
        return current;
      });
    },

    /** Undo of a delete: puts the record back exactly as it was. */
    async restore(record: QuoteRecord): Promise<void> {
      await withLock(lockName(record.id), () => put(record));
    },

    /** Merges records by id: a record replaces a stored one only when it was edited later. */
    async merge(records: readonly QuoteRecord[]): Promise<MergeReport> {
      const report: MergeReport = { added: 0, updated: 0, unchanged: 0 };
      for (let i = 0; i < records.length; i += IMPORT_CHUNK) {
        const chunk = records.slice(i, i + IMPORT_CHUNK);
        const existing = await area.get(chunk.map((r) => quoteKey(r.id)));
        const writes: Record<string, QuoteRecord> = {};
        for (const rec of chunk) {
          const key = quoteKey(rec.id);
          const old = key in existing ? readRecord(existing[key]) : null;
          if (!old) report.added++;
          else if (!old.ok && old.newer) {
            report.unchanged++; // a newer version's record is never overwritten
            continue;
          } else if (!old.ok || Date.parse(rec.updatedAt) > Date.parse(old.value.updatedAt)) report.updated++;
          else {
            report.unchanged++;
            continue;
          }
          writes[key] = rec;
        }
        if (Object.keys(writes).length) {
          try {
            await area.set(writes);
          } catch (e) {
            throw storageError(e);
          }
        }
      }
      return report;
    },
  };

  async function readLoaded(all: Record<string, unknown>): Promise<Loaded> {
    const quotes: QuoteRecord[] = [];
    const problems: LoadProblem[] = [];
    const migrated: QuoteRecord[] = [];
    for (const key of Object.keys(all)) {
      if (!key.startsWith(QUOTE_KEY_PREFIX)) continue;
      const r = readRecord(all[key]);
      if (!r.ok) {
        problems.push({ key, reason: r.reason, newer: r.newer });
        continue;
      }
      if (quoteKey(r.value.id) !== key) {
        problems.push({ key, reason: 'record id does not match its key', newer: false });
        continue;
      }
      quotes.push(r.value);
      if (r.migrated) migrated.push(r.value);
    }
    quotes.sort(newestFirst);
    if (migrated.length) await writeBackMigrated(migrated);
    return { quotes, problems };
  }

  async function writeBackMigrated(records: QuoteRecord[]): Promise<void> {
    // Only rewrite when the stored record is still the old version, under its
    // lock, so a concurrent edit or delete is never undone by the write-back.
    await Promise.all(
      records.map((rec) =>
        withLock(lockName(rec.id), async () => {
          const key = quoteKey(rec.id);
          const got = await area.get(key);
          const raw = got[key] as { v?: unknown } | undefined;
          if (raw && typeof raw.v === 'number' && raw.v < rec.v) await put(rec);
        }).catch(() => undefined),
      ),
    );
  }
}

export type QuoteStore = ReturnType<typeof createQuoteStore>;

export function newestFirst(a: QuoteRecord, b: QuoteRecord): number {
  return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? 1 : -1;
}
