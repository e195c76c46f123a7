import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { skipRepeatedAttempts } from '../../../src/extract/readabilityRetries';
import { doc, page, prose } from './helpers';

/** Runs Readability on `html`, with or without the skip; counts its attempts. */
function run(html: string, skip: boolean, charThreshold = 5000): { attempts: number; content: string; length: number } {
  const reader = new Readability(doc(html), { charThreshold });
  let attempts = 0;
  const internals = reader as unknown as { _prepArticle(e: Element): void };
  const prep = internals._prepArticle;
  internals._prepArticle = function (this: unknown, e: Element): void {
    attempts++;
    prep.call(this, e);
  };
  if (skip) skipRepeatedAttempts(reader);
  const r = reader.parse();
  return { attempts, content: r?.content ?? '', length: r?.length ?? 0 };
}

describe('skipRepeatedAttempts', () => {
  it('runs one attempt where no flag changes anything, with the same result', () => {
    // Short article, no class names, nothing "unlikely": all four attempts are the same.
    const html = page(`<div>${prose(3)}</div>`);
    const plain = run(html, false);
    const skipped = run(html, true);
    expect(plain.attempts).toBe(4);
    expect(skipped.attempts).toBe(1);
    expect(skipped.content).toBe(plain.content);
  });

  it('still retries without the flag that removed something', () => {
    // The "sidebar" block is stripped as unlikely on the first attempt only.
    const html = page(`<div>${prose(2)}</div><div class="sidebar">${prose(3, 'Elsewhere')}</div>`);
    const plain = run(html, false);
    const skipped = run(html, true);
    expect(skipped.attempts).toBeGreaterThan(1);
    expect(skipped.attempts).toBeLessThan(plain.attempts);
    expect(skipped.content).toBe(plain.content);
    expect(skipped.length).toBe(plain.length);
  });

  it('keeps a retry after an attempt that took the byline (the next one keeps its node)', () => {
    const html = page(`<div><p class="byline">By Ann Smith</p>${prose(2)}</div>`);
    const plain = run(html, false);
    const skipped = run(html, true);
    expect(skipped.attempts).toBeGreaterThanOrEqual(2);
    expect(skipped.content).toBe(plain.content);
  });

  it('sees what cleaning removes inside the block Readability builds itself (bare body text)', () => {
    // Readability wraps bare text in a <DIV> it creates; cleaning that block
    // empties the first three attempts, so the fourth (no cleaning) is kept.
    const html = '<!DOCTYPE html><html><head></head><body>\n  Test\n</body></html>';
    const plain = run(html, false, 500);
    const skipped = run(html, true, 500);
    expect(plain.length).toBeGreaterThan(0);
    expect(skipped).toEqual({ ...plain, attempts: skipped.attempts });
  });

  it('changes nothing when the first attempt is long enough', () => {
    const html = page(`<article>${prose(8)}</article>`);
    expect(run(html, true, 500)).toEqual(run(html, false, 500));
  });

  it('leaves an instance without the expected internals alone', () => {
    const odd = { parse: () => null };
    skipRepeatedAttempts(odd);
    expect(Object.keys(odd)).toEqual(['parse']);
  });
});
