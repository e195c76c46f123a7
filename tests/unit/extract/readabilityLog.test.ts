import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { skipDiscardedLog } from '../../../src/extract/readabilityLog';
import { doc, page, prose } from './helpers';

/** Parses `html`, counting the innerHTML reads of the article element before post-processing. */
function run(html: string, skip: boolean) {
  const reader = new Readability(doc(html));
  const internals = reader as unknown as { _grabArticle(): Element | null; log(...a: unknown[]): void };
  const logged: string[] = [];
  internals.log = (...a: unknown[]) => {
    if (typeof a[0] === 'string' && a[0].startsWith('Grabbed: ')) logged.push(a[0]);
  };
  if (skip) skipDiscardedLog(reader);
  const r = reader.parse();
  return { logged, content: r?.content ?? null, length: r?.length ?? 0 };
}

describe('skipDiscardedLog', () => {
  const html = page(`<article><h1>Title</h1>${prose(6)}</article>`);

  it('answers the discarded "Grabbed:" log line with an empty article', () => {
    const plain = run(html, false);
    const skipped = run(html, true);
    expect(plain.logged[0]!.length).toBeGreaterThan(500);
    expect(skipped.logged).toEqual(['Grabbed: ']);
  });

  it('changes nothing in the result, and innerHTML is the element\'s own again', () => {
    const plain = run(html, false);
    const skipped = run(html, true);
    expect(skipped.content).toBe(plain.content);
    expect(skipped.length).toBe(plain.length);
    const reader = new Readability<Element>(doc(html), { serializer: (el) => el as Element });
    skipDiscardedLog(reader);
    const el = reader.parse()!.content!;
    expect(Object.getOwnPropertyNames(el)).not.toContain('innerHTML');
    expect(el.innerHTML).toContain('The council met');
  });

  it('leaves a debugging reader alone (its log is read)', () => {
    const reader = new Readability(doc(html));
    // As { debug: true } sets it (without the console output in tests).
    (reader as unknown as { _debug: boolean })._debug = true;
    const before = (reader as unknown as { _grabArticle: unknown })._grabArticle;
    skipDiscardedLog(reader);
    expect((reader as unknown as { _grabArticle: unknown })._grabArticle).toBe(before);
  });

  it('leaves an instance without the expected internals alone', () => {
    const odd = { _debug: false, parse: () => null };
    skipDiscardedLog(odd);
    expect(Object.keys(odd)).toEqual(['_debug', 'parse']);
  });
});
