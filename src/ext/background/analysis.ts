/** Placeholder: the owning helper replaces this file. */
export function registerAnalysis(): void {}
