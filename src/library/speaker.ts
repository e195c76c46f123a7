/** Who said the selected words: the speaker of a detected quote the selection lies in. */
import type { Quote } from '../core/types';
import type { SpeakerContext } from './capture';

export type FindQuotes = (text: string) => Quote[];

/** The selection "lies in" a quote when at least half of it overlaps that quote's text. */
export function speakerFor(context: SpeakerContext, findQuotes: FindQuotes): string | null {
  let quotes: Quote[];
  try {
    quotes = findQuotes(context.text);
  } catch {
    return null;
  }
  const len = Math.max(1, context.end - context.start);
  let best: { speaker: string; overlap: number } | null = null;
  for (const q of quotes) {
    if (!q.speaker) continue;
    const overlap = Math.min(q.end, context.end) - Math.max(q.start, context.start);
    if (overlap / len >= 0.5 && (!best || overlap > best.overlap)) best = { speaker: q.speaker, overlap };
  }
  return best?.speaker ?? null;
}
