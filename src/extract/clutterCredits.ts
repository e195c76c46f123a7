/**
 * Pass 2's credit lines: a short block that is a picture credit ("Photo:
 * Reuters", "© AFP") leaves the article and is kept as a credit for source
 * notes; a caption keeps its words and gives up a trailing credit; a
 * caption marked only by its class is taken out of the prose.
 */
import type { ClutterCounter } from './clutter';
import { AGENCY_CREDIT, COPYRIGHT_CREDIT, CREDIT_LINE, TRAILING_CREDIT } from './clutterPhrases';
import { names } from './clutterPatterns';
import { collapse, textLength, type TextBefore } from './clutterMetrics';

/** A credit line by its words, or a short line in a credit-named box. */
export function isCredit(text: string, el: Element): boolean {
  if (text.length > 160) return false;
  if (CREDIT_LINE.test(text) || COPYRIGHT_CREDIT.test(text)) return true;
  // A short caption that names a photo agency is its credit.
  if (text.length < 120 && AGENCY_CREDIT.test(text) && (el.localName === 'figcaption' || !!el.closest('figure,figcaption') || !/[.!?]$/.test(text))) return true;
  return /(?:^|[\s_-])(?:credits?|photo-?credit|image-?credit|copyright|photographer)(?:$|[\s_-])/i.test(names(el)) && text.length < 120;
}

/** Holds a picture, media, a table, code or math: not a bare line of text. */
export function hasMedia(el: Element): boolean {
  return !!el.querySelector('img,picture,video,audio,figure,table,pre,math');
}

/**
 * Cuts a credit off the end of a caption ("… Photo: A. Name/Agency") and
 * keeps it as a credit; the caption's own words stay.
 */
export function takeTrailingCredit(el: Element, text: string, credits: string[], counter: ClutterCounter, before: TextBefore): void {
  const m = TRAILING_CREDIT.exec(text);
  const credit = m?.[1]?.trim();
  if (!credit) return;
  // Only when the credit sits whole in the caption's last text node.
  let last: Node | null = el.lastChild;
  while (last && last.nodeType !== 3) last = last.lastChild ?? last.previousSibling;
  const value = last?.nodeValue ?? '';
  const at = collapse(value).lastIndexOf(credit);
  if (!last || at < 0) return;
  const raw = value.replace(/\s+/g, ' ');
  const kept = raw.slice(0, raw.lastIndexOf(credit)).replace(/[\s(|–—]+$/, '');
  before.changing(last as CharacterData, kept);
  last.nodeValue = kept;
  if (!credits.includes(credit)) credits.push(credit);
  counter.add('credit');
}

const CAPTION_NAMES = /(?:^|[\s_-])(?:caption|captions|wp-caption-text|caption-?text|legend)(?=$|[\s_-])/i;

/**
 * A picture caption marked only by its class ("wp-caption-text",
 * "media__caption", "legend") and not holding the picture: it describes the
 * picture, it is not article prose (summaries and quotes must not pick it).
 * Credits in it were taken out above. <figcaption> stays with its figure:
 * Readability keeps it, and reader views show it.
 */
export function isCaptionBlock(el: Element, tag: string): boolean {
  if (tag === 'figcaption' || tag === 'figure' || tag === 'img' || tag === 'picture') return false;
  const n = names(el);
  return n !== '' && CAPTION_NAMES.test(n) && !hasMedia(el) && textLength(el) < 400;
}
