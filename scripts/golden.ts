/**
 * Golden reports, as mozilla/readability keeps expected output beside each
 * source page: tests/fixtures/pages/NAME.html → tests/fixtures/golden/NAME.json.
 * `npm run golden` rewrites them; review the diff like code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportForHtml } from '../cli/report';
import { toContractRow } from '../cli/contract';

export const PAGES_DIR = join(import.meta.dirname, '../tests/fixtures/pages');
export const GOLDEN_DIR = join(import.meta.dirname, '../tests/fixtures/golden');

/** The URL each fixture pretends to live at (the seed page keeps its real one). */
export function fixtureUrl(name: string): string {
  if (name === 'seed') return 'https://newsline-today.example/ukraine-war-putin-tells-russian-soldiers-mothers-he-shares-their-pain/';
  return `https://news.example/${name}/`;
}

export function fixtureNames(): string[] {
  return readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
}

/** The report minus what varies between runs (timings). */
export function goldenReport(name: string): Record<string, unknown> {
  const html = readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8');
  const row = toContractRow(name, reportForHtml(html, fixtureUrl(name)));
  delete row.ms;
  return row;
}

export function serialiseGolden(row: Record<string, unknown>): string {
  return JSON.stringify(row, null, 2) + '\n';
}
