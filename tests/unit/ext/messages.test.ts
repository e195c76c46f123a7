import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'ext-id', getURL: (p: string) => `chrome-extension://ext-id${p}` } },
}));
const { parseEnvelope, senderKind, isTabRefusal } = await import('@/src/ext/messages');

describe('parseEnvelope', () => {
  it('accepts well-formed requests of known types', () => {
    expect(parseEnvelope({ type: 'analysis:get', payload: { tabId: 4 } })).not.toBeNull();
    expect(parseEnvelope({ type: 'analysis:get', payload: { tabId: 4, force: true } })).not.toBeNull();
    expect(parseEnvelope({ type: 'content:analyse', payload: { summaryLength: 'short' } })).not.toBeNull();
    expect(parseEnvelope({ type: 'reader:open', payload: { tabId: 0 } })).not.toBeNull();
    expect(
      parseEnvelope({ type: 'library:save', payload: { quote: { text: 'We share your pain', speaker: 'Vladimir Putin', url: 'https://x.example/' } } }),
    ).not.toBeNull();
  });

  it('rejects unknown types, bad shapes and hostile values', () => {
    for (const message of [
      null,
      'analysis:get',
      { type: 'nope', payload: {} },
      { type: 'analysis:get' },
      { type: 'analysis:get', payload: { tabId: -1 } },
      { type: 'analysis:get', payload: { tabId: 1.5 } },
      { type: 'analysis:get', payload: { tabId: '3' } },
      { type: 'analysis:get', payload: { tabId: 3, force: 'yes' } },
      { type: 'content:analyse', payload: { summaryLength: 'huge' } },
      { type: 'toString', payload: {} },
      { type: '__proto__', payload: {} },
      { type: 'library:save', payload: { quote: { text: '   ', speaker: null, url: 'u' } } },
      { type: 'library:save', payload: { quote: { text: 'x'.repeat(30_000), speaker: null, url: 'u' } } },
      { type: 'library:save', payload: { quote: { text: 'ok', speaker: 7, url: 'u' } } },
    ]) {
      expect(parseEnvelope(message), JSON.stringify(message)?.slice(0, 80)).toBeNull();
    }
  });

  it('never throws on getters that throw', () => {
    const payload = Object.defineProperty({}, 'tabId', { get: () => { throw new Error('gotcha'); }, enumerable: true });
    expect(parseEnvelope({ type: 'analysis:get', payload })).toBeNull();
  });
});

describe('senderKind', () => {
  it('tells our pages, our content script and strangers apart', () => {
    expect(senderKind({ id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' })).toBe('extension');
    // An extension page opened as a tab still counts as an extension page.
    expect(senderKind({ id: 'ext-id', url: 'chrome-extension://ext-id/popup.html?tabId=3', tab: { id: 3 } as never })).toBe('extension');
    expect(senderKind({ id: 'ext-id', url: 'https://news.example/', tab: { id: 3 } as never })).toBe('content');
    expect(senderKind({ id: 'other', url: 'chrome-extension://other/x.html' })).toBeNull();
    expect(senderKind({ id: 'ext-id', url: 'https://news.example/' })).toBeNull();
  });
});

describe('isTabRefusal', () => {
  it('distinguishes tab refusals from pipeline refusals', () => {
    expect(isTabRefusal({ ok: false, tabRefusal: 'restricted', message: 'm' })).toBe(true);
    expect(isTabRefusal({ ok: false, error: { code: 'no-article', message: 'm' } })).toBe(false);
    expect(isTabRefusal({ ok: true })).toBe(false);
  });
});
