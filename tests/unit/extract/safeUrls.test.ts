import { describe, expect, it } from 'vitest';
import { unwrapRedirect, isTrackingParam, parseSrcset, resolveHttpUrl, rewriteLink, sanitizeSrcset, stripTrackingParams } from '../../../src/extract/safeUrls';

describe('tracking parameters', () => {
  it.each(['utm_source', 'UTM_Medium', 'utm_anything', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_eid', 'mc_cid', 'igshid', '_hsenc', '_hsmi', 'yclid', 'ref_src', 'xtor', '_gl', 'itm_source'])(
    '%s is tracking', (p) => expect(isTrackingParam(p)).toBe(true));
  it.each(['id', 'p', 'q', 'page', 'ref', 's', 'source', 'utm', 'story_id', 'pk'])('%s is kept', (p) => expect(isTrackingParam(p)).toBe(false));

  it('strips only tracking parameters and keeps fragment and order', () => {
    expect(stripTrackingParams(new URL('https://a.example/x?b=2&utm_source=x&a=1&fbclid=9#frag')).href).toBe('https://a.example/x?b=2&a=1#frag');
    expect(stripTrackingParams(new URL('https://a.example/x?utm_source=x')).href).toBe('https://a.example/x');
    expect(stripTrackingParams(new URL('https://a.example/x?utm_source=x&utm_source=y&q=1')).href).toBe('https://a.example/x?q=1');
  });
});

describe('rewriteLink', () => {
  const base = 'https://news.example/a/b.html';
  it('classifies links', () => {
    expect(rewriteLink('#top', base)).toEqual({ kind: 'fragment', href: '#top' });
    expect(rewriteLink('c.html?utm_medium=x', base)).toEqual({ kind: 'web', href: 'https://news.example/a/c.html' });
    expect(rewriteLink('MAILTO:x@y.example', base)).toEqual({ kind: 'mailto', href: 'mailto:x@y.example' });
  });
  it.each(['javascript:alert(1)', '\u0001javascript:alert(1)', 'jav\nascript:1', 'data:text/html,1', 'blob:https://a/1', 'about:blank', 'ws://a.example/'])(
    'refuses %j', (href) => expect(rewriteLink(href, base)).toBeNull());
  it('unwraps click-tracking redirectors to their http(s) destination', () => {
    expect(rewriteLink('https://www.google.com/url?q=https://site.example/a?utm_source=g%26id%3D2&sa=D&ust=1', base)).toEqual({ kind: 'web', href: 'https://site.example/a?id=2' });
    expect(rewriteLink('https://l.facebook.com/l.php?u=https%3A%2F%2Fsite.example%2Fb&h=AT0', base)?.href).toBe('https://site.example/b');
    expect(rewriteLink('https://href.li/?https://site.example/c', base)?.href).toBe('https://site.example/c');
    // Not a redirect, or a destination we would refuse: left as it is.
    expect(unwrapRedirect(new URL('https://www.google.com/search?q=https://x.example/')).href).toBe('https://www.google.com/search?q=https://x.example/');
    expect(unwrapRedirect(new URL('https://www.google.com/url?q=javascript:alert(1)')).hostname).toBe('www.google.com');
    expect(unwrapRedirect(new URL('https://href.li/?%E0%A4%A')).hostname).toBe('href.li');
  });
  it('treats hosts named like Object members as plain hosts', () => {
    // "constructor" used to find Object's constructor as a redirector and throw.
    for (const host of ['constructor', '__proto__', 'hasownproperty', 'tostring', 'valueof']) {
      expect(rewriteLink(`http://${host}/a?https://evil.example/`, base)).toEqual({ kind: 'web', href: `http://${host}/a?https://evil.example/` });
    }
  });
  it('removes credentials that disguise the real host', () => {
    expect(rewriteLink('https://bank.example:secret@evil.example/login', base)).toEqual({ kind: 'web', href: 'https://evil.example/login' });
    expect(resolveHttpUrl('https://u@img.example/a.jpg', base)).toBe('https://img.example/a.jpg');
  });
  it('needs an http(s) base for relative links', () => {
    expect(rewriteLink('/x', null)).toBeNull();
    expect(resolveHttpUrl('/x', null)).toBeNull();
    expect(resolveHttpUrl('//cdn.example/x', base)).toBe('https://cdn.example/x');
  });
});

describe('srcset', () => {
  it('parses URLs with commas and descriptors', () => {
    expect(parseSrcset('https://i.example/w_300,h_200/a.jpg 300w, /b.jpg 2x,/c.jpg')).toEqual([
      { url: 'https://i.example/w_300,h_200/a.jpg', descriptor: '300w' },
      { url: '/b.jpg', descriptor: '2x' },
      { url: '/c.jpg', descriptor: '' },
    ]);
  });
  it('keeps absolute http(s) candidates only and picks the largest', () => {
    expect(sanitizeSrcset('javascript:1 1x, /a.jpg 1x, data:image/png;base64,AA 2x, //cdn.example/b.jpg 3x', 'https://n.example/p/')).toEqual({
      srcset: 'https://n.example/a.jpg 1x, https://cdn.example/b.jpg 3x',
      best: 'https://cdn.example/b.jpg',
    });
    expect(sanitizeSrcset('', 'https://n.example/')).toEqual({ srcset: '', best: null });
  });
  it('is bounded on huge input', () => {
    expect(parseSrcset('a.jpg 1x, '.repeat(100_000)).length).toBeLessThan(3_000);
  });
});
