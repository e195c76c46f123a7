import { describe, expect, it, vi } from 'vitest';

// A background with extension.getViews (Firefox's event page) or without it (Chrome's service worker).
const fake: { extension?: { getViews?: (p: { type: string; tabId: number }) => unknown[] } } = {};
vi.mock('wxt/browser', () => ({ browser: fake }));
const { ownPageInTab } = await import('@/src/ext/browserQuirks');

const doc = { title: 'reader' };
const view = (href: string, selected: string) => ({ location: { href }, document: doc, getSelection: () => ({ toString: () => selected }) });

describe('ownPageInTab', () => {
  it('reads the URL and selection of our page shown in that tab', () => {
    const calls: unknown[] = [];
    fake.extension = { getViews: (p) => (calls.push(p), [view('moz-extension://x/reader.html?tabId=3', 'a quote')]) };
    expect(ownPageInTab(3)).toEqual({ url: 'moz-extension://x/reader.html?tabId=3', selection: 'a quote', document: doc });
    expect(calls).toEqual([{ type: 'tab', tabId: 3 }]);
  });

  it('is null for a tab not showing one of our pages', () => {
    fake.extension = { getViews: () => [] };
    expect(ownPageInTab(3)).toBeNull();
  });

  it('is null where getViews does not exist or throws (Chrome service worker)', () => {
    fake.extension = {};
    expect(ownPageInTab(3)).toBeNull();
    delete fake.extension;
    expect(ownPageInTab(3)).toBeNull();
    fake.extension = { getViews: () => { throw new Error('not here'); } };
    expect(ownPageInTab(3)).toBeNull();
  });
});
