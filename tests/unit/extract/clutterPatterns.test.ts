import { describe, expect, it } from 'vitest';
import { ANY_CLUTTER_NAME, CLASS_PATTERNS, classifyNames } from '../../../src/extract/clutterPatterns';

/** Names built from every word of every pattern, with and without its optional letters, in several positions. */
function sampleNames(): string[] {
  const out = ['', 'post-content', 'entry clearfix', 'shared', 'sharpen', 'adapt', 'header-ads', 'x_nav2', 'Main-Menu', 'readmore'];
  for (const [, re] of CLASS_PATTERNS) {
    const words = re.source.slice(re.source.indexOf('(?:', 3) + 3, re.source.lastIndexOf(')(?=')).split('|');
    for (const w of words) {
      for (const plain of [w.replace(/(.)\?/g, '$1'), w.replace(/.\?/g, '')]) {
        out.push(plain, `x-${plain}`, `${plain}_y`, `${plain}2`, `${plain}ed`, `pre${plain}`, `a ${plain.toUpperCase()} b`);
      }
    }
  }
  return out;
}

describe('clutter class names', () => {
  it('the union pattern matches exactly when one of the patterns does', () => {
    const names = sampleNames();
    expect(names.length).toBeGreaterThan(1000);
    for (const n of names) expect(ANY_CLUTTER_NAME.test(n), n).toBe(CLASS_PATTERNS.some(([, re]) => re.test(n)));
  });

  it('classifies by the first matching pattern', () => {
    expect(classifyNames('social-share-bar')).toBe('share');
    expect(classifyNames('related-posts')).toBe('related');
    expect(classifyNames('post-content')).toBeNull();
    expect(classifyNames('')).toBeNull();
  });
});
