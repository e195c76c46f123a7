/** Placeholder: the owning helper replaces this file. */
export function registerAutoReader(): void {}
