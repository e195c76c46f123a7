/**
 * The reader page around the article: skip link, progress bar, toolbar
 * (back, marks, pane, display, print), display panel, side pane, and a
 * polite live region for announcements.
 */
import type { ReaderSettings } from '@/src/ext/settings';
import { createDisplayPanel } from './controls';
import { h } from './dom';
import { t } from './i18n';
import { safeWebUrl } from '@/src/ext/readerUrl';

export interface Shell {
  progressBar: HTMLElement;
  update(s: ReaderSettings): void;
  showState(content: HTMLElement): void;
  showArticle(article: HTMLElement, pane: HTMLElement): void;
  announce(message: string): void;
}

function toggle(id: string, label: string, onToggle: () => void): HTMLButtonElement {
  return h('button', { type: 'button', id, class: 'tool', 'aria-pressed': 'false', onclick: onToggle }, label);
}

export function buildShell(doc: Document, src: string | null, change: (patch: Partial<ReaderSettings>) => void): Shell {
  const app = doc.getElementById('app')!;
  let current: ReaderSettings | null = null;

  const progressBar = h('div', { class: 'progress-bar' });
  const back = safeWebUrl(src);
  const marks = toggle('toggle-marks', t('readerMarks'), () => current && change({ marks: !current.marks }));
  const pane = toggle('toggle-pane', t('readerPane'), () => current && change({ pane: !current.pane }));
  pane.setAttribute('aria-controls', 'pane');
  const displayButton = h('button', { type: 'button', id: 'toggle-display', class: 'tool', 'aria-expanded': 'false', 'aria-controls': 'display-panel' }, t('readerDisplay'));
  const print = h('button', { type: 'button', id: 'print', class: 'tool', onclick: () => doc.defaultView?.print() }, t('readerPrint'));

  const controls = createDisplayPanel('reader', change);
  const displayPanel = h('section', { id: 'display-panel', class: 'display-panel', hidden: true, 'aria-labelledby': 'display-title' }, h('h2', { id: 'display-title', class: 'visually-hidden' }, t('readerDisplay')), controls.element);
  const setDisplayOpen = (open: boolean, returnFocus = false): void => {
    displayPanel.hidden = !open;
    displayButton.setAttribute('aria-expanded', String(open));
    if (open) displayPanel.querySelector<HTMLElement>('input')?.focus();
    else if (returnFocus) displayButton.focus();
  };
  displayButton.addEventListener('click', () => setDisplayOpen(displayPanel.hidden));
  displayPanel.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      setDisplayOpen(false, true);
    }
  });

  const toolbar = h(
    'header',
    { class: 'toolbar' },
    h('div', { class: 'toolbar-start' }, back ? h('a', { href: back, class: 'tool back', id: 'back-to-page' }, t('readerBackToPage')) : null, h('span', { class: 'brand' }, t('extName'))),
    h('div', { class: 'toolbar-end', role: 'group', 'aria-label': t('readerControls') }, marks, pane, displayButton, print),
  );
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  const aside = h('aside', { id: 'pane', class: 'pane', 'aria-label': t('readerPaneLabel') });
  const layout = h('div', { class: 'layout' }, main, aside);
  const status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const skip = h('a', { href: '#main', class: 'skip-link' }, t('readerSkipToArticle'));
  // Focus without a #main history entry: Back must lead to the original page.
  skip.addEventListener('click', (ev) => {
    ev.preventDefault();
    main.focus();
    main.scrollIntoView();
  });
  app.replaceChildren(
    skip,
    h('div', { class: 'progress', 'aria-hidden': 'true' }, progressBar),
    toolbar,
    displayPanel,
    layout,
    status,
  );

  return {
    progressBar,
    update(s) {
      current = s;
      marks.setAttribute('aria-pressed', String(s.marks));
      pane.setAttribute('aria-pressed', String(s.pane));
      aside.hidden = !s.pane || !aside.hasChildNodes();
      controls.update(s);
    },
    showState(content) {
      doc.documentElement.dataset.view = 'state';
      marks.disabled = true;
      pane.disabled = true;
      print.disabled = true;
      main.replaceChildren(content);
      aside.replaceChildren();
      aside.hidden = true;
      app.removeAttribute('aria-busy');
      content.querySelector<HTMLElement>('h1')?.focus();
    },
    showArticle(article, paneBody) {
      doc.documentElement.dataset.view = 'article';
      main.replaceChildren(article);
      aside.replaceChildren(paneBody);
      aside.hidden = !(current?.pane ?? true);
      app.removeAttribute('aria-busy');
    },
    announce(message) {
      status.textContent = '';
      // A fresh text node makes screen readers announce repeated messages too.
      setTimeout(() => (status.textContent = message), 50);
    },
  };
}
