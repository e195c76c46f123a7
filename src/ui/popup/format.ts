/** Formatting helpers for the popup: dates, sites, copy text. Pure and locale-aware. */
import type { Article } from '@/src/core/types';

export function siteOf(article: Pick<Article, 'siteName' | 'url' | 'canonicalUrl'>): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.canonicalUrl || article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A published date as the UI locale writes it, or null when missing or unreadable. */
export function formatDate(iso: string | null | undefined, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** The text a copy button puts on the clipboard: the quote, its speaker, its page. */
export function quoteCitation(text: string, speaker: string | null, title: string | null, url: string | null): string {
  const who = speaker ? ` — ${speaker}` : '';
  const where = title || url ? `\n(${[title, url].filter(Boolean).join(', ')})` : '';
  return `“${text}”${who}${where}`;
}

/** Text around [start, end) in `text`, for a W3C TextQuoteSelector. */
export function anchorContext(text: string, start: number, end: number, span = 32): { prefix: string; suffix: string } {
  if (!(start >= 0 && end >= start && end <= text.length)) return { prefix: '', suffix: '' };
  return { prefix: text.slice(Math.max(0, start - span), start), suffix: text.slice(end, end + span) };
}
