import { describe, expect, it } from 'vitest';
import { partitionPoint } from '@/src/analyze/partitionPoint';

describe('partitionPoint', () => {
  const offsets = [2, 5, 5, 9];
  it('counts the leading items that satisfy the test', () => {
    expect(partitionPoint(offsets, (x) => x < 5)).toBe(1);
    expect(partitionPoint(offsets, (x) => x <= 5)).toBe(3);
    expect(partitionPoint(offsets, (x) => x < 0)).toBe(0);
    expect(partitionPoint(offsets, (x) => x < 99)).toBe(4);
    expect(partitionPoint([], () => true)).toBe(0);
  });
});
