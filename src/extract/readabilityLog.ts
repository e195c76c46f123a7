/**
 * Spares Readability one serialisation of the whole article per parse.
 *
 * Readability 0.6.0's parse() runs `this.log("Grabbed: " + articleContent.innerHTML)`
 * right after _grabArticle, debugging or not: the article is serialised to
 * build a string that log() then drops (2-3% of a parse in our profiles).
 * While not debugging, that one read of innerHTML is answered with "" by an
 * own property of the element, which removes itself on first use (or when
 * _postProcessContent starts, if nothing read it), so every later read or
 * write is the element's own again.
 *
 * Installed only where parse() still holds that log line and the internals
 * it relies on exist (another version: nothing is changed).
 */

interface Internals {
  _debug: boolean;
  parse(): unknown;
  _grabArticle(...args: unknown[]): unknown;
  _postProcessContent(el: unknown): unknown;
}

/** The log line as source text, minified or not. */
const GRABBED_LOG = /["']Grabbed: ["']\s*\+\s*[\w$]+\.innerHTML/;

function hasInternals(r: Partial<Internals>): r is Internals {
  return r._debug === false && typeof r.parse === 'function' && typeof r._grabArticle === 'function' && typeof r._postProcessContent === 'function';
}

const checked = new WeakMap<object, boolean>();

/** Whether this parse() holds the log line (read once per function). */
function logsArticle(parse: () => unknown): boolean {
  let yes = checked.get(parse);
  if (yes === undefined) {
    yes = GRABBED_LOG.test(Function.prototype.toString.call(parse));
    checked.set(parse, yes);
  }
  return yes;
}

/** Installs the skip on one Readability instance, before parse(). */
export function skipDiscardedLog(reader: object): void {
  const r = reader as Partial<Internals>;
  if (!hasInternals(r) || !logsArticle(r.parse)) return;
  const { _grabArticle: grab, _postProcessContent: post } = r;
  let pending: object | null = null;
  const release = (): void => {
    if (pending) Reflect.deleteProperty(pending, 'innerHTML');
    pending = null;
  };
  r._grabArticle = function (this: Internals, ...args: unknown[]): unknown {
    const el = grab.apply(this, args);
    if (el && typeof el === 'object') {
      release();
      pending = el;
      Object.defineProperty(el, 'innerHTML', {
        configurable: true,
        get: () => {
          release();
          return '';
        },
        set: (html: string) => {
          release();
          (el as { innerHTML: string }).innerHTML = html;
        },
      });
    }
    return el;
  };
  r._postProcessContent = function (this: Internals, el: unknown): unknown {
    release();
    return post.call(this, el);
  };
}
