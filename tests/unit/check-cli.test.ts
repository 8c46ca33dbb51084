/** npm run check: content problems fail; ambiguous and number-only citations are listed with file:line; broken links in a build fail. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_DIR, ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
const SEED_004 = 'ke-hoach-khong-so-khong-ngay-d1f5bbac.mdx';

describe('check CLI', () => {
  it('the seeds: valid, two citations known by number only, listed with file and line', () => {
    const r = run(CONTENT_DIR, '--dist', join(tmpdir(), 'no-build-here'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('3 entries valid, 0 problem(s)');
    expect(r.stdout).toMatch(/cong-van-khong-so-2024-44cf0838\.mdx:\d+: unresolved: "Kế hoạch số 04-KH\/BCĐ"/);
    expect(r.stdout).toContain('0 ambiguous citation(s), 2 known by number only');
  });

  it('an ambiguous citation is listed with its file, line and both candidates', () => {
    const dir = tempDir('check');
    cpSync(CONTENT_DIR, dir, { recursive: true });
    const file = join(dir, SEED_004);
    // A bare 18-NQ/TW in seed 004, which dates both resolutions of that number.
    const text = readFileSync(file, 'utf8').replace('I. MỤC ĐÍCH, YÊU CẦU', 'I. MỤC ĐÍCH, YÊU CẦU\n\nTiếp tục thực hiện Nghị quyết số 18-NQ/TW.');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('Tiếp tục thực hiện Nghị quyết số 18-NQ/TW.')) + 1;
    expect(line).toBeGreaterThan(1);
    const r = run(dir, '--dist', join(tmpdir(), 'no-build-here'));
    expect(r.stdout).toContain(`${SEED_004}:${line}: ambiguous: "Nghị quyết số 18-NQ/TW" may be Nghị quyết số 18-NQ/TW ngày 25/10/2017 or Nghị quyết số 18-NQ/TW ngày 16/06/2022`);
    expect(r.status).toBe(0); // for an editor to settle, not an error
  });

  it('characters no poster font has: warnings with file, line and field, exit 0; a control character fails', () => {
    const dir = tempDir('check-odd');
    cpSync(CONTENT_DIR, dir, { recursive: true });
    const file = join(dir, SEED_004);
    const text = readFileSync(file, 'utf8').replace(/^slogans: \[\]$/m, 'slogans:\n  - "Thi đua\u200b yêu nước ★ 😀"');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('Thi đua')) + 1;
    const r = run(dir, '--dist', join(tmpdir(), 'no-build-here'));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${SEED_004}:${line}: slogans.0: the poster font has no "★" (U+2605), "😀" (U+1F600): the poster is drawn without them; the text keeps them (warning)`);
    expect(r.stdout).toContain('3 entries valid, 0 problem(s), 1 warning(s)');
    writeFileSync(file, text.replace('Thi đua\u200b', 'Thi đua\\x85'));
    const bad = run(dir, '--dist', join(tmpdir(), 'no-build-here'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`${SEED_004}:${line}: slogans\\.0: contains control character U\\+0085`));
  });

  it('a broken internal link in a build fails the check', () => {
    const dist = tempDir('check-dist');
    mkdirSync(join(dist, 'a'));
    writeFileSync(join(dist, 'index.html'), '<a href="/a/">ok</a> <a href="/b/">gone</a>');
    writeFileSync(join(dist, 'a', 'index.html'), '<a href="../">home</a>');
    const r = run(CONTENT_DIR, '--dist', dist);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('index.html: broken link: /b/');
    expect(r.stdout).toContain('1 broken');
  });
});
