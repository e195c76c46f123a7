/** UI text through browser.i18n (issue 4: all UI text from _locales). */
import { browser } from 'wxt/browser';

import { t } from '@/src/ext/i18n';

/** The localised message, or the key itself so a missing translation is visible, never blank. */
export { t };

/** UI language and direction for the page chrome (the article carries its own). */
export function applyUiLocale(doc: Document): void {
  try {
    doc.documentElement.lang = browser.i18n.getUILanguage();
    const dir = t('@@bidi_dir');
    doc.documentElement.dir = dir === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    doc.documentElement.lang = 'en';
  }
}

/** Fills `data-i18n` (text) and `data-i18n-<attr>` (attribute) placeholders in static HTML. */
export function localizeTree(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'data-i18n') el.textContent = t(attr.value);
      else if (attr.name.startsWith('data-i18n-')) el.setAttribute(attr.name.slice('data-i18n-'.length), t(attr.value));
    }
  }
}
