/**
 * node scripts/bench-build.ts --content DIR --work DIR [--cold] [--edit] [--posters 0]
 *
 * One build of an already imported content folder, measured as `npm run bench` measures it
 * (scripts/lib/measure.ts: the whole process tree sampled every 100 ms, the build's stage marks),
 * plus which process held what at the peak. For the 10,000-directive figures, where importing
 * again for each build (as the bench does) costs more than the builds: import once
 * (`npm run import -- RAW --out DIR --date 2026-11-23`), then build from it as often as needed.
 * --cold deletes WORK's output and caches first; --edit appends a paragraph to the middle entry
 * (as the bench's rebuild does) before building. Prints one line per result as it is known.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine, usageError } from './lib/arguments.ts';
import { diskUsage, peakBetween, runMeasured } from './lib/measure.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node scripts/bench-build.ts --content DIR --work DIR [--cold] [--edit] [--posters 0]';
const { values } = readCommandLine(USAGE, {
  options: {
    content: { type: 'string' }, work: { type: 'string' },
    cold: { type: 'boolean', default: false }, edit: { type: 'boolean', default: false }, posters: { type: 'string' },
  },
});
if (!values.content || !values.work) usageError(USAGE, '--content and --work are required');
const content = resolve(values.content);
const work = resolve(values.work);
const dist = join(work, 'dist');
const cache = join(work, 'cache');
const cwd = join(work, 'cwd');
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const log = (s: string) => console.log(`${new Date().toISOString().slice(11, 19)} load ${load()} | ${s}`);
const gib = (b: number) => `${(b / 2 ** 30).toFixed(2)} GiB`;

function du(dir: string): { files: number; mib: number } {
  const { files, bytes } = diskUsage(dir);
  return { files, mib: Number((bytes / 2 ** 20).toFixed(1)) };
}

if (values.cold) for (const d of [dist, cache, cwd]) rmSync(d, { recursive: true, force: true });
mkdirSync(cwd, { recursive: true });
if (!existsSync(join(cwd, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(cwd, 'node_modules'));
const entries = readdirSync(content).filter((n) => n.endsWith('.mdx')).sort();
if (values.edit) {
  appendFileSync(join(content, entries[Math.floor(entries.length / 2)]!), '\nĐoạn bổ sung để đo thời gian dựng lại.\n');
}
const what = `${values.cold ? 'cold build' : values.edit ? 'rebuild after one edit' : 'build'} of ${entries.length} entries`;
log(`${what}, code ${ROOT}`);
const env = {
  ...process.env, CHIDAO_CONTENT_DIR: content, CHIDAO_CACHE_DIR: cache, CHIDAO_TODAY: '2026-11-23', CHIDAO_STAGE_MARKS: '1', ASTRO_TELEMETRY_DISABLED: '1',
  ...(values.posters !== undefined ? { CHIDAO_POSTERS: values.posters } : {}),
};
const m = await runMeasured(process.execPath, [join(ROOT, 'scripts/build.ts'), '--root', ROOT, '--outDir', dist], { cwd, env });
writeFileSync(join(work, `build-${values.cold ? 'cold' : 'warm'}.log`), `${m.stdout}\n--- stderr\n${m.stderr}`);
if (m.code !== 0) {
  log(`FAILED (exit ${m.code})\n${m.stderr.slice(-3000)}\n${m.stdout.slice(-2000)}`);
  process.exit(1);
}
log(`${what}: wall ${m.wallS.toFixed(1)} s, CPU ${m.cpuS.toFixed(0)} s, peak ${gib(m.peakRss)}`);
for (const s of m.stages) log(`  ${s.name}: ${(s.end - s.start).toFixed(1)} s (${s.start.toFixed(1)}–${s.end.toFixed(1)}), peak ${gib(peakBetween(m.samples, s.start, s.end))}`);
const peakAt = m.samples.find((s) => s.rss === m.peakRss)?.t ?? NaN;
log(`  at the peak (t = ${peakAt.toFixed(1)} s): ${m.atPeak.map((p) => `${p.command} ${gib(p.rss)}`).join('; ')}`);
log(`  each process's own peak: ${m.processPeaks.slice(0, 8).map((p) => `${p.command} ${gib(p.rss)}`).join('; ')}`);
const timing = m.stdout.split('\n').filter((l) => /page\(s\) built|nothing lost|chidao-search\]|khau-hieu-anh\/:/.test(l));
for (const l of timing) log(`  ${l.trim()}`);
const parts = ['van-ban', 'anh-van-ban', 'pagefind', '_astro', 'so-hieu'].map((d) => `${d} ${JSON.stringify(du(join(dist, d)))}`);
log(`output ${JSON.stringify(du(dist))}; ${parts.join('; ')}`);
