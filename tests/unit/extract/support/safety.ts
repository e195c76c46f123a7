/**
 * What "safe" means for sanitiser output, checked on a re-parse of the
 * output (as the reader page will parse it), not on the string.
 * Shared by the jsdom tests and the Chromium tier (bundled into the page).
 */

export const OUTPUT_TAGS = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main',
  'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong',
  'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
  'wbr',
]);

export const OUTPUT_ATTRS = new Set([
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'lang', 'dir', 'datetime',
  'colspan', 'rowspan', 'scope', 'abbr', 'start', 'reversed', 'type', 'value', 'span',
  'rel', 'target', 'loading', 'decoding', 'referrerpolicy',
]);

const WEB = /^https?:$/;

/** Problems found in sanitiser output (empty when safe). `parse` turns HTML into a container element. */
export function unsafeParts(html: string, parse: (html: string) => Element): string[] {
  const problems: string[] = [];
  const root = parse(html);
  const all = Array.from(root.querySelectorAll('*'));
  for (const el of all) {
    const tag = el.localName.toLowerCase();
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`foreign element <${tag}>`);
    if (!OUTPUT_TAGS.has(tag)) problems.push(`tag <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`handler ${name} on <${tag}>`);
      else if (!OUTPUT_ATTRS.has(name)) problems.push(`attribute ${name} on <${tag}>`);
    }
    const href = el.getAttribute('href');
    if (href !== null) {
      if (tag !== 'a') problems.push(`href on <${tag}>`);
      else if (!href.startsWith('#')) {
        const url = safeUrl(href);
        if (!url || !(WEB.test(url.protocol) || url.protocol === 'mailto:')) problems.push(`link ${href.slice(0, 80)}`);
        if (url && WEB.test(url.protocol) && (el.getAttribute('rel') !== 'noopener noreferrer' || el.getAttribute('target') !== '_blank'))
          problems.push(`link without rel/target ${href.slice(0, 80)}`);
      }
    }
    const src = el.getAttribute('src');
    if (src !== null) {
      const url = safeUrl(src);
      if (tag !== 'img') problems.push(`src on <${tag}>`);
      else if (!url || !WEB.test(url.protocol)) problems.push(`image ${src.slice(0, 80)}`);
    }
    if (tag === 'img' && src === null) problems.push('img without src');
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) {
      for (const part of srcset.split(/,\s+/)) {
        const url = safeUrl(part.trim().split(/\s+/)[0] ?? '');
        if (!url || !WEB.test(url.protocol)) problems.push(`srcset ${part.slice(0, 80)}`);
      }
    }
  }
  // Re-serialising must be stable: a second parse that changes the tree is
  // how mutation XSS hides.
  const again = parse(root.innerHTML).innerHTML;
  if (again !== root.innerHTML) problems.push('output is not stable under re-parsing');
  return problems;
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
