/**
 * Tiny DOM builder for extension pages. Text goes in through textContent only:
 * page data (titles, quotes, names) is never parsed as HTML.
 */
export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces a container's content in one step (no flash of an empty popup). */
export function replaceContent(parent: Element, ...children: Child[]): void {
  const fragment = document.createDocumentFragment();
  append(fragment, ...children);
  parent.replaceChildren(fragment);
}

/** A section with a heading, labelled for assistive technology. */
export function section(id: string, heading: string, ...children: Child[]): HTMLElement {
  const headingId = `${id}-heading`;
  return el('section', { id, class: 'section', 'aria-labelledby': headingId }, el('h2', { id: headingId, text: heading }), ...children);
}
