/**
 * Browser bundle for the sanitiser tiers (Chromium and Firefox): the real
 * sanitiser, tracker scan and lazy-image promotion, the shared safety check,
 * and the render-and-trap routine, exposed on `window.SL`. Bundled with
 * esbuild (sanitizerBundle.ts) and injected into a page served from
 * 127.0.0.1, so both browsers run exactly the same test code.
 */
import { createSanitizer, sanitizeToFragment } from '../../../src/extract/sanitize';
import { findTrackers } from '../../../src/extract/trackers';
import { promoteLazyImages } from '../../../src/extract/lazyImages';
import { extractArticle } from '../../../src/extract/extractArticle';
import { pageFingerprint } from '../../../src/ext/fingerprint';
import { unsafeParts } from '../../unit/extract/support/safety';

export interface Rendered {
  html: string;
  text: string;
  problems: string[];
}

type Trapped = Window & { __hits: string[]; __xss(tag: unknown): void };

/** Replaces every way a payload could announce itself with a recorder. */
function installTraps(): void {
  const w = window as unknown as Trapped;
  w.__hits = [];
  const hit = (what: string) => (...args: unknown[]): undefined => {
    w.__hits.push(`${what}(${args.map(String).join(',')})`);
    return undefined;
  };
  w.__xss = hit('__xss');
  w.alert = hit('alert');
  w.confirm = hit('confirm') as unknown as typeof window.confirm;
  w.prompt = hit('prompt') as unknown as typeof window.prompt;
  w.print = hit('print');
  w.open = hit('open') as unknown as typeof window.open;
}

function parse(html: string): Element {
  const t = document.createElement('template');
  t.innerHTML = html;
  const div = document.createElement('div');
  div.appendChild(t.content);
  return div;
}

/**
 * Sanitises each payload, checks the output on a re-parse, then renders it
 * into the live page twice (string into innerHTML, fragment appended), the
 * two ways the extension inserts articles. Traps must stay empty.
 */
function renderAll(payloads: string[], base: string): Rendered[] {
  installTraps();
  const sanitize = createSanitizer(window);
  return payloads.map((payload) => {
    const html = sanitize(payload, base);
    const problems = unsafeParts(html, parse);
    const viaString = document.createElement('div');
    document.body.appendChild(viaString);
    viaString.innerHTML = html;
    const viaFragment = document.createElement('div');
    document.body.appendChild(viaFragment);
    viaFragment.appendChild(sanitizeToFragment(window, payload, base));
    return { html, text: viaString.textContent ?? '', problems };
  });
}

/** The control: unsanitised markup with handlers, so the traps are shown to work. */
function renderRaw(html: string): void {
  installTraps();
  const div = document.createElement('div');
  document.body.appendChild(div);
  div.innerHTML = html;
}

function hits(): string[] {
  return (window as unknown as Trapped).__hits ?? [];
}

/** Clone of the live document (its <noscript> is text), lazy images promoted, article sanitised. */
function readerImages(selector: string): (string | null)[] {
  const clone = document.cloneNode(true) as Document;
  promoteLazyImages(clone);
  const html = createSanitizer(window)(clone.querySelector(selector)?.innerHTML ?? '', document.baseURI);
  return Array.from(parse(html).querySelectorAll('img')).map((i) => i.getAttribute('src'));
}

function readerLinks(selector: string): (string | null)[] {
  const html = createSanitizer(window)(document.querySelector(selector)?.innerHTML ?? '', document.baseURI);
  return Array.from(parse(html).querySelectorAll('a')).map((a) => a.getAttribute('href'));
}

function trackerNames(): string[] {
  return findTrackers(document).map((t) => t.name);
}

/** Trackers of a document parsed from `html` (DOMParser: real named-property clobbering applies). */
function trackerNamesOf(html: string): string[] {
  return findTrackers(new DOMParser().parseFromString(html, 'text/html')).map((t) => t.name);
}

/**
 * The content script binds the sanitiser to the LIVE page's window, whose
 * document the page controls: clobber the document methods DOMPurify and we
 * might call, then sanitise.
 */
function sanitizeOnClobberedPage(html: string, base: string): string {
  const names = ['createElement', 'implementation', 'importNode', 'createNodeIterator', 'createDocumentFragment', 'getElementsByTagName', 'createTreeWalker', 'body'];
  const body = document.body;
  const clobbers = names.map((name) => {
    const img = document.createElement('img');
    img.setAttribute('name', name);
    return img;
  });
  const form = document.createElement('form');
  form.setAttribute('name', 'defaultView');
  for (const el of [...clobbers, form]) body.appendChild(el);
  if (typeof document.createElement === 'function') throw new Error('clobbering did not take effect');
  return createSanitizer(window)(html, base);
}

/**
 * Extraction of pages parsed from `html` (DOMParser: a form answers its
 * controls' names before its own members there, as on a live page): per
 * page, the article text, or the refusal. First, whether clobbering takes
 * effect at all in this browser, so a pass means something.
 */
function extractClobbered(pages: string[]): { clobbers: boolean; results: string[] } {
  const probe = new DOMParser().parseFromString('<form><input type="hidden" name="parentNode"></form>', 'text/html');
  const form = probe.getElementsByTagName('form')[0] as unknown as { parentNode: unknown };
  const clobbers = form.parentNode !== probe.body;
  const sanitize = createSanitizer(window);
  const results = pages.map((html) => {
    const r = extractArticle(new DOMParser().parseFromString(html, 'text/html'), { url: 'https://news.example/a', sanitize });
    return r.ok ? r.article.text : `refused: ${r.error.message}`;
  });
  return { clobbers, results };
}

/** pageFingerprint of documents parsed from `htmls` (the report cache's key for a live page). */
function fingerprintsOf(htmls: string[]): string[] {
  return htmls.map((html) => pageFingerprint(new DOMParser().parseFromString(html, 'text/html')));
}

export const SL = { extractClobbered, fingerprintsOf, sanitizeOnClobberedPage, renderAll, renderRaw, hits, readerImages, readerLinks, trackerNames, trackerNamesOf };
export type SanitizerPageApi = typeof SL;

(globalThis as unknown as { SL: SanitizerPageApi }).SL = SL;
