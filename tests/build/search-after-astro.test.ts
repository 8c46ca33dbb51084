/**
 * Issue 19, memory: the search index is written after Astro's process has ended (scripts/build.ts),
 * so Pagefind's memory never adds to Astro's peak. The build's own stage marks and logs, in the
 * order they were written to one file, show it: Astro's "Complete!" comes before the search stage.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildEnv } from '../helpers/build.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

describe('npm run build', () => {
  it('indexes the site for search once Astro has finished and exited, then the site is whole', () => {
    const work = tempDir('search-after');
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
    const dist = join(work, 'dist');
    const log = join(work, 'build.log');
    const fd = openSync(log, 'w');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--root', ROOT, '--outDir', dist], {
      cwd: work, stdio: ['ignore', fd, fd],
      env: buildEnv({ CHIDAO_CACHE_DIR: join(work, 'cache'), CHIDAO_POSTERS: '0', CHIDAO_STAGE_MARKS: '1' }),
    });
    closeSync(fd);
    // Astro colours its log when CI is set (CI=true in .ci/run), even into a file.
    const out = stripVTControlCharacters(readFileSync(log, 'utf8'));
    expect(r.status, out.slice(-3000)).toBe(0);
    const complete = out.indexOf('[build] Complete!');
    const searchStart = out.indexOf('::stage search start');
    expect(complete).toBeGreaterThan(0);
    expect(searchStart, 'the search stage runs after Astro is done').toBeGreaterThan(complete);
    expect(out).toMatch(/search index written in a process of its own after astro build, Astro's process (had )?ended/);
    expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dist, 'tim-kiem', 'tim-kiem.js'))).toBe(true);
  }, 300_000);
});
