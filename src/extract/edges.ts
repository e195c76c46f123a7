/**
 * The edges of an article: page furniture clusters before the first and
 * after the last paragraph of prose (bylines and dates, "Related" headings
 * and their lists, "About the author", copyright lines, "Tags:" lines).
 * We look at leaf blocks in document order, find the first and last prose
 * paragraph, and drop what around them is not prose. Language-independent
 * (lengths, link density, punctuation, digits), O(n).
 */
import type { ClutterKind } from '../core/types';
import { collapse, linkDensity, textLength } from './clutterMetrics';
import { phraseKind } from './clutterPhrases';

const BLOCKS = 'p,div,section,article,header,footer,aside,h1,h2,h3,h4,h5,h6,li,ul,ol,dl,dt,dd,blockquote,figure,figcaption,table,tr,pre,address,details,summary';
const MEDIA = 'img,picture,video,audio,table,pre,math,iframe';

/** Ends like a sentence (also after a closing quote or bracket). */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
// "Copyright" alone is an ordinary word ("the publisher's copyright"): only
// at the start of a line or before a sign or year does it mark a notice.
const COPYRIGHT = /(?:^|\s)(?:©|\(c\)\s*\d{4})|^copyright\b|\bcopyright\s*(?:©|\(c\)|\d{4})|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|все права защищены/i;

/**
 * Calls to action that close many articles: subscribe, follow us, download
 * the app, write to us, share. Only short blocks after the last prose.
 */
const CALL_TO_ACTION = /\b(?:subscrib\w*|newsletter|follow (?:us|the)\b|download (?:the|our)\b|sign up|log ?in|register|share this|write to us|send us|contact us|abonn\w*|folg(?:en|t) (?:sie |ihr )?uns|teilen|registrier\w*|suscr[íi]b\w*|s[íi]guenos|comparte|inscri\w*|suivez-nous|partagez|iscriviti|seguici|assine|siga-nos|zapisz się|obserwuj|subskryb\w*|подпис\w*)/i;

/** A line that is only a date or time, maybe with a short label ("Updated 03.04.2020"). */
export function isDateLine(text: string): boolean {
  if (text.length > 50) return false;
  const digits = (text.match(/\d/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (digits < 2 || letters > 25) return false;
  // A full date (03.11.2019, 2020-01-05, 4/5/21), a time (19:49) or a day
  // and month name ("7. oktober") is a date line; a bare number is one only
  // when it looks like a year among few words ("März 2004", not "1200 g
  // chicken" or "Derek Jarman (1990)"). Phone numbers ("158-23-2012") are no dates.
  if (/(?:^|[^\d-])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\d-])|\b\d{1,2}:\d{2}(?!\d)|\b\d{1,2}\.\s?\p{L}{3,}/u.test(text)) return true;
  // A day, a month name and a year in either order ("June 14, 2023", "16 marca 2021").
  if (/\p{L}{3,}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:1[89]|20)\d{2}\b|\b\d{1,2}\.?\s\p{L}{3,}\.?,?\s(?:1[89]|20)\d{2}\b/u.test(text)) return true;
  return letters <= 12 && /\b(?:1[89]|20)\d{2}\b/.test(text);
}

export function isCopyrightLine(text: string): boolean {
  return text.length < 300 && COPYRIGHT.test(text);
}

function leafBlocks(root: Element): Element[] {
  const all = root.querySelectorAll(BLOCKS);
  const leaves: Element[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const next = all[i + 1];
    if (el && !(next && el.contains(next))) leaves.push(el);
  }
  return leaves;
}

function isProse(el: Element, text: string): boolean {
  if (/^h[1-6]$/.test(el.localName)) return false;
  return text.length >= 120 && linkDensity(el) < 0.3 && !isCopyrightLine(text) && phraseKind(text) === null;
}

/** Removes non-prose leaf blocks before the first and after the last prose block. */
export function trimEdges(root: Element, add: (kind: ClutterKind) => void): void {
  const leaves = leafBlocks(root);
  // Only the edges are judged: texts are collapsed from each end up to the
  // first and last prose, never for the body in between.
  const texts: string[] = new Array<string>(leaves.length);
  const textAt = (i: number): string => (texts[i] ??= collapse(leaves[i]?.textContent ?? ''));
  const proseAt = (i: number): boolean => {
    const el = leaves[i];
    return !!el && isProse(el, textAt(i));
  };
  let first = 0;
  while (first < leaves.length && !proseAt(first)) first++;
  if (first === leaves.length) return;
  let last = leaves.length - 1;
  while (last > first && !proseAt(last)) last--;
  for (let i = last + 1; i < leaves.length; i++) textAt(i);
  // Short lines right after the prose (signatures, a last list) stay; once
  // furniture has begun (a "Related" heading, a link list, a copyright line),
  // short non-sentences after it are furniture too, except plain list items
  // and table rows without links (ingredients, facts, data).
  let furniture = false;
  for (let i = last + 1; i < leaves.length; i++) {
    const el = leaves[i];
    if (!el) continue;
    const text = texts[i] ?? '';
    let kind = tailKind(el, text);
    if (kind === 'related' && isHeading(el) && !introducesFurniture(leaves, texts, i)) kind = null;
    if (kind) furniture = true;
    else if (furniture && !SENTENCE_END.test(text) && textLength(el) < 200 && !el.querySelector(MEDIA) && !isPlainItem(el)) kind = 'other';
    if (kind) {
      el.remove();
      add(kind);
    }
  }
  for (let i = 0; i < first; i++) {
    const el = leaves[i];
    const kind = el ? headKind(el, textAt(i)) : null;
    if (el && kind) {
      el.remove();
      add(kind);
    }
  }
}

function isHeading(el: Element): boolean {
  return /^h[1-6]$/.test(el.localName);
}

/** A list item or table cell with no link: content (a fact, an ingredient), not a teaser. */
function isPlainItem(el: Element): boolean {
  return !!el.closest('li,td,th,tr,dd') && !el.querySelector('a[href]') && !el.closest('a[href]');
}

/**
 * A heading after the last prose is a "Related"-style heading when what
 * follows it is furniture (links, phrases, another heading) or nothing; a
 * heading over plain text or a plain list ("Ingredients", "Contact") is content.
 */
function introducesFurniture(leaves: Element[], texts: string[], i: number): boolean {
  const next = leaves[i + 1];
  if (!next) return true;
  const text = texts[i + 1] ?? '';
  if (isHeading(next) || !text) return true;
  if (phraseKind(text) || isCopyrightLine(text) || isDateLine(text)) return true;
  return linkDensity(next) > 0.3;
}

/** A sentence-long block with some links in it is prose, not a link list. */
function isLinkedSentence(el: Element, text: string): boolean {
  return text.length >= 100 && SENTENCE_END.test(text) && linkDensity(el) < 0.7;
}

/** After the last prose: keep media and real sentences; the rest is furniture. */
function tailKind(el: Element, text: string): ClutterKind | null {
  if (el.querySelector(MEDIA) || /^(?:figure|table|pre)$/.test(el.localName)) return null;
  if (!text) return 'other';
  const phrase = phraseKind(text);
  if (phrase) return phrase;
  if (isCopyrightLine(text) || isDateLine(text)) return 'other';
  // Table rows are data; only the phrases above mark them as furniture.
  if (el.closest('table')) return null;
  if (text.length < 300 && CALL_TO_ACTION.test(text)) return 'newsletter';
  if (isHeading(el) && text.length < 100) return 'related';
  if (linkDensity(el) > 0.3 && !isLinkedSentence(el, text)) return 'related';
  return null;
}

/** Before the first prose: only what is clearly not article (the lede stays). */
function headKind(el: Element, text: string): ClutterKind | null {
  if (!text || el.querySelector(MEDIA)) return null;
  // The lead picture's caption sits before the first paragraph; it describes
  // the picture, not the story.
  if (el.localName === 'figcaption' || el.closest('figcaption')) return 'other';
  const phrase = phraseKind(text);
  if (phrase) return phrase;
  if (isDateLine(text) || isCopyrightLine(text)) return 'other';
  if (linkDensity(el) > 0.5 && !isHeading(el)) return 'navigation';
  return null;
}
