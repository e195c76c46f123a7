/**
 * Auto-reader's "is this one article?" rules, beyond Readability's cheap
 * readerable check: never a home page, a section/tag/author/search list, a
 * date archive or a paginated list. General URL and markup rules only.
 */

/** Path segments that name lists in common CMSs (WordPress, Drupal, Ghost, German/French newsrooms). */
const LIST_SEGMENTS = new Set(
  ('tag tags category categories topic topics section sections author authors search archive archives page feed ' +
    'label labels rubrik ressort thema themen schlagwort schlagworte kategorie autor autoren suche ' +
    'rubrique auteur recherche etiquette sujet sujets')
    .split(' '),
);
const LIST_QUERY = ['s', 'q', 'query', 'search', 'page', 'paged', 'tag', 'cat', 'category'];

/** True for URLs that are a site's home page or a list of articles. */
export function isListUrl(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return true;
  }
  const segments = url.pathname.split('/').filter(Boolean).map((s) => safeDecode(s).toLowerCase());
  const last = segments[segments.length - 1] ?? '';
  // WordPress without pretty links: /?p=123 is a post, /?page_id=7 a page.
  if (segments.length === 0) return !(url.searchParams.has('p') || url.searchParams.has('page_id'));
  if (segments.length === 1 && /^(index|home|default|start)(\.[a-z]+)?$/.test(last)) return true;
  // Language home pages: /en/, /de-de/.
  if (segments.length === 1 && /^[a-z]{2}(-[a-z]{2})?$/.test(last)) return true;
  if (segments.some((s) => LIST_SEGMENTS.has(s))) return true;
  // Date archives: /2024/, /2024/05/, /2024/05/17/ (an article adds a slug after them).
  if (segments.every((s) => /^\d{1,4}$/.test(s))) return true;
  for (const key of LIST_QUERY) if (url.searchParams.has(key)) return true;
  return false;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const ARTICLE_TYPES = /^(article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|blogposting|liveblogposting|report|scholarlyarticle|techarticle)$/i;

function ogType(doc: Document): string | null {
  return doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() || null;
}

/** Does the page declare itself an article (Open Graph or JSON-LD)? */
export function declaresArticle(doc: Document): boolean {
  if (ogType(doc) === 'article') return true;
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20);
  for (const script of scripts) {
    const text = (script.textContent ?? '').slice(0, 200_000);
    // A type scan rather than a full parse: cheap, and tolerant of broken JSON.
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      const types = (m[1] ?? '').replace(/[[\]"\s]/g, '').split(',');
      if (types.some((type) => ARTICLE_TYPES.test(type.replace(/^.*[/:]/, '')))) return true;
    }
  }
  return false;
}

/**
 * Looks like a list of teasers: several headings each made mostly of a link.
 * Articles have few linked headings; section fronts have many.
 */
export function looksLikeList(doc: Document): boolean {
  const headings = Array.from(doc.querySelectorAll('h2, h3')).slice(0, 400);
  let linked = 0;
  for (const h of headings) {
    const text = (h.textContent ?? '').trim();
    if (!text) continue;
    const linkText = Array.from(h.querySelectorAll('a[href]')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
    const parentLink = h.closest('a[href]');
    if (parentLink || linkText >= text.length * 0.6) linked++;
  }
  return linked >= 4 && linked >= headings.length * 0.4;
}

/** The whole decision, minus Readability's readerable check (which the caller adds). */
export function isAutoReaderCandidate(doc: Document, url: string): boolean {
  if (isListUrl(url)) return false;
  if (declaresArticle(doc)) return true;
  // Sites mark home and section pages og:type "website"; articles "article".
  if (ogType(doc) === 'website') return false;
  return !looksLikeList(doc);
}
