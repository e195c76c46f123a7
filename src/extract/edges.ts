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
const COPYRIGHT = /(?:^|\s)(?:©|\(c\)\s*\d{4}|copyright\b)|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|все права защищены/i;

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
  return digits >= 2 && letters <= 25 && /\d{1,4}[./:-]\s?\d{1,2}|\b\d{4}\b|\d{1,2}\.\s?\p{L}/u.test(text);
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
  const texts = leaves.map((el) => collapse(el.textContent ?? ''));
  let first = -1;
  let last = -1;
  for (let i = 0; i < leaves.length; i++) {
    const el = leaves[i];
    if (el && isProse(el, texts[i] ?? '')) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return;
  // Short lines right after the prose (signatures, a last list) stay; once
  // furniture has begun (a "Related" heading, a link list, a copyright line),
  // short non-sentences after it are furniture too.
  let furniture = false;
  for (let i = last + 1; i < leaves.length; i++) {
    const el = leaves[i];
    if (!el) continue;
    const text = texts[i] ?? '';
    let kind = tailKind(el, text);
    if (kind) furniture = true;
    else if (furniture && !SENTENCE_END.test(text) && textLength(el) < 200 && !el.querySelector(MEDIA)) kind = 'other';
    if (kind) {
      el.remove();
      add(kind);
    }
  }
  for (let i = 0; i < first; i++) {
    const el = leaves[i];
    const kind = el ? headKind(el, texts[i] ?? '') : null;
    if (el && kind) {
      el.remove();
      add(kind);
    }
  }
}

/** After the last prose: keep media and real sentences; the rest is furniture. */
function tailKind(el: Element, text: string): ClutterKind | null {
  if (el.querySelector(MEDIA) || /^(?:figure|table|pre)$/.test(el.localName)) return null;
  if (!text) return 'other';
  const phrase = phraseKind(text);
  if (phrase) return phrase;
  if (isCopyrightLine(text) || isDateLine(text)) return 'other';
  if (text.length < 300 && CALL_TO_ACTION.test(text)) return 'newsletter';
  if (/^h[1-6]$/.test(el.localName) && text.length < 100) return 'related';
  if (linkDensity(el) > 0.3) return 'related';
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
  if (linkDensity(el) > 0.5 && !/^h[1-6]$/.test(el.localName)) return 'navigation';
  return null;
}
