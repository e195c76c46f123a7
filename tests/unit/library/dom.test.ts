// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { captureSelection } from '@/src/library/capture';
import { buildTextIndex, offsetsToRange, rangeToOffsets } from '@/src/library/domText';
import { MARK_ATTR, showPassage } from '@/src/library/highlight';
import { speakerFor } from '@/src/library/speaker';
import { findEntities } from '@/src/analyze/names';
import { findQuotes } from '@/src/analyze/quotes';
import { textFragmentUrl } from '@/src/library/textFragment';

const PAGE = `
<head><title>Harbour to reopen</title>
<link rel="canonical" href="https://news.example/harbour">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav>Home | World</nav><script>var x = "not text";</script>
<article><h1>Harbour to reopen</h1>
<p>The council met on Tuesday.</p>
<p>“The harbour will reopen in   spring,” said Mayor <b>Ann Lee</b>. “We are ready.”</p>
<p>Critics were unconvinced.</p></article></body>`;

function select(doc: Document, node: Node, start: number, endNode: Node, end: number) {
  const r = doc.createRange();
  r.setStart(node, start);
  r.setEnd(endNode, end);
  const sel = doc.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(r);
}

describe('in-page text index, capture and highlight', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = PAGE;
  });

  it('indexes visible text with normalised whitespace and block breaks', () => {
    const idx = buildTextIndex(document.body);
    expect(idx.text).toBe('Home | World\nHarbour to reopen\nThe council met on Tuesday.\n“The harbour will reopen in spring,” said Mayor Ann Lee. “We are ready.”\nCritics were unconvinced.');
    const at = idx.text.indexOf('Ann Lee');
    const range = offsetsToRange(idx, document, at, at + 7)!;
    expect(range.toString()).toBe('Ann Lee');
    expect(rangeToOffsets(idx, range)).toEqual({ start: at, end: at + 7 });
  });

  it('captures selection, anchor, metadata and speaker context', () => {
    const p = document.querySelectorAll('p')[1]!;
    const t = p.firstChild as Text;
    select(document, t, 1, t, t.data.indexOf(',”'));
    const r = captureSelection(document, window);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.capture;
    expect(c.text).toBe('The harbour will reopen in spring');
    expect(c.anchor.exact).toBe('The harbour will reopen in spring');
    expect(c.anchor.prefix.endsWith('Tuesday.\n“')).toBe(true);
    expect(c.anchor.suffix.startsWith(',” said Mayor')).toBe(true);
    expect(c.meta).toMatchObject({ url: 'https://news.example/harbour', site: 'Example News', author: 'Jane Smith', published: '2024-03-05T10:00:00Z', title: 'Harbour to reopen' });
    expect(c.context!.text.slice(c.context!.start, c.context!.end)).toBe('The harbour will reopen in spring');
    expect(c.context!.text).toContain('Tuesday.\n\n“The harbour');
    const speaker = speakerFor(c.context!, (text) => {
      const s = text.indexOf('The harbour');
      return [{ text: 'The harbour will reopen in spring,', speaker: 'Ann Lee', kind: 'statement', start: s, end: s + 34, paragraph: 0 }];
    });
    expect(speaker).toBe('Ann Lee');
  });

  it('finds the speaker with the real quote finder (as the background does)', () => {
    const p = document.querySelectorAll('p')[1]!;
    const t = p.firstChild as Text;
    select(document, t, 5, t, 24);
    const r = captureSelection(document, window);
    expect(r.ok && r.capture.text).toBe('harbour will reopen');
    if (!r.ok) return;
    expect(speakerFor(r.capture.context!, (text) => findQuotes(text, { entities: findEntities(text) }))).toBe('Ann Lee');
  });

  it('builds a text-fragment URL for the permission-less fallback', () => {
    expect(textFragmentUrl('https://x.example/a#top', 'short, quoted - text')).toBe('https://x.example/a#:~:text=short%2C%20quoted%20%2D%20text');
    expect(textFragmentUrl('https://x.example/a', 'one two three four five six seven eight nine ten')).toBe('https://x.example/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });

  it('without a selection uses the context-menu text, with no anchor', () => {
    document.getSelection()!.removeAllRanges();
    const r = captureSelection(document, window, '  picked  text ');
    expect(r.ok && r.capture.text).toBe('picked text');
    expect(r.ok && r.capture.anchor.start).toBeNull();
    expect(captureSelection(document, window).ok).toBe(false);
    const area = document.createElement('textarea');
    area.value = 'typed  words here';
    document.body.append(area);
    area.focus();
    area.setSelectionRange(0, 12);
    const f = captureSelection(document, window);
    expect(f.ok && f.capture.text).toBe('typed words');
    expect(f.ok && f.capture.anchor.start).toBeNull();
  });

  it('shows a passage across elements after the page changed, and says when it is gone', () => {
    const idx = buildTextIndex(document.body);
    const exact = 'said Mayor Ann Lee. “We are ready';
    const s = idx.text.indexOf(exact);
    const anchor = { exact, prefix: idx.text.slice(s - 32, s), suffix: idx.text.slice(s + exact.length, s + exact.length + 32), start: s, end: s + exact.length };
    document.querySelector('nav')!.textContent = 'Home | World | Sport | Business';
    document.querySelectorAll('p')[1]!.innerHTML = '“The harbour will reopen in spring,” said Mayor <b>Ann Lee</b>. “We are so ready.”';
    const res = showPassage(document, anchor);
    expect(res.found).toBe(true);
    const marks = document.querySelectorAll(`mark[${MARK_ATTR}]`);
    expect(Array.from(marks, (m) => m.textContent).join('')).toBe('said Mayor Ann Lee. “We are so ready');
    // Showing again clears the old marks first.
    showPassage(document, anchor);
    expect(document.querySelectorAll(`mark[${MARK_ATTR}]`).length).toBe(marks.length);
    document.querySelectorAll('p')[1]!.textContent = 'Something else entirely.';
    expect(showPassage(document, anchor).found).toBe(false);
  });
});
