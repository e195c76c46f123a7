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
 * The retries see the tree the first attempt saw, changed as the DOM's own
 * HTML round trip would change it (see asReparsed): adjacent text nodes
 * joined, carriage returns in text and attribute values folded, and the
 * leading line feed of a <pre>, <textarea> or <listing> dropped, each only
 * where this DOM's parser does so (probed once per retried parse). A
 * re-parse could still differ where the tree is one HTML cannot express (a
 * <p> inside a <p> built by script); extraction output was identical on the
 * 1 120 readability and trafilatura test pages in Chromium.
 *
 * Installed on our own reading copy's <body> for one parse(), then removed.
 * Any other value set as innerHTML goes to the element's real setter.
 *
 * `retriesLeft` says how many attempts can still follow the restore being
 * made. Readability also puts the page back after its last attempt, and
 * then only chooses among the attempts made: nothing reads the page again,
 * so with none left the page is only emptied (the attempt's nodes leave it,
 * as they would). With one left, no later restore needs the saved tree: its
 * own nodes go back, and no copy is built either.
 */

import { protoMember } from './domSafe';

/** Installs the cache on `body`; returns a function that removes it. */
export function cachePageAsTree(body: Element, retriesLeft: () => number = () => Infinity): () => void {
  const html = findInnerHtml(body);
  if (!html) return () => {};
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
      // Only a value this getter handed out is taken as the cache; the NULs
      // keep it from ever equalling real markup.
      token = `\u0000sourcelight-page-cache-${++reads}\u0000`;
      return token;
    },
    set(value: string): void {
      if (token === '' || value !== token) {
        html.set.call(body, value);
        return;
      }
      body.textContent = '';
      const left = retriesLeft();
      if (left === 0) return;
      // Handed over already: only a last restore may follow that.
      if (!saved) throw new Error('Sourcelight page cache: restored after its last copy');
      if (!normalized) asReparsed(saved, roundTripOf(body, html));
      normalized = true;
      const fresh = left > 1 ? saved.cloneNode(true) : saved;
      while (fresh.firstChild) body.appendChild(fresh.firstChild);
      if (left === 1) saved = null;
    },
  });
  return () => {
    delete (body as { innerHTML?: unknown }).innerHTML;
  };
}

interface InnerHtml {
  get: (this: Element) => string;
  set: (this: Element, v: string) => void;
}

/** What serialising and parsing again changes in this DOM. */
interface RoundTrip {
  /** "\r\n" and "\r" become "\n" (browsers, as HTML says; linkedom keeps them). */
  foldsCarriageReturns: boolean;
  /** A <pre>'s text "\nA" comes back as "A" (the parser drops a leading line feed there). */
  dropsLeadingLineFeed: boolean;
}

/** Asks the DOM once, on a probe element outside the page. */
function roundTripOf(body: Element, html: InnerHtml): RoundTrip {
  try {
    const probe = body.ownerDocument.createElement('div');
    html.set.call(probe, '<pre></pre><p title="">x</p>');
    const pre = probe.firstChild as Element;
    pre.textContent = '\nA';
    (probe.lastChild as Element).setAttribute('title', 'a\r\nb');
    probe.lastChild!.textContent = 'a\r\nb';
    html.set.call(probe, html.get.call(probe));
    return {
      foldsCarriageReturns: probe.lastChild?.textContent === 'a\nb',
      dropsLeadingLineFeed: probe.firstChild?.textContent === 'A',
    };
  } catch {
    return { foldsCarriageReturns: true, dropsLeadingLineFeed: true };
  }
}

const LEADING_LINE_FEED = new Set(['pre', 'textarea', 'listing']);

/**
 * Makes `root` what the round trip would give: adjacent text nodes (left
 * where markup between them was removed) joined, as Readability keeps a
 * leading white-space node out of the paragraphs it builds; carriage returns
 * (from `&#13;` or script) folded in text and attribute values; and the
 * leading line feed of <pre>, <textarea> and <listing> dropped.
 */
function asReparsed(root: Node, trip: RoundTrip): void {
  root.normalize();
  const doc = root.ownerDocument;
  if (!doc || (!trip.foldsCarriageReturns && !trip.dropsLeadingLineFeed)) return;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const t = n as Text;
      if (trip.foldsCarriageReturns && t.data.includes('\r')) t.data = t.data.replace(/\r\n?/g, '\n');
      continue;
    }
    const el = n as Element;
    if (trip.foldsCarriageReturns) {
      for (const name of el.getAttributeNames()) {
        const value = el.getAttribute(name) ?? '';
        if (value.includes('\r')) el.setAttribute(name, value.replace(/\r\n?/g, '\n'));
      }
    }
    const first = el.firstChild;
    if (trip.dropsLeadingLineFeed && LEADING_LINE_FEED.has(el.localName.toLowerCase()) && first?.nodeType === 3) {
      const t = first as Text;
      // Carriage returns are folded first: "\r\n" is a line feed too.
      const data = trip.foldsCarriageReturns ? t.data.replace(/\r\n?/g, '\n') : t.data;
      if (data.startsWith('\n')) t.data = data.slice(1);
    }
  }
}

function findInnerHtml(el: Element): InnerHtml | null {
  const d = protoMember(el, 'innerHTML');
  return typeof d?.get === 'function' && typeof d.set === 'function' ? { get: d.get as InnerHtml['get'], set: d.set as InnerHtml['set'] } : null;
}
