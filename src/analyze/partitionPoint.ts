/**
 * Binary search over a list sorted by offset: how many leading items satisfy
 * `isBefore` (which must hold for a prefix of the list and fail after it).
 * The speaker and name lookups all search their sorted lists this one way.
 */
export function partitionPoint<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
