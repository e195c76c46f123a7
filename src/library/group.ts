/** Groups quotes by article (canonical URL) for the library and Markdown export. */
import type { QuoteRecord } from './schema';

export interface ArticleGroup {
  url: string;
  title: string;
  site: string;
  author: string | null;
  published: string | null;
  /** Newest first. */
  quotes: QuoteRecord[];
}

/** Groups in order of their newest quote; expects `quotes` newest first (keeps that order). */
export function groupByArticle(quotes: readonly QuoteRecord[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const q of quotes) {
    let g = groups.get(q.page.url);
    if (!g) {
      g = { url: q.page.url, title: q.page.title, site: q.page.site, author: q.page.author, published: q.page.published, quotes: [] };
      groups.set(q.page.url, g);
    }
    g.quotes.push(q);
  }
  return [...groups.values()];
}
