/**
 * Citations of a saved quote's page in APA (7th), MLA (9th) and Chicago
 * (17th, notes-bibliography, bibliography entry) style, as plain text.
 * Web-article forms: author, date, title, site, URL; access date where the
 * style asks for one or the page gives no date.
 */
import type { QuoteRecord } from './schema';
import { normaliseWhitespace } from './text';

export type CitationStyle = 'apa' | 'mla' | 'chicago';
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

interface Ymd {
  y: number;
  m: number | null;
  d: number | null;
}

/** Reads a date as the page wrote it, without time-zone shifts ("2024-03-05T23:30-05:00" is 5 March). */
export function parseDate(s: string | null): Ymd | null {
  if (!s) return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  if (iso) {
    const y = Number(iso[1]);
    const m = iso[2] ? Number(iso[2]) : null;
    const d = iso[3] ? Number(iso[3]) : null;
    if (m !== null && (m < 1 || m > 12)) return { y, m: null, d: null };
    return { y, m, d };
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Splits a byline into person names: "By Jane Smith and John Doe" → two names. */
export function splitAuthors(byline: string | null): string[] {
  if (!byline) return [];
  const clean = normaliseWhitespace(byline).replace(/^by\s+/i, '').replace(/\s*[|•·].*$/, '');
  return clean
    .split(/\s*(?:,|;|&|\band\b|\bund\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length < 80);
}

/** A name looks personal when it is 2-4 capitalised words; otherwise it is kept as written (an organisation). */
function personParts(name: string): { first: string[]; last: string } | null {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w) || /^(van|von|de|da|di|del|der|la|le)$/.test(w))) return null;
  let i = words.length - 1;
  while (i > 1 && /^(van|von|de|da|di|del|der|la|le)$/.test(words[i - 1] ?? '')) i--;
  return { first: words.slice(0, i), last: words.slice(i).join(' ') };
}

function apaName(name: string): string {
  const p = personParts(name);
  if (!p) return name;
  return `${p.last}, ${p.first.map((w) => w.charAt(0) + '.').join(' ')}`;
}

function invertedName(name: string): string {
  const p = personParts(name);
  return p ? `${p.last}, ${p.first.join(' ')}` : name;
}

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]}, ${and} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${and} ${items[items.length - 1]}`;
}

function endWith(s: string, mark: string): string {
  return /[.?!]$/.test(s) ? s : s + mark;
}

function stripScheme(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

export function citation(q: QuoteRecord, style: CitationStyle, accessed: Date = new Date(q.savedAt)): string {
  const authors = splitAuthors(q.page.author);
  const date = parseDate(q.page.published);
  const title = normaliseWhitespace(q.page.title) || q.page.url;
  const site = normaliseWhitespace(q.page.site);
  const url = q.page.url;
  const acc = { y: accessed.getUTCFullYear(), m: accessed.getUTCMonth() + 1, d: accessed.getUTCDate() };

  if (style === 'apa') {
    const who = authors.length
      ? authors.length === 1
        ? apaName(authors[0]!)
        : joinList(authors.map(apaName), '&')
      : '';
    const when = date ? `(${date.y}${date.m ? `, ${MONTHS[date.m - 1]}${date.d ? ` ${date.d}` : ''}` : ''})` : '(n.d.)';
    const parts = who ? [endWith(who, '.'), `${when}.`, endWith(title, '.')] : [endWith(title, '.'), `${when}.`];
    if (site && site !== who) parts.push(endWith(site, '.'));
    parts.push(url);
    return parts.join(' ');
  }
  if (style === 'mla') {
    const who =
      authors.length === 0 ? '' : authors.length === 1 ? invertedName(authors[0]!) : authors.length === 2 ? `${invertedName(authors[0]!)}, and ${authors[1]}` : `${invertedName(authors[0]!)}, et al`;
    const fmt = (x: Ymd) => [x.d, x.m ? MLA_MONTHS[x.m - 1] : null, x.y].filter((v) => v !== null).join(' ');
    const container = [site, date ? fmt(date) : null, stripScheme(url)].filter(Boolean).join(', ');
    const parts = [who ? endWith(who, '.') : '', `“${endWith(title, '.')}”`, endWith(container, '.'), date ? '' : `Accessed ${fmt(acc)}.`];
    return parts.filter(Boolean).join(' ');
  }
  // Chicago bibliography entry.
  const who = authors.length === 0 ? '' : joinList([invertedName(authors[0]!), ...authors.slice(1)], 'and');
  const fmt = (x: Ymd) => (x.m ? `${MONTHS[x.m - 1]}${x.d ? ` ${x.d}` : ''}, ${x.y}` : `${x.y}`);
  const tail = date ? `${site ? `${site}, ` : ''}${fmt(date)}.` : `${site ? `${site}. ` : ''}Accessed ${fmt(acc)}.`;
  return [who ? endWith(who, '.') : '', `“${endWith(title, '.')}”`, tail, endWith(url, '.')].filter(Boolean).join(' ');
}

/** The quote followed by its citation, as copied to the clipboard. */
export function quoteWithCitation(q: QuoteRecord, style: CitationStyle): string {
  const who = q.speaker ? ` — ${q.speaker}` : '';
  return `“${q.text}”${who}\n${citation(q, style)}`;
}
