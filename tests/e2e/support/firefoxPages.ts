/**
 * Generated test pages (served by the fixture server's `route`) and readers of
 * the popup's DOM, shared by the Firefox end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

/**
 * Navigation and nothing else: no article by any rule (the popup's "no article"
 * state). Teaser home pages are the harder case, left to the extraction tests
 * and to the auto-reader tests (which must never open them).
 */
export function navOnlyPageHtml(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nothing to read</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></body></html>`;
}

/** A site's home page: many linked headlines, no article (auto-reader must leave it alone). */
export function listPageHtml(): string {
  const items = Array.from(
    { length: 40 },
    (_, i) => `<li><a href="/story-${i}.html">Council votes on budget item ${i}</a> <span>2 min</span></li>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsline Today – Home</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><h1>Latest</h1><ul>${items}</ul></main><footer><a href="/about">About</a></footer></body></html>`;
}

/** A page far past the extraction limits (elements), so the popup says "too large". */
export function hugePageHtml(elements = 60_000): string {
  const cell = '<span>word </span>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge page</title></head>
<body><article><h1>Huge page</h1><p>${cell.repeat(elements)}</p></article></body></html>`;
}

/** The smallest valid one-page PDF: Firefox shows it in its built-in viewer. */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export interface PopupReport {
  state: string;
  title: string;
  meta: string;
  /** Speaker heading (name · role) → quote texts, in display order. */
  speakers: { speaker: string; quotes: string[] }[];
  sources: string;
  cleaned: string;
  text: string;
}

/** Reads the popup's rendered report (works for a popup.html tab). */
export function readPopup(page: Page): Promise<PopupReport> {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => (el as HTMLElement | null)?.innerText?.trim() ?? '';
    return {
      state: document.body.dataset.state ?? '',
      title: text(document.querySelector('h1')),
      meta: text(document.querySelector('.meta')),
      speakers: [...document.querySelectorAll('#quotes .speaker-group')].map((group) => ({
        speaker: text(group.querySelector('.speaker')),
        quotes: [...group.querySelectorAll('.quote-text')].map((q) => text(q)),
      })),
      sources: text(document.querySelector('#sources')),
      cleaned: text(document.querySelector('#cleaned')),
      text: document.body.innerText,
    };
  });
}

/**
 * Select the first occurrence of `needle` in the page (as a person's drag
 * would) and return a point inside the selection, for a right-click.
 */
export function selectText(page: Page, needle: string): Promise<{ x: number; y: number }> {
  return page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: box.x + Math.min(10, box.width / 2), y: box.y + box.height / 2 };
    }
    throw new Error(`text not on the page: ${needle}`);
  }, needle);
}

let axeSource: string | undefined;

/**
 * Serious and critical axe-core violations on the page as it is now (issue 4's
 * bar). axe is evaluated by the driver, not loaded by the page, so the
 * extension pages' CSP (script-src 'self') stays as shipped.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')})`);
  });
}
