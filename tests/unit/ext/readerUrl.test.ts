import { describe, expect, it } from 'vitest';
import { parseReaderParams, readerQuery, safeWebUrl } from '@/src/ext/readerUrl';

describe('reader URL', () => {
  it('round-trips tab, source and error', () => {
    const src = 'https://news.example/a?b=1&c=2#frag';
    expect(parseReaderParams(readerQuery(12, src))).toEqual({ tabId: 12, src, error: null });
    expect(parseReaderParams(readerQuery(0, src, 'no-access'))).toEqual({ tabId: 0, src, error: 'no-access' });
  });

  it('rejects malformed values', () => {
    expect(parseReaderParams('').tabId).toBeNull();
    expect(parseReaderParams('?tab=').tabId).toBeNull();
    expect(parseReaderParams('?tab=-1').tabId).toBeNull();
    expect(parseReaderParams('?tab=1.5').tabId).toBeNull();
    expect(parseReaderParams('?tab=abc').tabId).toBeNull();
    expect(parseReaderParams('?tab=1&error=<script>').error).toBeNull();
  });

  it('links only to web pages', () => {
    expect(safeWebUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeWebUrl('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'chrome://settings', 'file:///etc/passwd', 'nonsense', '', null, undefined]) {
      expect(safeWebUrl(bad)).toBeNull();
    }
  });
});
