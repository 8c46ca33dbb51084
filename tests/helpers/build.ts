/** Running `astro build` from tests (on the Node running the tests: the project's Node 22). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { ROOT } from './seeds.ts';

/**
 * The environment of a build: ours, less what Vitest sets for its own Vite (BASE_URL, MODE, DEV,
 * PROD, SSR, NODE_ENV, VITEST*), which would otherwise leak into the site's import.meta.env;
 * CHIDAO_SITE/BASE/TODAY cleared unless given, so a developer's shell cannot change the result.
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)));
  return { ...clean, CHIDAO_SITE: '', CHIDAO_BASE: '', CHIDAO_TODAY: '', ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

export const astroBuild = (outDir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT, encoding: 'utf8', env: buildEnv(env),
  });

/** The parsed index.html of a site path ("van-ban/x" or "van-ban/x/"). */
export const builtPage = (dist: string, path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
