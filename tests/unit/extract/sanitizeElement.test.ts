/**
 * Sanitizer.fromElement: the article handed over as a DOM (extractArticle's
 * own clone) must come out exactly as safe as, and the same as, the string
 * path. jsdom 27 here; the browser takes the same path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from './support/hostileCases';
import { unsafeParts } from './support/safety';
import { BASE, parse, sanitize, window } from './support/jsdomSanitizer';

/** A page's body as the extractor would hold it: parsed, in this window's realm. */
function bodyOf(html: string): HTMLElement {
  return new window.DOMParser().parseFromString(html, 'text/html').body;
}

describe('Sanitizer.fromElement', () => {
  it.each(HOSTILE_CASES)('$name: as safe as, and the same as, the string path', (c) => {
    const viaDom = sanitize.fromElement(bodyOf(c.html), BASE);
    expect(unsafeParts(viaDom, parse)).toEqual([]);
    expect(viaDom).toBe(sanitize(c.html, BASE));
  });

  it('consumes the element: its children move out', () => {
    const body = bodyOf('<p>one</p><p>two</p>');
    expect(sanitize.fromElement(body, BASE)).toBe('<p>one</p><p>two</p>');
    expect(body.childNodes.length).toBe(0);
  });

  it('never outputs a shadow root or template content built in the DOM', () => {
    const root = window.document.createElement('div');
    const host = window.document.createElement('div');
    host.textContent = 'light';
    host.attachShadow({ mode: 'open' }).innerHTML = '<img src="x" onerror="alert(1)"><p>SHADOW</p>';
    const tpl = window.document.createElement('template');
    tpl.innerHTML = '<img src="y" onerror="alert(2)">TEMPLATE';
    root.append(host, tpl);
    const out = sanitize.fromElement(root, BASE);
    expect(out).toBe('<div>light</div>');
    expect(unsafeParts(out, parse)).toEqual([]);
  });

  it('serialises a node of another DOM (linkedom in the CLI) and sanitises the string', () => {
    const { document } = parseHTML('<html><body><p onclick="x()">ok</p><script>alert(1)</script></body></html>');
    expect(sanitize.fromElement(document.body as unknown as Element, BASE)).toBe('<p>ok</p>');
  });

  const corpus = resolve(import.meta.dirname, '../../../../shared/corpus/hostile/xss-vectors.json');
  it.runIf(existsSync(corpus))('shared hostile corpus: no payload survives the DOM path either', () => {
    const vectors = JSON.parse(readFileSync(corpus, 'utf8')) as { id: string; payload: string }[];
    const failures: string[] = [];
    for (const v of vectors) {
      const body = bodyOf(v.payload);
      // A <frameset> page's "body" is the frameset: the string path drops it whole.
      const same = body.localName === 'body';
      const out = sanitize.fromElement(body, BASE);
      const problems = unsafeParts(out, parse);
      if (problems.length) failures.push(`${v.id}: ${problems.join('; ')}`);
      else if (same && out !== sanitize(v.payload, BASE)) failures.push(`${v.id}: differs from the string path`);
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
