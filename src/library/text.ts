/** Text helpers shared by capture, search and export. */

/** Collapses every run of whitespace (incl. NBSP, line/paragraph separators) to one space and trims. */
export function normaliseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u2028\u2029\u200b]+/g, ' ').trim();
}

/** Case- and accent-insensitive form for search ("Müller" matches "muller"). */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Host name without "www.", or '' when the URL does not parse. */
export function siteFromUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
