/**
 * Article metadata: Readability's guesses, completed from meta tags and
 * JSON-LD where Readability's guess is missing. Readability already reads
 * JSON-LD and the common meta tags, so we only fill gaps; we never override
 * a value it found (its choices are the reference for readability pages).
 */
import type { Article } from '../core/types';
import { findAddressByline } from './byline';
import { callDom, getDom } from './domSafe';
import { readJsonLd, type JsonLdArticle } from './jsonld';

/** The Article's metadata fields, plus the JSON-LD body kept for the tiny-result fallback. */
export type PageMetadata = Pick<
  Article,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'modifiedTime' | 'lang' | 'dir' | 'canonicalUrl' | 'excerpt' | 'leadImage'
> & { articleBody: string | null };

/** What Readability.parse returned, minus content. */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
  excerpt?: string | null;
}

/** Meta tags keyed by lower-cased name/property/itemprop; first value wins. */
export function readMetaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = callDom<NodeListOf<Element>>(doc, 'querySelectorAll', 'meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    if (!m) continue;
    const content = m.getAttribute('content');
    if (content === null || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr);
      if (!key) continue;
      for (const k of key.toLowerCase().split(/\s+/)) if (k && !out.has(k)) out.set(k, content.trim());
    }
  }
  return out;
}

/** The page's real base: <base href> resolved against the page URL. */
export function resolveBaseUrl(doc: Document, url: string): string {
  const href = callDom<Element | null>(doc, 'querySelector', 'base[href]')?.getAttribute('href');
  if (href) {
    const abs = absolute(href, url);
    if (abs) return abs;
  }
  return url;
}

export function absolute(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

function first(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    if (typeof v === 'string' && v.trim()) return v.trim().replace(/\s+/g, ' ');
  }
  return null;
}

function normDir(v: string | null | undefined): 'ltr' | 'rtl' | null {
  const d = (v ?? '').trim().toLowerCase();
  return d === 'rtl' || d === 'ltr' ? d : null;
}

/** Reads the page's own metadata (from the unmodified clone). */
export interface RawMetadata {
  meta: Map<string, string>;
  jsonLd: JsonLdArticle | null;
  htmlLang: string | null;
  htmlDir: string | null;
  bodyDir: string | null;
  canonical: string | null;
  baseUrl: string;
  docTitle: string | null;
  /** The author an <article>'s <address> names (see findAddressByline). */
  addressByline: string | null;
}

export function readRawMetadata(doc: Document, url: string): RawMetadata {
  const baseUrl = resolveBaseUrl(doc, url);
  const canonHref = callDom<Element | null>(doc, 'querySelector', 'link[rel~="canonical"][href]')?.getAttribute('href') ?? null;
  // The page's own document: read through its class, which names in the
  // page (<img name="body">) cannot shadow (unclobber.ts).
  const html = getDom<Element | null>(doc, 'documentElement');
  const body = getDom<Element | null>(doc, 'body');
  let jsonLd: JsonLdArticle | null = null;
  try {
    jsonLd = readJsonLd(doc);
  } catch {
    jsonLd = null;
  }
  return {
    meta: readMetaTags(doc),
    jsonLd,
    htmlLang: html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? null,
    htmlDir: html?.getAttribute('dir') ?? null,
    bodyDir: body?.getAttribute('dir') ?? null,
    canonical: canonHref ? absolute(canonHref, baseUrl) : null,
    baseUrl,
    docTitle: callDom<Element | null>(doc, 'querySelector', 'title')?.textContent ?? null,
    addressByline: findAddressByline(doc),
  };
}

export function mergeMetadata(raw: RawMetadata, r: ReadabilityMeta, url: string): PageMetadata {
  const m = raw.meta;
  const ld = raw.jsonLd;
  const leadImage = first(m.get('og:image'), m.get('og:image:url'), m.get('og:image:secure_url'), m.get('twitter:image'), m.get('twitter:image:src'), ld?.image);
  const canonical = raw.canonical ?? (m.get('og:url') ? absolute(m.get('og:url') ?? '', raw.baseUrl) : null);
  // The six fields Readability also reports keep its value when it has one;
  // gaps are filled only from the JSON-LD article object (not the byline:
  // Readability already reads JSON-LD authors when the object is well-formed;
  // an <article>'s <address> is the byline's only fallback).
  const lang = first(r.lang, ld?.inLanguage);
  return {
    title: first(r.title, ld?.headline, m.get('og:title'), m.get('twitter:title'), raw.docTitle) ?? '',
    byline: first(r.byline, raw.addressByline),
    siteName: first(r.siteName, ld?.publisher),
    publishedTime: first(r.publishedTime),
    modifiedTime: first(ld?.dateModified, m.get('article:modified_time'), m.get('og:updated_time'), m.get('datemodified'), m.get('last-modified')),
    lang,
    dir: normDir(r.dir) ?? normDir(raw.htmlDir) ?? normDir(raw.bodyDir),
    canonicalUrl: canonical ?? url,
    excerpt: first(r.excerpt, m.get('description'), m.get('og:description'), ld?.description),
    leadImage: leadImage ? absolute(leadImage, raw.baseUrl) : null,
    articleBody: ld?.articleBody ?? null,
  };
}
