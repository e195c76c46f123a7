/**
 * Steps several Firefox end-to-end tests take the same way: a fixture page
 * with Sourcelight's popup on it (the popup.html?tabId=N hook of issue 4),
 * and the reader opened from that popup.
 */
import type { Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, settledState, until, waitForDocument, type FirefoxSession } from './firefox';

export interface PopupOnPage {
  /** The fixture page's tab. */
  tab: Page;
  tabId: number;
  /** The popup, in a tab of its own. */
  popup: Page;
  /** The popup's settled body[data-state] ('report', 'no-access', ...). */
  state: string;
}

/** Opens fixture `path` in a new tab and the popup for that tab; resolves once the popup has settled. */
export async function openPopupFor(ff: FirefoxSession, path: string): Promise<PopupOnPage> {
  const tab = await ff.openPage(path);
  const tabId = await ff.tabIdOf(tab);
  const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
  return { tab, tabId, popup, state: await settledState(popup) };
}

/**
 * Waits until `tab` shows the reader and it has rendered: the article, or
 * (with `orMessage`) the message the reader shows instead of one. Returns
 * the reader's URL.
 */
export async function waitForReader(tab: Page, orMessage = false): Promise<string> {
  const href = await waitForDocument(tab, (url) => url.startsWith(`${EXTENSION_ORIGIN}/reader.html`), 'the reader page', 20_000);
  await until(
    () =>
      tab.evaluate((orMessage: boolean) => {
        const view = document.documentElement.dataset.view;
        return view === 'article' || (orMessage && view === 'state');
      }, orMessage),
    orMessage ? 'the reader to render' : 'the reader’s article',
    20_000,
  );
  return href;
}

/** Fixture `path`, its popup showing a report, then the popup's Open reader: resolves once the tab shows the article (the popup is closed again). */
export async function openReaderFromPopup(ff: FirefoxSession, path: string): Promise<{ tab: Page; tabId: number }> {
  const { tab, tabId, popup, state } = await openPopupFor(ff, path);
  if (state !== 'report') throw new Error(`the popup for ${path} shows '${state}', not a report`);
  await popup.click('#open-reader');
  await waitForReader(tab);
  await popup.close();
  return { tab, tabId };
}
