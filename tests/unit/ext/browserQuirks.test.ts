import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: undefined }));
const { restrictionOf, classifyInjectionError, topFrameResult, sessionArea } = await import('@/src/ext/browserQuirks');

describe('restrictionOf', () => {
  it('lets ordinary web pages through', () => {
    expect(restrictionOf('https://news.example/a/b.html', false, false)).toBeNull();
    expect(restrictionOf('http://127.0.0.1:8080/seed.html', false, true)).toBeNull();
  });

  it('names browser pages in both browsers', () => {
    for (const url of ['chrome://version', 'about:blank', 'about:addons', 'edge://settings', 'moz-extension://x/y.html', 'chrome-extension://abc/popup.html', 'data:text/html,hi']) {
      expect(restrictionOf(url, true, false), url).toBe('browser-page');
    }
  });

  it('knows each browser’s store', () => {
    expect(restrictionOf('https://chromewebstore.google.com/detail/x', false, false)).toBe('web-store');
    expect(restrictionOf('https://chrome.google.com/webstore/detail/x', false, false)).toBe('web-store');
    expect(restrictionOf('https://chrome.google.com/search', false, false)).toBeNull();
    expect(restrictionOf('https://addons.mozilla.org/en-US/firefox/', false, true)).toBe('web-store');
    // AMO is scriptable from Chrome, the Chrome store from Firefox.
    expect(restrictionOf('https://addons.mozilla.org/en-US/firefox/', false, false)).toBeNull();
    expect(restrictionOf('https://chromewebstore.google.com/', false, true)).toBeNull();
  });

  it('separates PDFs, view-source and file access', () => {
    expect(restrictionOf('https://example.org/report.PDF', false, false)).toBe('pdf');
    expect(restrictionOf('view-source:https://example.org/', false, false)).toBe('view-source');
    expect(restrictionOf('file:///home/me/a.html', false, false)).toBe('file-access');
    expect(restrictionOf('file:///home/me/a.html', true, false)).toBeNull();
  });

  it('treats missing or broken URLs as not a page', () => {
    expect(restrictionOf(undefined, false)).toBe('not-a-page');
    expect(restrictionOf('not a url', false)).toBe('not-a-page');
    expect(restrictionOf('ftp://example.org/', false)).toBe('not-a-page');
  });
});

describe('classifyInjectionError', () => {
  it('reads Chrome’s and Firefox’s wording', () => {
    expect(classifyInjectionError(new Error('No tab with id: 12.'))).toBe('no-tab');
    expect(classifyInjectionError(new Error('Invalid tab ID: 12'))).toBe('no-tab');
    expect(classifyInjectionError(new Error('Cannot access a chrome:// URL'))).toBe('restricted');
    expect(classifyInjectionError(new Error('The extensions gallery cannot be scripted.'))).toBe('restricted');
    expect(classifyInjectionError(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'))).toBe('no-access');
    expect(classifyInjectionError(new Error('Missing host permission for the tab'))).toBe('no-access');
    expect(classifyInjectionError(new Error('Frame with ID 0 is showing error page'))).toBe('restricted');
    expect(classifyInjectionError('weird')).toBe('failed');
  });
});

describe('topFrameResult', () => {
  it('takes the top frame’s result in either shape', () => {
    expect(topFrameResult([{ frameId: 3, result: 'x' }, { frameId: 0, result: 'top', documentId: 'd' } as never])).toBe('top');
    expect(topFrameResult([{ result: 1 }])).toBe(1);
    expect(topFrameResult([])).toBeUndefined();
    expect(topFrameResult(undefined)).toBeUndefined();
  });

  it('throws Firefox’s per-frame error', () => {
    expect(() => topFrameResult([{ frameId: 0, error: new Error('boom') }])).toThrow('boom');
  });
});

describe('sessionArea', () => {
  it('falls back to memory without storage.session', async () => {
    const area = sessionArea();
    await area.set({ a: 1, b: { c: 2 } });
    expect(await area.get(['a', 'b', 'missing'])).toEqual({ a: 1, b: { c: 2 } });
    await area.remove('a');
    expect(await area.get('a')).toEqual({});
  });
});
