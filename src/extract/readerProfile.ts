import type { Config } from 'dompurify';

/**
 * DOMPurify configuration of the strict reader profile (see sanitize.ts for
 * the whole pipeline). A closed allow-list: anything not named here goes.
 * Returns a DocumentFragment; the URL rules are applied on it afterwards.
 */

export const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main',
  'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong',
  'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
  'wbr',
];

export const ALLOWED_ATTR = [
  'alt', 'title', 'width', 'height', 'lang', 'dir', 'datetime',
  'colspan', 'rowspan', 'scope', 'abbr', 'start', 'reversed', 'type', 'value', 'span',
];

/**
 * URL attributes, each only where the reader uses it: `href` on <a>, image
 * sources on <img> (anywhere else they have no use in the reader). DOMPurify
 * asks this for attributes outside ALLOWED_ATTR (still checking the value
 * against ALLOWED_URI_REGEXP), so no pass over the clean tree is needed to
 * remove them from other elements.
 */
export function allowUrlAttribute(attr: string, tag: string): boolean {
  return tag === 'a' ? attr === 'href' : tag === 'img' && (attr === 'src' || attr === 'srcset' || attr === 'sizes');
}

/**
 * Elements removed together with their content. DOMPurify's defaults minus
 * the MathML token elements (so "x = 2" inside <math> stays readable) plus
 * forms and their controls (a phishing "log in again" form must not leave
 * its labels behind), object/embed/applet fallbacks and media.
 */
export const FORBID_CONTENTS = [
  'annotation', 'annotation-xml', 'applet', 'audio', 'button', 'canvas', 'datalist', 'desc', 'dialog', 'embed',
  'foreignobject', 'form', 'frame', 'frameset', 'head', 'iframe', 'input', 'map', 'meter', 'noembed',
  'noframes', 'noscript', 'object', 'option', 'optgroup', 'output', 'plaintext', 'progress', 'script',
  'select', 'selectedcontent', 'style', 'svg', 'template', 'textarea', 'title', 'video', 'xmp',
];

/** Only http(s), mailto and scheme-less (relative, fragment) URLs pass DOMPurify; the URL rules in sanitize.ts (step 3) decide finally. */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

export const READER_PROFILE: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ADD_ATTR: allowUrlAttribute,
  FORBID_CONTENTS,
  ALLOWED_URI_REGEXP,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};
