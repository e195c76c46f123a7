import type { WindowLike } from 'dompurify';
import { callDom, getDom } from './domSafe';

/**
 * The window DOMPurify is created with (sanitize.ts), and the hand-over of
 * an article that DOMPurify may sanitise where it lies.
 *
 * Given a node, DOMPurify parses '<!---->' into a new document of its own
 * and deep-copies (importNode) the node into it, then walks the copy. The
 * copy keeps the dirty tree away from a document where it could act; in a
 * document without a browsing context (DOMParser's, our reading copy of the
 * page: `defaultView` null) nothing acts: no script runs, no handler fires,
 * no image loads, no custom element reacts. There the copy and the parse
 * only cost time (about a fifth of DOMPurify's, measured in Chromium on the
 * readability test pages), so `handOver` lets DOMPurify walk the node itself:
 * the same walk, on the same tree (shadow roots included: DOMPurify's
 * attached-shadow-root walk runs on it as it would on the copy), with the
 * same result.
 *
 * DOMPurify's own IN_PLACE mode does this for live documents too, and pays
 * for it with five more walks of the tree (snapshots, a visited set, and
 * neutralising what it removed); it is slower than the copy here.
 *
 * How: DOMPurify parses with the DOMParser of the window it is given. While
 * a hand-over is armed, that parser answers DOMPurify's '<!---->' with a
 * blank carrier document whose importNode returns the armed node itself.
 * Anything else (another string, another node) gets the real parser and the
 * real importNode; a carrier that is not blank, or a node that is not the
 * armed one, fails closed (throws: the caller returns no article).
 */

export type Win = Window & typeof globalThis;

export interface PurifyHost {
  /** What DOMPurify is created with. */
  window: WindowLike;
  /**
   * Runs `sanitize` with `node` (a <body>) handed over uncopied when its
   * document has no browsing context; otherwise as usual.
   */
  handOver<T>(node: Node, sanitize: () => T): T;
}

/** DOMPurify's markup for the document it imports a node into (purify.es.mjs, DOMPurify.sanitize). */
const IMPORT_TARGET_MARKUP = '<!---->';

/**
 * `inert` is a blank document of our own: DOMPurify calls methods of
 * `window.document` when it starts (createElement, importNode, …); in the
 * content script the real one is the live page's document, which a page can
 * clobber (`<img name="createElement">`) to break the sanitiser.
 */
export function purifyHost(win: Win, inert: Document): PurifyHost {
  let armed: Node | null = null;
  const impl = getDom<DOMImplementation>(inert, 'implementation');
  const carrier = callDom<Document>(impl, 'createHTMLDocument', '');
  const carrierBody = getDom<HTMLElement>(carrier, 'body');
  Object.defineProperty(carrier, 'importNode', {
    value(node: Node): Node {
      if (node !== armed) throw new Error('DOMPurify imported an unexpected node');
      armed = null;
      return node;
    },
  });
  const RealParser = win.DOMParser;
  class PurifyParser {
    parseFromString(markup: string, type: DOMParserSupportedType): Document {
      if (armed && markup === IMPORT_TARGET_MARKUP && type === 'text/html') {
        if (getDom<Node | null>(carrierBody, 'firstChild') || getDom<Node | null>(carrier, 'body') !== carrierBody) throw new Error('carrier document changed');
        return carrier;
      }
      return new RealParser().parseFromString(markup, type);
    }
  }
  const window = {
    document: inert,
    DocumentFragment: win.DocumentFragment,
    HTMLTemplateElement: win.HTMLTemplateElement,
    Node: win.Node,
    Element: win.Element,
    NodeFilter: win.NodeFilter,
    NamedNodeMap: win.NamedNodeMap,
    HTMLFormElement: win.HTMLFormElement,
    DOMParser: PurifyParser,
  } as unknown as WindowLike;
  return {
    window,
    handOver<T>(node: Node, sanitize: () => T): T {
      const doc = getDom<Document | null>(node, 'ownerDocument');
      // Only a <body>: DOMPurify walks an imported <body> as the root, and
      // would append anything else to the carrier's own body.
      const inert = doc !== null && getDom<unknown>(doc, 'defaultView') === null;
      armed = inert && getDom<string>(node, 'nodeName') === 'BODY' ? node : null;
      try {
        return sanitize();
      } finally {
        armed = null;
      }
    },
  };
}
