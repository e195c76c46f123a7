/**
 * `browser.i18n.getMessage` with a string key. WXT types keys from the
 * English messages.json only after `wxt prepare`; features add keys while
 * others build, so this takes any string and falls back to the key itself,
 * which makes a missing translation visible instead of a blank label.
 */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
    return getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
