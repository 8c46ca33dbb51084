/** npm run import over files and folders: writes, skips hand edits, --force, --json, failures. */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SEEDS_DIR } from '../helpers/seeds.ts';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args, '--date', '2026-11-23'], { cwd: ROOT, encoding: 'utf8' });

describe('import CLI', () => {
  let dir: string, src: string, out: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chidao-import-'));
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
    expect(r.stderr).toContain('1 imported, 0 unchanged, 0 kept, 3 failed, 0 skipped');
    expect(readdirSync(out)).toEqual(['huong-dan-khong-so-khong-ngay-cb6f72ab.mdx']);
  });

  it('re-running leaves an unchanged entry alone and keeps a hand-edited one unless --force', () => {
    const file = join(src, 'a.txt');
    const entry = join(out, 'huong-dan-khong-so-khong-ngay-cb6f72ab.mdx');
    expect(run(file, '--out', out).stdout).toContain(': unchanged');
    const edited = readFileSync(entry, 'utf8').replace('topics: []', 'topics:\n  - Điện hạt nhân');
    writeFileSync(entry, edited);
    expect(run(file, '--out', out).stdout).toContain('kept (edited by hand');
    expect(readFileSync(entry, 'utf8')).toBe(edited);
    expect(run(file, '--out', out, '--force').stdout).toContain(': imported');
    expect(readFileSync(entry, 'utf8')).not.toBe(edited);
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
    expect(r.stderr).toContain('1 imported, 0 unchanged, 0 kept, 1 failed, 0 skipped');
    expect(readdirSync(blocked).sort()).toEqual(['huong-dan-khong-so-khong-ngay-cb6f72ab.mdx', 'ke-hoach-13-kh-du-2024-12-06.mdx']);
  });

  it('a missing file is reported, not a crash', () => {
    const r = run(join(dir, 'nope.txt'), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope.txt: cannot read: ENOENT');
  });
});
