/**
 * JSON-LD (schema.org) article metadata. Pages often describe the article in
 * a <script type="application/ld+json"> block, as one object, an array or an
 * @graph; we take the first object whose @type is an article kind.
 * Malformed JSON is normal input: it is skipped, never thrown.
 */
import { callDom } from './domSafe';

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  image: string | null;
  articleBody: string | null;
  description: string | null;
  inLanguage: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|SatiricalArticle|MedicalScholarlyArticle|DiscussionForumPosting|WebPage)$/;

/** Per-script size cap: JSON-LD beyond this is not metadata, skip it. */
const MAX_JSON_CHARS = 2_000_000;

type Json = unknown;

function str(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, Json>;
    return str(o['@value'] ?? o.name ?? o.url ?? o['@id'] ?? null);
  }
  return null;
}

function names(v: Json): string[] {
  if (!v) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item.trim() : item && typeof item === 'object' ? str((item as Record<string, Json>).name) : null;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function types(o: Record<string, Json>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.replace(/^.*[/:]/, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, ''));
  return [];
}

/** Flattens arrays and @graph into a list of candidate objects (bounded). */
function candidates(data: Json, out: Record<string, Json>[]): void {
  const stack: Json[] = [data];
  while (stack.length && out.length < 200) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, Json>;
      out.push(o);
      if (o['@graph']) stack.push(o['@graph']);
      if (o.mainEntity && typeof o.mainEntity === 'object') stack.push(o.mainEntity);
    }
  }
}

export function readJsonLd(doc: Document): JsonLdArticle | null {
  const scripts = callDom<NodeListOf<Element>>(doc, 'querySelectorAll', 'script[type="application/ld+json"]');
  let best: Record<string, Json> | null = null;
  let bestRank = 99;
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]?.textContent ?? '';
    if (!raw || raw.length > MAX_JSON_CHARS) continue;
    let data: Json;
    try {
      // CDATA wrappers and HTML comments are common around JSON-LD.
      data = JSON.parse(raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    const list: Record<string, Json>[] = [];
    candidates(data, list);
    for (const o of list) {
      const ts = types(o);
      if (!ts.some((t) => ARTICLE_TYPES.test(t))) continue;
      // Prefer real article types over a generic WebPage.
      const rank = ts.includes('WebPage') && ts.length === 1 ? 2 : 1;
      if (rank < bestRank) {
        best = o;
        bestRank = rank;
      }
    }
  }
  if (!best) return null;
  const o = best;
  return {
    headline: str(o.headline) ?? str(o.name),
    authors: names(o.author ?? o.creator),
    datePublished: str(o.datePublished) ?? str(o.dateCreated),
    dateModified: str(o.dateModified),
    publisher: o.publisher && typeof o.publisher === 'object' ? str((o.publisher as Record<string, Json>).name ?? null) : str(o.publisher),
    image: str(o.image) ?? str(o.thumbnailUrl),
    articleBody: str(o.articleBody),
    description: str(o.description),
    inLanguage: str(o.inLanguage),
    url: str(o.url),
  };
}
