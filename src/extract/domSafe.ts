/**
 * DOM calls that hostile markup cannot hijack.
 *
 * Named elements shadow DOM methods and properties (DOM clobbering):
 * `<img name="createElement">` makes `document.createElement` the image in
 * browsers (Gecko even after the image has been moved out), and
 * `<form><input name="replaceChild"></form>` does the same to
 * `form.replaceChild`. Code that walks page markup (lazy-image promotion,
 * pixel removal, tracker scan, the sanitiser's own pre-pass) therefore calls
 * methods found on the receiver's PROTOTYPE chain, which markup cannot reach.
 * Works on browser, jsdom and linkedom nodes alike (found by the shared
 * hostile corpus in real Firefox: dompurify-002, authored-061).
 */

/** The member `name` from `obj`'s prototype chain (skipping own, clobberable properties). */
export function protoMember(obj: object, name: string): PropertyDescriptor | undefined {
  for (let p: object | null = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

/** Method `name` as `obj`'s class defines it. Throws TypeError if there is none. */
function methodOf<R>(obj: object, name: string): (...a: unknown[]) => R {
  const d = protoMember(obj, name);
  if (!d || typeof d.value !== 'function') throw new TypeError(`no DOM method ${name}`);
  return d.value as (...a: unknown[]) => R;
}

/** Calls method `name` of `obj` as defined by its class. Throws TypeError if there is none. */
export function callDom<R>(obj: object, name: string, ...args: unknown[]): R {
  return methodOf<R>(obj, name).apply(obj, args);
}

/** Reads property `name` of `obj` through its class's getter. */
export function getDom<R>(obj: object, name: string): R {
  const d = protoMember(obj, name);
  if (d?.get) return d.get.call(obj) as R;
  return (obj as Record<string, unknown>)[name] as R;
}

/** Removes `node` from its parent, whatever the parent's markup says. */
export function removeNode(node: Node): void {
  const parent = getDom<Node | null>(node, 'parentNode');
  if (parent) callDom(parent, 'removeChild', node);
}

/** Puts `replacement` where `node` is. */
export function replaceNode(node: Node, replacement: Node): void {
  const parent = getDom<Node | null>(node, 'parentNode');
  if (parent) callDom(parent, 'replaceChild', replacement, node);
}

/**
 * The getter of property `name` as `sample`'s class defines it, as a
 * function of a node: resolved once, for walks that read one property of
 * many nodes of the same kind (a per-call getDom would search the
 * prototype chain at every step). Falls back to a plain read.
 */
export function domGetter<R>(sample: object, name: string): (obj: object) => R {
  const get = protoMember(sample, name)?.get;
  return get ? (obj) => get.call(obj) as R : (obj) => (obj as Record<string, unknown>)[name] as R;
}

/**
 * callDom for one method called on many nodes: the method is looked up once
 * per class (the receiver's prototype) rather than at every call, which
 * costs several descriptor look-ups each time.
 */
export function domMethod<R>(name: string): (obj: object, ...args: unknown[]) => R {
  const byClass = new Map<object, (...a: unknown[]) => R>();
  return (obj, ...args) => {
    const proto = Object.getPrototypeOf(obj) as object;
    let fn = byClass.get(proto);
    if (!fn) {
      fn = methodOf<R>(obj, name);
      byClass.set(proto, fn);
    }
    return fn.apply(obj, args);
  };
}
