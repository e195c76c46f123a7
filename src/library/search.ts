/**
 * In-memory search over saved quotes: text, speaker, site, title, tags and
 * note. Built once from the loaded records (the index is derived, never
 * stored) and kept in step by add/remove. Every query word must match
 * somewhere (substring, case and accent folded); `#tag` matches tags only.
 * A linear scan over pre-folded strings is a few milliseconds for 10,000
 * quotes, which is simpler and more robust than an inverted index.
 */
import type { QuoteRecord } from './schema';
import { foldForSearch } from './text';

interface Entry {
  id: string;
  hay: string;
  tags: string;
}

export interface SearchIndex {
  add(q: QuoteRecord): void;
  remove(id: string): void;
  /** Ids matching the query, in the order they were added; all ids for an empty query. */
  search(query: string): Set<string>;
  size(): number;
}

function entryFor(q: QuoteRecord): Entry {
  const tags = q.tags.map((t) => '#' + foldForSearch(t)).join(' ');
  const hay = foldForSearch([q.text, q.speaker ?? '', q.page.site, q.page.title, q.page.author ?? '', q.note, tags].join('\n'));
  return { id: q.id, hay, tags };
}

export function parseQuery(query: string): { words: string[]; tags: string[] } {
  const words: string[] = [];
  const tags: string[] = [];
  for (const part of foldForSearch(query).split(/\s+/)) {
    if (!part) continue;
    if (part.startsWith('#') && part.length > 1) tags.push(part);
    else words.push(part.replace(/^#$/, ''));
  }
  return { words: words.filter(Boolean), tags };
}

export function createSearchIndex(quotes: readonly QuoteRecord[] = []): SearchIndex {
  const entries = new Map<string, Entry>();
  for (const q of quotes) entries.set(q.id, entryFor(q));
  return {
    add(q) {
      entries.set(q.id, entryFor(q));
    },
    remove(id) {
      entries.delete(id);
    },
    size: () => entries.size,
    search(query) {
      const { words, tags } = parseQuery(query);
      const out = new Set<string>();
      for (const e of entries.values()) {
        if (words.every((w) => e.hay.includes(w)) && tags.every((t) => e.tags.includes(t))) out.add(e.id);
      }
      return out;
    },
  };
}
