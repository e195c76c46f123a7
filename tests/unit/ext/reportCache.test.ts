import { beforeEach, describe, expect, it, vi } from 'vitest';

// No storage.session here: the cache runs on browserQuirks' in-memory fallback.
vi.mock('wxt/browser', () => ({ browser: undefined }));
const cache = await import('@/src/ext/reportCache');

const report = (title: string) => ({ ok: true, article: { title } }) as never;

describe('reportCache', () => {
  beforeEach(async () => {
    for (let id = 0; id < 40; id++) await cache.dropCachedReport(id);
  });

  it('returns a report for the same tab and URL, ignoring the fragment', async () => {
    await cache.putCachedReport(1, 'https://a.example/x', report('A'));
    expect(await cache.getCachedReport(1, 'https://a.example/x')).toEqual(report('A'));
    expect(await cache.getCachedReport(1, 'https://a.example/x#comments')).toEqual(report('A'));
    expect(await cache.getCachedReport(1, 'https://a.example/y')).toBeNull();
    expect(await cache.getCachedReport(2, 'https://a.example/x')).toBeNull();
  });

  it('goes stale on reload but stays readable for the reader', async () => {
    await cache.putCachedReport(1, 'https://a.example/x', report('A'));
    await cache.markStale(1);
    expect(await cache.getCachedReport(1, 'https://a.example/x')).toBeNull();
    expect((await cache.getCachedEntry(1))?.stale).toBe(true);
  });

  it('evicts the oldest tabs beyond the limit', async () => {
    for (let id = 0; id < cache.MAX_CACHED_TABS + 3; id++) await cache.putCachedReport(id, `https://a.example/${id}`, report(String(id)));
    expect(await cache.getCachedEntry(0)).toBeNull();
    expect(await cache.getCachedEntry(2)).toBeNull();
    expect(await cache.getCachedEntry(cache.MAX_CACHED_TABS + 2)).not.toBeNull();
  });
});
