import { describe, expect, it } from 'vitest';
import { localLock } from '@/src/library/locks';
import { createQuoteStore, QuoteStoreError } from '@/src/library/store';
import { quoteKey } from '@/src/library/schema';
import { FakeStorageArea } from './fakeStorage';
import { makeQuote } from './helpers';

describe('quote store: never lose a quote', () => {
  it('keeps all 200 quotes saved at once (from two independent store instances)', async () => {
    const area = new FakeStorageArea();
    // Two contexts (e.g. service worker and library page) saving concurrently.
    const a = createQuoteStore(area, localLock());
    const b = createQuoteStore(area, localLock());
    const quotes = Array.from({ length: 200 }, () => makeQuote());
    await Promise.all(quotes.map((q, i) => (i % 2 ? a : b).save(q)));
    const loaded = await a.loadAll();
    expect(loaded.quotes).toHaveLength(200);
    expect(new Set(loaded.quotes.map((q) => q.id))).toEqual(new Set(quotes.map((q) => q.id)));
    expect(loaded.problems).toEqual([]);
  });

  it('a save racing a delete: the new quote stays, the deleted one stays deleted', async () => {
    const area = new FakeStorageArea();
    const store = createQuoteStore(area, localLock());
    const old = await store.save(makeQuote());
    const fresh = makeQuote();
    const [, removed] = await Promise.all([store.save(fresh), store.remove(old.id)]);
    expect(removed?.id).toBe(old.id);
    const ids = (await store.loadAll()).quotes.map((q) => q.id);
    expect(ids).toEqual([fresh.id]);
  });

  it('an edit racing a delete of the same quote never resurrects it', async () => {
    const area = new FakeStorageArea();
    const store = createQuoteStore(area, localLock());
    const q = await store.save(makeQuote());
    const [deleted, edited] = await Promise.all([store.remove(q.id), store.update(q.id, { note: 'late edit' })]);
    expect(deleted?.id).toBe(q.id);
    expect(edited).toBeNull();
    expect(await store.get(q.id)).toBeNull();
  });

  it('delete with undo restores the quote exactly', async () => {
    const store = createQuoteStore(new FakeStorageArea(), localLock());
    const q = await store.save(makeQuote({ tags: ['a'], note: 'n' }));
    const removed = await store.remove(q.id);
    expect(await store.get(q.id)).toBeNull();
    await store.restore(removed!);
    expect(await store.get(q.id)).toEqual(q);
  });

  it('a worker restart between two saves loses neither (fresh store over the same storage)', async () => {
    const area = new FakeStorageArea();
    const first = makeQuote();
    const inFlight = createQuoteStore(area, localLock()).save(first); // the worker is stopped right after issuing this
    const second = makeQuote();
    await createQuoteStore(area, localLock()).save(second); // a new worker instance
    await inFlight.catch(() => undefined);
    const loaded = await createQuoteStore(area, localLock()).loadAll();
    expect(loaded.quotes.map((q) => q.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('skips and reports corrupt and foreign records without losing the rest', async () => {
    const area = new FakeStorageArea();
    const store = createQuoteStore(area, localLock());
    const good = await store.save(makeQuote());
    area.data.set('q:broken', { v: 2, id: 'broken', text: 42 });
    area.data.set('q:junk', 'not an object');
    area.data.set('q:future', { v: 99, id: 'future', whatever: true });
    area.data.set(quoteKey('mismatch'), { ...good, id: 'other' });
    area.data.set('settings', { theme: 'dark' }); // another feature's key
    const loaded = await store.loadAll();
    expect(loaded.quotes.map((q) => q.id)).toEqual([good.id]);
    expect(loaded.problems.map((p) => p.key).sort()).toEqual(['q:broken', 'q:future', 'q:junk', 'q:mismatch']);
    expect(loaded.problems.find((p) => p.key === 'q:future')?.newer).toBe(true);
    // Nothing is deleted: a newer version may still read them.
    expect(area.data.has('q:future')).toBe(true);
    expect(area.data.has('q:broken')).toBe(true);
  });

  it('migrates v1 records on load and writes them back once', async () => {
    const area = new FakeStorageArea();
    area.data.set('q:old1', { v: 1, id: 'old1', text: 'Old words', url: 'https://x.example/a', title: 'T', site: 'x', savedAt: Date.UTC(2023, 4, 1), tags: 'a, b', exact: 'Old words', prefix: 'p', suffix: 's', start: 3, end: 12 });
    const store = createQuoteStore(area, localLock());
    const loaded = await store.loadAll();
    expect(loaded.quotes[0]).toMatchObject({ v: 2, id: 'old1', tags: ['a', 'b'], savedAt: '2023-05-01T00:00:00.000Z', anchor: { exact: 'Old words', start: 3 } });
    expect((area.data.get('q:old1') as { v: number }).v).toBe(2);
  });

  it('reports a full quota as a quota error and keeps what was stored', async () => {
    const area = new FakeStorageArea(3000);
    const store = createQuoteStore(area, localLock());
    const kept = await store.save(makeQuote());
    await expect(store.save(makeQuote({ text: 'x'.repeat(5000) }))).rejects.toMatchObject({ code: 'quota' });
    expect((await store.loadAll()).quotes.map((q) => q.id)).toEqual([kept.id]);
    expect(new QuoteStoreError('quota', 'm')).toBeInstanceOf(Error);
  });

  it('refuses to save an invalid record', async () => {
    const store = createQuoteStore(new FakeStorageArea(), localLock());
    await expect(store.save({ ...makeQuote(), text: '' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('merges by id: newer edits win, older ones are left alone', async () => {
    const store = createQuoteStore(new FakeStorageArea(), localLock());
    const q = await store.save(makeQuote());
    const newer = { ...q, note: 'newer', updatedAt: '2030-01-01T00:00:00.000Z' };
    const older = { ...q, note: 'older', updatedAt: '2000-01-01T00:00:00.000Z' };
    const added = makeQuote();
    expect(await store.merge([newer, added])).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(await store.merge([older])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await store.get(q.id))?.note).toBe('newer');
  });

  it('lists keys newest first from the ids alone, and reads a page of them', async () => {
    const area = new FakeStorageArea();
    const store = createQuoteStore(area, localLock());
    const old = await store.save(makeQuote({ savedAt: '2024-01-01T00:00:00Z' }));
    const mid = await store.save(makeQuote({ savedAt: '2024-06-01T00:00:00Z' }));
    const fresh = await store.save(makeQuote({ savedAt: '2025-01-01T00:00:00Z' }));
    area.data.set('q:foreign-id', { ...old, id: 'foreign-id' });
    area.data.set('other', 1);
    const keys = await store.listKeys();
    expect(keys).toEqual([quoteKey(fresh.id), quoteKey(mid.id), quoteKey(old.id), 'q:foreign-id']);
    const page = await store.loadKeys(keys!.slice(0, 2));
    expect(page.quotes.map((q) => q.id)).toEqual([fresh.id, mid.id]);
    const noKeys = createQuoteStore({ get: area.get.bind(area), set: area.set.bind(area), remove: area.remove.bind(area) }, localLock());
    expect(await noKeys.listKeys()).toBeNull();
  });

  it('lists newest first', async () => {
    const store = createQuoteStore(new FakeStorageArea(), localLock());
    await store.save(makeQuote({ savedAt: '2024-01-01T00:00:00Z', text: 'old' }));
    await store.save(makeQuote({ savedAt: '2025-01-01T00:00:00Z', text: 'new' }));
    expect((await store.loadAll()).quotes.map((q) => q.text)).toEqual(['new', 'old']);
  });
});
