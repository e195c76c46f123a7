/**
 * "Automatic reader" in the options: add a site (asks for that origin's host
 * permission, right in the click handler — the prompt needs the gesture),
 * list sites with their status, remove a site (unregisters its script and
 * gives the permission back).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/src/ext/messages';
import { loadSettings, onSettingsChanged, saveAutoReaderSites } from '@/src/ext/settingsStore';
import { parseSite, patternsToRelease, sitePatterns, type Site, type SiteError } from '@/src/ext/sites';
import { h } from '@/src/ui/reader/dom';
import { t } from '@/src/ui/reader/i18n';

const ERROR_KEY: Record<SiteError, string> = {
  empty: 'optionsSiteErrorEmpty',
  invalid: 'optionsSiteErrorInvalid',
  scheme: 'optionsSiteErrorScheme',
  host: 'optionsSiteErrorHost',
};

async function hasAccess(site: Site): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: sitePatterns(site) });
  } catch {
    return false;
  }
}

async function resync(): Promise<void> {
  await sendMessage('autoReader:sync', {}).catch(() => undefined);
}

export function createSitesView(announce: (message: string) => void): HTMLElement {
  const input = h('input', {
    type: 'text', id: 'site-input', inputmode: 'url', autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'site-hint site-error', placeholder: 'example.com',
  });
  const error = h('p', { id: 'site-error', class: 'field-error', role: 'alert' });
  const list = h('ul', { class: 'site-list', id: 'site-list' });
  const form = h(
    'form',
    { class: 'site-form', novalidate: true },
    h('label', { for: 'site-input' }, t('optionsSiteLabel')),
    h('div', { class: 'site-row' }, input, h('button', { type: 'submit', id: 'site-add' }, t('optionsAddSite'))),
    h('p', { id: 'site-hint', class: 'muted' }, t('optionsSiteHint')),
    error,
  );

  const setError = (message: string): void => {
    error.textContent = message;
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
  };

  const render = async (): Promise<void> => {
    const { autoReaderSites } = await loadSettings();
    const items = await Promise.all(
      autoReaderSites.map(async (site) => {
        const access = await hasAccess(site);
        const remove = h('button', { type: 'button', class: 'secondary', 'aria-label': t('optionsRemoveSiteLabel', site.origin) }, t('optionsRemoveSite'));
        remove.addEventListener('click', () => void removeSite(site));
        const grant = access ? null : h('button', { type: 'button', 'aria-label': t('optionsGrantAccessLabel', site.origin) }, t('optionsGrantAccess'));
        grant?.addEventListener('click', () => {
          // Straight from the click: the permission prompt needs the gesture.
          void browser.permissions.request({ origins: sitePatterns(site) }).then(async (ok) => {
            await resync();
            announce(ok ? t('optionsSiteAdded', site.origin) : t('optionsSiteDenied', site.origin));
            await render();
          });
        });
        return h(
          'li',
          { class: 'site', 'data-origin': site.origin },
          h('span', { class: 'site-origin', dir: 'ltr' }, site.origin),
          h('span', { class: access ? 'site-status ok' : 'site-status missing' }, t(access ? 'optionsSiteActive' : 'optionsSiteNoPermission')),
          h('span', { class: 'site-actions' }, grant, remove),
        );
      }),
    );
    list.replaceChildren(...items);
    if (!items.length) list.append(h('li', { class: 'muted empty' }, t('optionsNoSites')));
  };

  const removeSite = async (site: Site): Promise<void> => {
    const { autoReaderSites } = await loadSettings();
    const remaining = autoReaderSites.filter((s) => s.origin !== site.origin);
    await saveAutoReaderSites(remaining);
    await resync();
    const release = patternsToRelease(site, remaining);
    // Give the permission back; a browser may refuse (e.g. granted at install) — the script is gone either way.
    if (release.length) await browser.permissions.remove({ origins: release }).catch(() => false);
    await resync();
    announce(t('optionsSiteRemoved', site.origin));
    await render();
    input.focus();
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const parsed = parseSite(input.value);
    if (!parsed.ok) {
      setError(t(ERROR_KEY[parsed.error]));
      input.focus();
      return;
    }
    setError('');
    const site = parsed.site;
    // First and synchronous in the handler: Firefox and Chrome only prompt during a user gesture.
    const request = browser.permissions.request({ origins: sitePatterns(site) });
    void request
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) {
          setError(t('optionsSiteDenied', site.origin));
          return;
        }
        const { autoReaderSites } = await loadSettings();
        if (!autoReaderSites.some((s) => s.origin === site.origin)) await saveAutoReaderSites([...autoReaderSites, site]);
        await resync();
        input.value = '';
        announce(t('optionsSiteAdded', site.origin));
        await render();
      });
  });

  void render();
  // Access can change elsewhere too (the browser's own extension settings).
  const rerender = (): void => void render();
  browser.permissions.onAdded.addListener(rerender);
  browser.permissions.onRemoved.addListener(rerender);
  onSettingsChanged(rerender);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'auto-heading' },
    h('h2', { id: 'auto-heading' }, t('optionsAutoHeading')),
    h('p', {}, t('optionsAutoIntro')),
    form,
    h('h3', { id: 'sites-heading' }, t('optionsSitesHeading')),
    h('div', { 'aria-labelledby': 'sites-heading', role: 'region', 'aria-live': 'off' }, list),
  );
}
