import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/nodeDom';

// linkedom makes the first element it meets the root; a browser builds
// html/head/body whatever comes first. The CLI must read such pages as a browser does.
describe('parseDocument (CLI, linkedom)', () => {
  const body = '<body><article><p>The council voted on Tuesday to keep the library open.</p></article></body>';

  it('reads a page with a PHP warning before its doctype', () => {
    const doc = parseDocument(`<br />\n<b>Warning</b>: mysql_connect() failed in <b>/www/x.php</b><br />\n<!DOCTYPE html><html><head><title>Library</title></head>${body}</html>`);
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.title).toBe('Library');
    expect(doc.body.textContent).toContain('keep the library open');
  });

  it('reads a page that opens with <head> and has no <html>', () => {
    const doc = parseDocument(`<!DOCTYPE html><head><title>Wolves</title></head>${body}`);
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.body.textContent).toContain('keep the library open');
  });

  it('reads a page with a stray <style> first and IE conditional <html> tags', () => {
    const doc = parseDocument(`<style>.x{opacity:0}</style>\n<!DOCTYPE html>\n<!--[if lt IE 7]><html class="ie6"><![endif]-->\n<!--[if gt IE 8]><!--><html lang="en"><!--<![endif]--><head><title>Cultivation</title></head>${body}</html>`);
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.body.textContent).toContain('keep the library open');
  });

  it('leaves ordinary pages alone', () => {
    const doc = parseDocument(`<!DOCTYPE html><html lang="de"><head><title>T</title></head>${body}</html>`);
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
  });
});
