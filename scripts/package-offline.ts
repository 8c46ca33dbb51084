/**
 * npm run package [-- <build folder> [<output folder>]] [--zip <file>] [--base /sub/] [--site URL] [--allow-broken]
 * npm run package -- --sites <build>,<build>,… [<output folder>] [--zip <file>] [--allow-broken]
 *
 * Makes the offline copy of a finished build (default dist/ → dist-offline/ and
 * dist-offline.zip beside it). See src/offline/package.ts. Exit code 1 when the copy has a broken
 * link, a remote resource, a module script or a name FAT32 refuses; --allow-broken writes the copy
 * anyway (only to measure a build with a known broken link).
 *
 * --sites (or --site repeated): several sites' builds on one stick (src/offline/bundle.ts), one
 * folder per site named by its id, links between them and their federated search working from
 * disk; default output dist-offline/ (and dist-offline.zip).
 */
import { resolve } from 'node:path';
import { packageOffline, writeOffline } from '../src/offline/package.ts';
import { packageSites } from '../src/offline/bundle.ts';
import { readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: npm run package [-- <build folder> [<output folder>]] [--zip <file>] [--base /sub/] [--site URL] [--allow-broken]\n' +
  '       npm run package -- --sites <build>,<build>,… [<output folder>] [--zip <file>] [--allow-broken]';
const { values, positionals } = readCommandLine(USAGE, {
  allowPositionals: true,
  options: { zip: { type: 'string' }, base: { type: 'string' }, site: { type: 'string' }, sites: { type: 'string', multiple: true }, 'allow-broken': { type: 'boolean' } },
});
if (values.sites?.length) await packageSeveral(values.sites.flatMap((s) => s.split(',')).filter(Boolean));
if (positionals.length > 2) usageError(USAGE, `at most two folders (also given: ${positionals.slice(2).join(' ')})`);
const dist = resolve(positionals[0] ?? 'dist');
const out = resolve(positionals[1] ?? `${dist.replace(/\/+$/, '')}-offline`);
const zip = resolve(values.zip ?? `${out}.zip`);

const t0 = performance.now();
const r = await packageOffline(dist, { base: values.base, site: values.site });
reportProblems(r.problems);
const { zipBytes, leftOut } = await writeOffline(r.files, out, zip);
for (const f of leftOut) console.error(`offline: ${f.path}: left out (the name ${f.reason})`);
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
console.log(`offline: ${out}: ${r.fat.files} files, ${mb(r.fat.bytes)} (${mb(r.fat.onDisk32k)} on a FAT32 stick with 32 KiB clusters), ` +
  `${r.pages} pages, ${r.links} links rewritten (base ${r.base})`);
console.log(`offline: most entries in one folder: ${r.fat.maxPerFolder.entries} (${r.fat.maxPerFolder.folder}); longest path ${r.fat.longestPath.length} characters`);
console.log(`offline: ${zip}: ${mb(zipBytes)}`);
console.log(`offline: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

/** The first 50 problems; exit 1 unless --allow-broken (then the copy is written anyway). */
function reportProblems(problems: readonly string[]): void {
  if (!problems.length) return;
  for (const p of problems.slice(0, 50)) console.error(`offline: ${p}`);
  if (problems.length > 50) console.error(`offline: … ${problems.length - 50} more`);
  if (!values['allow-broken']) {
    console.error(`offline: ${problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  console.error(`offline: ${problems.length} problem(s), written anyway (--allow-broken)`);
}

/** --sites: several builds in one bundle. */
async function packageSeveral(dists: string[]): Promise<never> {
  if (dists.length < 2) usageError(USAGE, '--sites needs at least two builds');
  if (values.base || values.site) usageError(USAGE, '--base and --site are read from each build with --sites');
  if (positionals.length > 1) usageError(USAGE, `one output folder with --sites (also given: ${positionals.slice(1).join(' ')})`);
  const out = resolve(positionals[0] ?? 'dist-offline');
  const zip = resolve(values.zip ?? `${out}.zip`);
  const t0 = performance.now();
  const r = await packageSites(dists.map((d) => resolve(d)));
  reportProblems(r.problems);
  const { zipBytes } = await writeOffline(r.files, out, zip);
  for (const s of r.sites) console.log(`offline: ${s.folder}/ ${s.office} (${s.prefix ?? 'no address'}): ${s.pages} pages, ${s.links} links rewritten`);
  console.log(`offline: ${out}: ${r.fat.files} files, ${(r.fat.bytes / 1e6).toFixed(1)} MB; ${zip}: ${(zipBytes / 1e6).toFixed(1)} MB; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(0);
}
