/**
 * The Hugo + Pagefind peer of `npm run bench`, alone (see scripts/bench/hugo.ts):
 *
 *   node scripts/bench-hugo.ts --count N [--seed S] [--work DIR] [--keep] [--echo]
 *
 * Generates the md corpus into DIR/hugo (default: a fresh temp dir, removed at the end unless
 * --keep; a DIR given is always kept), builds it with Hugo, indexes it with Pagefind, and prints
 * wall, CPU and peak RSS (whole process tree) per step.
 * Not a test: figures depend on the machine and on what else runs on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchHugo, hugoAvailable } from './bench/hugo.ts';
import { numberOption, readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: node scripts/bench-hugo.ts --count N [--seed S] [--work DIR] [--keep] [--echo]';
const { values } = readCommandLine(USAGE, {
  options: { count: { type: 'string' }, seed: { type: 'string' }, work: { type: 'string' }, keep: { type: 'boolean', default: false }, echo: { type: 'boolean', default: false } },
});
const count = numberOption(USAGE, 'count', values.count, { min: 1 }) ?? usageError(USAGE, '--count N is required');
const seed = numberOption(USAGE, 'seed', values.seed);
if (!hugoAvailable()) {
  process.stderr.write('hugo is not on PATH (Debian: apt-get install -y hugo)\n');
  process.exit(1);
}
// A temp folder of our own is removed at the end (runs used to leave one each in /tmp).
const work = values.work ?? mkdtempSync(join(tmpdir(), 'chidao-bench-hugo-'));
const temp = values.work || values.keep ? undefined : work;

let results: Awaited<ReturnType<typeof benchHugo>>;
try {
  results = await benchHugo({ count, work, echo: values.echo, ...(seed === undefined ? {} : { seed }) });
} finally {
  if (temp) rmSync(temp, { recursive: true, force: true });
}

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
console.log(`\nN=${count}, seed ${seed ?? 'default'}, ${cpus().length} CPUs, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, node ${process.version}; work dir ${temp ? `${work} (removed; --keep keeps it)` : work}`);
