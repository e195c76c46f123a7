/** Reader settings → CSS custom properties and theme attribute on <html>. */
import type { ReaderSettings } from '@/src/ext/settings';

export function applyReaderSettings(doc: Document, s: ReaderSettings): void {
  const root = doc.documentElement;
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.dataset.marks = s.marks ? 'on' : 'off';
  root.dataset.pane = s.pane ? 'open' : 'closed';
  root.style.setProperty('--reader-font-size', `${s.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(s.lineHeight));
  root.style.setProperty('--reader-width', `${s.width}ch`);
}
