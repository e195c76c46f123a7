/**
 * The page's citation metadata, read in the page at save time: canonical URL,
 * title, site, author, published date. Meta tags first (what publishers fill
 * for search engines and social cards), then JSON-LD, then the document.
 */
import type { QuotePage } from './schema';
import { normaliseWhitespace, siteFromUrl } from './text';

/** The same fields a saved quote keeps about its page. */
export type PageMeta = QuotePage;

function meta(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[name="${n}" i], meta[property="${n}" i], meta[itemprop="${n}" i]`);
    const v = el?.getAttribute('content');
    if (v && normaliseWhitespace(v)) return normaliseWhitespace(v).slice(0, 500);
  }
  return null;
}

function webUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

interface JsonLdFacts {
  author: string | null;
  published: string | null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return null;
}

function jsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = { author: null, published: null };
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10);
  for (const s of scripts) {
    const raw = s.textContent ?? '';
    if (raw.length > 500_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
        facts.author ??= nameOf(o.author);
        if (!facts.published && typeof o.datePublished === 'string') facts.published = o.datePublished;
      }
    }
  }
  return facts;
}

export function readPageMeta(doc: Document, location: string): PageMeta {
  const loc = location.replace(/#.*$/, '');
  const canonical =
    webUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), loc) ?? webUrl(meta(doc, 'og:url'), loc) ?? loc;
  const ld = jsonLd(doc);
  const metaAuthor = meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl');
  const author = metaAuthor && !/^https?:\/\//.test(metaAuthor) ? metaAuthor : ld.author ? normaliseWhitespace(ld.author) : null;
  const timeEl = doc.querySelector('article time[datetime], time[datetime]');
  const published =
    meta(doc, 'article:published_time', 'datePublished', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'date', 'pubdate') ??
    ld.published ??
    timeEl?.getAttribute('datetime') ??
    null;
  const title = meta(doc, 'og:title', 'twitter:title') ?? normaliseWhitespace(doc.title ?? '') ?? '';
  const site = meta(doc, 'og:site_name', 'application-name') ?? siteFromUrl(canonical);
  return {
    url: canonical,
    location: loc,
    title: (title || normaliseWhitespace(doc.querySelector('h1')?.textContent ?? '')).slice(0, 500),
    site: site.slice(0, 200),
    author: author ? author.replace(/^by\s+/i, '').slice(0, 500) : null,
    published: published ? published.slice(0, 100) : null,
  };
}
