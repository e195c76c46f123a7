/** Placeholder: the quote-library helper replaces this file. */
export function registerQuoteSaving(): void {}
