import { describe, expect, it } from 'vitest';
import { ClutterCounter, cleanArticle } from '../../../src/extract/clutter';
import { isCopyrightLine, isDateLine } from '../../../src/extract/edges';
import { doc, page, prose } from './helpers';

/** Runs pass 2 (which ends with the edge trim) on a content fragment. */
function cleaned(html: string): string {
  const d = doc(page(`<div id="root">${html}</div>`));
  const root = d.getElementById('root') as Element;
  cleanArticle(root, new ClutterCounter(), []);
  return root.textContent ?? '';
}

describe('date and copyright lines', () => {
  it('knows dates, times and a year among few words', () => {
    for (const t of ['03.04.2020', 'Updated 2020-01-05', 'Publié le 17. oktober', '24. März 2004, 19:49', '1:48pm', 'März 2004', 'By A. Writer · June 14, 2023', '16 marca 2021']) expect(isDateLine(t), t).toBe(true);
  });

  it('does not take quantities, titles with a year or phone numbers for dates', () => {
    for (const t of ['1 large or 1200 g whole chicken', 'Wings of Desire · Wim Wenders (1987)', '+49 301-23-4567', 'Issue 03/12 of the magazine']) expect(isDateLine(t), t).toBe(false);
  });

  it('takes "copyright" for a notice only with a sign, a year or at the start', () => {
    expect(isCopyrightLine('© 2020 Town Times')).toBe(true);
    expect(isCopyrightLine('Copyright 2019 Example Media')).toBe(true);
    expect(isCopyrightLine('The author talks about the copyright of his novel and the cost of his lawyers.')).toBe(false);
  });
});

describe('edges: what follows the last paragraph of prose', () => {
  it('keeps a plain list under a heading after the prose (ingredients, facts)', () => {
    const text = cleaned(`${prose(3)}<h3>You need</h3><ul><li>200 g sugar</li><li>2 eggs</li><li>1 lemon, zest only</li></ul>`);
    expect(text).toContain('You need');
    expect(text).toContain('2 eggs');
  });

  it('still drops a heading over a link list, and the list', () => {
    const text = cleaned(`${prose(3)}<h3>Elsewhere on the site</h3><ul><li><a href="/1">First other story</a></li><li><a href="/2">Second other story</a></li></ul>`);
    expect(text).not.toContain('Elsewhere');
    expect(text).not.toContain('other story');
  });

  it('keeps plain list items after furniture has begun, drops linked ones', () => {
    const text = cleaned(`${prose(3)}<p>© 2020 Town Times</p><ul><li>Opening hours 9 to 5</li><li><a href="/x">Another story</a></li></ul>`);
    expect(text).toContain('Opening hours 9 to 5');
    expect(text).not.toContain('Another story');
  });

  it('keeps table rows of data after the prose', () => {
    const text = cleaned(`${prose(3)}<table><tr><td>Range</td><td><a href="/r">420 km</a></td></tr><tr><td>Weight</td><td>1.6 t</td></tr></table>`);
    expect(text).toContain('420 km');
    expect(text).toContain('1.6 t');
  });

  it('keeps a full sentence with links in it', () => {
    const s = 'The minutes of earlier meetings are kept in the <a href="/a">town archive</a> and on the <a href="/b">council pages</a> for anyone to read.';
    const text = cleaned(`${prose(3)}${`<p>${s}</p>`}`);
    expect(text).toContain('for anyone to read.');
  });

  it('keeps a lede that merely uses the word "copyright"', () => {
    const lede = 'The writer spent a year in prison and talks about fear, the copyright of his letters and the strength he found in small things.';
    const text = cleaned(`<p><strong>${lede}</strong></p>${prose(3)}`);
    expect(text).toContain('the copyright of his letters');
  });
});

describe('read-also inserts', () => {
  it('keeps a paragraph that is only a bare URL', () => {
    const text = cleaned(`${prose(2)}<p><a href="https://petition.example/sign">https://petition.example/sign</a></p>${prose(2)}`);
    expect(text).toContain('https://petition.example/sign');
  });
});
