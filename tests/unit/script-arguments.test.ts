/**
 * Every command-line script reads its arguments with node:util parseArgs (scripts/lib/arguments.ts):
 * an unknown flag is refused at once — exit code 2, the flag named, the usage shown — before any
 * work starts; --help prints the usage and exits 0. Run from an empty folder, so a script that
 * took the flag for a file name could not touch the project.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const SCRIPTS = readdirSync(join(ROOT, 'scripts')).filter((f) => f.endsWith('.ts')).sort();

function run(script: string, ...args: string[]) {
  const cwd = tempDir('args');
  return spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd, encoding: 'utf8', timeout: 15_000, env: { ...process.env, NO_COLOR: '1' } });
}

describe('script arguments', () => {
  it('knows the scripts', () => {
    expect(SCRIPTS.length).toBeGreaterThanOrEqual(18);
    expect(SCRIPTS).toEqual(expect.arrayContaining(['bench-hugo.ts', 'bench-offline.ts', 'bench-search.ts', 'citations.ts', 'compare-search-ranking.ts', 'eval-citations.ts', 'eval-import.ts', 'screenshot.ts', 'verify-offline.ts']));
  });

  it.each(SCRIPTS)('%s refuses an unknown flag with its usage and exit code 2', { timeout: 20_000 }, (script) => {
    const r = run(script, '--no-such-flag');
    expect({ status: r.status, stderr: r.stderr }).toEqual({
      status: 2,
      stderr: expect.stringMatching(/unknown option --no-such-flag[^]*\nusage: /),
    });
    expect(r.stdout).toBe('');
  });

  it('a bad value is refused the same way, naming the option', { timeout: 20_000 }, () => {
    const r = run('bench-hugo.ts', '--count', 'many');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--count "many": expected a whole number of at least 1\nusage: node scripts\/bench-hugo\.ts/);
    const missing = run('verify-offline.ts');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^the folder of the offline copy is missing\nusage: npm run verify-offline/);
  });

  // --help comes from the same helper for every script: a few of them show it.
  it.each(['citations.ts', 'eval-import.ts', 'verify-offline.ts', 'bench-hugo.ts'])('%s --help prints its usage and exits 0', { timeout: 20_000 }, (script) => {
    const r = run(script, '--help');
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: expect.stringMatching(/^usage: /) });
  });
});
