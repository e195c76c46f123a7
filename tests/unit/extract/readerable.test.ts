import { describe, expect, it } from 'vitest';
import { isReaderable } from '../../../src/extract/readerable';
import { doc, page, prose } from './helpers';

describe('isReaderable', () => {
  it('says yes to an article page and no to a menu page', () => {
    expect(isReaderable(doc(page(`<article>${prose(6)}</article>`)))).toBe(true);
    expect(isReaderable(doc(page('<nav><a href="/">Home</a></nav><p>Short.</p>')))).toBe(false);
  });

  it('answers false (never hangs or throws) on a 10 000-deep page', () => {
    const depth = 10_000;
    expect(isReaderable(doc(page(`${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`)))).toBe(false);
  });

  it('does not modify the page', () => {
    const d = doc(page(`<article>${prose(6)}</article>`));
    const before = d.documentElement.outerHTML;
    isReaderable(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});
