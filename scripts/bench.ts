/**
 * npm run bench -- --count N [--runs 3] [--work DIR] [--no-hugo] [--no-offline] [--no-verify] [--no-write]
 *
 * The build benchmark. Generates N synthetic directives (../shared/bench/make-corpus.mjs), then,
 * for each run, cold (caches and output deleted): imports them, builds the site (pages, posters,
 * search index; stages timed from the build's own marks, src/lib/stages.ts), makes the offline
 * copy, and rebuilds after editing one directive (warm caches). Each step is a child process whose
 * whole process tree is sampled for memory (scripts/lib/measure.ts). Then, once: checks the build
 * is correct (scripts/bench/verify.ts), measures search bytes per query (scripts/bench-search.ts),
 * and builds the same corpus with Hugo + Pagefind for comparison (scripts/bench/hugo.ts; skipped
 * if Hugo is not installed: apt-get install hugo).
 *
 * Reports medians with every run's figures, and writes them with the machine's facts into
 * BENCHMARKS.md (section "N directives", replaced on each run) unless --no-write.
 * Not a test: timings on shared 2-core VMs vary 2–4× between identical runs.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, renameSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberOption, readCommandLine } from './lib/arguments.ts';
import { diskUsage, median, peakBetween, runMeasured, type Measured } from './lib/measure.ts';
import type { StepResult } from './bench/steps.ts';
import { verifyBuild, type Verification } from './bench/verify.ts';
import { benchHugo, hugoAvailable } from './bench/hugo.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const USAGE = 'usage: npm run bench -- --count N [--runs 3] [--work DIR] [--no-hugo] [--no-offline] [--no-verify] [--no-write]';
const { values } = readCommandLine(USAGE, {
  options: {
    count: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    work: { type: 'string' },
    'no-hugo': { type: 'boolean', default: false },
    'no-offline': { type: 'boolean', default: false },
    'no-verify': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const count = numberOption(USAGE, 'count', values.count, { min: 1 })!;
const runs = numberOption(USAGE, 'runs', values.runs, { min: 1 })!;
const work = resolve(values.work ?? `/tmp/chidao-bench-${count}`);
const DAY = '2026-11-23';

// --- helpers ---------------------------------------------------------------------------------------
const du = diskUsage;
const countPages = (dist: string) => {
  let n = 0;
  const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) { if (e.isDirectory()) walk(join(d, e.name)); else if (e.name.endsWith('.html')) n++; } };
  walk(dist);
  return n;
};
function check(m: Measured, what: string): Measured {
  if (m.code !== 0) throw new Error(`${what} failed (exit ${m.code}):\n${m.stderr.slice(-3000)}\n${m.stdout.slice(-2000)}`);
  return m;
}
const step = (name: string, m: Measured, extra: Partial<StepResult> = {}): StepResult => ({ name, wallS: m.wallS, cpuS: m.cpuS, peakRss: m.peakRss, ...extra });
const log = (s: string) => console.log(`[bench ${count}] ${s}`);
/** Seconds covered by at least one stage (stages may overlap: posters are drawn while pages are built). */
function covered(spans: Array<{ start: number; end: number }>): number {
  let total = 0;
  let reach = -Infinity;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= reach) continue;
    total += s.end - Math.max(s.start, reach);
    reach = s.end;
  }
  return total;
}

/**
 * `astro build` from a folder of its own: Astro puts its temporary server bundle in <cwd>/.astro
 * when the output folder is outside the project, so builds run from the project's folder would
 * share (and clobber) one; a node_modules link lets that bundle find its packages.
 */
function buildCwd(dir: string): string {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// --- the steps of one run -------------------------------------------------------------------------
const raw = join(work, 'raw');
const content = join(work, 'content');
const dist = join(work, 'dist');
const cache = join(work, 'cache');
const buildEnv = { ...process.env, CHIDAO_CONTENT_DIR: content, CHIDAO_CACHE_DIR: cache, CHIDAO_TODAY: DAY, CHIDAO_STAGE_MARKS: '1', ASTRO_TELEMETRY_DISABLED: '1' };
/** `npm run build`: astro build, then the search index in a process of its own (scripts/build.ts). */
const astro = (outDir: string) => [join(ROOT, 'scripts/build.ts'), '--root', ROOT, '--outDir', outDir];

async function oneRun(run: number): Promise<StepResult[]> {
  const steps: StepResult[] = [];
  rmSync(content, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(join(work, 'cwd'), { recursive: true, force: true });

  log(`run ${run}: import`);
  steps.push(step('import', check(await runMeasured(NODE, [join(ROOT, 'scripts/import.ts'), raw, '--out', content, '--date', DAY], { cwd: ROOT }), 'import'), { ...du(content), pages: count }));

  log(`run ${run}: build (cold)`);
  const b = check(await runMeasured(NODE, astro(dist), { cwd: buildCwd(join(work, 'cwd')), env: buildEnv }), 'astro build');
  const out = du(dist);
  const pages = countPages(dist);
  steps.push(step('build (all)', b, { ...out, pages }));
  for (const s of b.stages) {
    const extra: Partial<StepResult> =
      s.name === 'search' ? { ...du(join(dist, 'pagefind')), note: 'in a process of its own, after Astro\'s ended' } :
      s.name === 'posters' ? { ...du(join(dist, 'khau-hieu-anh')), note: `+ anh-van-ban/: ${du(join(dist, 'anh-van-ban')).files} files` } :
      s.name === 'posters-drawing' ? { note: 'during pages, on the other cores' } :
      s.name === 'pages' ? { pages } : {};
    steps.push({ name: `  ${s.name}`, wallS: s.end - s.start, cpuS: NaN, peakRss: peakBetween(b.samples, s.start, s.end), ...extra });
  }
  steps.push({ name: '  (astro: startup, store, other hooks)', wallS: b.wallS - covered(b.stages), cpuS: NaN, peakRss: NaN });

  if (!values['no-offline']) {
    log(`run ${run}: offline copy`);
    const off = join(work, 'offline');
    rmSync(off, { recursive: true, force: true });
    rmSync(`${off}.zip`, { force: true });
    // A failed offline copy is reported, not fatal: the rebuild is still measured.
    const o = await runMeasured(NODE, [join(ROOT, 'scripts/package-offline.ts'), dist, off, '--zip', `${off}.zip`], { cwd: ROOT });
    const note = o.code !== 0 ? `**failed**: ${o.stderr.trim().split('\n').slice(-2).join(' ')}`
      : `zip ${(statSync(`${off}.zip`).size / 1e6).toFixed(1)} MB`;
    steps.push(step('offline copy', o, { ...du(off), note }));
  }

  log(`run ${run}: rebuild after a one-file edit`);
  const edited = join(content, readdirSync(content).filter((n) => n.endsWith('.mdx')).sort()[Math.floor(count / 2)]!);
  appendFileSync(edited, '\nĐoạn bổ sung để đo thời gian dựng lại.\n');
  const r = check(await runMeasured(NODE, astro(dist), { cwd: buildCwd(join(work, 'cwd')), env: buildEnv }), 'rebuild');
  steps.push(step('rebuild, one file edited', r, { pages: countPages(dist) }));
  for (const s of r.stages) steps.push({ name: `  ${s.name} (rebuild)`, wallS: s.end - s.start, cpuS: NaN, peakRss: peakBetween(r.samples, s.start, s.end) });
  return steps;
}

// --- main -------------------------------------------------------------------------------------------
mkdirSync(work, { recursive: true });
log(`generating ${count} directives`);
rmSync(raw, { recursive: true, force: true });
const gen = check(await runMeasured(NODE, [resolve(ROOT, '../shared/bench/make-corpus.mjs'), '--count', String(count), '--out', raw, '--format', 'txt']), 'make-corpus');
// The generator's ground truth beside the texts, not among them: the importer would list it as
// skipped (not a source) and exit 1.
renameSync(join(raw, 'manifest.json'), join(work, 'manifest.json'));
const corpus = du(raw);
corpus.files = readdirSync(raw).filter((n) => n.endsWith('.txt')).length;
log(`corpus: ${corpus.files} files, ${(corpus.bytes / 2 ** 20).toFixed(1)} MiB, ${gen.wallS.toFixed(1)} s`);

const all: StepResult[][] = [];
for (let i = 1; i <= runs; i++) {
  const steps = await oneRun(i);
  all.push(steps);
  for (const s of steps) log(`run ${i}: ${s.name.padEnd(40)} ${s.wallS.toFixed(1).padStart(7)} s  ${Number.isNaN(s.peakRss) ? '' : `${(s.peakRss / 2 ** 30).toFixed(2)} GiB`}`);
}

let verification: Verification | undefined;
if (!values['no-verify']) {
  log('verifying the last build');
  verification = await verifyBuild(content, dist);
  log(verification.problems.length ? `PROBLEMS: ${verification.problems.join('; ')}` : 'build verified');
}

let searchTable = '';
if (!values['no-verify']) {
  log('search bytes per query');
  const sampled = verification?.searched[0]?.number ?? '18-NQ/TW';
  searchTable = execFileSync(NODE, [join(ROOT, 'scripts/bench-search.ts'), dist, '--runs', '1', '18-NQ/TW', sampled, 'NQ 18', 'chi dao', 'tuyên truyền'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
}

const hugo: StepResult[][] = [];
if (!values['no-hugo']) {
  if (!hugoAvailable()) log('Hugo not installed (apt-get install hugo): no comparison');
  else for (let i = 1; i <= runs; i++) {
    log(`Hugo + Pagefind, run ${i}`);
    hugo.push(await benchHugo({ count, work: join(work, 'hugo-run') }));
  }
}

// --- report -----------------------------------------------------------------------------------------
const gib = (b: number) => (Number.isNaN(b) ? '' : `${(b / 2 ** 30).toFixed(2)}`);
const mib = (b: number | undefined) => (b === undefined ? '' : `${(b / 2 ** 20).toFixed(1)}`);
function table(runsOf: StepResult[][]): string {
  const names = runsOf[0]!.map((s) => s.name);
  const rows = names.map((name) => {
    const of = runsOf.map((r) => r.find((s) => s.name === name)).filter((s): s is StepResult => !!s);
    const wall = median(of.map((s) => s.wallS));
    const last = of.at(-1)!;
    const pps = last.pages ? (last.pages / wall).toFixed(0) : '';
    return `| ${name.trim() === name ? name : `↳ ${name.trim()}`} | **${wall.toFixed(1)}** | ${of.map((s) => s.wallS.toFixed(1)).join(', ')} | ${Number.isNaN(last.cpuS) ? '' : median(of.map((s) => s.cpuS)).toFixed(0)} | ${gib(median(of.map((s) => s.peakRss)))} | ${pps} | ${last.files ?? ''} | ${mib(last.bytes)} | ${last.note ?? ''} |`;
  });
  return ['| step | median s | each run s | CPU s | peak RSS GiB | pages/s | files | MiB | note |', '|---|---:|---|---:|---:|---:|---:|---:|---|', ...rows].join('\n');
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim()}`;
const commit = (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return '?'; } })();
const section = [
  `## ${count} directives`,
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; commit ${commit}; ${runs} cold run(s) (caches and output deleted), medians; load average at the end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}.`,
  `Corpus: \`make-corpus.mjs --count ${count}\`, ${corpus.files} files, ${mib(corpus.bytes)} MiB. Peak RSS is the whole process tree (Pagefind's and sharp's processes included), sampled every 100 ms; a stage's peak is the tree's peak during that stage.`,
  '',
  table(all),
  '',
  ...(hugo.length ? ['Hugo 0.111 + Pagefind 1.6.0 on the same corpus (Markdown form), same machine, same session:', '', table(hugo), ''] : []),
  ...(verification ? [
    `Checked: ${verification.entries} entries, ${verification.directivePages} directive pages; search found ${verification.searched.filter((s) => s.found).length}/${verification.searched.length} sampled numbers (${verification.searched.map((s) => s.number).join(', ')}); ${verification.citationLinks} citation links on the sampled pages, ${verification.brokenLinks.length} broken.${verification.problems.length ? ` **Problems: ${verification.problems.join('; ')}**` : ''}`,
    '',
  ] : []),
  ...(searchTable ? ['Search, bytes per query (Chromium over http, one run):', '', '```', searchTable.trim(), '```', ''] : []),
].join('\n');
console.log(`\n${section}`);

if (!values['no-write']) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const head = '# Benchmarks\n\nWritten by `npm run bench -- --count N` (scripts/bench.ts); each section is replaced when its N is run again.\n';
  const old = existsSync(file) ? readFileSync(file, 'utf8') : head;
  const parts = old.split(/(?=^## \d+ directives$)/m);
  const kept = parts.filter((p) => !p.startsWith(`## ${count} directives`));
  const sections = [...kept.slice(1), `${section}\n`].sort((a, b) => Number(/^## (\d+)/.exec(a)![1]) - Number(/^## (\d+)/.exec(b)![1]));
  writeFileSync(file, [kept[0]!.trimEnd() + '\n\n', ...sections.map((s) => s.trimEnd() + '\n\n')].join('').trimEnd() + '\n');
  log(`written to ${file}`);
}
