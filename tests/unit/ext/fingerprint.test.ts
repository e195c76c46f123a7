import { describe, expect, it } from 'vitest';
import { textFingerprint } from '@/src/ext/fingerprint';

describe('textFingerprint', () => {
  it('changes with the words of the page', () => {
    expect(textFingerprint('T', 'one two three')).not.toBe(textFingerprint('T', 'one two four'));
    expect(textFingerprint('T', 'body')).not.toBe(textFingerprint('U', 'body'));
  });

  it('ignores whitespace and digits (clocks, counters, "5 minutes ago")', () => {
    expect(textFingerprint('T', 'Updated 5 minutes ago\n\nText')).toBe(textFingerprint('T', 'Updated 12 minutes ago Text'));
    expect(textFingerprint('T', 'At 12:34, 1,234 comments. Text')).toBe(textFingerprint('T', 'At 09:15, 987 comments. Text'));
  });

  it('is bounded on huge text', () => {
    const t0 = performance.now();
    textFingerprint('T', 'x'.repeat(5_000_000));
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
