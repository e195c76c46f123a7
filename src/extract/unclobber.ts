/**
 * Takes away the names a page uses to clobber DOM traversal, in the reading
 * copy (never the page itself).
 *
 * A <form> answers its controls' names before its own members
 * (LegacyOverrideBuiltIns): with `<input type="hidden" name="nextSibling">`
 * inside, `form.nextSibling` is that input, and every walk that steps by
 * plain properties loops inside the form. Readability walks that way
 * (node.parentNode, nextElementSibling, …), and so do our own passes: in
 * real Chromium, `name="parentNode"` hung plain Readability and extraction
 * alike, and `name="nextElementSibling"` made extraction refuse the page as
 * too large. A document answers the names of its img, form, embed, object
 * and iframe elements the same way (`<img name="body">` is `document.body`).
 *
 * So, in the copy, an element that can lend its name or id to a form (a
 * listed control or an image) or to the document loses that attribute when
 * its value is a member the form or document already has. Other names
 * ("email", "q") shadow nothing and stay, and no reader output carries
 * names or ids (the sanitiser removes them), so only the walks change:
 * they see the real tree.
 */
import { callDom, domMethod, getDom } from './domSafe';

/** Elements a form exposes by name or id: its listed controls, and images. */
const FORM_NAMED = new Set(['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img']);
/** Elements a document exposes by name (objects and images by id too). */
const DOCUMENT_NAMED = new Set(['embed', 'form', 'iframe', 'img', 'object']);
const SHADOWING = new Set([...FORM_NAMED, ...DOCUMENT_NAMED]);
const CANDIDATES = 'form [name], form [id], [form][name], [form][id], img[name], img[id], embed[name], form[name], iframe[name], object[name], object[id]';

/** Removes clobbering names and ids from `doc`'s elements; returns how many. Never throws. */
export function defuseClobbering(doc: Document): number {
  let removed = 0;
  try {
    // Every candidate has a name or an id: those few are fetched by the
    // cheap selector and tried against the full one (its descendant
    // combinators made one query over the whole page 2-3x slower, measured
    // in Chromium on the readability test pages). Only the tags below can
    // shadow anything: the rest (most named elements: ids on divs) are not
    // matched at all.
    const matches = domMethod<boolean>('matches');
    const named = callDom<NodeListOf<Element>>(doc, 'querySelectorAll', '[name],[id]');
    const list: Element[] = [];
    for (let i = 0; i < named.length; i++) {
      const el = named[i]!;
      if (SHADOWING.has(getDom<string>(el, 'localName').toLowerCase()) && matches(el, CANDIDATES)) list.push(el);
    }
    if (list.length === 0) return 0;
    // What a name can shadow: the document's members (all on its classes),
    // and a form's, read off a new form with no controls (some DOMs, such as
    // linkedom, keep parentNode and the like on each node, not its class).
    const docMembers = Object.getPrototypeOf(doc) as object;
    const form = callDom<Element | null>(doc, 'querySelector', 'form') ? callDom<Element>(doc, 'createElement', 'form') : null;
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      const tag = getDom<string>(el, 'localName').toLowerCase();
      for (const attr of ['name', 'id']) {
        const value = callDom<string | null>(el, 'getAttribute', attr);
        if (!value) continue;
        const shadows = (DOCUMENT_NAMED.has(tag) && value in docMembers) || (form !== null && FORM_NAMED.has(tag) && value in form);
        if (shadows) {
          callDom(el, 'removeAttribute', attr);
          removed++;
        }
      }
    }
  } catch {
    // Nothing more to defuse than what was done.
  }
  return removed;
}
