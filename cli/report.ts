/**
 * The report CLI.
 *
 *   npm run report -- <page.html | http(s) URL> [--url URL] [--format json|markdown] [--length short|medium|long]
 *   npm run --silent report -- --batch IN.jsonl --out OUT.jsonl
 *
 * The batch mode follows the contract at the top of ../shared/tools/README.md:
 * one JSON object per line in, one per line out with the same ids; a
 * malformed line becomes a `bad-input` row and the batch goes on.
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { buildReport, buildTextReport } from '../src/core/buildReport';
import type { Report, SummaryLength } from '../src/core/types';
import { toContractRow } from './contract';
import { renderMarkdown } from './markdown';
import { nodeSanitizer, parseDocument } from './nodeDom';

interface Args {
  input?: string;
  url?: string;
  format: 'json' | 'markdown';
  batch?: string;
  out?: string;
  length: SummaryLength;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { format: 'json', length: 'medium' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--url') args.url = next();
    else if (a === '--format') {
      const f = next();
      if (f !== 'json' && f !== 'markdown') throw new Error('--format is json or markdown');
      args.format = f;
    } else if (a === '--length') {
      const l = next();
      if (l !== 'short' && l !== 'medium' && l !== 'long') throw new Error('--length is short, medium or long');
      args.length = l;
    } else if (a === '--batch') args.batch = next();
    else if (a === '--out') args.out = next();
    else if (a === '--help' || a === '-h') {
      process.stdout.write(usage());
      process.exit(0);
    } else if (a !== undefined && !a.startsWith('--') && args.input === undefined) args.input = a;
    else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

function usage(): string {
  return [
    'usage: npm run report -- <page.html | http(s) URL> [--url URL] [--format json|markdown] [--length short|medium|long]',
    '       npm run --silent report -- --batch IN.jsonl --out OUT.jsonl',
    '',
  ].join('\n');
}

export function reportForHtml(html: string, url: string, length: SummaryLength = 'medium'): Report {
  let doc: Document;
  try {
    doc = parseDocument(html);
  } catch (err) {
    return { ok: false, error: { code: 'bad-input', message: `The page could not be parsed: ${String(err)}` }, ms: { total: 0 } };
  }
  return buildReport(doc, { url, sanitize: nodeSanitizer(), summaryLength: length });
}

interface InRow {
  id?: unknown;
  url?: unknown;
  html?: unknown;
  text?: unknown;
  title?: unknown;
}

function badInput(id: string, message: string): Record<string, unknown> {
  return { id, ok: false, error: { code: 'bad-input', message } };
}

export function processBatchLine(line: string, lineNo: number): Record<string, unknown> | null {
  if (!line.trim()) return null;
  let row: InRow;
  try {
    row = JSON.parse(line) as InRow;
  } catch {
    return badInput(String(lineNo), `Line ${lineNo} is not valid JSON.`);
  }
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return badInput(String(lineNo), `Line ${lineNo} is not a JSON object.`);
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : String(lineNo);
  if (typeof row.id !== 'string' && typeof row.id !== 'number') return badInput(id, `Line ${lineNo} has no string "id".`);
  const url = typeof row.url === 'string' ? row.url : 'about:blank';
  try {
    if (typeof row.html === 'string') return toContractRow(id, reportForHtml(row.html, url));
    if (typeof row.text === 'string') {
      const title = typeof row.title === 'string' ? row.title : null;
      return toContractRow(id, buildTextReport({ text: row.text, title }));
    }
    return badInput(id, 'A row needs "html" or "text" as a string.');
  } catch (err) {
    return { id, ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
  }
}

async function runBatch(inPath: string, outPath: string): Promise<void> {
  const out: NodeJS.WritableStream = outPath === '-' ? process.stdout : createWriteStream(outPath);
  const rl = createInterface({ input: createReadStream(inPath), crlfDelay: Infinity });
  let lineNo = 0;
  let rows = 0;
  let failed = 0;
  for await (const line of rl) {
    lineNo++;
    const row = processBatchLine(line, lineNo);
    if (!row) continue;
    rows++;
    if (!row.ok) failed++;
    if (!out.write(JSON.stringify(row) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  if (out !== process.stdout) await new Promise<void>((r) => out.end(() => r()));
  process.stderr.write(`sourcelight: ${rows} rows, ${failed} not ok\n`);
}

async function readInput(input: string): Promise<string> {
  if (/^https?:\/\//i.test(input)) {
    const res = await fetch(input);
    if (!res.ok) throw new Error(`fetching ${input} answered ${res.status}`);
    return await res.text();
  }
  return readFileSync(input, 'utf8');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.batch) {
    if (!args.out) throw new Error('--batch needs --out OUT.jsonl (or --out -)');
    await runBatch(args.batch, args.out);
    return;
  }
  if (!args.input) {
    process.stderr.write(usage());
    process.exit(2);
  }
  const html = await readInput(args.input);
  const url = args.url ?? (/^https?:\/\//i.test(args.input) ? args.input : 'about:blank');
  const report = reportForHtml(html, url, args.length);
  if (args.format === 'markdown') process.stdout.write(renderMarkdown(report));
  else process.stdout.write(JSON.stringify(toContractRow(args.input, report), null, 2) + '\n');
  if (!report.ok) process.exitCode = 1;
}

const invokedDirectly = process.argv[1] && /report\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main().catch((err: unknown) => {
    process.stderr.write(`sourcelight: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  });
}
