/**
 * `npm run bench` end to end on a small corpus (100 directives, one run, no Hugo, BENCHMARKS.md
 * untouched): generation, import, cold build, offline copy, rebuild after an edit, and its
 * correctness checks (a page per entry, sampled numbers found by the search page in Chromium,
 * citations on sampled pages resolve). A smoke test: it asserts what was built, never how fast.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/seeds.ts';
import { buildEnv } from '../helpers/build.ts';
import { tempDir } from '../helpers/temp.ts';

describe('npm run bench (smoke, 100 directives)', () => {
  it('builds, packages, rebuilds and verifies the corpus, and reports every stage', () => {
    const work = tempDir('bench-smoke');
    const before = readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench.ts'), '--count', '100', '--runs', '1', '--no-hugo', '--no-write', '--work', work], {
      cwd: ROOT, encoding: 'utf8', env: buildEnv(), timeout: 900_000,
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/build verified/);
    expect(r.stdout).toMatch(/Checked: 100 entries, 100 directive pages; search found 5\/5 sampled numbers .*, 0 broken\./);
    for (const stage of ['import', 'build \\(all\\)', '↳ content', '↳ pages', '↳ posters-drawing', '↳ posters', '↳ search', '↳ audit', 'offline copy', 'rebuild, one file edited']) {
      expect(r.stdout).toMatch(new RegExp(`^\\| ${stage} \\| \\*\\*\\d+\\.\\d\\*\\* \\|`, 'm'));
    }
    expect(r.stdout).toMatch(/^18-NQ\/TW \| cold \| \d+ \| \d+ \| \d+ \|/m); // search bytes per query
    expect(readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8')).toBe(before);
  }, 900_000);
});
