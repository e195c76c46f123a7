/**
 * The on-demand content script: injected into the active tab only when the
 * person asks (toolbar, shortcut, context menu) — never declared for all pages.
 * No `matches`: WXT would copy them into host_permissions (see BRIEF, traps).
 *
 * It answers the background with a report of the live document. The pipeline
 * works on a clone, so the page is never modified.
 */
import { browser } from 'wxt/browser';
import { buildReport } from '@/src/core/buildReport';
import type { ExtractOptions } from '@/src/extract/extractArticle';
import type { AnalyzeOptions } from '@/src/analyze/analyzeText';
import type { Report } from '@/src/core/types';
import { createSanitizer } from '@/src/extract/sanitize';
import { handleMessages } from '@/src/ext/messages';
import { pageFingerprint } from '@/src/ext/fingerprint';
import { forcedReport } from '@/src/ext/forcedArticle';

/** Bumped when the content script's protocol changes. */
const CONTENT_VERSION = '1';
const GUARD = '__sourcelightContent';

export default defineContentScript({
  registration: 'runtime',
  main() {
    // Injecting twice (popup, then shortcut) must not add a second listener:
    // the isolated world keeps globals between injections of the same extension.
    const scope = globalThis as unknown as Record<string, unknown>;
    if (scope[GUARD] === browser.runtime.id) return;
    scope[GUARD] = browser.runtime.id;

    let sanitize: ExtractOptions['sanitize'];
    handleMessages({
      'content:ping': () => ({ version: CONTENT_VERSION, fingerprint: pageFingerprint(document) }),
      'content:analyse': (req): { report: Report; fingerprint: string } => {
        sanitize ??= createSanitizer(window);
        // `force` ("Try anyway"): extraction may use it to relax its checks; see also forcedReport below.
        const options: ExtractOptions & AnalyzeOptions & { force?: boolean } = {
          url: location.href,
          sanitize,
          summaryLength: req.summaryLength ?? 'medium',
          force: req.force === true,
        };
        let report = buildReport(document, options);
        // "Try anyway" on a page extraction refused: analyse its visible text instead.
        if (req.force && !report.ok && report.error?.code === 'no-article') {
          report = forcedReport(document, location.href, report.trackers ?? [], options) ?? report;
        }
        return { report, fingerprint: pageFingerprint(document) };
      },
    });
  },
});
