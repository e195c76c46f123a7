/**
 * An in-memory storage.local with the semantics that matter for "never lose
 * a quote": every call resolves asynchronously (a later macrotask), calls are
 * applied in the order they were issued, a multi-key set is atomic, values
 * are structured-cloned in and out, and a byte quota can be imposed.
 */
import type { StorageAreaLike } from '@/src/library/store';

export class FakeStorageArea implements StorageAreaLike {
  readonly data = new Map<string, unknown>();
  private queue: Promise<unknown> = Promise.resolve();
  ops = 0;

  constructor(private readonly quotaBytes = Infinity) {}

  private run<T>(op: () => T): Promise<T> {
    const result = this.queue.then(
      () =>
        new Promise<T>((resolve, reject) =>
          setTimeout(() => {
            this.ops++;
            try {
              resolve(op());
            } catch (e) {
              reject(e);
            }
          }, 0),
        ),
    );
    this.queue = result.catch(() => undefined);
    return result;
  }

  private bytes(extra: Map<string, unknown>): number {
    let n = 0;
    const all = new Map([...this.data, ...extra]);
    for (const [k, v] of all) n += k.length + JSON.stringify(v).length;
    return n;
  }

  get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    return this.run(() => {
      const out: Record<string, unknown> = {};
      const wanted = keys === null || keys === undefined ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
      for (const k of wanted) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
      return out;
    });
  }

  set(items: Record<string, unknown>): Promise<void> {
    const copy = new Map(Object.entries(structuredClone(items)));
    return this.run(() => {
      if (this.quotaBytes !== Infinity && this.bytes(copy) > this.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of copy) this.data.set(k, v);
    });
  }

  getKeys(): Promise<string[]> {
    return this.run(() => [...this.data.keys()]);
  }

  remove(keys: string | string[]): Promise<void> {
    return this.run(() => {
      for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
    });
  }
}
