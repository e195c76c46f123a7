import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { callDom, getDom } from './domSafe';
import { flattenDeep } from './flattenDeep';
import { promoteLazyImages } from './lazyImages';
import { READER_PROFILE } from './readerProfile';
import { dropTrackingPixels } from './pixels';
import { purifyHost, type PurifyHost, type Win } from './purifyWindow';
import { resolveHttpUrl } from './safeUrls';
import { cleanTextNodes, needsTextCleaning, rewriteUrls } from './cleanPurified';

/**
 * Strict reader-profile sanitiser (DOMPurify), bound to a real window: a
 * browser's, or jsdom's in Node. DOMPurify silently returns its input on
 * linkedom and leaves <script> on happy-dom (BRIEF "Traps"), so this must
 * never be handed one of those windows.
 *
 * Pipeline, all on DOM trees, never on strings:
 * 1. parse the article HTML with the window's DOMParser (an inert document:
 *    no script runs, no image loads) and, on that tree, promote lazy images
 *    and drop tracking pixels (they need `data-*` and `style`, which the
 *    profile removes);
 * 2. DOMPurify with a closed allow-list, given that parsed <body> as a node:
 *    it sanitises the <body> where it lies when its document has no browsing
 *    context (purifyWindow.ts; always so for our DOMParser documents and
 *    reading copies), else it sanitises a copy in a document of its own;
 * 3. on the clean tree (cleanPurified.ts): links to http(s) (absolute, tracking parameters and
 *    user:password@ stripped, `rel="noopener noreferrer"`,
 *    `target="_blank"`), `mailto:` (rel only: a blank tab would stay open)
 *    and in-page `#fragments` only; any other link becomes its text; images
 *    to absolute http(s) `src` and `srcset` only, loaded lazily without a
 *    referrer; comments and bidi override characters removed;
 * 4. serialise (string API) or hand the children over as a fragment
 *    (reader page).
 *
 * Only step 1 parses, through DOMParser (builds no shadow roots, runs
 * nothing). extractArticle hands over its own parsed clone instead
 * (Sanitizer.fromElement): DOMPurify sanitises attached shadow roots too
 * (a reading copy keeps a page's clonable ones), and the string out is
 * serialised light DOM only (shadow roots are never serialised). Either way DOMPurify
 * gets a tree, not a string to parse again: the same output, with one parse
 * and one serialisation less per hand-over.
 *
 * DOMPurify and our own walking never call methods of a document that page
 * markup can clobber (domSafe.ts, purifyWindow.ts): the content script binds
 * this to the live page's window.
 *
 * The reader profile drops: scripts, styles (elements and attributes),
 * event handlers, iframes/frames, objects/embeds, forms and every control,
 * media, canvas, SVG, MathML markup (its text is kept), templates,
 * `id`/`name`/`class`, `data-*` and `aria-*` attributes, `<base>`/`<meta>`.
 * Classes go too: the reader page styles the article itself, and page
 * classes could match the extension's own CSS (e.g. a page's "hidden").
 */

/** Input larger than this is cut (DOMParser is linear, but the reader has no use for it). */
const MAX_HTML = 5_000_000;
/**
 * Elements nested deeper than this become their text. Articles nest a few
 * dozen levels; 10,000-deep hostile nesting would otherwise make every later
 * step (DOMPurify's parse, serialisation) slow in jsdom and risk recursion
 * limits. Chromium's own parser stops nesting at 512.
 */
const MAX_DEPTH = 256;

/**
 * A window's proven DOMPurify, the host it runs on, and whether it takes our
 * parsed tree as a node (see nodeInputWorks): set together, once per window.
 */
interface WindowPurifier {
  purify: Purifier;
  host: PurifyHost;
  nodeInput: boolean;
}

const purifiers = new WeakMap<object, WindowPurifier>();
const inertDocs = new WeakMap<object, Document>();

/**
 * A blank document of our own per window, for serialising and walking: no
 * browsing context (images in it never load, so building the string does not
 * fetch the article's images) and no page markup in it that could clobber
 * its methods (see domSafe.ts).
 */
function inertDocFor(win: Win): Document {
  let doc = inertDocs.get(win);
  if (!doc) {
    const impl = getDom<DOMImplementation>(win.document, 'implementation');
    doc = callDom<Document>(impl, 'createHTMLDocument', '');
    inertDocs.set(win, doc);
  }
  return doc;
}

/**
 * The window's DOMPurify, after a canary run proves it really sanitises.
 * Throws (a programming error, not a page problem) for windows where it
 * cannot: linkedom reports no support and returns its input unchanged.
 */
function purifierFor(win: Win): WindowPurifier {
  let found = purifiers.get(win);
  if (!found) {
    let canary: unknown = null;
    let purify: Purifier | null = null;
    let host: PurifyHost | null = null;
    try {
      host = purifyHost(win, inertDocFor(win));
      purify = DOMPurify(host.window);
      if (purify.isSupported === true) canary = purify.sanitize('<img src=x onerror=alert(1)><script>1</script>');
    } catch {
      canary = null;
    }
    if (!purify || !host || typeof canary !== 'string' || /onerror|<script/i.test(canary)) {
      throw new Error('DOMPurify cannot sanitise on this window: use a browser window or jsdom, never linkedom or happy-dom.');
    }
    // This instance only ever runs the reader profile: set it once, instead
    // of DOMPurify re-reading the config (and rebuilding its allow-lists)
    // on every call, a fixed cost that weighed on short articles.
    purify.setConfig(PURIFY_CONFIG);
    found = { purify, host, nodeInput: nodeInputWorks(win, purify) };
    purifiers.set(win, found);
  }
  return found;
}

/**
 * DOMPurify recognises a node by `instanceof` the window's Node; where that
 * fails (a node from another realm, a wrapped window) it would sanitise the
 * node's string form, "[object HTMLBodyElement]". Checked once per window;
 * where it fails, the parsed tree is serialised for DOMPurify instead.
 */
function nodeInputWorks(win: Win, purify: Purifier): boolean {
  try {
    const doc = new win.DOMParser().parseFromString('<p>ok</p><img src=x onerror=alert(1)>', 'text/html');
    const clean = purify.sanitize(getDom<HTMLElement>(doc, 'body')) as unknown;
    if (!clean || typeof clean !== 'object') return false;
    const html = getDom<unknown>(clean, 'innerHTML');
    return typeof html === 'string' && html.startsWith('<p>ok</p>') && !/onerror/i.test(html);
  } catch {
    return false;
  }
}

/**
 * The profile as DOMPurify is called with it: the clean <body> comes back as
 * a node (our steps 3 and 4 work on it), and `body` is allowed because it is
 * the root DOMPurify walks. A disallowed root is "removed" by copying all its
 * children next to it first (DOMPurify's KEEP_CONTENT for the root), a deep
 * copy of the whole article thrown away on every call. The root is the only
 * <body> there can be: a parser never nests one (a second <body> tag only
 * adds attributes to the first), and only the root's children are kept.
 */
const PURIFY_CONFIG: Config = {
  ...READER_PROFILE,
  ALLOWED_TAGS: [...(READER_PROFILE.ALLOWED_TAGS ?? []), 'body'],
  RETURN_DOM_FRAGMENT: false,
  RETURN_DOM: true,
};

/**
 * Steps 1–3: the clean article as the children of a <body> owned by an inert
 * document (nothing in it loads or runs), or null on an internal error. The
 * article comes as a string, or as an element whose children are the
 * article (see createSanitizer). Step 3's text cleaning is left to the
 * callers: the string path runs it only where the string shows it has work
 * (needsTextCleaning).
 */
function sanitizeToBody(win: Win, input: string | Element, baseUrl: string): HTMLElement | null {
  const { purify, host, nodeInput } = purifierFor(win);
  const base = resolveHttpUrl(String(baseUrl ?? ''), null);
  try {
    const dirty = typeof input === 'string' ? parseArticle(win, input) : adoptArticle(input);
    if (!dirty) return null;
    const { doc, body } = dirty;
    flattenDeep(doc, body, MAX_DEPTH);
    promoteLazyImages(body);
    dropTrackingPixels(body, base);
    const clean = (nodeInput
      ? host.handOver(body, () => purify.sanitize(body))
      : purify.sanitize(getDom<string>(body, 'innerHTML'))) as unknown as HTMLElement;
    rewriteUrls(clean, base);
    return clean;
  } catch {
    return null;
  }
}

type Dirty = { doc: Document; body: HTMLElement };

/** Step 1 for a string: the window's DOMParser (an inert document). */
function parseArticle(win: Win, html: string): Dirty {
  const doc = new win.DOMParser().parseFromString(String(html ?? '').slice(0, MAX_HTML), 'text/html');
  // `doc.body` itself can be clobbered (<img name="body">): ask the class.
  return { doc, body: getDom<HTMLElement>(doc, 'body') };
}

/**
 * Step 1 for an element of this window's realm: its children move into a
 * <body> of its own document; the same steps as for a string follow.
 */
function adoptArticle(el: Element): Dirty | null {
  const doc = getDom<Document | null>(el, 'ownerDocument');
  if (!doc) return null;
  const body = callDom<HTMLElement>(doc, 'createElement', 'body');
  for (let c = getDom<Node | null>(el, 'firstChild'); c; c = getDom<Node | null>(el, 'firstChild')) callDom(body, 'appendChild', c);
  return { doc, body };
}

/**
 * Sanitises `html` into a DocumentFragment (owned by an internal inert
 * document; append it or import it into the reader page). `baseUrl` is the
 * page's real base (`document.baseURI` of the original page, which honours
 * <base href>); relative URLs resolve against it. Never throws: on an
 * internal error the result is an empty fragment. Throws only when `win`
 * cannot run DOMPurify at all (see purifierFor).
 */
export function sanitizeToFragment(win: Win, html: string, baseUrl: string): DocumentFragment {
  let clean = sanitizeToBody(win, html, baseUrl);
  try {
    if (clean) cleanTextNodes(clean, inertDocFor(win));
  } catch {
    clean = null;
  }
  const owner = clean ? getDom<Document>(clean, 'ownerDocument') : inertDocFor(win);
  const fragment = callDom<DocumentFragment>(owner, 'createDocumentFragment');
  try {
    while (clean?.firstChild) fragment.appendChild(clean.firstChild);
    return fragment;
  } catch {
    return callDom<DocumentFragment>(inertDocFor(win), 'createDocumentFragment');
  }
}

/** A sanitiser from createSanitizer: article HTML in, safe HTML out. */
export interface Sanitizer {
  (html: string, baseUrl: string): string;
  /**
   * The same for an article already parsed: `root`'s children are the
   * article, and they are consumed (moved out of `root`). A node of this
   * window's realm goes to DOMPurify as it is (one serialisation and one
   * parse less); any other (a linkedom node in the CLI) is serialised first.
   */
  fromElement(root: Element, baseUrl: string): string;
}

/**
 * `createSanitizer(win)(html, baseUrl)` → safe HTML string. One DOMPurify
 * instance per window (DOMPurify keeps state on the instance).
 */
export function createSanitizer(win: Win): Sanitizer {
  purifierFor(win);
  const run = (input: string | Element, baseUrl: string): string => {
    try {
      const clean = sanitizeToBody(win, input, baseUrl);
      if (!clean) return '';
      const html = getDom<string>(clean, 'innerHTML');
      if (!needsTextCleaning(html)) return html;
      cleanTextNodes(clean, inertDocFor(win));
      return getDom<string>(clean, 'innerHTML');
    } catch {
      return '';
    }
  };
  const sanitizer = (html: string, baseUrl: string): string => run(String(html ?? ''), baseUrl);
  sanitizer.fromElement = (root: Element, baseUrl: string): string => {
    try {
      return run(isNodeOf(win, root) ? root : getDom<string>(root, 'innerHTML'), baseUrl);
    } catch {
      return '';
    }
  };
  return sanitizer;
}

/** True for an element of `win`'s realm, as DOMPurify's own node test sees it. */
function isNodeOf(win: Win, node: unknown): node is Element {
  try {
    return purifiers.get(win)?.nodeInput === true && node instanceof win.Element;
  } catch {
    return false;
  }
}
