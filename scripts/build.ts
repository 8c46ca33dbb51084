/**
 * npm run build [-- <astro build options: --root, --outDir, --force …>]
 *
 * `astro build`, then the search index of the built site in this process once Astro's has ended
 * (src/integrations/search.ts indexSite): Pagefind's memory never adds to the peak Astro's
 * process holds (pages, content store, the poster threads). Exit code: Astro's, else 1 if the
 * index could not be written.
 */
import { spawn } from 'node:child_process';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite, SEARCH_AFTER_ENV } from '../src/integrations/search.ts';
import { readCommandLine } from './lib/arguments.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run build [-- --root DIR] [--outDir DIR] [--config FILE] [--site URL] [--base PATH] [--mode MODE] [--force] [--verbose] [--silent]';
const args = process.argv.slice(2);
// The astro build options this project uses, checked here (an unknown one stops before building) and passed on as written.
const { values } = readCommandLine(USAGE, {
  options: {
    root: { type: 'string' }, outDir: { type: 'string' }, config: { type: 'string' }, site: { type: 'string' }, base: { type: 'string' },
    mode: { type: 'string' }, force: { type: 'boolean' }, verbose: { type: 'boolean' }, silent: { type: 'boolean' },
  },
});
const root = resolve(values.root ?? process.cwd());
const fromRoot = (p: string) => (isAbsolute(p) ? p : join(root, p));
const site = fromRoot(values.outDir ?? 'dist');
const cacheDir = fromRoot(process.env.CHIDAO_CACHE_DIR || 'node_modules/.astro');

const code = await new Promise<number>((done, fail) => {
  const astro = spawn(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    stdio: 'inherit', env: { ...process.env, [SEARCH_AFTER_ENV]: 'after' },
  });
  astro.on('error', fail);
  astro.on('exit', (c, signal) => done(c ?? (signal ? 1 : 0)));
});
if (code !== 0) process.exit(code);

const time = () => new Date().toTimeString().slice(0, 8);
try {
  const line = await indexSite({ root, site, cacheDir });
  console.log(`${time()} [chidao-search] ${line} (search index written in a process of its own after astro build, Astro's process had ended)`);
} catch (e) {
  console.error(`${time()} [chidao-search] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
