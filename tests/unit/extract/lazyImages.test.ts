import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { promoteLazyImages } from '../../../src/extract/lazyImages';
import { isTrackingPixel } from '../../../src/extract/pixels';

// promoteLazyImages runs on the extraction clone (linkedom in the CLI, the
// page's own DOM in the browser) before Readability: test both Node DOMs.
const doms: [string, (html: string) => Document][] = [
  ['linkedom', (html) => parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document],
  ['jsdom', (html) => new JSDOM(`<!DOCTYPE html><html><body>${html}</body></html>`).window.document],
];

describe.each(doms)('promoteLazyImages on %s', (_name, make) => {
  const srcs = (doc: Document) => Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'));

  it('copies data-src family into src and data-srcset into srcset', () => {
    const doc = make('<img src="data:image/gif;base64,AA" data-src="/a.jpg"><img data-lazy-src="/b.jpg"><img data-original="/c.jpg">' +
      '<img src="/low.jpg" data-hi-res-src="/d.jpg"><img data-srcset="/e1.jpg 1x, /e2.jpg 2x"><img src="/keep.jpg">');
    expect(promoteLazyImages(doc)).toBe(5);
    expect(srcs(doc)).toEqual(['/a.jpg', '/b.jpg', '/c.jpg', '/d.jpg', null, '/keep.jpg']);
    expect(doc.querySelectorAll('img')[4]!.getAttribute('srcset')).toBe('/e1.jpg 1x, /e2.jpg 2x');
  });

  it('ignores data: values in lazy attributes', () => {
    const doc = make('<img src="/real.jpg" data-src="data:image/gif;base64,AA">');
    expect(promoteLazyImages(doc)).toBe(0);
    expect(srcs(doc)).toEqual(['/real.jpg']);
  });

  it('promotes data-srcset on <picture><source>', () => {
    const doc = make('<picture><source data-srcset="/p.webp 1x" type="image/webp"><img data-src="/p.jpg"></picture>');
    promoteLazyImages(doc);
    expect(doc.querySelector('source')!.getAttribute('srcset')).toBe('/p.webp 1x');
    expect(srcs(doc)).toEqual(['/p.jpg']);
  });

  it('replaces a placeholder with the image of the <noscript> after it', () => {
    const doc = make('<figure><img class="lazy" src="/ph.gif" alt="Bridge"><noscript><img src="/bridge.jpg"></noscript><figcaption>c</figcaption></figure>');
    promoteLazyImages(doc);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(Array.from(doc.querySelectorAll('img')).map((i) => [i.getAttribute('src'), i.getAttribute('alt')])).toEqual([['/bridge.jpg', 'Bridge']]);
  });

  it('unwraps a lone image <noscript> but leaves pixels and text-heavy ones alone', () => {
    const doc = make('<p><noscript><img src="/solo.jpg"></noscript></p>' +
      '<noscript><img width="1" height="1" src="https://www.facebook.com/tr?id=1"></noscript>' +
      `<noscript><p>${'Please enable JavaScript to read the comments. '.repeat(10)}</p><img src="/x.jpg"></noscript>`);
    promoteLazyImages(doc);
    expect(doc.querySelector('p > img')!.getAttribute('src')).toBe('/solo.jpg');
    expect(doc.querySelectorAll('noscript').length).toBe(2);
  });
});

describe('promoteLazyImages with <noscript> parsed as text (live page clone, scripting on)', () => {
  it('parses the text in an inert template and swaps the placeholder', () => {
    const { window } = new JSDOM('<!DOCTYPE html><html><body><figure><img src="data:image/gif;base64,AA" data-lazy="1"></figure></body></html>');
    const doc = window.document;
    const ns = doc.createElement('noscript');
    ns.textContent = '<img src="https://img.example/real.jpg" alt="Real">';
    doc.querySelector('figure')!.appendChild(ns);
    expect(promoteLazyImages(doc)).toBeGreaterThan(0);
    expect(doc.querySelector('figure')!.innerHTML).toBe('<img src="https://img.example/real.jpg" alt="Real">');
  });

  it('never throws on odd input', () => {
    const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>');
    const doc = window.document;
    const ns = doc.createElement('noscript');
    ns.textContent = '<img src="<img src=x>" <<>> </noscript><script>alert(1)</script>';
    doc.body.appendChild(ns);
    expect(() => promoteLazyImages(doc)).not.toThrow();
    expect(doc.querySelector('script')).toBeNull();
  });
});

describe('isTrackingPixel', () => {
  const img = (attrs: string) => parseHTML(`<html><body><img ${attrs}></body></html>`).document.querySelector('img') as unknown as Element;
  it.each([
    ['width="1" height="1" src="/a.gif"', true],
    ['width="0" src="/a.gif"', true],
    ['width="2px" height="2px" src="/a.gif"', true],
    ['hidden src="/a.gif"', true],
    ['style="display:none" src="/a.gif"', true],
    ['style="opacity: 0;" src="/a.gif"', true],
    ['style="width:1px;height:1px" src="/a.gif"', true],
    ['src="https://www.google-analytics.com/collect?v=1"', true],
    ['src="https://pixel.example.com/x.jpg"', true],
    ['src="/img/beacon.gif"', true],
    ['src="/photo.jpg" width="640" height="480"', false],
    ['src="/photo.jpg" style="display:block;width:100%"', false],
    ['src="/pixel-art-gallery.jpg"', false],
    ['src="https://www.facebook.com/photo.jpg"', false],
  ])('%s → %s', (attrs, want) => {
    expect(isTrackingPixel(img(attrs), 'https://news.example/')).toBe(want);
  });
});
