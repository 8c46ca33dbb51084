/**
 * npm run eval:graph -- [--count N] [--seed S]: how well the graph identifies cited documents, on a
 * synthetic corpus whose manifest knows the truth (../shared/bench/make-corpus.mjs: every citation
 * of another generated directive, with or without its date, and deliberate same-number collisions).
 *
 * The corpus is generated, imported and loaded as a build would; each true citation is matched to
 * a reference of the citing entry with the same number, and counted as
 *   correct   — resolved to the true directive,
 *   ambiguous — marked ambiguous with the true directive among the candidates (never picked),
 *   wrong     — resolved to another document, or ambiguous without the truth,
 *   missed    — no reference with that number in the citing entry.
 * Precision counts resolved (non-ambiguous) references to generated numbers: correct / resolved.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../src/import/import-files.ts';
import { loadEntries } from '../src/entry/load-entries.ts';
import { buildGraph, entryDocumentId } from '../src/graph/build.ts';
import { numberKey } from '../src/model/document-number.ts';
import { numberOption, readCommandLine } from './lib/arguments.ts';

const USAGE = 'usage: npm run eval:graph -- [--count N] [--seed S] [--keep]';
const { values } = readCommandLine(USAGE, { options: { count: { type: 'string', default: '500' }, seed: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } } });
numberOption(USAGE, 'count', values.count, { min: 1 });
numberOption(USAGE, 'seed', values.seed);
const work = mkdtempSync(join(tmpdir(), 'chidao-eval-graph-'));
const corpus = join(work, 'corpus'), content = join(work, 'content');
execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'shared', 'bench', 'make-corpus.mjs'), '--count', values.count!, '--seed', values.seed!, '--out', corpus, '--format', 'txt'], { stdio: ['ignore', 'ignore', 'inherit'] });
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as {
  directives: { id: string; file: string; number: string | null; cites: { number: string; date: string | null; role: string; target: string }[] }[];
};

const entryOf = new Map<string, string>();
let failed = 0;
for (const m of manifest.directives) {
  const o = await importFile(join(corpus, m.file), { out: content, force: true, dryRun: false, imported: '2026-11-23' });
  if (o.status === 'failed' || o.status === 'skipped') { failed++; continue; }
  entryOf.set(m.id, o.result.slug);
}
const { entries, problems } = loadEntries('/', content);
const graph = buildGraph(entries);
const generatedKeys = new Set(manifest.directives.filter((m) => m.number).map((m) => numberKey(m.number!)));

const tally = { correct: 0, ambiguous: 0, wrong: 0, missed: 0 };
const byDate = { dated: { ...tally }, undated: { ...tally } };
const wrongExamples: string[] = [];
let resolvedToGenerated = 0, resolvedCorrect = 0;
for (const m of manifest.directives) {
  const entry = entryOf.get(m.id);
  if (!entry) continue;
  const refs = (graph.references.get(entry) ?? []).filter((r) => r !== undefined);
  const used = new Set<number>();
  for (const c of m.cites) {
    const truth = entryDocumentId(entryOf.get(c.target) ?? '?');
    const key = numberKey(c.number);
    const candidates = refs.filter((r) => r.group === key && !used.has(r.mention));
    const pick = candidates.find((r) => r.target === truth) ?? candidates.find((r) => r.candidates?.includes(truth)) ?? candidates[0];
    const bucket = c.date ? byDate.dated : byDate.undated;
    let outcome: keyof typeof tally;
    if (!pick) outcome = 'missed';
    else {
      used.add(pick.mention);
      outcome = pick.target === truth ? 'correct' : pick.candidates?.includes(truth) ? 'ambiguous' : 'wrong';
      if (outcome === 'wrong' && wrongExamples.length < 8) wrongExamples.push(`${entry}:${pick.line} "${pick.raw}" → ${pick.target ?? pick.candidates?.join(' | ')} (truth ${truth})`);
    }
    tally[outcome]++;
    bucket[outcome]++;
  }
  for (const r of refs) {
    if (r.target && r.group && generatedKeys.has(r.group)) {
      resolvedToGenerated++;
      if (r.target.startsWith('van-ban/')) resolvedCorrect++;
    }
  }
}
const total = Object.values(tally).reduce((a, b) => a + b, 0);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
console.log(JSON.stringify({ directives: manifest.directives.length, importFailed: failed, contentProblems: problems.length, citations: total, ...tally, byDate }, null, 1));
console.log(`true citations ${total}: correct ${pct(tally.correct, total)}, ambiguous (truth among candidates) ${pct(tally.ambiguous, total)}, wrong ${pct(tally.wrong, total)}, missed ${pct(tally.missed, total)}`);
console.log(`dated: correct ${pct(byDate.dated.correct, total - Object.values(byDate.undated).reduce((a, b) => a + b, 0))}; undated: ${JSON.stringify(byDate.undated)}`);
console.log(`references to generated numbers resolved to a directive of the collection: ${pct(resolvedCorrect, resolvedToGenerated)} of ${resolvedToGenerated}`);
for (const w of wrongExamples) console.log('  wrong:', w);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
