/**
 * Mutual exclusion for read-modify-write of one quote (edit, delete, restore,
 * migration write-back). The Web Locks API is shared by every same-origin
 * context of the extension (service worker, library page, popup), so an edit
 * in the library cannot interleave with a delete elsewhere. Where it is
 * missing (Node tests, old browsers) an in-process queue keeps the same
 * guarantee within one context.
 */
export type WithLock = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

interface LockManagerLike {
  request<T>(name: string, cb: () => Promise<T>): Promise<T>;
}

export function localLock(): WithLock {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const prev = tails.get(name) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    tails.set(name, tail);
    void tail.then(() => {
      if (tails.get(name) === tail) tails.delete(name);
    });
    return run;
  };
}

export function defaultLock(): WithLock {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks && typeof locks.request === 'function') {
    return <T>(name: string, fn: () => Promise<T>) => locks.request(name, fn);
  }
  return localLock();
}
