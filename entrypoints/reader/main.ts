/**
 * Reader mode: the cached report of the tab this page replaced, rendered as a
 * clean article. Nothing from the page runs here; its HTML is re-sanitised.
 */
import './style.css';
import { browser } from 'wxt/browser';
import { getCachedEntry, sameDocumentUrl } from '@/src/ext/reportCache';
import { loadSettings, onSettingsChanged, saveReaderSettings } from '@/src/ext/settingsStore';
import type { ReaderSettings, Settings } from '@/src/ext/settings';
import { applyUiLocale, t } from '@/src/ui/reader/i18n';
import { applyReaderSettings } from '@/src/ui/reader/typography';
import { parseReaderParams } from '@/src/ext/readerUrl';
import { renderState, stateOfError, type ReaderState } from '@/src/ui/reader/states';
import { createArticleView } from '@/src/ui/reader/articleView';
import { createArticleSanitizer } from '@/src/ui/reader/sanitizeArticle';
import { renderPane } from '@/src/ui/reader/pane';
import { trackProgress } from '@/src/ui/reader/progress';
import { saveQuote } from '@/src/ui/reader/saveQuote';
import { buildShell, type Shell } from '@/src/ui/reader/shell';

async function main(): Promise<void> {
  applyUiLocale(document);
  document.title = t('readerPageTitle');
  const params = parseReaderParams(location.search);
  let settings = await loadSettings();
  applyReaderSettings(document, settings.reader);

  let view: ReturnType<typeof createArticleView> | null = null;
  let shell: Shell | null = null;
  /** Applies settings from this page or another (options, another reader tab). */
  const applySettings = (next: Settings): void => {
    const marksChanged = next.reader.marks !== settings.reader.marks;
    settings = next;
    applyReaderSettings(document, settings.reader);
    shell?.update(settings.reader);
    // Re-rendering the article is only needed when marks switch.
    if (marksChanged) view?.setMarks(settings.reader.marks);
  };
  shell = buildShell(document, params.src, (patch: Partial<ReaderSettings>) => {
    applySettings({ ...settings, reader: { ...settings.reader, ...patch } });
    void saveReaderSettings(patch);
  });
  onSettingsChanged(applySettings);
  shell.update(settings.reader);
  const ui: Shell = shell;

  const showState = (state: ReaderState, detail?: string | null): void => {
    ui.showState(renderState(state, params.src, detail));
  };

  if (params.error) return showState(stateOfError(params.error));
  if (params.tabId === null || !params.src) return showState('missing-params');
  const entry = await getCachedEntry(params.tabId);
  // The tab may have been reused for another article since this reader page was made.
  if (!entry || !sameDocumentUrl(entry.url, params.src)) return showState('expired');
  const report = entry.report;
  const article = report.article;
  if (!report.ok || !article || typeof article.html !== 'string') {
    return showState(stateOfError(report.error?.code ?? 'failed'), report.error?.message ?? null);
  }

  const locale = browser.i18n.getUILanguage();
  view = createArticleView(article, report.quotes ?? [], report.sources ?? [], createArticleSanitizer(window), locale);
  const pane = renderPane(report.summary ?? [], view.passages, article, {
    reveal: (key) => view?.reveal(key),
    saveQuote: (q, button) => {
      button.disabled = true;
      void saveQuote(params.tabId, q, article).then((res) => {
        button.disabled = false;
        if (res.ok) {
          button.textContent = t('readerSaved');
          ui.announce(t('readerQuoteSaved'));
        } else {
          ui.announce(res.message ? t('readerQuoteNotSavedBecause', res.message) : t('readerQuoteNotSaved'));
        }
      });
    },
  });
  document.title = article.title ? t('readerPageTitleWith', article.title) : t('readerPageTitle');
  ui.showArticle(view.element, pane);
  view.setMarks(settings.reader.marks);
  trackProgress(view.element, ui.progressBar);
  // For benchmarks: time from navigation start to the article on screen.
  performance.mark('sourcelight:reader-rendered');
}

main().catch((err: unknown) => {
  // Last resort: a message, never a blank page.
  const app = document.getElementById('app');
  if (!app) return;
  const params = parseReaderParams(location.search);
  app.replaceChildren(renderState('failed', params.src, err instanceof Error ? err.message : String(err)));
  app.removeAttribute('aria-busy');
});
