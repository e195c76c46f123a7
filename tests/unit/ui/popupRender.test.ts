// @vitest-environment jsdom
/**
 * The popup renders page data as text only: hostile titles, quotes, names and
 * tracker names never become markup.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: undefined }));
const { renderReport } = await import('@/src/ui/popup/report');
const { renderReportRefusal, renderTabRefusal } = await import('@/src/ui/popup/states');

const EVIL = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';

const report = {
  ok: true,
  article: {
    title: `Title ${EVIL}`,
    byline: EVIL,
    siteName: EVIL,
    publishedTime: '2022-11-26T09:14:00Z',
    modifiedTime: null,
    lang: 'en',
    dir: 'ltr',
    canonicalUrl: 'https://x.example/',
    url: 'https://x.example/',
    excerpt: null,
    leadImage: null,
    html: EVIL,
    text: `He said “${EVIL}”.`,
    wordCount: 10,
    readingMinutes: 1,
    imageCredits: [EVIL],
    removed: [{ kind: 'share', count: 2 }],
  },
  summary: [EVIL],
  quotes: [{ text: EVIL, speaker: EVIL, kind: 'statement', start: 9, end: 9 + EVIL.length, paragraph: 0 }],
  sources: [{ who: EVIL, kind: 'person', vague: false, claims: [{ text: EVIL, start: 0, end: 1 }] }],
  trackers: [{ name: EVIL, category: 'analytics' }],
} as const;

const noop = () => undefined;
const actions = {
  copy: async () => true,
  save: async () => ({ ok: true }),
  openReader: async () => ({ ok: true }),
  openLibrary: noop,
  refresh: noop,
  summaryFor: () => [EVIL],
  summaryLength: 'medium' as const,
  setSummaryLength: noop,
  announce: noop,
};

describe('popup rendering', () => {
  it('puts page data in as text, never as markup', () => {
    const root = document.createElement('main');
    root.append(renderReport(report as never, 'en', actions));
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('h1')!.textContent).toContain('<img');
    expect(root.textContent).toContain('<script>');
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('renders every section with a labelled heading', () => {
    const root = document.createElement('main');
    root.append(renderReport(report as never, 'en', actions));
    for (const id of ['summary', 'quotes', 'sources', 'cleaned']) {
      const section = root.querySelector(`#${id}`)!;
      expect(section.getAttribute('aria-labelledby')).toBe(`${id}-heading`);
      expect(root.querySelector(`#${id}-heading`)).not.toBeNull();
    }
  });

  it('lists quoted terms nobody said apart from the quotes, once each, as text', () => {
    const terms = [EVIL, 'Fox News Sunday', EVIL].map((text) => ({ text, start: 0, end: text.length, paragraph: 0 }));
    const root = document.createElement('main');
    root.append(renderReport({ ...report, quotedTerms: terms } as never, 'en', actions));
    const items = [...root.querySelectorAll('#quotes .quoted-terms li')].map((li) => li.textContent);
    expect(items).toEqual([EVIL, 'Fox News Sunday']);
    expect(root.querySelector('img, script')).toBeNull();
    // The quotes themselves are still there, with their speaker.
    expect(root.querySelectorAll('#quotes .quote')).toHaveLength(1);
  });

  it('shows refusals as text too, with "Try anyway" only before it was tried', () => {
    const refusal = { ok: false, error: { code: 'no-article', message: EVIL } } as const;
    const a = renderReportRefusal(refusal, false, { retry: noop, tryAnyway: noop });
    expect(a.querySelector('img, script')).toBeNull();
    expect(a.querySelectorAll('button')).toHaveLength(1);
    expect(renderReportRefusal(refusal, true, { retry: noop, tryAnyway: noop }).querySelectorAll('button')).toHaveLength(0);
    const tab = renderTabRefusal({ ok: false, tabRefusal: 'restricted', message: EVIL }, { retry: noop, tryAnyway: noop });
    expect(tab.querySelector('img, script')).toBeNull();
    expect(tab.getAttribute('role')).toBe('alert');
  });
});
