import { describe, expect, it } from 'vitest';
import { lookupTable } from '../../../src/core/lookupTable';
import { readingMinutes } from '../../../src/extract/text';
import { findTrackers } from '../../../src/extract/trackers';
import { ClutterCounter, removeMarkupClutter } from '../../../src/extract/clutter';
import { findQuotes } from '../../../src/analyze/quotes';
import { doc, page, prose } from '../extract/helpers';

const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', '__defineGetter__'];

describe('lookupTable', () => {
  it('finds its own keys only, for [] and in alike', () => {
    const t = lookupTable({ a: 1 });
    expect(t.a).toBe(1);
    for (const k of INHERITED) {
      expect(t[k]).toBeUndefined();
      expect(k in t).toBe(false);
    }
    expect(Object.isFrozen(t)).toBe(true);
  });

  it('keeps page text that names an Object member from reaching the tables', () => {
    for (const k of INHERITED) {
      expect(readingMinutes('word '.repeat(400), k)).toBe(2);
      const d = doc(page(`<amp-analytics type="${k}"></amp-analytics><article>${prose(3)}</article><div role="${k}">${prose(1, 'Kept')}</div>`));
      expect(findTrackers(d)).toEqual([]);
      const counter = new ClutterCounter();
      removeMarkupClutter(d, counter);
      expect(counter.list()).toEqual([]);
      const quotes = findQuotes(`“We will build it,” said ${k} Lee. “It is done,” ${k} said.`);
      for (const q of quotes) expect(q.speaker === null || typeof q.speaker === 'string').toBe(true);
    }
  });
});
