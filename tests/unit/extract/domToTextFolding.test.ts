import { describe, expect, it } from 'vitest';
import { domToText } from '../../../src/extract/text';
import { doc } from './helpers';

/**
 * domToText as it was when every text node was folded on its way into the
 * paragraph (before folding moved to the paragraph's end): the reference
 * the faster version must match exactly.
 */
function foldedNodeByNode(root: Node): string {
  const BLOCK = new Set('address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody thead tfoot tr ul caption'.split(' '));
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button', 'select', 'textarea', 'input']);
  const paras: string[] = [];
  let cur = '';
  const flush = (): void => {
    if (!cur) return;
    const t = cur.indexOf('\n') < 0 ? cur.replace(/[ \t\f\r\u00a0]+/g, ' ').trim() : cur
      .split('\n').map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim()).join('\n')
      .replace(/^\n+|\n+$/g, '').replace(/\n{2,}/g, '\n');
    if (t) paras.push(t);
    cur = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      cur += pre || !/[\t\n\r\f]| {2}/.test(v) ? v : v.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = ((node as Element).localName || node.nodeName || '').toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      cur += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const cell = tag === 'td' || tag === 'th';
    if (cell) cur += ' ';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'pre');
    if (cell) cur += ' ';
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paras.join('\n\n');
}

describe('domToText folds whitespace once per paragraph', () => {
  it('gives the text that folding node by node gave, on random trees', () => {
    const d = doc('<html><body></body></html>');
    const tags = ['p', 'div', 'span', 'span', 'b', 'br', 'br', 'pre', 'td', 'th', 'li', 'script', 'a', 'em'];
    const bits = ['a', 'Bc', ' ', '  ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u3000', '\u2003', 'x y', ' z\n', '\n\n'];
    let seed = 5;
    // The high bits of the generator: its low bits repeat in short cycles.
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));
    const grow = (parent: Node, depth: number): void => {
      for (let i = rand(5); i > 0; i--) {
        if (depth < 4 && rand(2) === 0) {
          const el = d.createElement(tags[rand(tags.length)]!);
          parent.appendChild(el);
          if (el.localName !== 'br') grow(el, depth + 1);
        } else {
          let t = '';
          for (let j = rand(5); j > 0; j--) t += bits[rand(bits.length)];
          parent.appendChild(d.createTextNode(t));
        }
      }
    };
    for (let n = 0; n < 3000; n++) {
      const root = d.createElement('div');
      grow(root, 0);
      expect(domToText(root), root.outerHTML).toBe(foldedNodeByNode(root));
    }
  });
});
