/**
 * Analysis speed benchmark (not a test): median and p95 per call of each analysis step on a
 * ~1,000-word article, and each step's ratio to a baseline measured in the same process
 * (plain splitSentences on the same text, without its memo), so numbers compare across machines.
 *
 *   npx tsx scripts/bench-analysis.ts [--file article.txt] [--title "…"] [--runs 400]
 *
 * Without --file it builds a deterministic 1,000-word English news text from hand-written templates
 * (names, roles, quotes, vague sourcing, a study) so every analysis path runs. Issue 3's bar: the
 * whole analysis under 5 ms median in Node; summary + sources take ≤ 2 ms of it.
 */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../src/analyze/analyzeText';
import { summarize } from '../src/analyze/summary';
import { collectSources } from '../src/analyze/sources';
import { findQuotes } from '../src/analyze/quotes';
import { findEntities } from '../src/analyze/names';
import { splitSentences } from '../src/analyze/sentences';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const PEOPLE = [
  ['Maria Keller', 'Finance Minister', 'she'], ['Tomas Brandt', 'opposition leader', 'he'],
  ['Ana Ortiz', 'city council member', 'she'], ['David Osei', 'central bank governor', 'he'],
];
const TEMPLATES: ((p: string[], q: string[], n: number) => string)[] = [
  (p, _q, n) => `${p[1]![0]!.toUpperCase()}${p[1]!.slice(1)} ${p[0]} said on Tuesday that the budget would rise by ${n} per cent next year.`,
  (p) => `“We will not cut pensions, and we will not raise taxes on families,” ${p[0]!.split(' ')[1]} told reporters in the capital.`,
  (_p, _q, n) => `Officials familiar with the negotiations said the deal could collapse within ${n} days if no compromise is found.`,
  (p) => `${p[2]![0]!.toUpperCase()}${p[2]!.slice(1)} added that the plan had been “carefully costed” by independent experts.`,
  (_p, _q, n) => `A report by the National Audit Office found that ${n} projects were over budget and behind schedule.`,
  (_p, q) => `Critics say the proposal favours large companies, while ${q[0]} has claimed it will create jobs in rural areas.`,
  (_p, _q, n) => `The city has ${n} libraries, and most of them open on Sundays during the winter months.`,
  () => 'Reports that the vote had been delayed were denied by the government on Wednesday evening.',
  (p, q) => `According to ${q[0]}, the talks with ${p[0]} were “constructive but difficult”.`,
  (_p, _q, n) => `Some have questioned whether the ${n} million euros set aside for repairs will be enough.`,
  () => 'The study, published in a medical journal, showed that waiting times fell sharply after the reform.',
  (_p, _q, n) => `State TV showed footage of crowds outside parliament, where about ${n} people gathered in the rain.`,
];

function syntheticArticle(words: number): string {
  const paras: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const p = PEOPLE[i % PEOPLE.length]!;
    const q = PEOPLE[(i + 1) % PEOPLE.length]!;
    const s = TEMPLATES[i % TEMPLATES.length]!(p, q, 3 + ((i * 7) % 40));
    if (i % 3 === 0) paras.push(s);
    else paras[paras.length - 1] += ` ${s}`;
    count += s.split(/\s+/).length;
    i++;
  }
  return paras.join('\n\n');
}

const file = arg('file');
const text = file ? readFileSync(file, 'utf8') : syntheticArticle(1000);
const title = arg('title') ?? (file ? null : 'Minister promises no pension cuts as budget talks drag on');
const runs = Number(arg('runs') ?? 400);
const input = { text, title, lang: 'en', siteName: 'Bench Times', imageCredits: ['Photo: Bench Agency'] };

// The baseline defeats splitSentences' one-entry memo by alternating two copies of the text.
const textB = `${text} `;
let flip = false;
const steps: [string, () => unknown][] = [
  ['baseline splitSentences', () => splitSentences((flip = !flip) ? text : textB, 'en')],
  ['summarize', () => summarize(text, { title, lang: 'en' })],
  ['findEntities', () => findEntities(text)],
  ['findQuotes', () => findQuotes(text)],
  ['collectSources', () => collectSources(input, quotesOnce, { entities: entitiesOnce })],
  ['summary+sources', () => collectSources(input, quotesOnce, { entities: entitiesOnce }) && summarize(text, { title, lang: 'en' })],
  ['analyzeText (all)', () => analyzeText(input)],
];
const entitiesOnce = findEntities(text);
const quotesOnce = findQuotes(text, { entities: entitiesOnce });

function measure(f: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 50; i++) f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    f();
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  return { median: t[Math.floor(t.length / 2)]!, p95: t[Math.floor(t.length * 0.95)]! };
}

const wordCount = text.split(/\s+/).filter(Boolean).length;
console.log(`text: ${file ?? 'synthetic'} (${wordCount} words, ${text.length} chars), ${runs} runs per step after 50 warm-up`);
let base = 0;
for (const [name, f] of steps) {
  const r = measure(f);
  if (!base) base = r.median;
  console.log(`${name.padEnd(26)} median ${r.median.toFixed(3)} ms   p95 ${r.p95.toFixed(3)} ms   ×${(r.median / base).toFixed(1)} baseline`);
}
