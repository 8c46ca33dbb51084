/**
 * `npm run package -- --sites …` (several sites on one stick): the arguments it refuses before
 * any work, with its usage and exit code 2 (the bundle itself: tests/browser/federated-search.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

function run(...args: string[]) {
  const cwd = tempDir('sites-cli');
  return spawnSync(process.execPath, [join(ROOT, 'scripts/package-offline.ts'), ...args], { cwd, encoding: 'utf8', timeout: 15_000, env: { ...process.env, NO_COLOR: '1' } });
}

describe('npm run package -- --sites', () => {
  it('needs two builds or more, given by commas or by --sites repeated', { timeout: 20_000 }, () => {
    const one = run('--sites', 'a');
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/--sites needs at least two builds\nusage: npm run package [^]*\n {7}npm run package -- --sites </);
  });
  it('reads each build\'s address itself: --base and --site are refused with it; one output folder', { timeout: 20_000 }, () => {
    expect(run('--sites', 'a,b', '--base', '/x/').stderr).toMatch(/--base and --site are read from each build with --sites/);
    expect(run('--sites', 'a', '--sites', 'b', 'out', 'extra').stderr).toMatch(/one output folder with --sites \(also given: extra\)/);
  });
});
