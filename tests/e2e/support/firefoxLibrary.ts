/**
 * Driving the quote library in Firefox and reading what was saved, for the
 * Firefox quote-library end-to-end test (tests/e2e/firefox/library.e2e.ts):
 * the library page and its cards, "Show" from the library, downloads
 * (exports), the stored records, the toolbar badge and the in-page toast.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { settledState, until, type FirefoxSession } from './firefox';

/** Prefs that save downloads to `dir` without asking. */
export function downloadPrefs(dir: string) {
  return {
    'browser.download.dir': dir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
  };
}

interface LibraryCard {
  id: string;
  text: string;
  speaker: string;
}

export async function openLibrary(ff: FirefoxSession, page?: Page): Promise<Page> {
  const library = await ff.openExtensionPage('library.html', page);
  expect(await settledState(library)).toBe('ready');
  return library;
}

export function cards(library: Page): Promise<LibraryCard[]> {
  return library.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.quote[data-id]')].map((card) => ({
      id: card.dataset.id ?? '',
      text: card.querySelector('blockquote')?.textContent ?? '',
      speaker: card.querySelector('.speaker')?.textContent ?? '',
    })),
  );
}

export async function waitForDownload(dir: string, suffix: string): Promise<string> {
  const name = await until(async () => readdirSync(dir).find((f) => f.endsWith(suffix) && !f.endsWith('.part')), `a ${suffix} download`);
  // The file appears before Firefox finishes writing it; wait until it parses.
  return until(async () => {
    const body = readFileSync(join(dir, name), 'utf8');
    return body.trim().endsWith(suffix === '.json' ? '}' : '') ? body : null;
  }, `the ${suffix} download to complete`);
}

interface StoredQuote {
  text: string;
  origin: string;
  missingContext: boolean;
  page: { url: string; location: string };
  anchor: { prefix: string; start: number | null };
}

/** The stored record whose text contains `words` (polls: saves land asynchronously). */
export function storedQuote(ff: FirefoxSession, words: string, what: string): Promise<StoredQuote> {
  return until(
    () =>
      ff.inExtension(async (words: string) => {
        const all = Object.values(await browser.storage.local.get(null)) as { text?: unknown }[];
        return all.find((v) => typeof v?.text === 'string' && v.text.includes(words)) ?? null;
      }, words),
    what,
    20_000,
  ) as Promise<StoredQuote>;
}

/** What the toolbar button's tooltip says for a tab while it shows a badge (save confirmations last 4 s). */
export function badgeMessage(ff: FirefoxSession, tabId: number): Promise<string> {
  return until(
    () =>
      ff.inExtension(async (tabId: number) => {
        const badge = await browser.action.getBadgeText({ tabId });
        return badge ? `${badge} ${await browser.action.getTitle({ tabId })}` : null;
      }, tabId),
    'a badge on the toolbar button',
  );
}

/** Notes whether the in-page toast appears (it is short-lived and in a closed shadow root). */
export async function watchForToast(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { slToastSeen: boolean };
    w.slToastSeen = false;
    new MutationObserver(() => {
      if (document.getElementById('sourcelight-quote-toast')) w.slToastSeen = true;
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

export function toastSeen(page: Page): Promise<boolean> {
  return until(() => page.evaluate(() => (window as unknown as { slToastSeen: boolean }).slToastSeen), 'the in-page message');
}

/** Clicks "Show" on the library card with `text` and returns what the library says it found. */
export async function showFromLibrary(ff: FirefoxSession, text: string): Promise<string> {
  const library = await openLibrary(ff);
  const card = (await cards(library)).find((c) => c.text === text);
  expect(card).toBeDefined();
  await library.bringToFront();
  // A real click: "Show" asks for the site's host permission inside it.
  await library.click(`.quote[data-id="${card!.id}"] button[data-action="show"]`);
  const notice = await until(async () => {
    const said = await library.evaluate(() => document.getElementById('notice')?.textContent?.trim() ?? '');
    return said.length > 0 ? said : null;
  }, 'the library to say what Show found', 30_000);
  await library.close();
  return notice;
}
