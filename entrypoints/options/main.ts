/** Options: reader defaults and the auto-reader sites. */
import './style.css';
import { loadSettings, onSettingsChanged } from '@/src/ext/settingsStore';
import { applyUiLocale, t } from '@/src/ui/reader/i18n';
import { h } from '@/src/ui/reader/dom';
import { applyReaderSettings } from '@/src/ui/reader/typography';
import { createReaderDefaultsView } from '@/src/ui/options/readerDefaultsView';
import { createSitesView } from '@/src/ui/options/sitesView';

async function main(): Promise<void> {
  applyUiLocale(document);
  document.title = t('optionsTitle');
  const app = document.getElementById('app')!;
  const status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const announce = (message: string): void => {
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 50);
  };
  const settings = await loadSettings();
  // The options page follows the reader's theme, so the preview matches.
  applyReaderSettings(document, settings.reader);
  const reader = createReaderDefaultsView(announce);
  reader.update(settings);
  onSettingsChanged((s) => {
    applyReaderSettings(document, s.reader);
    reader.update(s);
  });
  app.replaceChildren(h('h1', {}, t('optionsTitle')), reader.element, createSitesView(announce), status);
  app.removeAttribute('aria-busy');
}

void main();
