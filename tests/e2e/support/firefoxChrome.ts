/**
 * Firefox browser-UI ("chrome") actions that WebDriver BiDi has no command for:
 * clicking our toolbar button and pressing our keyboard shortcut.
 *
 * Both need `--remote-allow-system-access` (set in firefox.ts): BiDi then lists
 * the browser window (browser.xhtml) as a context with `moz:scope: "chrome"`
 * and `script.evaluate` runs privileged code in it.
 *
 * - Toolbar click: the add-on's BrowserAction.triggerAction(window), which
 *   Firefox documents as "the same effects as if it were clicked by a user"
 *   (ext-browserAction.js): it grants activeTab for the selected tab and opens
 *   the real popup panel.
 * - Shortcut: BiDi's input.performActions refuses chrome contexts and key
 *   events synthesised in a content page never reach the browser's <keyset>,
 *   so we type through nsITextInputProcessor on the browser window: real
 *   widget-level key events that the add-on's <key> elements handle exactly as
 *   a person's key presses (including the round trip through the focused
 *   page's content process, which is why pressShortcut waits for the command).
 *
 * The real popup panel is not a BiDi context; extension pages share one
 * process, so the control tab reads it through browser.extension.getViews().
 */
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox';
import { FIREFOX_ADDON_ID, until } from './firefox';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

function connectionOf(ff: FirefoxSession): BidiConnection {
  return (ff.browser as unknown as { connection: BidiConnection }).connection;
}

async function chromeContext(ff: FirefoxSession): Promise<string> {
  const { result } = await connectionOf(ff).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const contexts = result.contexts as { context: string; url: string }[];
  const main = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!main) throw new Error(`no browser window among chrome contexts: ${contexts.map((c) => c.url).join(', ')}`);
  return main.context;
}

/**
 * Evaluate an expression (string) with chrome privileges in the browser
 * window. The value travels as JSON (plain data only).
 */
export async function chromeEval(ff: FirefoxSession, expression: string): Promise<unknown> {
  const context = await chromeContext(ff);
  const { result } = await connectionOf(ff).send('script.evaluate', {
    expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type !== 'success') {
    const details = result.exceptionDetails as { text?: string } | undefined;
    throw new Error(`chrome eval failed: ${details?.text ?? JSON.stringify(result)}`);
  }
  const json = (result.result as { value?: unknown }).value;
  return typeof json === 'string' ? (JSON.parse(json) as unknown) : null;
}

/** Close the real popup if one is open (a click on the button while open would only close it). */
export async function closeRealPopup(ff: FirefoxSession): Promise<void> {
  await ff.inExtension(() =>
    (browser.extension.getViews({ type: 'popup' }) as unknown as { close(): void }[]).forEach((view) => view.close()),
  );
  await until(async () => (await realPopup(ff)) === null, 'the toolbar popup to close');
}

/** Click Sourcelight's toolbar button in the front window (grants activeTab, opens the popup). */
export async function clickToolbarButton(ff: FirefoxSession): Promise<void> {
  await closeRealPopup(ff);
  const outcome = await chromeEval(
    ff,
    `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.extensionMap.get(${JSON.stringify(FIREFOX_ADDON_ID)});
      if (!extension) return 'add-on not running';
      const action = ExtensionParent.apiManager.global.browserActionFor(extension);
      if (!action) return 'no browser action';
      action.triggerAction(window);
      return 'ok';
    })()`,
  );
  if (outcome !== 'ok') throw new Error(`toolbar click: ${String(outcome)}`);
}

export interface PopupSnapshot {
  /** body[data-state] as the popup sets it ('loading', 'report', 'no-access', ...). */
  state: string;
  text: string;
}

/** The real popup panel's state and text (null while no popup is open). */
export async function realPopup(ff: FirefoxSession): Promise<PopupSnapshot | null> {
  return ff.inExtension(() => {
    const [view] = browser.extension.getViews({ type: 'popup' }) as unknown as { document: Document }[];
    if (!view) return null;
    return { state: view.document.body.dataset.state ?? '', text: view.document.body.innerText };
  });
}

/** Wait for the real popup to leave its loading state. */
export async function waitForRealPopup(ff: FirefoxSession, timeoutMs = 20_000): Promise<PopupSnapshot> {
  return until(async () => {
    const popup = await realPopup(ff);
    return popup && popup.state && popup.state !== 'loading' ? popup : null;
  }, 'the toolbar popup to settle', timeoutMs);
}

const MODIFIERS: Record<string, { key: string; code: string; keyCode: number }> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  Control: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  Meta: { key: 'Meta', code: 'MetaLeft', keyCode: 91 },
};

/** The key currently bound to one of our manifest commands (follows manifest changes). */
export async function shortcutOf(ff: FirefoxSession, command: string): Promise<string> {
  const commands = await ff.inExtension(() => browser.commands.getAll());
  const shortcut = commands.find((c) => c.name === command)?.shortcut;
  if (!shortcut) throw new Error(`command ${command} has no shortcut in Firefox: ${JSON.stringify(commands)}`);
  return shortcut;
}

/** The id of the <keyset> Firefox builds for our add-on's commands (ExtensionShortcuts: `ext-keyset-id-${makeWidgetId(id)}`). */
const KEYSET_ID = `ext-keyset-id-${FIREFOX_ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;

/**
 * Press a shortcut in the front browser window, e.g. 'Alt+Shift+R' (letters
 * and digits), and wait until Firefox has run one of our add-on's commands for
 * it (true) or `timeoutMs` has passed without that (false: the key is taken by
 * Firefox itself, or not bound to us).
 *
 * Why wait: when a web page has focus, Firefox first sends the key to the
 * page's content process (a page may claim non-reserved shortcuts) and runs
 * the chrome <key> command only on the content process's reply, some
 * milliseconds after keydown returns (measured: 3–90 ms on an idle machine).
 * The add-on's commands.onCommand then reports, and grants activeTab to,
 * whichever tab is selected at that moment (ext-commands.js:
 * `tabTracker.activeTab`). A test that opens another tab right after the
 * press races that reply and saves from the wrong tab, as a person never would.
 */
export async function pressShortcut(ff: FirefoxSession, shortcut: string, timeoutMs = 10_000): Promise<boolean> {
  const parts = shortcut.split('+');
  const last = parts.pop() ?? '';
  const modifiers = parts.map((p) => {
    const m = MODIFIERS[p];
    if (!m) throw new Error(`unknown modifier ${p} in ${shortcut}`);
    return m;
  });
  if (!/^[A-Z0-9]$/i.test(last)) throw new Error(`unsupported key ${last} in ${shortcut}`);
  const upper = last.toUpperCase();
  const key = {
    key: parts.includes('Shift') ? upper : last.toLowerCase(),
    code: /[0-9]/.test(upper) ? `Digit${upper}` : `Key${upper}`,
    keyCode: upper.charCodeAt(0),
  };
  const outcome = await chromeEval(
    ff,
    `(async () => {
      const keyset = document.getElementById(${JSON.stringify(KEYSET_ID)});
      if (!keyset) return 'no keyset for the add-on';
      const keys = [...keyset.querySelectorAll('key')];
      // Listeners run in order: Firefox's own (which emits onCommand with the
      // selected tab) was added when the key was built, so it has run when ours does.
      const commandRun = new Promise((resolve) => {
        const done = (fired) => {
          clearTimeout(timer);
          for (const k of keys) k.removeEventListener('command', onCommand);
          resolve(fired);
        };
        const onCommand = () => done(true);
        const timer = setTimeout(() => done(false), ${timeoutMs});
        for (const k of keys) k.addEventListener('command', onCommand);
      });
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) return 'no input transaction';
      const ev = (init) => new KeyboardEvent('', init);
      const modifiers = ${JSON.stringify(modifiers)}.map(ev);
      const key = ev(${JSON.stringify(key)});
      for (const m of modifiers) tip.keydown(m);
      tip.keydown(key);
      tip.keyup(key);
      for (const m of modifiers.reverse()) tip.keyup(m);
      return (await commandRun) ? 'command' : 'no command';
    })()`,
  );
  if (outcome !== 'command' && outcome !== 'no command') throw new Error(`shortcut ${shortcut}: ${String(outcome)}`);
  return outcome === 'command';
}

/**
 * Right-click at a point of `page` (a real BiDi mouse event, so Firefox opens
 * its real content context menu) and return the visible items' ids and labels.
 */
export async function openContextMenu(ff: FirefoxSession, page: Page, point: { x: number; y: number }) {
  await chromeEval(
    ff,
    `(() => {
      window.__slContextMenu = null;
      document.getElementById('contentAreaContextMenu').addEventListener('popupshown', (e) => {
        window.__slContextMenu = [...e.target.children].filter((c) => !c.hidden && c.localName === 'menuitem').map((c) => ({ id: c.id, label: c.label }));
      }, { once: true });
      return 1;
    })()`,
  );
  await page.mouse.click(point.x, point.y, { button: 'right' });
  return until(
    async () => (await chromeEval(ff, 'window.__slContextMenu')) as { id: string; label: string }[] | null,
    'the context menu to open',
  );
}

/** Choose an item of the open content context menu, as a person's click would. */
export async function chooseContextMenuItem(ff: FirefoxSession, idSuffix: string): Promise<void> {
  const outcome = await chromeEval(
    ff,
    `(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      const item = [...menu.querySelectorAll('menuitem')].find((i) => i.id.endsWith(${JSON.stringify(idSuffix)}));
      if (!item) return 'no such item';
      menu.activateItem(item);
      return 'ok';
    })()`,
  );
  if (outcome !== 'ok') throw new Error(`context menu item *${idSuffix}: ${String(outcome)}`);
}

/**
 * Stop the add-on's background (event page) the way Firefox does when it is
 * idle, through ExtensionParent.DebugUtils.terminateBackgroundScript (what
 * about:debugging's "Terminate background script" calls). The next event wakes it.
 */
export async function stopBackground(ff: FirefoxSession): Promise<void> {
  await chromeEval(
    ff,
    `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      await ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(FIREFOX_ADDON_ID)});
      return 'ok';
    })()`,
  );
  await until(
    async () => (await chromeEval(
      ff,
      `(() => {
        const policy = WebExtensionPolicy.getByID(${JSON.stringify(FIREFOX_ADDON_ID)});
        return policy.extension.backgroundState;
      })()`,
    )) === 'stopped',
    'the background to stop',
  );
}
