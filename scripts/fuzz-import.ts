/**
 * npm run fuzz -- [--runs 10000] [--entries 10000] [--seed 20260901] [--path P] [--corpus 6] [--save DIR]
 *
 * Then (issue 18) --entries hand-edited entries: the committed entries with their YAML and MDX
 * mutated (tests/helpers/entry-fuzz.ts), read as the content loader and `npm run check` read them:
 * never a crash, every problem with file, line and field, and a valid entry the build can finish.
 * --entries 0 skips them; --path replays an importer input only.
 *
 * The full importer fuzz run (issue 9): feeds the importer --runs mutated inputs derived from the
 * seeds and a few corpus texts, and damaged Word, PDF and web-page files (tests/helpers/fuzz-inputs.ts, shared with the CI slice in
 * tests/unit/import-fuzz.test.ts), imports each as `npm run import` does, and checks the
 * properties: never an unexpected error; either an entry that reads back valid, MDX-safe and
 * holding all the input text, or a clear refusal naming the file (and line).
 *
 * Prints how many inputs were accepted and refused (by kind), the slowest inputs, and every failure
 * with the fast-check seed and path that reproduce it; the bytes of each failing input are saved
 * under --save. Then the first failure is shrunk to a minimal case. --path replays one input
 * (with its --seed) and shrinks it. Exit code 1 if anything failed.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberOption, readCommandLine } from './lib/arguments.ts';
import { caseFileName, describeCase, fuzzCase, loadBases, makeRunner, type FuzzCase, type Verdict } from '../tests/helpers/fuzz-inputs.ts';
import { describeEntryCase, entryCase, entryText, judgeEntry } from '../tests/helpers/entry-fuzz.ts';

const extension = (c: FuzzCase) => caseFileName(c).replace(/^directive/, '');

const USAGE = 'usage: npm run fuzz -- [--runs 10000] [--entries 10000] [--seed 20260901] [--path P] [--corpus 6] [--save DIR]';
const { values } = readCommandLine(USAGE, {
  options: {
    runs: { type: 'string', default: '10000' },
    entries: { type: 'string' },
    seed: { type: 'string', default: '20260901' },
    path: { type: 'string' },
    corpus: { type: 'string', default: '6' },
    save: { type: 'string', default: join(tmpdir(), 'chidao-fuzz-failures') },
  },
});
const runs = numberOption(USAGE, 'runs', values.runs, { min: 1 })!;
const seed = numberOption(USAGE, 'seed', values.seed, { min: -(2 ** 31) })!;

const runner = makeRunner(loadBases(Number(values.corpus)));
const { bases } = runner;
const arbitrary = fuzzCase(bases.length);
const started = performance.now();

function save(name: string, bytes: Uint8Array): string {
  mkdirSync(values.save!, { recursive: true });
  const file = join(values.save!, name);
  writeFileSync(file, bytes);
  return file;
}

/** Shrink a failing case from `path` (or the first failure) and print fast-check's report. */
async function shrink(path: string | undefined): Promise<boolean> {
  let last: { c: FuzzCase; problem: string; bytes: Uint8Array } | undefined;
  const details = await fc.check(fc.asyncProperty(arbitrary, async (c) => {
    const { verdict, bytes } = await runner.run(c);
    if (verdict.status === 'failed') last = { c, problem: verdict.problem, bytes };
    return verdict.status !== 'failed';
  }), { seed, ...(path ? { path, numRuns: 1 } : { numRuns: runs }) }); // a path replays that one input
  if (!details.failed) return false;
  const shrunk = details.counterexample?.[0];
  console.log(`\nshrunk: seed ${details.seed}, path "${details.counterexamplePath}" (${details.numShrinks} shrinks)`);
  if (shrunk) {
    const again = await runner.run(shrunk);
    const problem = again.verdict.status === 'failed' ? again.verdict.problem : last?.problem;
    console.log(`  case: ${describeCase(shrunk, bases)}`);
    console.log(`  problem: ${problem}`);
    console.log(`  bytes: ${save(`shrunk${extension(shrunk)}`, again.bytes)}`);
    console.log(`  replay: npm run fuzz -- --seed ${details.seed} --path "${details.counterexamplePath}"`);
  }
  return true;
}

if (values.path) {
  const failed = await shrink(values.path);
  if (!failed) console.log(`seed ${seed} path ${values.path}: passes`);
  runner.dispose();
  process.exit(failed ? 1 : 0);
}

// Statistics: one pass over `runs` inputs that records every outcome and never stops early.
const refused = new Map<string, number>();
const failures: { path: number; problem: string; what: string; file: string }[] = [];
const slowest: { ms: number; path: number; what: string; size: number }[] = [];
/** Inputs slower than this are listed (and saved): a regular expression or loop gone quadratic. */
const SLOW_MS = 5000;
const slow: { ms: number; path: number; what: string; file: string }[] = [];
let index = 0, accepted = 0, warnings = 0, totalBytes = 0, maxBytes = 0;
await fc.check(fc.asyncProperty(arbitrary, async (c) => {
  const path = index++;
  const { verdict, bytes, ms } = await runner.run(c);
  totalBytes += bytes.length;
  maxBytes = Math.max(maxBytes, bytes.length);
  count(verdict);
  if (verdict.status === 'failed') {
    failures.push({ path, problem: verdict.problem, what: describeCase(c, bases), file: save(`path-${path}${extension(c)}`, bytes) });
  }
  if (ms > SLOW_MS) slow.push({ ms, path, what: describeCase(c, bases), file: save(`slow-${path}${extension(c)}`, bytes) });
  slowest.push({ ms, path, what: describeCase(c, bases), size: bytes.length });
  slowest.sort((a, b) => b.ms - a.ms).splice(5);
  if (index % 1000 === 0) console.error(`… ${index} inputs, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return true;
}), { seed, numRuns: runs });

function count(v: Verdict) {
  if (v.status === 'accepted') { accepted++; warnings += v.warnings; }
  if (v.status === 'refused') refused.set(v.kind, (refused.get(v.kind) ?? 0) + 1);
}

const seconds = (performance.now() - started) / 1000;
const totalRefused = [...refused.values()].reduce((a, b) => a + b, 0);
console.log(`importer fuzz: seed ${seed}, ${bases.length} base texts (${bases.map((b) => b.name).join(', ')})`);
console.log(`inputs:   ${index} (${(totalBytes / 2 ** 20).toFixed(1)} MiB, largest ${(maxBytes / 2 ** 20).toFixed(2)} MiB) in ${seconds.toFixed(1)} s`);
console.log(`accepted: ${accepted} (entries valid, MDX-safe, all text kept; ${warnings} warnings)`);
console.log(`refused:  ${totalRefused}${[...refused].sort((a, b) => b[1] - a[1]).map(([k, n]) => `\n  ${k}: ${n}`).join('')}`);
console.log(`failures: ${failures.length}`);
const byProblem = new Map<string, typeof failures>();
for (const f of failures) {
  const key = f.problem.replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 70);
  byProblem.set(key, [...(byProblem.get(key) ?? []), f]);
}
for (const [key, fs] of byProblem) {
  console.log(`  ${fs.length} × ${key}`);
  for (const f of fs.slice(0, 3)) {
    console.log(`    path ${f.path}: ${f.problem.slice(0, 300)}\n      case: ${f.what.slice(0, 400)}\n      bytes: ${f.file}\n      replay: npm run fuzz -- --seed ${seed} --path ${f.path}`);
  }
}
console.log(`slowest:${slowest.map((s) => `\n  ${s.ms.toFixed(0)} ms, ${(s.size / 1024).toFixed(0)} KiB, path ${s.path}: ${s.what.slice(0, 160)}`).join('')}`);
if (slow.length) console.log(`slower than ${SLOW_MS / 1000} s: ${slow.length}${slow.map((s) => `\n  ${s.ms.toFixed(0)} ms, path ${s.path}: ${s.file}`).join('')}`);
if (failures.length) await shrink(String(failures[0]!.path));
runner.dispose();
const entryFailures = fuzzEntries(Number(values.entries ?? values.runs));
process.exit(failures.length || entryFailures ? 1 : 0);

/** Hand-edited entries: returns how many failed. */
function fuzzEntries(n: number): number {
  if (!Number.isInteger(n) || n < 1) return 0;
  const t0 = performance.now();
  const seen = { valid: 0, refused: 0, warnings: 0 };
  const failed: { path: number; problem: string; what: string; file: string }[] = [];
  let slowest = { ms: 0, path: -1 };
  let i = 0;
  fc.check(fc.property(entryCase, (c) => {
    const path = i++;
    const text = entryText(c);
    const v = judgeEntry(text);
    if (v.ms > slowest.ms) slowest = { ms: v.ms, path };
    if (v.status === 'failed') failed.push({ path, problem: v.problem, what: describeEntryCase(c), file: save(`entry-${path}.mdx`, new TextEncoder().encode(text)) });
    else { seen[v.status]++; seen.warnings += v.warnings; }
    if (i % 1000 === 0) console.error(`… ${i} entries, ${failed.length} failures`);
    return true;
  }), { seed, numRuns: n });
  console.log(`\nentry fuzz: ${i} hand-edited entries in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${seen.valid} valid (${seen.warnings} warnings), ${seen.refused} refused with file, line and field`);
  console.log(`entry failures (crashes or messages without file/line/field): ${failed.length}`);
  for (const f of failed.slice(0, 10)) console.log(`  path ${f.path}: ${f.problem.slice(0, 300)}\n    case: ${f.what}\n    text: ${f.file}`);
  console.log(`slowest entry: ${slowest.ms.toFixed(0)} ms (path ${slowest.path})`);
  return failed.length;
}
