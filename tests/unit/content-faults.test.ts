/**
 * Issue 18: one odd character, file name, link or entry never stops the site at the end. Each
 * fault is said by readEntryFile (so by `npm run check` and by the content loader) with file, line
 * and field, or handled as a typesetter would.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntryFile } from '../../src/entry/entry-file.ts';
import { loadEntries } from '../../src/entry/load-entries.ts';
import { fileNameProblems } from '../../src/entry/file-names.ts';
import { MAX_SLOGANS } from '../../src/entry/entry-notes.ts';
import { drawableText, undrawable } from '../../src/posters/drawable.ts';
import { posterFonts, loadFont } from '../../src/posters/fonts.ts';
import { drawPosters } from '../../src/posters/build.ts';
import { layoutPoster } from '../../src/posters/render.ts';
import { loadPosterConfig } from '../../src/posters/presets.ts';
import { STYLES } from '../../src/posters/styles.ts';
import { glyphGate, GlyphGateError } from '../../src/posters/gate.ts';
import { CONTENT_DIR, ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const NAME = 'ke-hoach-khong-so-khong-ngay-d1f5bbac.mdx';
const GOOD = readFileSync(join(CONTENT_DIR, NAME), 'utf8');
const FILE = 'content/directives/x.mdx';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** Title and two slogans with U+200B, U+202F, →, ★, № and an emoji (as copied from the web). */
const ODD_TITLE = 'Kế hoạch\u200b tuyên truyền → năm 2025 ★';
const ODD_SLOGANS = ['Đảng Cộng sản Việt Nam quang vinh muôn năm\u202f!', '★ Thi đua № 1 😀 vì Tổ quốc'];
function oddEntry(): string {
  const withTitle = GOOD.replace(/^title: .*$/m, `title: "${ODD_TITLE}"`);
  return withTitle.replace(/^slogans: \[\]$/m, `slogans:\n${ODD_SLOGANS.map((s) => `  - "${s}"`).join('\n')}`);
}

describe('characters the poster fonts lack (fault 1)', () => {
  const fonts = posterFonts();
  const og = loadPosterConfig(ROOT).presets.find((p) => p.id === 'og')!;

  it('the entry is valid; the visible characters the font lacks are warnings with file, line and field', () => {
    const text = oddEntry();
    expect(text).toContain(ODD_SLOGANS[1]);
    const r = readEntryFile(FILE, text);
    expect(r.problems).toEqual([]);
    const said = r.warnings.map((w) => `${w.file}:${w.line}: ${w.field}: ${w.message}`);
    expect(said).toEqual([
      `${FILE}:${lineOf(text, 'title:')}: title: the share image font has no "→" (U+2192), "★" (U+2605): the share image is drawn without them; the text keeps them`,
      `${FILE}:${lineOf(text, ODD_SLOGANS[1]!)}: slogans.1: the poster font has no "★" (U+2605), "№" (U+2116) (drawn as "Nº"), "😀" (U+1F600): the poster is drawn without them; the text keeps them`,
    ]);
    // Nothing is taken out of the text.
    expect(r.data!.title).toBe(ODD_TITLE);
    expect(r.data!.slogans).toEqual(ODD_SLOGANS);
  });

  it('invisible characters are left out of the drawing only; a lacking symbol too, its space folded', () => {
    expect(drawableText('A\u200bB\u200c\u200d\u2060\ufeff\u00adC', fonts)).toBe('ABC');
    expect(drawableText('★ VIỆT NAM → MUÔN NĂM 😀', fonts)).toBe('VIỆT NAM MUÔN NĂM');
    expect(drawableText('SỐ № 1', fonts)).toBe('SỐ Nº 1');
    expect(undrawable('A\u200bB', fonts)).toEqual([]);
  });

  it('the posters are drawn with the visible characters the font has', () => {
    const l = layoutPoster(ODD_SLOGANS[1]!, og, STYLES[0]!, fonts);
    expect(l.fit.lines.join(' ').replaceAll('\u00a0', ' ')).toBe('THI ĐUA Nº 1 VÌ TỔ QUỐC');
    expect(l.prepared.text).toBe(ODD_SLOGANS[1]!.normalize('NFC').replace(/\s+/g, ' '));
    const card = layoutPoster(`Kế hoạch — ${ODD_TITLE}`, og, STYLES[0]!, fonts);
    expect(card.fit.lines.join(' ').replaceAll('\u00a0', ' ')).toContain('TUYÊN TRUYỀN NĂM 2025');
  });

  it('drawing them does not fail the build (the glyph gate passes)', async () => {
    const cacheDir = tempDir('odd');
    const slogans = [...ODD_SLOGANS, ODD_TITLE].map((text, i) => ({ slug: `s${i}`, text, directives: ['x'], files: [FILE] }));
    const { manifest } = await drawPosters({ slogans, presets: [og], styles: [STYLES[0]!], cacheDir, fonts, kind: 'share image' });
    expect(manifest.posters).toHaveLength(3);
  }, 60_000);

  it('a wrong font (no Vietnamese letters) still fails, naming the file and "share image", not a directive id nor "slogan"', () => {
    const bebas = loadFont('Bebas Neue', 400, '@expo-google-fonts/bebas-neue/400Regular/BebasNeue_400Regular.ttf');
    let err: unknown;
    try { glyphGate([{ slogan: 'Việt', display: 'VIỆT', directive: FILE, kind: 'share image' }], [bebas]); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(GlyphGateError);
    expect((err as Error).message).toContain(`  ${FILE}: share image "Việt"`);
    expect((err as Error).message).not.toMatch(/slogan\(s\)|directive /);
  });

  it('a control character in a slogan is an error said by the check, not a failed poster at the end', () => {
    const text = GOOD.replace(/^slogans: \[\]$/m, 'slogans:\n  - "Thi đua\\x85 yêu nước"');
    const r = readEntryFile(FILE, text);
    expect(r.problems).toEqual([expect.objectContaining({ field: 'slogans.0', line: lineOf(text, 'Thi đua'), message: expect.stringMatching(/control character U\+0085/) })]);
  });
});

describe('YAML limits, MDX lines (fault 6)', () => {
  it('an alias bomb is one problem naming the file, not a crash', () => {
    const names = 'abcdefghij';
    const bomb = [`${names[0]}: &${names[0]} ["x","x","x","x","x","x","x","x","x"]`,
      ...[...names.slice(1)].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${names[i]}`).join(',')}]`)].join('\n');
    const r = readEntryFile(FILE, GOOD.replace('---\n', `---\n${bomb}\n`));
    expect(r.problems).toEqual([expect.objectContaining({ file: FILE, field: 'frontmatter', message: expect.stringMatching(/aliases .* too many/) })]);
  });

  it('YAML nested thousands deep: one problem naming the file', () => {
    for (const deep of [`x: ${'['.repeat(5000)}${']'.repeat(5000)}`, `x: ${'['.repeat(40)}${']'.repeat(40)}`]) {
      const r = readEntryFile(FILE, GOOD.replace('---\n', `---\n${deep}\n`));
      expect(r.problems).toEqual([expect.objectContaining({ file: FILE, field: 'frontmatter', message: expect.stringMatching(/nested .*deep/) })]);
    }
  });

  it.each([
    ['<div>\n\nchữ', /closing tag for `<div>`/],
    ['chữ <span>đậm\n\nchữ', /closing tag for `<span>`/],
    ['chữ <!-- ghi chú -->', /Unexpected character `!`/],
  ])('MDX that does not parse (%s) is reported at the line of the fault', (snippet, message) => {
    const text = `${GOOD}\nđoạn một\n\nđoạn hai\n\n${snippet}\n`;
    const r = readEntryFile(FILE, text);
    expect(r.problems).toEqual([expect.objectContaining({ field: 'body', line: lineOf(text, snippet.split('\n')[0]!), message: expect.stringMatching(message) })]);
  });
});

describe('links and file names (fault 7)', () => {
  it.each(['//evil.example/x', '/\\evil.example/x', '/van-ban/\\..\\x'])('[x](%s) is refused with its line', (url) => {
    const text = `${GOOD}\nxem [đây](${url.replaceAll('\\', '\\\\')})\n`;
    const r = readEntryFile(FILE, text);
    expect(r.problems).toEqual([expect.objectContaining({ field: 'body', line: text.split('\n').length - 1, message: expect.stringMatching(/link target .* not allowed/) })]);
  });
  it('site and relative links still pass', () => {
    expect(readEntryFile(FILE, `${GOOD}\n[a](/van-ban/x/) [b](../y/) [c](https://a.vn/) [d](#e)\n`).problems).toEqual([]);
  });

  it('names equal but for case or Unicode form, holding "..\\", starting with "-": refused when the content is read', () => {
    const dir = tempDir('names');
    const names = ['a-b.mdx', 'A-B.mdx', 'vi\u1ec7t.mdx', 'vie\u0302\u0323t.mdx', 'a..\\..\\evil.mdx', '-rf.mdx'];
    for (const [i, n] of names.entries()) writeFileSync(join(dir, n), GOOD.replace('source: ', `source: ${i}`));
    const { problems } = loadEntries(dir, '.');
    const byFile = (n: string) => problems.filter((p) => p.file === n && p.field === '(file name)').map((p) => p.message).join(' | ');
    expect(byFile('a-b.mdx') || byFile('A-B.mdx')).toMatch(/same name as/);
    expect(byFile('vie\u0302\u0323t.mdx')).toMatch(/not in composed Unicode/);
    expect(byFile('a..\\..\\evil.mdx')).toMatch(/"\\\\", which Windows and FAT32 refuse/);
    expect(byFile('-rf.mdx')).toMatch(/starts with "-"/);
    expect(fileNameProblems(['content/directives/ke-hoach-1.mdx'])).toEqual([]);
  });

  it('an entry that cannot be read (a folder named x.mdx, a dangling link) is its own problem; the others load', () => {
    const dir = tempDir('unreadable');
    writeFileSync(join(dir, NAME), GOOD);
    mkdirSync(join(dir, 'folder.mdx'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.mdx'));
    const { entries, problems } = loadEntries(dir, '.');
    expect(entries.map((e) => e.file)).toEqual([NAME]);
    expect(problems.map((p) => `${p.file}: ${p.message}`).sort()).toEqual(['dangling.mdx: cannot be read: ENOENT', 'folder.mdx: cannot be read: EISDIR']);
  });

  it('a file named with a leading dash on the command line: one clear line and the usage, no stack trace', () => {
    for (const script of ['scripts/import.ts', 'scripts/check-content.ts']) {
      const r = spawnSync(process.execPath, [join(ROOT, script), '-bad.txt'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(2);
      const [first, ...rest] = r.stderr.trim().split('\n');
      expect(first).toBe('unknown option -b: a file whose name starts with "-" is written ./-b (or after a lone --)');
      expect(rest).toEqual([expect.stringMatching(/^usage: npm run (import|check) /)]);
    }
  });
});

describe('limits named (fault 9)', () => {
  it('a text over 1 MB and more than 100 slogans: warnings with the figures', () => {
    const slogans = Array.from({ length: MAX_SLOGANS + 1 }, (_, i) => `  - Khẩu hiệu số ${i + 1}`).join('\n');
    const text = `${GOOD.replace(/^slogans: \[\]$/m, `slogans:\n${slogans}`)}\n${'Đoạn văn dài của một văn bản. '.repeat(40_000)}\n`;
    const r = readEntryFile(FILE, text);
    expect(r.problems).toEqual([]);
    expect(r.warnings.map((w) => `${w.line}: ${w.field}: ${w.message}`)).toEqual([
      expect.stringMatching(new RegExp(`^${r.bodyLine}: body: the text is 1\\.[0-9] MB \\(about [0-9,]+ pages\\), more than any directive \\(limit 1\\.0 MB\\)`)),
      `${lineOf(text, 'slogans:') + 1}: slogans: 101 slogans (more than 100): each is drawn in every poster format and style, so this one entry makes thousands of posters`,
    ]);
  });
});
