/**
 * Keeps Readability's copy of the page for retries as a tree, not as HTML.
 *
 * Readability (0.6.0, _grabArticle) starts by reading `page.innerHTML`, the
 * whole page serialised, and on each retry sets it back, which parses the
 * page again. In Chromium that serialisation and re-parse were 15% of plain
 * Readability's time on the readability test pages around the median, and
 * all of it is spent on every page, retried or not. Here the page's body
 * answers that one read with a token and keeps a deep copy of its children
 * instead; setting the token back puts a fresh copy of them in place.
 *
 * The retries see the tree the first attempt saw, with adjacent text nodes
 * joined as a re-parse joins them: the same elements, attributes and text.
 * A re-parse could still differ where the tree is one HTML cannot express
 * (a <p> inside a <p> built by script); extraction output was identical on
 * the 1 120 readability and trafilatura test pages in Chromium.
 *
 * Installed on our own reading copy's <body> for one parse(), then removed.
 * Any other value set as innerHTML goes to the element's real setter.
 */

/** Installs the cache on `body`; returns a function that removes it. */
export function cachePageAsTree(body: Element): () => void {
  const setter = findInnerHtmlSetter(body);
  if (!setter) return () => {};
  let saved: Node | null = null;
  let token = '';
  let reads = 0;
  let normalized = false;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get(): string {
      // One native deep copy; its children are what gets put back.
      saved = body.cloneNode(true);
      normalized = false;
      // A string no page can contain in its markup at that point: the
      // cache is only ever handed back by Readability itself.
      token = `\u0000sourcelight-page-cache-${++reads}\u0000`;
      return token;
    },
    set(value: string): void {
      if (saved && value === token) {
        if (!normalized) asReparsed(saved, parserFoldsCarriageReturns(body, setter));
        normalized = true;
        const fresh = saved.cloneNode(true);
        body.textContent = '';
        while (fresh.firstChild) body.appendChild(fresh.firstChild);
        return;
      }
      setter.call(body, value);
    },
  });
  return () => {
    delete (body as { innerHTML?: unknown }).innerHTML;
  };
}

/**
 * The tree as parsing its HTML would give it: adjacent text nodes (left where
 * markup between them was removed) joined, as Readability keeps a leading
 * white-space node out of the paragraphs it builds; carriage returns (from
 * `&#13;` or script) as line feeds where this DOM's parser folds them (browsers
 * do, as HTML says; linkedom keeps them).
 */
function asReparsed(root: Node, foldCarriageReturns: boolean): void {
  root.normalize();
  const doc = root.ownerDocument;
  if (!foldCarriageReturns || !doc) return;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.includes('\r')) t.data = t.data.replace(/\r\n?/g, '\n');
  }
}

/** Whether parsing HTML with `setter` turns "\r\n" into "\n" (asked once per parse). */
function parserFoldsCarriageReturns(body: Element, setter: (this: Element, v: string) => void): boolean {
  try {
    const probe = body.ownerDocument.createElement('div');
    setter.call(probe, 'a\r\nb');
    return probe.textContent === 'a\nb';
  } catch {
    return true;
  }
}

function findInnerHtmlSetter(el: Element): ((this: Element, v: string) => void) | null {
  for (let o: object | null = Object.getPrototypeOf(el) as object | null; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, 'innerHTML');
    if (d) return typeof d.set === 'function' ? (d.set as (this: Element, v: string) => void) : null;
  }
  return null;
}
