/**
 * `npm run bulletin` refuses what it cannot print before starting a browser, saying what to do: a
 * month not written YYYY-MM (usage, exit 2), no build (run `npm run build` first), a month the
 * build has no issue for (the months it has), no Chromium (the Debian package to install). The
 * PDF itself is tested in tests/browser/bulletin.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/seeds.ts';
import { bulletinProblem } from '../../scripts/lib/bulletin-pdf.ts';
import { tempDir } from '../helpers/temp.ts';

/** A folder that looks like a build with issues for the given months. */
function fakeDist(months: string[]): string {
  const dist = tempDir('bulletin');
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
  for (const m of months) {
    mkdirSync(join(dist, 'ban-tin', m), { recursive: true });
    writeFileSync(join(dist, 'ban-tin', m, 'index.html'), '<!doctype html><title>x</title>');
  }
  return dist;
}

const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'bulletin.ts'), ...args], {
  cwd: tempDir('bulletin-cwd'), encoding: 'utf8', timeout: 15_000, env: { ...process.env, NO_COLOR: '1' },
});

describe('npm run bulletin: what it refuses', () => {
  it('no --month, or a month not written YYYY-MM: the usage, exit code 2', { timeout: 20_000 }, () => {
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^--month is missing\nusage: npm run bulletin -- --month YYYY-MM/);
    const bad = run('--month', '12/2024');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^--month "12\/2024": expected a year and month written YYYY-MM, e.g. 2024-12\nusage: /);
  });

  it('no build: says to run npm run build first, exit code 1', { timeout: 20_000 }, () => {
    const r = run('--month', '2024-12', '--dist', join(tmpdir(), 'chidao-no-such-dist'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('holds no built site: run `npm run build` first');
  });

  it('a month without an issue: names the months the build has', { timeout: 20_000 }, () => {
    const r = run('--month', '2024-11', '--dist', fakeDist(['2024-12', '2025-01']));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('has no bulletin for 2024-11: it has 2024-12, 2025-01');
    expect(bulletinProblem(fakeDist([]), '2024-12')).toMatch(/has no bulletin for 2024-12: it has no issue at all/);
  });

  it('no Chromium: names the Debian package chromium', { timeout: 20_000 }, () => {
    const dist = fakeDist(['2024-12']);
    expect(bulletinProblem(dist, '2024-12', '/no/such/chromium')).toMatch(/^Chromium is not at \/no\/such\/chromium: install the Debian package `chromium`/);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bulletin.ts'), '--month', '2024-12', '--dist', dist], {
      encoding: 'utf8', timeout: 15_000, env: { ...process.env, CHROMIUM_PATH: '/no/such/chromium' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('install the Debian package `chromium`');
    expect(bulletinProblem(dist, '2024-12', process.execPath)).toBeUndefined();
  });
});
