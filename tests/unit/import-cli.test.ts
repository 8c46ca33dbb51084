/** npm run import over files and folders: writes, skips hand edits, --force, --json, failures. */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { join } from 'node:path';
import { ROOT, SEEDS_DIR } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args, '--date', '2026-11-23'], { cwd: ROOT, encoding: 'utf8' });

describe('import CLI', () => {
  let dir: string, src: string, out: string;
  beforeAll(() => {
    dir = tempDir('import');
    src = join(dir, 'in');
    out = join(dir, 'out');
    mkdirSync(src);
    copyFileSync(join(SEEDS_DIR, '001_79d78c7148d5feae.txt'), join(src, 'a.txt'));
    writeFileSync(join(src, 'empty.txt'), '');
    writeFileSync(join(src, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(src, 'note.txt'), 'Chỉ là một ghi chú, không phải văn bản.');
  });

  it('imports the good file, names each bad one, exits 1', () => {
    const r = run(src, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(src, 'binary.txt')}:1: binary file`);
    expect(r.stderr).toContain(`${join(src, 'empty.txt')}: empty file`);
    expect(r.stderr).toContain(`${join(src, 'note.txt')}:1: not a directive`);
    expect(r.stderr).toContain('1 imported, 0 updated, 0 unchanged, 0 kept, 3 failed, 0 skipped');
    expect(readdirSync(out)).toEqual(['huong-dan-khong-so-khong-ngay-cb6f72ab.mdx']);
  });

  it('re-running leaves an unchanged entry alone and keeps a hand-edited one unless --force (with a backup)', () => {
    const file = join(src, 'a.txt');
    const entry = join(out, 'huong-dan-khong-so-khong-ngay-cb6f72ab.mdx');
    expect(run(file, '--out', out).stdout).toContain(': unchanged');
    const edited = readFileSync(entry, 'utf8').replace('topics: []', 'topics:\n  - Điện hạt nhân');
    writeFileSync(entry, edited);
    const kept = run(file, '--out', out);
    expect(kept.stdout).toContain(': kept');
    expect(kept.stdout).toContain('not listed in provenance.editedFields: topics');
    expect(kept.stderr).toContain('0 imported, 0 updated, 0 unchanged, 1 kept, 0 failed, 0 skipped');
    expect(readFileSync(entry, 'utf8')).toBe(edited);
    const forced = run(file, '--out', out, '--force');
    expect(forced.stdout).toContain(': updated');
    expect(forced.stdout).toMatch(/the previous entry is kept in .*\.chidao-backups\/huong-dan-khong-so-khong-ngay-cb6f72ab\.mdx\..*\.bak/);
    expect(readFileSync(entry, 'utf8')).not.toBe(edited);
    const [backup] = readdirSync(join(out, '.chidao-backups'));
    expect(readFileSync(join(out, '.chidao-backups', backup!), 'utf8')).toBe(edited);
  });

  it('--json prints the metadata and writes nothing', () => {
    const fresh = join(dir, 'json-out');
    const r = run(join(src, 'a.txt'), '--out', fresh, '--json');
    expect(r.status).toBe(0);
    const [item] = JSON.parse(r.stdout);
    expect(item.metadata.slogans).toHaveLength(10);
    expect(item.warnings.map((w: { field: string }) => w.field)).toEqual(['number', 'date']);
    expect(() => readdirSync(fresh)).toThrow();
  });

  it('--url records the address a single text was published at; a bad or shared one is refused', () => {
    const fresh = join(dir, 'url-out');
    const url = 'https://ubmttq.camau.gov.vn/tin/1.htm';
    const r = run(join(src, 'a.txt'), '--out', fresh, '--json', '--url', url);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].metadata.provenance.url).toBe(url);
    const bad = run(join(src, 'a.txt'), '--out', fresh, '--json', '--url', 'ubmttq.camau.gov.vn');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--url: "ubmttq.camau.gov.vn" is not an http(s) address');
    const many = run(src, '--out', fresh, '--json', '--url', url);
    expect(many.status).toBe(2);
    expect(many.stderr).toMatch(/--url names the address of one text; \d+ files were given/);
  });

  it('a different source with the same type, number and date is reported as a duplicate', () => {
    const a = 'Số: 12-KH/ĐU\nHà Nội, ngày 05 tháng 12 năm 2024\n\nKẾ HOẠCH\nTuyên truyền A\n\nThực hiện Kế hoạch số 1-KH/TU, Đảng ủy xã xây dựng kế hoạch.\n';
    writeFileSync(join(dir, 'k1.txt'), a);
    writeFileSync(join(dir, 'k2.txt'), a.replace('Tuyên truyền A', 'Tuyên truyền B'));
    const r = run(join(dir, 'k1.txt'), join(dir, 'k2.txt'), '--out', join(dir, 'dup'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/k2\.txt: .*ke-hoach-12-kh-du-2024-12-05\.mdx already holds another source/);
  });

  it('an entry that cannot be written is reported with its path; the other files go on; nothing half-written', () => {
    const blocked = join(dir, 'blocked');
    mkdirSync(blocked);
    // A folder where the entry file should go: the write fails, whoever runs the test (root too).
    mkdirSync(join(blocked, 'huong-dan-khong-so-khong-ngay-cb6f72ab.mdx'));
    writeFileSync(join(dir, 'k3.txt'), 'Số: 13-KH/ĐU\nHà Nội, ngày 06 tháng 12 năm 2024\n\nKẾ HOẠCH\nTuyên truyền C\n\nThực hiện Kế hoạch số 1-KH/TU, Đảng ủy xã xây dựng kế hoạch.\n');
    const r = run(join(src, 'a.txt'), join(dir, 'k3.txt'), '--out', blocked, '--force');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a\.txt: cannot write .*blocked\/huong-dan-khong-so-khong-ngay-cb6f72ab\.mdx: (EISDIR|EEXIST|ENOTEMPTY|EPERM)/);
    expect(r.stderr).toContain('1 imported, 0 updated, 0 unchanged, 0 kept, 1 failed, 0 skipped');
    expect(readdirSync(blocked).sort()).toEqual(['huong-dan-khong-so-khong-ngay-cb6f72ab.mdx', 'ke-hoach-13-kh-du-2024-12-06.mdx']);
  });

  it('a missing file is reported, not a crash', () => {
    const r = run(join(dir, 'nope.txt'), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope.txt: cannot read: ENOENT');
  });
});

describe('import CLI over a folder of mixed sources', () => {
  const FIXTURES = join(ROOT, 'tests', 'fixtures', 'formats');
  let src: string, out: string, r: ReturnType<typeof run>;
  beforeAll(() => {
    const dir = tempDir('import-mixed');
    src = join(dir, 'in');
    out = join(dir, 'out');
    mkdirSync(join(src, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(src, '.git'));
    copyFileSync(join(SEEDS_DIR, '001_79d78c7148d5feae.txt'), join(src, 'a.txt'));
    copyFileSync(join(FIXTURES, 'seed-000.docx'), join(src, 'b.docx'));
    copyFileSync(join(FIXTURES, 'rw-19.pdf'), join(src, 'sub', 'c.pdf'));
    copyFileSync(join(FIXTURES, 'seed-000-windows-1258.htm'), join(src, 'sub', 'deeper', 'd.htm'));
    // A real .xlsx shape (a zip holding xl/), a Word 97 file, and one of them named .docx.
    writeFileSync(join(src, 'e.xlsx'), zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }));
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    writeFileSync(join(src, 'f.doc'), ole);
    writeFileSync(join(src, 'old.docx'), ole);
    writeFileSync(join(src, 'notes'), 'ghi chú');
    writeFileSync(join(src, '.hidden.txt'), Buffer.from([0]));
    writeFileSync(join(src, '.git', 'HEAD'), Buffer.from([0]));
    symlinkSync(join(src, 'nowhere.txt'), join(src, 'gone.txt'));
    symlinkSync(join(src, 'loop.txt'), join(src, 'loop.txt'));
    symlinkSync('..', join(src, 'sub', 'up')); // a folder link back up: walked once, not forever
    r = run(src, '--out', out);
  });

  it('imports each readable source, recursively and in order, saying how each was read', () => {
    const imported = r.stdout.split('\n').filter((l) => l.startsWith('✓')).map((l) => l.replace(/ → .*?: imported/, ':'));
    expect(imported.map((l) => l.replace(/ \(\d+ warnings\)/, ''))).toEqual([
      `✓ ${join(src, 'a.txt')}:`,
      `✓ ${join(src, 'b.docx')}: [docx]`,
      `✓ ${join(src, 'sub', 'c.pdf')}: [pdf]`,
      `✓ ${join(src, 'sub', 'deeper', 'd.htm')}: [html, windows-1258 → Unicode]`,
    ]);
    expect(readdirSync(out)).toHaveLength(4);
    expect(r.stdout).toContain(`· ${join(src, 'sub', 'c.pdf')}: 1 page number`);
  });

  it('names each file it could not or would not import, with the reason; hidden files are passed over', () => {
    expect(r.stderr).toContain(`– ${join(src, 'e.xlsx')}: skipped: an Excel workbook is not a directive text`);
    expect(r.stderr).toContain(`– ${join(src, 'f.doc')}: skipped: Word 97–2003 .doc: save it as .docx in Word, or convert it with \`soffice --headless --convert-to docx\``);
    expect(r.stderr).toContain(`– ${join(src, 'old.docx')}: skipped: Word 97–2003 .doc`);
    expect(r.stderr).toContain(`– ${join(src, 'notes')}: skipped: "no extension" files are not read`);
    expect(r.stderr).toContain(`✗ ${join(src, 'gone.txt')}: dangling symbolic link (its target does not exist)`);
    expect(r.stderr).toContain(`✗ ${join(src, 'loop.txt')}: symbolic link loop`);
    expect(r.stderr + r.stdout).not.toMatch(/hidden|\.git/);
    expect(r.stderr).toContain('4 imported, 0 updated, 0 unchanged, 0 kept, 2 failed, 4 skipped');
    expect(r.status).toBe(1);
  });

  it('exits 1 when a file was only skipped, 0 when all were imported', () => {
    const only = tempDir('import-skip');
    const entries = join(only, 'entries'); // inside the source folder: not walked
    copyFileSync(join(FIXTURES, 'rw-02.docx'), join(only, 'kh.docx'));
    expect(run(only, '--out', entries).status).toBe(0);
    writeFileSync(join(only, 'bang.xlsx'), 'x');
    const again = run(only, '--out', entries);
    expect(again.stderr).toContain('0 imported, 0 updated, 1 unchanged, 0 kept, 0 failed, 1 skipped');
    expect(again.status).toBe(1);
  });
});
