/**
 * purifyHost's hand-over: DOMPurify walks a <body> of a document without a
 * browsing context where it lies, instead of copying it first. The result
 * must be the one the copy gives, as safe, on every hostile case; anything
 * else keeps DOMPurify's copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { purifyHost } from '../../../src/extract/purifyWindow';
import { READER_PROFILE } from '../../../src/extract/readerProfile';
import { HOSTILE_CASES } from './support/hostileCases';
import { unsafeParts } from './support/safety';
import { BASE, parse, sanitize, win, window } from './support/jsdomSanitizer';

const inert = window.document.implementation.createHTMLDocument('');
const host = purifyHost(win, inert);
const purify = DOMPurify(host.window);
const CONFIG = { ...READER_PROFILE, ALLOWED_TAGS: [...(READER_PROFILE.ALLOWED_TAGS ?? []), 'body'], RETURN_DOM: true, RETURN_DOM_FRAGMENT: false };

/** A page's <body> as DOMParser builds it: a document without a browsing context. */
function inertBody(html: string): HTMLElement {
  return new window.DOMParser().parseFromString(html, 'text/html').body;
}

/** The same tree in the window's own document, which has a browsing context. */
function liveBody(html: string): HTMLElement {
  return window.document.importNode(inertBody(html), true);
}

const run = (body: HTMLElement): HTMLElement => host.handOver(body, () => purify.sanitize(body, CONFIG) as unknown as HTMLElement);

describe('purifyHost.handOver', () => {
  it('sanitises an inert <body> where it lies', () => {
    const body = inertBody('<p onclick="x()">ok</p><script>1</script>');
    const clean = run(body);
    expect(clean).toBe(body);
    expect(clean.innerHTML).toBe('<p>ok</p>');
  });

  it('keeps the copy for a document with a browsing context, and for an element that is not a <body>', () => {
    const live = liveBody('<p onclick="x()">ok</p>');
    const cleanLive = run(live);
    expect(cleanLive).not.toBe(live);
    expect(cleanLive.innerHTML).toBe('<p>ok</p>');
    expect(live.innerHTML).toBe('<p onclick="x()">ok</p>');
    const div = inertBody('<div><p onclick="x()">ok</p></div>').firstElementChild as HTMLElement;
    const fromDiv = host.handOver(div, () => purify.sanitize(div, CONFIG) as unknown as HTMLElement);
    expect(fromDiv.innerHTML).toBe('<div><p>ok</p></div>');
    expect(div.outerHTML).toBe('<div><p onclick="x()">ok</p></div>');
  });

  it('disarms after each call: strings and later nodes take the usual path', () => {
    const body = inertBody('<p>a</p>');
    expect(() => host.handOver(body, () => {
      throw new Error('boom');
    })).toThrow('boom');
    expect(purify.sanitize('<p>b</p>', { ...CONFIG, RETURN_DOM: false })).toBe('<p>b</p>');
    expect(run(inertBody('<p>c</p>')).innerHTML).toBe('<p>c</p>');
  });

  it('sanitises attached shadow roots of the tree it walks in place', () => {
    const body = inertBody('<div>light</div>');
    const shadow = body.firstElementChild!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<img src="x" onerror="alert(1)"><script>alert(2)</script><p>SHADOW</p>';
    expect(run(body).innerHTML).toBe('<div>light</div>');
    expect(shadow.innerHTML).toBe('<img src="x"><p>SHADOW</p>');
  });

  it.each(HOSTILE_CASES)('$name: in place gives what the copy gives', (c) => {
    const inPlace = run(inertBody(c.html)).innerHTML;
    expect(inPlace).toBe(run(liveBody(c.html)).innerHTML);
    expect(unsafeParts(sanitize.fromElement(inertBody(c.html), BASE), parse)).toEqual([]);
  });

  const corpus = resolve(import.meta.dirname, '../../../../shared/corpus/hostile/xss-vectors.json');
  it.runIf(existsSync(corpus))('shared hostile corpus: in place gives what the copy gives', () => {
    const vectors = JSON.parse(readFileSync(corpus, 'utf8')) as { id: string; payload: string }[];
    const failures: string[] = [];
    for (const v of vectors) {
      const body = inertBody(v.payload);
      if (body.localName !== 'body') continue; // a <frameset> page: no <body> to hand over
      const inPlace = run(body).innerHTML;
      if (inPlace !== run(liveBody(v.payload)).innerHTML) failures.push(v.id);
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
