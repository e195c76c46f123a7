import { describe, expect, it } from 'vitest';
import { defuseClobbering } from '../../../src/extract/unclobber';
import { readingCopy } from '../../../src/extract/readingCopy';
import { doc, page } from './helpers';

const names = (d: Document): string[] =>
  Array.from(d.querySelectorAll('[name],[id]')).map((el) => `${el.localName}:${el.getAttribute('name') ?? ''}:${el.getAttribute('id') ?? ''}`);

describe('defuseClobbering', () => {
  it('takes from form controls and images the names and ids that shadow a form member, and keeps the others', () => {
    const d = doc(page('<form id="f"><input name="parentNode"><input id="nextSibling"><input name="email" id="mail">' +
      '<img name="firstChild" src="a.png"><fieldset name="children"></fieldset><select name="q"></select></form>' +
      '<input form="f" name="textContent"><p id="parentNode">not a control</p>'));
    expect(defuseClobbering(d)).toBe(5);
    expect(names(d)).toEqual(['form::f', 'input:email:mail', 'select:q:', 'p::parentNode']);
  });

  it('takes from images, forms, embeds and objects the names that shadow a document member', () => {
    const d = doc(page('<img name="body" src="a.png"><form name="getElementsByTagName"></form><embed name="createElement">' +
      '<object name="documentElement"></object><img name="gallery" src="b.png"><div id="body">a div</div>'));
    expect(defuseClobbering(d)).toBe(4);
    expect(names(d)).toEqual(['img:gallery:', 'div::body']);
  });

  it('runs on every reading copy, never on the page', () => {
    const page1 = doc(page('<form><input type="hidden" name="parentNode"></form><p>Text</p>'));
    const copy = readingCopy(page1);
    expect(copy.querySelector('input')!.hasAttribute('name')).toBe(false);
    expect(page1.querySelector('input')!.getAttribute('name')).toBe('parentNode');
  });

  it('leaves a page without such names as it was', () => {
    const d = doc(page('<form><input name="q"></form><img src="a.png" id="hero"><p id="intro">Text</p>'));
    expect(defuseClobbering(d)).toBe(0);
  });
});
