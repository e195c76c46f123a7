/**
 * "Never lose a quote" in real Firefox (issue 5): 200 saves fired at once are
 * all kept, and a background stopped between two saves (as Firefox does with
 * idle event pages) loses neither.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHas, launchFirefox, type FirefoxSession } from '../support/firefox';
import { stopBackground } from '../support/firefoxChrome';

/** Saves through the same message the popup and reader use. */
function saveAll(ff: FirefoxSession, texts: string[]) {
  return ff.inExtension(async (texts: string[]) => {
    const results = await Promise.all(
      texts.map((text) =>
        browser.runtime.sendMessage({
          type: 'library:save',
          payload: { quote: { text, speaker: null, url: 'http://127.0.0.1/durability.html', title: 'Durability' } },
        }) as Promise<{ ok: boolean }>,
      ),
    );
    return results.filter((r) => r?.ok).length;
  }, texts);
}

function storedTexts(ff: FirefoxSession) {
  return ff.inExtension(async () => {
    const all = await browser.storage.local.get(null);
    return Object.values(all)
      .map((v) => (v as { text?: unknown }).text)
      .filter((t): t is string => typeof t === 'string');
  });
}

describe.skipIf(!buildHas('library.html'))('Firefox quote library: never lose a quote', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await launchFirefox({ grantLocalhost: false });
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('keeps all of 200 saves fired at once', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => `Simultaneous quote number ${i}`);
    expect(await saveAll(ff, texts)).toBe(200);
    const stored = new Set(await storedTexts(ff));
    expect(texts.filter((t) => !stored.has(t))).toEqual([]);
  });

  it('keeps both saves when the background stops between them', async () => {
    expect(await saveAll(ff, ['Before the background stopped'])).toBe(1);
    await stopBackground(ff);
    expect(await saveAll(ff, ['After the background woke up'])).toBe(1);
    const stored = await storedTexts(ff);
    expect(stored).toContain('Before the background stopped');
    expect(stored).toContain('After the background woke up');
  });
});
