import { getDom } from '@/src/extract/domSafe';

/**
 * A cheap fingerprint of what a page says, so a cached report can be checked
 * against the live page when nothing told us it changed (single-page apps that
 * swap the article without a navigation event).
 *
 * Digits, the separators inside numbers (: . ,) and whitespace are ignored:
 * clocks, "5 minutes ago" stamps and counters change constantly without the article changing, and re-analysing
 * on every popup open would lose "instant on reopen". Bounded: at most
 * MAX_CHARS characters are read.
 */
export const MAX_CHARS = 2_000_000;

export function textFingerprint(title: string, text: string): string {
  // FNV-1a, 32-bit, over the normalised text; plus the kept length as a second check.
  let hash = 0x811c9dc5;
  let kept = 0;
  const add = (s: string): void => {
    const n = Math.min(s.length, MAX_CHARS);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      // Skip ASCII whitespace, digits, ':' '.' ',' and NBSP; hash everything else.
      if (c <= 0x20 || (c >= 0x30 && c <= 0x3a) || c === 0x2e || c === 0x2c || c === 0xa0) continue;
      hash ^= c;
      hash = Math.imul(hash, 0x01000193);
      kept++;
    }
  };
  add(title);
  add('\u0001');
  add(text);
  return `${(hash >>> 0).toString(36)}.${kept.toString(36)}`;
}

/** The fingerprint of a live document (title and body text). Never throws. */
export function pageFingerprint(doc: Document): string {
  try {
    // Through the document's class: the page's own names (<img name="body">) cannot shadow it.
    return textFingerprint(getDom<string>(doc, 'title') ?? '', getDom<HTMLElement | null>(doc, 'body')?.textContent ?? '');
  } catch {
    return '';
  }
}
