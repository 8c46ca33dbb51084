/** Running `astro build` from tests (on the Node running the tests: the project's Node 22). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { ROOT } from './seeds.ts';

/** The build day of test builds unless one is given: the calendar looks forward from it. */
export const TEST_TODAY = '2026-11-25';

/**
 * The environment of a build: ours, less what Vitest sets for its own Vite (BASE_URL, MODE, DEV,
 * PROD, SSR, NODE_ENV, VITEST*), which would otherwise leak into the site's import.meta.env;
 * CHIDAO_SITE/BASE cleared and CHIDAO_TODAY fixed unless given, so neither a developer's shell
 * nor the clock can change the result.
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)));
  return { ...clean, CHIDAO_SITE: '', CHIDAO_BASE: '', CHIDAO_TODAY: TEST_TODAY, ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * `npm run build` (scripts/build.ts: astro build, then the search index) of the project into outDir, started from a folder of its own: with the output
 * outside the project Astro writes its temporary server bundle to <cwd>/.astro, so builds started
 * from the project folder at the same time would overwrite each other's (a node_modules link
 * lets the bundle find its packages).
 */
export function astroBuild(outDir: string, env: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'chidao-build-cwd-'));
  symlinkSync(join(ROOT, 'node_modules'), join(cwd, 'node_modules'));
  try {
    return spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--root', ROOT, '--outDir', resolve(outDir)], {
      cwd, encoding: 'utf8', env: buildEnv(env),
    });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** The parsed index.html of a site path ("van-ban/x" or "van-ban/x/"). */
export const builtPage = (dist: string, path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

/** Every file under a folder, as sorted paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
}
