/**
 * The Hugo + Pagefind peer of `npm run bench`, alone (see scripts/bench/hugo.ts):
 *
 *   node scripts/bench-hugo.ts --count N [--seed S] [--work DIR] [--echo]
 *
 * Generates the md corpus into DIR/hugo (default: a fresh temp dir, kept for inspection), builds it
 * with Hugo, indexes it with Pagefind, and prints wall, CPU and peak RSS (whole process tree) per step.
 * Not a test: figures depend on the machine and on what else runs on it.
 */
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchHugo, hugoAvailable } from './bench/hugo.ts';
import { numberOption, readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: node scripts/bench-hugo.ts --count N [--seed S] [--work DIR] [--echo]';
const { values } = readCommandLine(USAGE, {
  options: { count: { type: 'string' }, seed: { type: 'string' }, work: { type: 'string' }, echo: { type: 'boolean', default: false } },
});
const count = numberOption(USAGE, 'count', values.count, { min: 1 }) ?? usageError(USAGE, '--count N is required');
const seed = numberOption(USAGE, 'seed', values.seed);
const work = values.work ?? mkdtempSync(join(tmpdir(), 'chidao-bench-hugo-'));
if (!hugoAvailable()) {
  process.stderr.write('hugo is not on PATH (Debian: apt-get install -y hugo)\n');
  process.exit(1);
}

const results = await benchHugo({ count, work, echo: values.echo, ...(seed === undefined ? {} : { seed }) });

const MiB = 1024 * 1024;
const rows = [['step', 'wall s', 'cpu s', 'peak RSS MiB', 'pages', 'pages/s', 'files', 'output MiB', 'note']];
for (const r of results) {
  rows.push([
    r.name, r.wallS.toFixed(1), r.cpuS.toFixed(1), (r.peakRss / MiB).toFixed(0),
    r.pages?.toString() ?? '', r.pages ? (r.pages / r.wallS).toFixed(0) : '',
    r.files?.toString() ?? '', r.bytes === undefined ? '' : (r.bytes / MiB).toFixed(1), r.note ?? '',
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
const right = new Set([1, 2, 3, 4, 5, 6, 7]);
for (const row of rows) {
  console.log(row.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd());
}
console.log(`\nN=${count}, seed ${seed ?? 'default'}, ${cpus().length} CPUs, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, node ${process.version}; work dir ${work}`);
