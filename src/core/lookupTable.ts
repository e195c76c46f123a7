/**
 * A lookup table for keys that come from pages (attribute values, language
 * tags, words of an article): it has no prototype, so a key such as
 * "constructor", "toString" or "__proto__" finds nothing, where a plain
 * object literal answers with Object.prototype's members, for `[]` and `in`
 * alike. A link to http://constructor/ once emptied a whole article that
 * way (ed77e46); a page with lang="constructor" got NaN minutes.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
