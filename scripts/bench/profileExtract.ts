/**
 * Where extraction time goes (not a test): a sampled CPU profile (Chrome
 * DevTools protocol) of extractArticle and of plain Readability.parse over
 * ../shared/corpus/readability-test-pages in headless Chromium. Prints the
 * time under each and under each step extractArticle calls, so the stages are
 * read off the real code, never a copy of it.
 *
 *   npx tsx scripts/bench/profileExtract.ts [--pages DIR] [--reps 4] [--only names.txt] [--save out.cpuprofile]
 *
 * Sampling adds overhead and load adds noise: compare shares within one run,
 * not milliseconds across runs.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBundle, option, readabilityPagesDir } from './chromiumBundle';

const pagesDir = readabilityPagesDir();
const reps = Number(option('--reps', '4'));
const onlyFile = option('--only', '');
const only = onlyFile ? new Set(readFileSync(onlyFile, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean)) : null;

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

// Not minified, names kept: the profile is read by function name.
const { page, close } = await openBundle(join(import.meta.dirname, 'profileExtract.entry.ts'), { minify: false, keepNames: true });
const names = readdirSync(pagesDir).filter((n) => existsSync(join(pagesDir, n, 'source.html')) && (!only || only.has(n))).sort();
const htmls = names.map((n) => readFileSync(join(pagesDir, n, 'source.html'), 'utf8'));
const runAll = async (): Promise<void> => {
  for (const html of htmls) {
    await page.evaluate(([h, u]) => (window as unknown as { slProfile: { run(h: string, u: string): void } }).slProfile.run(h!, u!), [html, 'http://fakehost/test/page.html']);
  }
};
await runAll(); // warm-up, not profiled
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
for (let r = 0; r < reps; r++) await runAll();
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
await close();
const save = option('--save', '');
if (save) writeFileSync(save, JSON.stringify(profile));

// Time under each function, and under each direct callee of extractArticle.
const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const name = (id: number): string => byId.get(id)?.callFrame.functionName || '(anonymous)';
const under = new Map<string, number>();
const steps = new Map<string, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  const chain: string[] = [];
  for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parentOf.get(id)) chain.push(name(id));
  for (const f of new Set(chain)) under.set(f, (under.get(f) ?? 0) + dt);
  const at = chain.indexOf('extractArticle');
  if (at >= 0) {
    const step = at > 0 ? chain[at - 1]! : '(extractArticle itself)';
    steps.set(step, (steps.get(step) ?? 0) + dt);
  }
}
const ms = (us: number | undefined): string => ((us ?? 0) / 1000).toFixed(0).padStart(7);
const rd = under.get('profiledReadability') ?? 1;
const ex = under.get('profiledExtract') ?? 0;
console.log(`pages: ${names.length}, profiled repetitions: ${reps}, Chromium headless, sampling every 50 µs`);
console.log(`Readability.parse (plain)  ${ms(rd)} ms`);
console.log(`extractArticle             ${ms(ex)} ms   ${(ex / rd).toFixed(2)}x Readability`);
console.log('steps of extractArticle (ms, and as a multiple of plain Readability):');
for (const [step, t] of [...steps].sort((a, b) => b[1] - a[1]).filter(([, t]) => t >= 1000)) {
  console.log(`  ${ms(t)}  ${(t / rd).toFixed(2)}x  ${step}`);
}
