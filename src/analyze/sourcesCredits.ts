/**
 * Source notes that do not come from the article's sentences: image credits (removed from the body by
 * extraction, or still in it as a credit line) and the page's own byline and publisher.
 */
import type { SourceNote } from '../core/types';
import { splitParagraphs } from './sentences';

const LABEL = /^\s*(?:\(?\s*)(?:(?:picture|photo|photograph|image|images|pictures|photos|video|illustration|graphic|foto|fotos|bild|bilder|grafik|crédit photo|crédits?|fotografía|imagen|фото|изображение)s?\s*(?:courtesy|credits?|by|von|de|:|：|-|–|—)|courtesy(?: of)?|credits?|source|quelle|fuente|источник)\s*(?:of|:|：|-|–|—)?\s*/iu;
const CREDIT_WORD = /picture|photo|image|foto|bild|crédit|imagen|фото|courtesy|credit/i;
// Tail phrases of a credit that are not part of the credited name.
// No `i` flag: with it, \p{Ll} would match capitals too and cut "Jane Doe/Reuters".
const TAIL = /\s*(?:[/|;]\s*(?=\p{Ll})|[|;]|\s[-–—]\s|\(|©|[Aa]ll [Rr]ights [Rr]eserved|[Ii]mages? (?:are|is) subject).*$/su;

/** The credited name of a credit line ("Picture Courtesy: Google/images are…" → "Google"), or null. */
export function creditedName(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > 200) return null;
  const m = LABEL.exec(text);
  let rest = m ? text.slice(m[0].length) : text;
  rest = rest.replace(/^©\s*/u, '').replace(TAIL, '').replace(/[\s.,:;)]+$/u, '').trim();
  if (!rest || rest.length > 80 || !/\p{L}/u.test(rest)) return null;
  return rest;
}

function credit(who: string, line: string, start: number, end: number): SourceNote {
  return { who, kind: 'image-credit', vague: false, role: null, claims: [{ text: line, start, end }] };
}

/**
 * Image credit notes from extraction's credit lines (not in the text: offsets −1) and from short
 * credit-line paragraphs still in the text (with their offsets).
 */
export function imageCreditNotes(text: string, imageCredits: readonly string[] | undefined): SourceNote[] {
  const notes: SourceNote[] = [];
  const byWho = new Map<string, SourceNote>();
  const add = (line: string, start: number, end: number) => {
    const who = creditedName(line);
    if (!who) return;
    const key = who.toLowerCase();
    const claim = { text: line.trim(), start, end };
    const known = byWho.get(key);
    if (known) {
      if (!known.claims.some((c) => c.text === claim.text)) known.claims.push(claim);
      return;
    }
    const note = credit(who, claim.text, start, end);
    byWho.set(key, note);
    notes.push(note);
  };
  for (const line of imageCredits ?? []) if (typeof line === 'string') add(line, -1, -1);
  // Most articles carry no credit line in their text: skip the paragraph scan then.
  if (!CREDIT_WORD.test(text)) return notes;
  for (const p of splitParagraphs(text)) {
    // Only a short paragraph that starts with a credit label is a credit line, never a body sentence.
    if (p.text.length <= 160 && LABEL.test(p.text) && /^\s*\(?\s*(?:picture|photo|image|foto|bild|crédit|fotograf|imagen|фото|courtesy|credit)/iu.test(p.text)) {
      add(p.text, p.start, p.end);
    }
  }
  return notes;
}

/** The page's byline (its author) and publisher, as notes without claims. */
export function pageNotes(byline: string | null | undefined, siteName: string | null | undefined): SourceNote[] {
  const notes: SourceNote[] = [];
  const by = typeof byline === 'string' ? byline.replace(/^\s*(?:by|von|par|por|автор:?)\s+/iu, '').trim() : '';
  if (by) notes.push({ who: by, kind: 'person', vague: false, role: 'author (byline)', claims: [] });
  const site = typeof siteName === 'string' ? siteName.trim() : '';
  if (site) notes.push({ who: site, kind: 'publisher', vague: false, role: 'publisher', claims: [] });
  return notes;
}
