/**
 * Wraps located passages of the rendered article in marks: quotes as <mark>
 * with a speaker label before them, vague sourcing as an underlined span.
 * Works on a fresh copy of the article each time (switching marks off
 * re-renders the pristine copy), so there is never any unwrapping to do.
 */
import { segments, UI_ATTR, type TextIndex } from './textIndex';

export type MarkKind = 'quote' | 'vague';

export interface MarkSpan {
  /** Offsets in index.text. */
  from: number;
  to: number;
  kind: MarkKind;
  /** Stable key ("q3", "s1-0"), used by the side pane to scroll here. */
  key: string;
  /** Shown before the passage (the speaker); quotes only. */
  label?: string;
  /** Tooltip / accessible description. */
  title?: string;
}

interface Piece {
  span: MarkSpan;
  start: number;
  end: number;
  first: boolean;
}

export const KEY_ATTR = 'data-sl-key';

export function applyMarks(index: TextIndex, spans: readonly MarkSpan[]): void {
  const byNode = new Map<Text, Piece[]>();
  for (const span of spans) {
    segments(index, span.from, span.to).forEach((seg, i) => {
      const list = byNode.get(seg.node) ?? [];
      list.push({ span, start: seg.start, end: seg.end, first: i === 0 });
      byNode.set(seg.node, list);
    });
  }
  for (const [node, pieces] of byNode) wrapNode(node, pieces);
}

function wrapNode(node: Text, pieces: Piece[]): void {
  const doc = node.ownerDocument;
  const text = node.data;
  const cuts = new Set<number>([0, text.length]);
  for (const p of pieces) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = doc.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a >= b) continue;
    // Outer first: the longer passage (a vague-sourcing sentence) holds the quote inside it.
    const covering = pieces
      .filter((p) => p.start <= a && p.end >= b)
      .sort((x, y) => y.span.to - y.span.from - (x.span.to - x.span.from));
    let content: Node = doc.createTextNode(text.slice(a, b));
    for (let j = covering.length - 1; j >= 0; j--) {
      const p = covering[j]!;
      const starts = p.first && p.start === a;
      const wrapper = markElement(doc, p.span, starts);
      wrapper.append(content);
      content = wrapper;
      if (starts && p.span.label) {
        const holder = doc.createDocumentFragment();
        holder.append(labelElement(doc, p.span.label), content);
        content = holder;
      }
    }
    frag.append(content);
  }
  node.replaceWith(frag);
}

function markElement(doc: Document, span: MarkSpan, starts: boolean): HTMLElement {
  const el = doc.createElement(span.kind === 'quote' ? 'mark' : 'span');
  el.className = span.kind === 'quote' ? 'sl-quote' : 'sl-vague';
  el.setAttribute(KEY_ATTR, span.key);
  if (starts) el.setAttribute('data-sl-start', '');
  if (span.title) el.title = span.title;
  return el;
}

function labelElement(doc: Document, label: string): HTMLElement {
  const el = doc.createElement('span');
  el.className = 'sl-speaker';
  el.setAttribute(UI_ATTR, '');
  // A name from the article or our "Unattributed": let the text pick its direction.
  el.dir = 'auto';
  el.textContent = label;
  return el;
}
