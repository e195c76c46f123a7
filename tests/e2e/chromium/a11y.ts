/**
 * axe-core in a Chromium page: the serious and critical violations on the page
 * as it is now (issue 4's accessibility bar). axe is evaluated by the driver,
 * not loaded by the page: evaluate() is not subject to the extension pages'
 * CSP, a <script> tag would be. (Firefox: tests/e2e/support/firefoxPages.ts.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let axeSource: string | undefined;

export async function seriousA11yViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}
