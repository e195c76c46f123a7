import { describe, expect, it } from 'vitest';
import { describeTextQuote, findTextQuote } from '@/src/library/anchor';

const page =
  'The council met on Tuesday.\nMayor Ann Lee said the harbour would reopen in spring, after two years of repairs.\n' +
  'Critics were unconvinced.\nThe mayor said the harbour would reopen in spring again later, to applause.';

function anchorOf(text: string, exact: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  return describeTextQuote(text, at, at + exact.length);
}

describe('text-quote anchoring', () => {
  it('describes a passage in W3C TextQuote + TextPosition form', () => {
    const a = anchorOf(page, 'the harbour would reopen in spring');
    expect(a.exact).toBe('the harbour would reopen in spring');
    expect(a.prefix.endsWith('Mayor Ann Lee said ')).toBe(true);
    expect(a.prefix.length).toBe(32);
    expect(a.suffix.startsWith(', after two years')).toBe(true);
    expect(page.slice(a.start!, a.end!)).toBe(a.exact);
  });

  it('finds the unchanged passage, choosing between repeats by context', () => {
    const second = anchorOf(page, 'the harbour would reopen in spring', 1);
    const m = findTextQuote(page, second)!;
    expect(m.exact).toBe(true);
    expect(m.start).toBe(second.start);
    const first = anchorOf(page, 'the harbour would reopen in spring', 0);
    expect(findTextQuote(page, first)!.start).toBe(first.start);
  });

  it('tolerates small edits to the passage and its surroundings', () => {
    const a = anchorOf(page, 'Mayor Ann Lee said the harbour would reopen in spring, after two years of repairs.');
    const edited = 'A new intro paragraph was added here.\n' + page.replace('harbour would reopen', 'harbor will reopen').replace('two years', '2 years');
    const m = findTextQuote(edited, a)!;
    expect(m).not.toBeNull();
    expect(m.exact).toBe(false);
    expect(edited.slice(m.start, m.end)).toBe('Mayor Ann Lee said the harbor will reopen in spring, after 2 years of repairs.');
  });

  it('uses the saved context to keep words inserted near the end inside the match', () => {
    const before = 'the old harbour wall.\n“The harbour will reopen in spring, and the ferries will run again,” said Mayor Ann Lee.';
    const a = anchorOf(before, 'The harbour will reopen in spring, and the ferries will run again,');
    const after = 'Update: timetable added.\nthe old harbour wall.\n“The harbour will reopen in spring, and the ferries will run again from April,” said Mayor Ann Lee.';
    const m = findTextQuote(after, a)!;
    expect(after.slice(m.start, m.end)).toBe('The harbour will reopen in spring, and the ferries will run again from April,');
  });

  it('ignores changes of case, quote marks, dashes and line breaks', () => {
    const a = describeTextQuote('He said "it is over" - finally.', 8, 20);
    const m = findTextQuote('HE SAID “IT IS OVER” — finally.', a)!;
    expect(m.exact).toBe(true);
    expect(m.start).toBe(8);
  });

  it('says it is gone when the passage was removed or rewritten', () => {
    const a = anchorOf(page, 'Critics were unconvinced.');
    expect(findTextQuote(page.replace('Critics were unconvinced.', 'Nobody commented at all on it.'), a)).toBeNull();
    expect(findTextQuote('', a)).toBeNull();
    expect(findTextQuote(page, { ...a, exact: '   ' })).toBeNull();
  });

  it('re-finds a long passage with edits at both ends', () => {
    const para = Array.from({ length: 40 }, (_, i) => `Sentence ${i} describes the budget line ${i * 7} in detail.`).join(' ');
    const text = 'Intro.\n' + para + '\nOutro.';
    const a = describeTextQuote(text, 7, 7 + para.length);
    const edited = 'Intro changed.\n' + para.replace('Sentence 0', 'Sentence zero').replace('line 273 in detail.', 'line 273, in detail!') + '\nOutro.';
    const m = findTextQuote(edited, a)!;
    expect(m).not.toBeNull();
    expect(edited.slice(m.start, m.start + 13)).toBe('Sentence zero');
    expect(edited.slice(m.end - 10, m.end)).toBe('in detail!');
  });

  it('stays bounded on hostile input', () => {
    const huge = 'ab'.repeat(500_000);
    const a = { exact: 'ab'.repeat(60) + 'zz', prefix: 'ab'.repeat(16), suffix: 'ba'.repeat(16), start: 10, end: 132 };
    const t0 = performance.now();
    findTextQuote(huge, a);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
