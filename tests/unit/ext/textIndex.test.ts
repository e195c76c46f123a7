// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextIndex, locate, normalizeText, toRange } from '@/src/ui/reader/textIndex';
import { applyMarks } from '@/src/ui/reader/marks';

function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** article.text as the extractor writes it: blocks separated by a blank line. */
const ARTICLE_HTML =
  '<h2>Talks  stall</h2><p>The minister said: “We will <em>not</em> give in.” Others disagreed.</p>' +
  '<figure><img src="x.jpg" alt="A pier"><figcaption>The pier, <b>today</b></figcaption></figure>' +
  '<p>Line one<br>line two, according to reports.</p><ul><li>We will not give in.</li></ul>';
const ARTICLE_TEXT =
  'Talks stall\n\nThe minister said: “We will not give in.” Others disagreed.\n\nThe pier, today\n\n' +
  'Line one\nline two, according to reports.\n\nWe will not give in.';

function setup(html = ARTICLE_HTML, text = ARTICLE_TEXT) {
  const root = render(html);
  const index = buildTextIndex(root);
  const article = { source: text, normal: normalizeText(text) };
  const find = (passage: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
    return [at, at + passage.length] as const;
  };
  return { root, index, article, find };
}

describe('buildTextIndex', () => {
  it('collapses whitespace and turns blocks and <br> into single spaces', () => {
    const { index } = setup();
    expect(index.text).toBe(
      'Talks stall The minister said: “We will not give in.” Others disagreed. The pier, today Line one line two, according to reports. We will not give in.',
    );
    expect(index.nodes.length).toBe(index.text.length);
  });

  it('ignores our own labels and skipped elements', () => {
    const { index } = setup('<p>a <span data-sl-ui>Label</span>b<script>x()</script></p>');
    expect(index.text).toBe('a b');
  });

  it('handles deep nesting without recursion', () => {
    // (jsdom itself recurses on detach, so the test tree stays moderate.)
    const root = document.createElement('div');
    let cur: HTMLElement = root;
    for (let i = 0; i < 1500; i++) cur = cur.appendChild(document.createElement(i % 2 ? 'div' : 'span'));
    cur.textContent = 'deep';
    expect(buildTextIndex(root).text).toBe('deep');
  });
});

describe('locate → range', () => {
  it('maps an offset across an inline element to the right DOM text', () => {
    const { index, article, find } = setup();
    const [s, e] = find('We will not give in.');
    const hit = locate(index, article, s, e);
    expect(hit).not.toBeNull();
    const range = toRange(index, hit![0], hit![1])!;
    expect(range.toString()).toBe('We will not give in.');
    // The first occurrence (inside the paragraph), not the list item.
    expect(range.startContainer.parentElement!.localName).toBe('p');
  });

  it('picks the occurrence nearest the offset when text repeats', () => {
    const { index, article, find } = setup();
    const [s, e] = find('We will not give in.', 1);
    const range = toRange(index, ...locate(index, article, s, e)!)!;
    expect(range.startContainer.parentElement!.localName).toBe('li');
  });

  it('crosses a <br> and block boundaries', () => {
    const { index, article, find } = setup();
    const [s, e] = find('Line one\nline two');
    expect(toRange(index, ...locate(index, article, s, e)!)!.toString()).toBe('Line oneline two');
  });

  it('falls back to the quote text when offsets are wrong, and folds curly marks', () => {
    const { index, article } = setup();
    expect(locate(index, article, 9999, 10005, 'according to reports')).not.toBeNull();
    expect(locate(index, article, -1, 3, '"We will not give in."')).not.toBeNull();
    expect(locate(index, article, 0, 0, '')).toBeNull();
    expect(locate(index, article, 0, 5, 'nowhere to be found')).not.toBeNull(); // offsets 0..5 are valid: "Talks"
    expect(locate(index, article, Number.NaN, 5, 'nowhere to be found')).toBeNull();
  });

  it('still finds passages when the rendered copy lost an element', () => {
    // The reader's sanitiser may drop something the extractor kept.
    const { index, article, find } = setup(ARTICLE_HTML.replace('<h2>Talks  stall</h2>', ''));
    const [s, e] = find('according to reports.');
    expect(toRange(index, ...locate(index, article, s, e)!)!.toString()).toBe('according to reports.');
  });
});

describe('applyMarks', () => {
  it('wraps nested quote and vague spans and labels the speaker once', () => {
    const { root, index, article, find } = setup();
    const q = locate(index, article, ...find('We will not give in.'))!;
    const v = locate(index, article, ...find('The minister said: “We will not give in.” Others disagreed.'))!;
    applyMarks(index, [
      { from: q[0], to: q[1], kind: 'quote', key: 'q0', label: 'The minister' },
      { from: v[0], to: v[1], kind: 'vague', key: 's0-0', title: 'vague' },
    ]);
    const marks = root.querySelectorAll('mark.sl-quote[data-sl-key="q0"]');
    expect([...marks].map((m) => m.textContent).join('')).toBe('We will not give in.');
    expect(marks.length).toBe(3); // split around <em>
    expect(root.querySelectorAll('[data-sl-start]').length).toBe(2);
    expect(root.querySelectorAll('.sl-speaker').length).toBe(1);
    expect(root.querySelector('.sl-speaker')!.nextElementSibling!.matches('mark[data-sl-start]')).toBe(true);
    expect(root.querySelector('mark')!.closest('.sl-vague')).not.toBeNull();
    // Text is unchanged apart from the label.
    expect(buildTextIndex(root).text).toBe(index.text);
  });
});

describe('withQuoteMarks', () => {
  it('takes in the quotation marks around a quote, and nothing else', async () => {
    const { withQuoteMarks } = await import('@/src/ui/reader/spans');
    const text = 'He said: “We will not give in.” Then left. «Oui», dit-elle. No marks here.';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    const slice = ([a, b]: [number, number]) => text.slice(a, b);
    expect(slice(withQuoteMarks(text, ...at('We will not give in.')))).toBe('“We will not give in.”');
    expect(slice(withQuoteMarks(text, ...at('Oui')))).toBe('«Oui»');
    expect(slice(withQuoteMarks(text, ...at('No marks')))).toBe('No marks');
    expect(slice(withQuoteMarks(text, 0, 2))).toBe('He');
  });
});
