import { defineConfig } from 'wxt';

// Manifest is built here so that permissions are reviewed in one place.
// Least privilege: no host permissions and no static content scripts. The
// content script is injected on demand (activeTab + scripting); auto-reader
// sites are optional host permissions requested when the user adds a site.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: {
      default_title: '__MSG_actionTitle__',
      // Firefox puts an extension's button in the Extensions menu unless told
      // otherwise (ExtensionActions.sys.mjs: default_area || "menupanel"), where
      // the save-quote badge (✓ / !) is invisible: on pages that show no in-page
      // message (PDF viewer, browser pages) a failed shortcut save would be silent.
      ...(browser === 'firefox' ? { default_area: 'navbar' } : {}),
    },
    commands: {
      'open-reader': {
        // Not Alt+Shift+R: Chromium (156) reserves it and leaves the command without a key.
        // L as in lesen / lire / leer / leggere.
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenReader__',
      },
      'save-quote': {
        // Not Alt+Shift+S: Firefox on Linux/Windows gives it to the menu bar (History),
        // so the command never fires there (tests/e2e/firefox/README.md). Q as in quote.
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandSaveQuote__',
      },
    },
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 140 (desktop, the
            // current ESR) and 142 (Android); lower minimums make
            // `web-ext lint` warn (KEY_FIREFOX_*UNSUPPORTED_BY_MIN_VERSION).
            gecko: {
              id: 'sourcelight@sourcelight.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // light-dark() in the reader's themes (entrypoints/reader/style.css).
          minimum_chrome_version: '123',
        }),
  }),
});
