/**
 * Runs in the page (injected on demand): what a saved quote needs from it —
 * the selection, its text-quote anchor, the page metadata, and the text
 * around it for speaker detection (done in the background, not here).
 */
import { describeTextQuote } from './anchor';
import { buildTextIndex, rangeToOffsets } from './domText';
import { readPageMeta, type PageMeta } from './pageMeta';
import { LIMITS, type QuoteAnchor } from './schema';
import { normaliseWhitespace } from './text';

export interface SpeakerContext {
  /** Paragraphs around the selection, separated by blank lines (the Article.text convention). */
  text: string;
  start: number;
  end: number;
}

export interface PageCapture {
  text: string;
  anchor: QuoteAnchor;
  meta: PageMeta;
  context: SpeakerContext | null;
}

export type CaptureResult = { ok: true; capture: PageCapture } | { ok: false; reason: 'no-selection' };

const CONTEXT_REACH = 1200;

function speakerContext(text: string, start: number, end: number): SpeakerContext {
  const from = start - CONTEXT_REACH <= 0 ? 0 : text.lastIndexOf('\n', start - CONTEXT_REACH) + 1;
  const nl = text.indexOf('\n', Math.min(text.length, end + CONTEXT_REACH));
  const to = nl === -1 ? text.length : nl;
  const slice = text.slice(from, to);
  const shift = (k: number) => k + (slice.slice(0, k).match(/\n/g)?.length ?? 0);
  return { text: slice.replace(/\n/g, '\n\n'), start: shift(start - from), end: shift(end - from) };
}

/** Text selected inside a text field (not part of the document selection in every browser). */
function fieldSelection(doc: Document): string {
  const el = doc.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
  if (!el || !/^(INPUT|TEXTAREA)$/.test(el.tagName) || typeof el.selectionStart !== 'number') return '';
  try {
    return normaliseWhitespace(el.value.slice(el.selectionStart, el.selectionEnd ?? el.selectionStart));
  } catch {
    return '';
  }
}

export function captureSelection(doc: Document, win: Window, hint: string | null = null): CaptureResult {
  const meta = readPageMeta(doc, win.location.href);
  const sel = win.getSelection();
  const selected = sel && sel.rangeCount > 0 && !sel.isCollapsed ? normaliseWhitespace(sel.toString()) : '';
  const text = (selected || normaliseWhitespace(hint ?? '') || fieldSelection(doc)).slice(0, LIMITS.text);
  if (!text) return { ok: false, reason: 'no-selection' };
  const bare: QuoteAnchor = { exact: text, prefix: '', suffix: '', start: null, end: null };
  if (!selected || !sel) return { ok: true, capture: { text, anchor: bare, meta, context: null } };

  const index = buildTextIndex(doc.body ?? doc.documentElement);
  const first = sel.getRangeAt(0);
  const last = sel.getRangeAt(sel.rangeCount - 1);
  const range = doc.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(last.endContainer, last.endOffset);
  const offsets = rangeToOffsets(index, range);
  if (!offsets || offsets.end - offsets.start > LIMITS.text) return { ok: true, capture: { text, anchor: bare, meta, context: null } };
  const anchor = describeTextQuote(index.text, offsets.start, offsets.end);
  return { ok: true, capture: { text, anchor, meta, context: speakerContext(index.text, offsets.start, offsets.end) } };
}
