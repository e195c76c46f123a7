/**
 * The popup controller: finds the tab (active tab, or `?tabId=N` for tests),
 * asks the background for its report (cached per tab and URL), and renders a
 * state. Never leaves the popup blank.
 */
import { browser } from 'wxt/browser';
import type { Article, Quote, Report, SummaryLength } from '@/src/core/types';
import { isTabRefusal, sendMessage, type TabAnalysis } from '@/src/ext/messages';
import { t } from '@/src/ext/i18n';
import { summarize } from '@/src/analyze/summary';
import { replaceContent } from './dom';
import { getCachedEntry, sameDocumentUrl } from '@/src/ext/reportCache';
import { anchorContext, quoteCitation, siteOf } from './format';
import { renderError, renderLoading, renderReportRefusal, renderTabRefusal, stateOfRefusal, stateOfReport, type PopupState, type StateActions } from './states';
import { renderReport } from './report';
import { renderCleaned } from './cleaned';
import { LENGTHS } from './summary';

const LENGTH_KEY = 'popup.summaryLength';

export async function startPopup(root: HTMLElement, live: HTMLElement): Promise<void> {
  performance.mark('sourcelight:start');
  const locale = browser.i18n.getUILanguage();
  document.documentElement.lang = locale;
  document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  document.title = t('extName');

  const announce = (text: string): void => {
    live.textContent = '';
    // A new text node each time so screen readers announce repeats too.
    setTimeout(() => (live.textContent = text), 20);
  };
  const setState = (state: PopupState): void => {
    document.body.dataset.state = state;
  };

  const fromQuery = new URLSearchParams(location.search).get('tabId');
  const openedAsTab = fromQuery !== null;
  // Read the stored summary length while the report is being fetched (the popup's time budget is ~150 ms).
  const storedLength = browser.storage.local.get(LENGTH_KEY).then(readLength, () => 'medium' as SummaryLength);

  const tabId = fromQuery !== null ? Number(fromQuery) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

  let summaryLength: SummaryLength = 'medium';
  const load = async (options: { force?: boolean; refresh?: boolean } = {}): Promise<void> => {
    setState('loading');
    replaceContent(root, renderLoading());
    const actions = { retry: () => void load({ refresh: true }), tryAnyway: () => void load({ force: true }) };
    if (tabId === undefined || !Number.isSafeInteger(tabId)) {
      setState('error');
      replaceContent(root, renderTabRefusal({ ok: false, tabRefusal: 'no-tab', message: t('refusalNoTab') }, actions));
      return;
    }
    performance.mark('sourcelight:ask');
    const asked = sendMessage('analysis:get', { tabId, ...options });
    summaryLength = await storedLength;
    // Instant reopen: show the cached report straight from session storage while
    // the background (possibly asleep) confirms it; re-render only if it changed.
    let early: TabAnalysis | null = null;
    if (!options.force && !options.refresh) {
      early = await Promise.race([cachedForTab(tabId), asked.then(() => null, () => null)]);
      if (early) {
        show(early, false, actions);
        performance.mark('sourcelight:rendered');
      }
    }
    let result: TabAnalysis;
    try {
      result = await asked;
      performance.mark('sourcelight:answer');
    } catch (err) {
      if (early) return;
      setState('error');
      replaceContent(root, renderError(err, actions));
      return;
    }
    if (early && sameAnalysis(early, result)) return;
    show(result, options.force === true, actions);
    performance.mark('sourcelight:rendered');
  };

  const show = (result: TabAnalysis, forced: boolean, actions: StateActions): void => {
    if (isTabRefusal(result)) {
      setState(stateOfRefusal(result));
      replaceContent(root, renderTabRefusal(result, actions));
    } else if (!result.ok || !result.article) {
      setState(result.ok ? 'error' : stateOfReport(result));
      // Trackers are found even where no article is: still worth naming.
      const trackers = result.trackers ?? [];
      replaceContent(root, renderReportRefusal(result, forced, actions), trackers.length ? renderCleaned(trackers, null) : null);
    } else {
      showReport(result as Report & { article: Article }, summaryLength);
    }
  };

  const showReport = (report: Report & { article: Article }, initialLength: SummaryLength): void => {
    const { article } = report;
    const summaries = new Map<SummaryLength, string[]>([['medium', report.summary ?? []]]);
    let length = initialLength;
    const view = renderReport(report, locale, {
      summaryLength: length,
      summaryFor: (l) => {
        let s = summaries.get(l);
        if (!s) {
          // The cached report carries the medium summary; other lengths are cheap to compute here.
          try {
            s = summarize(article.text, { lang: article.lang, title: article.title, length: l });
          } catch {
            s = [];
          }
          summaries.set(l, s);
        }
        return s;
      },
      setSummaryLength: (l) => {
        length = l;
        summaryLength = l;
        void browser.storage.local.set({ [LENGTH_KEY]: l }).catch(() => undefined);
      },
      copy: (quote) => copyText(quoteCitation(quote.text, quote.speaker, article.title, article.canonicalUrl || article.url)),
      save: (quote) => saveQuote(tabId!, article, quote),
      openReader: async () => {
        try {
          const r = await sendMessage('reader:open', { tabId: tabId! });
          if (r?.ok && !openedAsTab) window.close();
          return r ?? { ok: false };
        } catch (err) {
          return { ok: false, message: err instanceof Error ? err.message : String(err) };
        }
      },
      openLibrary: () => {
        void browser.tabs.create({ url: browser.runtime.getURL('/library.html' as '/popup.html') });
        if (!openedAsTab) window.close();
      },
      refresh: () => void load({ refresh: true }),
      announce,
    });
    setState('report');
    replaceContent(root, view);
  };

  await load();
}

/** The cached analysis for the tab when it is fresh and still for the tab's URL, else null. */
async function cachedForTab(tabId: number): Promise<TabAnalysis | null> {
  try {
    const [entry, tab] = await Promise.all([getCachedEntry(tabId), browser.tabs.get(tabId)]);
    if (!entry || entry.stale || !tab.url || !sameDocumentUrl(entry.url, tab.url)) return null;
    return entry.report;
  } catch {
    return null;
  }
}

/** Same analysis? Reports are rebuilt with new timings, so compare those and the text. */
function sameAnalysis(a: TabAnalysis, b: TabAnalysis): boolean {
  if (isTabRefusal(a) || isTabRefusal(b)) return isTabRefusal(a) && isTabRefusal(b) && a.tabRefusal === b.tabRefusal;
  return a.ok === b.ok && a.ms?.total === b.ms?.total && a.article?.text === b.article?.text && a.error?.code === b.error?.code;
}

function readLength(stored: Record<string, unknown>): SummaryLength {
  const v = stored[LENGTH_KEY];
  return (LENGTHS as readonly unknown[]).includes(v) ? (v as SummaryLength) : 'medium';
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (no focus, older Firefox): the selection fallback.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

async function saveQuote(tabId: number, article: Article, quote: Quote): Promise<{ ok: boolean; message?: string }> {
  const { prefix, suffix } = anchorContext(article.text, quote.start, quote.end);
  try {
    const r = await sendMessage('library:save', {
      tabId,
      quote: {
        text: quote.text,
        speaker: quote.speaker,
        url: article.url,
        canonicalUrl: article.canonicalUrl,
        title: article.title,
        siteName: article.siteName ?? siteOf(article),
        byline: article.byline,
        publishedTime: article.publishedTime,
        prefix,
        suffix,
        start: quote.start,
        end: quote.end,
      },
    });
    if (!r) return { ok: false };
    return r.ok ? { ok: true } : { ok: false, message: r.message };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
