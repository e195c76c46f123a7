/** Cheap, layout-free measures of an element's text, shared by the cleaners. */

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Text length without whitespace: cheap and layout-independent. */
export function textLength(el: Node): number {
  return nonSpaceLength(el.textContent ?? '');
}

/** textLength of a text already read. */
export function nonSpaceLength(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

export function linkTextLength(el: Element): number {
  let n = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i];
    if (a) n += textLength(a);
  }
  return n;
}

/** Share of the text that sits inside links (0 for an element without text). */
export function linkDensity(el: Element): number {
  const len = textLength(el);
  return len ? linkTextLength(el) / len : 0;
}
