/**
 * A URL with a text fragment (`#:~:text=start,end`, WICG Scroll-to-Text):
 * where Sourcelight may not read a site, the browser itself can still scroll
 * to and highlight the passage if it is unchanged.
 */
const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

export function textFragmentUrl(url: string, exact: string): string {
  const base = url.replace(/#.*$/, '');
  const words = exact.replace(/\s+/g, ' ').trim().split(' ');
  if (!words.length || !words[0]) return base;
  if (words.length <= 8) return `${base}#:~:text=${enc(words.join(' '))}`;
  return `${base}#:~:text=${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
}
