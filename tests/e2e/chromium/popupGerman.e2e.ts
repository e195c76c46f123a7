/**
 * The popup in a German browser: every label comes from _locales/de (no
 * English left over, no raw message keys). The browser runs with --lang=de
 * (Playwright's `locale`). Chromium applies a UI language only when its
 * locale pack is installed (Debian: chromium-l10n); without it the browser
 * stays English and this file is skipped, saying why.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launch, openPopupFor, openTab, popupState, type Harness } from './harness';

const GERMAN_PACK = '/usr/lib/chromium/locales/de.pak';
const hasGerman = existsSync(GERMAN_PACK);
if (!hasGerman) console.warn(`German UI test skipped: ${GERMAN_PACK} is missing (apt-get install chromium-l10n).`);

let h: Harness;
beforeAll(async () => {
  if (hasGerman) h = await launch({ uiLanguage: 'de' });
});
afterAll(async () => {
  await h?.close();
});

/** Text of the popup's UI chrome (headings, buttons, labels, state texts), without page-derived content. */
const uiTexts = (popup: import('playwright-core').Page): Promise<string[]> =>
  popup.$$eval('h2, h3:not(.speaker), button, legend, label, .state-title, .state-message, .state-hint, .empty, .badge', (nodes) =>
    nodes.map((n) => (n.textContent ?? '').trim()).filter(Boolean),
  );

describe.skipIf(!hasGerman)('popup in German', () => {
  it('labels the report in German', async () => {
    const { tabId, page } = await openTab(h, `${h.server.origin}/seed.html`);
    await clickToolbarButton(h, page);
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup, 45_000)).toBe('report');
    expect(await popup.getAttribute('html', 'lang')).toMatch(/^de/);
    const texts = await uiTexts(popup);
    expect(texts).toEqual(expect.arrayContaining(['Zusammenfassung', 'Zitate', 'Quellen', 'Seite bereinigt', 'Leseansicht öffnen']));
    // No raw message key (camelCase identifiers like "popupSummary") anywhere.
    expect(texts.filter((x) => /^[a-z]+[A-Z][A-Za-z]+$/.test(x))).toEqual([]);
    await popup.close();
  });

  it('explains a browser page in German', async () => {
    const { tabId } = await openTab(h, 'chrome://version');
    const popup = await openPopupFor(h, tabId);
    expect(await popupState(popup)).toBe('restricted');
    expect(await popup.textContent('.state-title')).toBe('Sourcelight kann hier nicht laufen');
    await popup.close();
  });
});
