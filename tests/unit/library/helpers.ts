import { recordFromCapture } from '@/src/library/record';
import type { QuoteRecord } from '@/src/library/schema';

let n = 0;
export function makeQuote(over: Partial<{ text: string; speaker: string | null; url: string; title: string; site: string; tags: string[]; note: string; savedAt: string; author: string | null; published: string | null }> = {}): QuoteRecord {
  n++;
  const url = over.url ?? 'https://news.example/a/story';
  const rec = recordFromCapture(
    {
      text: over.text ?? `Quote number ${n} about the harbour budget.`,
      anchor: { exact: over.text ?? `Quote number ${n}`, prefix: 'before ', suffix: ' after', start: 10, end: 20 },
      meta: { url, location: url, title: over.title ?? 'Harbour budget approved', site: over.site ?? 'Example News', author: over.author === undefined ? 'Jane Smith' : over.author, published: over.published === undefined ? '2024-03-05T10:00:00Z' : over.published },
      context: null,
    },
    { speaker: over.speaker === undefined ? 'Mayor Ann Lee' : over.speaker, tags: over.tags ?? [], note: over.note ?? '', now: over.savedAt ? new Date(over.savedAt) : new Date(Date.UTC(2025, 0, 1, 0, 0, n)) },
  );
  return rec;
}
