/**
 * Accessibility in real Firefox: axe-core finds no serious or critical
 * violation on the popup (report and a refusal), the reader (light and dark),
 * the options page and the library.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHas, launchFirefox, settledState, type FirefoxSession } from '../support/firefox';
import { openPopupFor, openReaderFromPopup } from '../support/firefoxFlows';
import { seriousA11yViolations } from '../support/firefoxPages';

describe('Firefox accessibility (axe-core: no serious or critical violations)', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('popup: the seed report and a refusal', async () => {
    const { tab, popup, state } = await openPopupFor(ff, '/seed.html');
    expect(state).toBe('report');
    expect(await seriousA11yViolations(popup)).toEqual([]);
    const refusal = await ff.openExtensionPage('popup.html?tabId=987654', popup);
    expect(await settledState(refusal)).toBe('error');
    expect(await seriousA11yViolations(refusal)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it.skipIf(!buildHas('reader.html'))('reader: the seed article, light and dark', async () => {
    const { tab } = await openReaderFromPopup(ff, '/seed.html');
    for (const theme of ['light', 'dark']) {
      await tab.evaluate((theme) => (document.documentElement.dataset.theme = theme), theme);
      expect(await seriousA11yViolations(tab), theme).toEqual([]);
    }
    await tab.close();
  });

  it.skipIf(!buildHas('options.html'))('options page', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('#site-input');
    expect(await seriousA11yViolations(options)).toEqual([]);
    await options.close();
  });

  it.skipIf(!buildHas('library.html'))('library page', async () => {
    const library = await ff.openExtensionPage('library.html');
    expect(await settledState(library)).toBe('ready');
    expect(await seriousA11yViolations(library)).toEqual([]);
    await library.close();
  });
});
