/**
 * Skips Readability retries that would repeat the attempt just made.
 *
 * Readability (0.6.0, _grabArticle) retries while its result is shorter
 * than charThreshold, each time with one flag fewer (strip unlikely
 * candidates, then weight classes, then clean conditionally), and finally
 * keeps the longest attempt (the first of equal ones). Each retry restores
 * the page and runs the whole algorithm again. Where a flag changed nothing
 * in an attempt (no unlikely candidate stripped, every class weight 0,
 * nothing cleaned conditionally) and no byline was taken (the next attempt
 * would keep that node), the attempt without that flag is the same attempt:
 * it is not run. When no remaining flag had an effect, Readability goes
 * straight to choosing among the attempts made, and chooses what it would
 * have chosen. Pages whose short article is all there is (pass 1 left
 * little for the flags to act on) ran four identical attempts before.
 *
 * This reads Readability's internals: where any of them is missing (another
 * version), nothing is changed and Readability retries as it always did.
 */

interface Internals {
  _flags: number;
  FLAG_STRIP_UNLIKELYS: number;
  FLAG_WEIGHT_CLASSES: number;
  FLAG_CLEAN_CONDITIONALLY: number;
  _articleByline: string | null;
  log(...args: unknown[]): void;
  _getClassWeight(e: Element): number;
  _cleanConditionally(e: Element, tag: string): void;
  _prepArticle(e: Element): void;
  _removeNodes(list: ArrayLike<Node>, filter?: RemoveFilter): void;
}

type RemoveFilter = (this: unknown, ...args: unknown[]) => boolean;

/** Readability's log lines for a strip by the "unlikely candidate" flag (0.6.0). */
const STRIP_LOGS = ['Removing unlikely candidate', 'Removing content with role'];

function hasInternals(r: Partial<Internals>): r is Internals {
  return (
    typeof r._flags === 'number' &&
    typeof r.FLAG_STRIP_UNLIKELYS === 'number' &&
    typeof r.FLAG_WEIGHT_CLASSES === 'number' &&
    typeof r.FLAG_CLEAN_CONDITIONALLY === 'number' &&
    typeof r.log === 'function' &&
    typeof r._getClassWeight === 'function' &&
    typeof r._cleanConditionally === 'function' &&
    typeof r._prepArticle === 'function' &&
    typeof r._removeNodes === 'function'
  );
}

/** Installs the skip on one Readability instance, before parse(). */
export function skipRepeatedAttempts(reader: object): void {
  const r = reader as Partial<Internals>;
  if (!hasInternals(r)) return;
  let stripped = false;
  let weighted = false;
  let cleaned = false;
  let bylineBefore = r._articleByline;
  const { log, _getClassWeight: classWeight, _cleanConditionally: cleanConditionally, _prepArticle: prepArticle } = r;
  r.log = function (this: Internals, ...args: unknown[]): void {
    const first = args[0];
    if (typeof first === 'string' && STRIP_LOGS.some((s) => first.startsWith(s))) stripped = true;
    log.apply(this, args);
  };
  r._getClassWeight = function (this: Internals, e: Element): number {
    const w = classWeight.call(this, e);
    if (w !== 0) weighted = true;
    return w;
  };
  // _cleanConditionally removes only through _removeNodes, which removes a
  // node exactly when the filter it is given says so: a filter that said
  // yes once is an effect. (Counting the elements before and after, as
  // before, cost two selector walks of the article per call.)
  r._cleanConditionally = function (this: Internals, e: Element, tag: string): void {
    const removeNodes = this._removeNodes;
    this._removeNodes = function (this: Internals, list: ArrayLike<Node>, filter?: RemoveFilter): void {
      removeNodes.call(this, list, function (this: unknown, ...args: unknown[]): boolean {
        const drop = !filter || filter.apply(this, args);
        if (drop) cleaned = true;
        return drop;
      });
    };
    try {
      cleanConditionally.call(this, e, tag);
    } finally {
      this._removeNodes = removeNodes;
    }
  };
  // _prepArticle ends each attempt's flag-dependent work, before the
  // length check that decides on a retry.
  r._prepArticle = function (this: Internals, e: Element): void {
    prepArticle.call(this, e);
    if (this._articleByline === bylineBefore) {
      const effects: [number, boolean][] = [
        [this.FLAG_STRIP_UNLIKELYS, stripped],
        [this.FLAG_WEIGHT_CLASSES, weighted],
        [this.FLAG_CLEAN_CONDITIONALLY, cleaned],
      ];
      // Readability drops the first active flag on a retry: drop every
      // leading flag that changed nothing, so the retry is a different one.
      for (const [flag, effect] of effects) {
        if ((this._flags & flag) === 0) continue;
        if (effect) break;
        this._flags &= ~flag;
      }
    }
    stripped = weighted = cleaned = false;
    bylineBefore = this._articleByline;
  };
}

/**
 * How many more attempts Readability can make after a failed one now: one
 * per flag it still has to drop (0.6.0, _grabArticle; with none left it
 * chooses among the attempts made). Infinity where the internals are
 * missing: then nothing may be assumed.
 */
export function retriesLeft(reader: object): number {
  const r = reader as Partial<Internals>;
  if (!hasInternals(r)) return Infinity;
  let left = 0;
  for (const flag of [r.FLAG_STRIP_UNLIKELYS, r.FLAG_WEIGHT_CLASSES, r.FLAG_CLEAN_CONDITIONALLY]) if (r._flags & flag) left++;
  return left;
}
