/**
 * `npm run posters -- --print --sizes a4 --out DIR`: a folder of print files for an office, one
 * SVG and one PDF per slogan of the seeds and per style, each at the size asked for (the PDF's
 * MediaBox in points, 1 pt = 25.4/72 mm), with a manifest.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED_001_SLOGANS } from '../helpers/seeds.ts';
import { sloganSlug } from '../../src/slogans/collect.ts';
import { tempDir } from '../helpers/temp.ts';

const PT_PER_MM = 72 / 25.4;

describe('npm run posters -- --print', () => {
  it('writes an A4 PDF and SVG of every slogan of the seeds in both styles, 210 × 297 mm', () => {
    const work = tempDir('print');
    const out = join(work, 'in');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/posters.ts'), '--print', '--sizes', 'a4', '--out', out, '--cache', join(work, 'cache'), '--quiet'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHIDAO_CONTENT_DIR: '' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/10 slogans, 20 posters: 20 drawn/);
    expect(readdirSync(out).filter((f) => f !== 'manifest.json').sort()).toEqual(SEED_001_SLOGANS.map(sloganSlug).sort());
    for (const slogan of SEED_001_SLOGANS) {
      for (const style of ['do', 'trung-tinh']) {
        const file = join(out, sloganSlug(slogan), `ap-phich-a4--${style}`);
        const pdf = readFileSync(`${file}.pdf`, 'latin1');
        expect(pdf.startsWith('%PDF-')).toBe(true);
        const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
        expect(box, file).not.toBeNull();
        expect(Number(box![1])).toBeCloseTo(210 * PT_PER_MM, 2); // 595.2756
        expect(Number(box![2])).toBeCloseTo(297 * PT_PER_MM, 2); // 841.8898
        expect(pdf).not.toContain('/UserUnit');
        expect(readFileSync(`${file}.svg`, 'utf8')).toMatch(/^<svg[^>]* width="210mm" height="297mm"/);
      }
    }
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { posters: Array<{ text: string; width: number; height: number; unit: string }> };
    expect(manifest.posters).toHaveLength(20);
    expect(new Set(manifest.posters.map((p) => `${p.width}×${p.height} ${p.unit}`))).toEqual(new Set(['210×297 mm']));
    expect(existsSync(join(out, sloganSlug(SEED_001_SLOGANS[0]!), 'og--do.png'))).toBe(false);
  }, 120_000);

  it('refuses a size it cannot read, saying which, and writes nothing', () => {
    const work = tempDir('print');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/posters.ts'), '--print', '--sizes', 'a4,7x0.8', '--out', join(work, 'in')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown size "7x0.8"/);
    expect(existsSync(join(work, 'in'))).toBe(false);
  });
});
