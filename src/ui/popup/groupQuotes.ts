/** Quotes grouped for display: statements by speaker (first appearance order, unattributed last), phrases apart. */
import type { Quote } from '@/src/core/types';

export interface SpeakerGroup {
  speaker: string | null;
  role: string | null;
  quotes: Quote[];
}

export interface GroupedQuotes {
  statements: SpeakerGroup[];
  phrases: Quote[];
}

const keyOf = (speaker: string | null): string => (speaker ?? '').trim().toLocaleLowerCase();

export function groupQuotes(quotes: readonly Quote[]): GroupedQuotes {
  const groups = new Map<string, SpeakerGroup>();
  const phrases: Quote[] = [];
  for (const quote of quotes) {
    if (quote.kind === 'phrase') {
      phrases.push(quote);
      continue;
    }
    const key = keyOf(quote.speaker);
    let group = groups.get(key);
    if (!group) {
      group = { speaker: quote.speaker?.trim() || null, role: null, quotes: [] };
      groups.set(key, group);
    }
    group.role ??= quote.speakerRole ?? null;
    group.quotes.push(quote);
  }
  const statements = [...groups.values()];
  // Unattributed statements last: a name is what the reader looks for first.
  statements.sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null));
  return { statements, phrases };
}
