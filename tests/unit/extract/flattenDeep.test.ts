/** flattenDeep: elements `maxDepth` levels below the root become their text; shallower ones stay. */
import { describe, expect, it } from 'vitest';
import { flattenDeep } from '../../../src/extract/flattenDeep';
import { window } from './support/jsdomSanitizer';

function rooted(html: string): { doc: Document; root: HTMLElement } {
  const doc = window.document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return { doc, root: doc.body };
}

describe('flattenDeep', () => {
  it('keeps elements above the limit and turns the one at the limit into its text', () => {
    const { doc, root } = rooted('<div><p>a <b>b <i>c</i></b></p><p>d</p></div>');
    flattenDeep(doc, root, 3); // div = 1, p = 2, b = 3
    expect(root.innerHTML).toBe('<div><p>a b c</p><p>d</p></div>');
  });

  it('changes nothing when the tree is shallower than the limit', () => {
    const html = '<div><p>a <b>b</b></p></div><p>e</p>';
    const { doc, root } = rooted(html);
    flattenDeep(doc, root, 4);
    expect(root.innerHTML).toBe(html);
  });

  it('flattens every deep branch, not only the first, and keeps all text', () => {
    const deep = (t: string) => `${'<span>'.repeat(5)}${t}${'</span>'.repeat(5)}`;
    const { doc, root } = rooted(`<div>${deep('x')}</div><div>${deep('y')}</div>`);
    flattenDeep(doc, root, 2);
    expect(root.innerHTML).toBe('<div>x</div><div>y</div>');
  });

  it('cuts a 1 000-level chain at the limit', () => {
    const { doc, root } = rooted(`${'<div>'.repeat(1_000)}z${'</div>'.repeat(1_000)}`);
    flattenDeep(doc, root, 256);
    expect(root.textContent).toBe('z');
    expect(root.querySelectorAll('div').length).toBe(255);
  });
});
