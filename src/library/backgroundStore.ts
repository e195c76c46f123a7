/** The background's one quote store over browser.storage.local, created on first use. */
import { browser } from 'wxt/browser';
import { createQuoteStore, type QuoteStore, type StorageAreaLike } from './store';

let store: QuoteStore | null = null;
export function quoteStore(): QuoteStore {
  store ??= createQuoteStore(browser.storage.local as unknown as StorageAreaLike);
  return store;
}
