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

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
/** The value of an option as Astro reads it (`--outDir x` or `--outDir=x`). */
function option(name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) return args[i + 1];
    if (args[i]!.startsWith(`${name}=`)) return args[i]!.slice(name.length + 1);
  }
  return undefined;
}
const root = resolve(option('--root') ?? process.cwd());
const fromRoot = (p: string) => (isAbsolute(p) ? p : join(root, p));
const site = fromRoot(option('--outDir') ?? 'dist');
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
