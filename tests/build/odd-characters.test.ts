/**
 * Issue 18, fault 1, end to end: a directive whose title and slogans hold U+200B, U+202F, →, ★, №
 * and an emoji builds; its posters and share image show the visible characters the font has (№ as
 * Nº), the page keeps every character, and the loader warns with the file, line and field.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, builtPage } from '../helpers/build.ts';
import { CONTENT_DIR } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const ODD = 'ke-hoach-ky-tu-la';
const TITLE = 'tuyên truyền\u200b → năm 2025 ★';
const SLOGANS = ['Đảng Cộng sản Việt Nam quang vinh muôn năm\u202f!', '★ Thi đua № 1 😀 vì Tổ quốc →'];

describe('a directive with characters the poster fonts lack', () => {
  const dir = tempDir('odd-build');
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  mkdirSync(content);
  for (const n of readdirSync(CONTENT_DIR)) if (n.endsWith('.mdx')) copyFileSync(join(CONTENT_DIR, n), join(content, n));
  const base = readFileSync(join(CONTENT_DIR, 'ke-hoach-khong-so-khong-ngay-d1f5bbac.mdx'), 'utf8');
  const odd = base.replace(/^title: .*$/m, `title: "${TITLE}"`)
    .replace(/^slogans: \[\]$/m, `slogans:\n${SLOGANS.map((s) => `  - "${s}"`).join('\n')}`)
    .replace(/^  source: .*$/m, '  source: ky-tu-la.txt');
  writeFileSync(join(content, `${ODD}.mdx`), odd);
  const r = astroBuild(dist, { CHIDAO_CONTENT_DIR: content, CHIDAO_CACHE_DIR: join(dir, 'cache'), CHIDAO_POSTERS: 'web' });
  const log = `${r.stdout}\n${r.stderr}`;

  it('builds', () => {
    expect(r.status, log.slice(-3000)).toBe(0);
  });

  it('the loader warns, naming the file, line and field', () => {
    expect(log).toMatch(new RegExp(`content/${ODD}\\.mdx:\\d+: title: the share image font has no "→" \\(U\\+2192\\), "★" \\(U\\+2605\\)`));
    expect(log).toMatch(new RegExp(`content/${ODD}\\.mdx:\\d+: slogans\\.1: the poster font has no "★" \\(U\\+2605\\), "№" \\(U\\+2116\\) \\(drawn as "Nº"\\), "😀" \\(U\\+1F600\\), "→" \\(U\\+2192\\)`));
    expect(log).not.toMatch(/glyph gate/);
  });

  it('the posters and the share image show the visible characters the font has', () => {
    const posters = JSON.parse(readFileSync(join(dist, 'khau-hieu-anh', 'manifest.json'), 'utf8')) as { posters: Array<{ text: string; lines: string[]; files: Record<string, string> }> };
    const drawn = (text: string) => posters.posters.filter((p) => p.text === text);
    const second = drawn(SLOGANS[1]!);
    expect(second.length).toBeGreaterThan(0);
    for (const p of second) {
      const lines = p.lines.join(' ').replaceAll('\u00a0', ' ');
      expect(lines).toBe('THI ĐUA Nº 1 VÌ TỔ QUỐC');
      for (const f of Object.values(p.files)) expect(existsSync(join(dist, 'khau-hieu-anh', f)), f).toBe(true);
    }
    for (const p of drawn(SLOGANS[0]!)) expect(p.lines.join(' ').replaceAll('\u00a0', ' ')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM !');
    const cards = JSON.parse(readFileSync(join(dist, 'anh-van-ban', 'manifest.json'), 'utf8')) as { posters: Array<{ slug: string; lines: string[] }> };
    const card = cards.posters.find((p) => p.slug === ODD)!;
    expect(card.lines.join(' ').replaceAll('\u00a0', ' ')).toMatch(/TUYÊN TRUYỀN NĂM 2025$/);
    expect(existsSync(join(dist, 'anh-van-ban', ODD, 'og--do.png'))).toBe(true);
  });

  it('the page keeps every character of the title and slogans', () => {
    const html = readFileSync(join(dist, 'van-ban', ODD, 'index.html'), 'utf8');
    expect(html).toContain('★');
    expect(html).toContain('→');
    expect(html).toContain('😀');
    expect(html).toContain('№');
    expect(builtPage(dist, `van-ban/${ODD}`).querySelector('h1')).toBeTruthy();
  });
});
