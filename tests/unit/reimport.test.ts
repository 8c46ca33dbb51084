/**
 * Re-importing over existing entries (issue 18, faults 2 and 3): the importer's fields updated, the
 * edited ones kept and reported, an unchanged source "unchanged" whatever the date, --force with a
 * backup and the list of what it overwrote.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, ROOT, SEEDS_DIR, seedFiles, importSeed } from '../helpers/seeds.ts';
import { changedLines, differingPaths, mergeReimport, setPath, getPath } from '../../src/import/reimport.ts';
import { readEntryFile } from '../../src/entry/entry-file.ts';
import { reimportEntry } from '../../src/import/reimport-file.ts';
import { listEntryFiles, loadEntries } from '../../src/entry/load-entries.ts';
import { tempDir } from '../helpers/temp.ts';

const run = (date: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args, '--date', date], { cwd: ROOT, encoding: 'utf8' });

const SEED = '000_bbd624f8c176dea5.txt';
const ENTRY = 'cong-van-khong-so-2024-44cf0838.mdx';

function copyContent(): string {
  const out = tempDir('reimport');
  for (const name of readdirSync(CONTENT_DIR)) if (name.endsWith('.mdx')) copyFileSync(join(CONTENT_DIR, name), join(out, name));
  return out;
}

describe('mergeReimport (pure)', () => {
  const fresh = importSeed(SEED);
  const edited = setPath(setPath(setPath(fresh.data, 'topics', ['Sắp xếp bộ máy']), 'issuer.parent', 'Bộ Văn hóa'), 'provenance.editedFields', ['topics', 'issuer.parent']);

  it('the same source on another day, edited fields as they are: unchanged, nothing written', () => {
    const later = setPath(fresh.data, 'provenance.imported', '2027-01-01');
    const r = mergeReimport({ data: edited, body: fresh.body }, { data: later, body: fresh.body }, { force: false });
    expect(r).toMatchObject({ status: 'unchanged', write: false, kept: ['topics', 'issuer.parent'] });
  });

  it('a changed source: the importer\'s fields updated, the edited ones kept, the changed lines named', () => {
    const body = fresh.body.replace('Công tác xây dựng Đảng và hệ thống chính trị', 'Công tác xây dựng Đảng, hệ thống chính trị');
    const next = setPath(setPath(fresh.data, 'provenance.sha256', 'f'.repeat(64)), 'title', 'tiêu đề mới');
    const r = mergeReimport({ data: edited, body: fresh.body }, { data: next, body }, { force: false });
    expect(r.status).toBe('updated');
    expect(r.updated).toEqual(['title', 'body']);
    expect(r.kept).toEqual(['topics', 'issuer.parent']);
    expect(r.entry.data.topics).toEqual(['Sắp xếp bộ máy']);
    expect(r.entry.data.issuer?.parent).toBe('Bộ Văn hóa');
    expect(r.entry.data.title).toBe('tiêu đề mới');
    expect(r.entry.data.provenance.editedFields).toEqual(['topics', 'issuer.parent']);
    expect(r.entry.body).toBe(body);
    const line = fresh.body.split('\n').findIndex((l) => l.includes('Công tác xây dựng Đảng và')) + 1;
    expect(r.bodyLines).toEqual({ first: line, last: line });
  });

  it('where the new source reads an edited field otherwise, it says so and keeps the edit', () => {
    const next = setPath(setPath(fresh.data, 'provenance.sha256', 'f'.repeat(64)), 'issuer.parent', 'Bộ Thông tin');
    const r = mergeReimport({ data: edited, body: fresh.body }, { data: next, body: fresh.body }, { force: false });
    expect(r.conflicts).toEqual([{ field: 'issuer.parent', kept: 'Bộ Văn hóa', source: 'Bộ Thông tin' }]);
    expect(r.entry.data.issuer?.parent).toBe('Bộ Văn hóa');
  });

  it('the same source with a field changed but not listed as edited: kept, nothing written, the field named', () => {
    const unlisted = setPath(fresh.data, 'place', 'Huế');
    const r = mergeReimport({ data: unlisted, body: fresh.body }, fresh, { force: false });
    expect(r).toMatchObject({ status: 'kept', write: false, unlisted: ['place'] });
  });

  it('--force takes the importer\'s reading and lists the edited fields it overwrote', () => {
    const r = mergeReimport({ data: edited, body: fresh.body }, fresh, { force: true });
    expect(r).toMatchObject({ status: 'updated', write: true, overwritten: ['topics', 'issuer.parent'] });
    expect(r.entry.data).toEqual(fresh.data);
  });

  it('paths: into objects, arrays whole, the import date ignored; lines between common start and end', () => {
    expect(differingPaths({ a: { b: 1, c: [1] }, provenance: { imported: 'x' } }, { a: { b: 2, c: [1] }, provenance: { imported: 'y' } })).toEqual(['a.b']);
    expect(getPath(setPath({ a: [1, 2] }, 'a.1', 3), 'a')).toEqual([1, 3]);
    expect(changedLines('a\nb\nc', 'a\nB\nc')).toEqual({ first: 2, last: 2 });
    expect(changedLines('a', 'a')).toBeUndefined();
  });
});

describe('npm run import over the committed entries', () => {
  it('the seeds on another day: 3 unchanged, nothing written', () => {
    const out = copyContent();
    const before = readdirSync(out).map((n) => readFileSync(join(out, n), 'utf8'));
    const r = run('2027-03-01', SEEDS_DIR, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('0 imported, 0 updated, 3 unchanged, 0 kept, 0 failed, 0 skipped');
    expect(readdirSync(out).map((n) => readFileSync(join(out, n), 'utf8'))).toEqual(before);
    expect(seedFiles()).toHaveLength(3);
  });

  it('topics and issuer.parent edited by hand, one source line changed: both edits kept, the line updated, and said', () => {
    const out = copyContent();
    const src = tempDir('reimport-src');
    const source = readFileSync(join(SEEDS_DIR, SEED), 'utf8').replace('Công tác xây dựng Đảng và hệ thống chính trị', 'Công tác xây dựng Đảng, hệ thống chính trị');
    writeFileSync(join(src, SEED), source);
    const entry = join(out, ENTRY);
    const text = readFileSync(entry, 'utf8')
      .replace('parent: Bộ Thông tin và Truyền thông', 'parent: Bộ Văn hóa, Thể thao và Du lịch')
      .replace(/topics:\n(  - .*\n)+/, 'topics:\n  - Sắp xếp bộ máy\n');
    writeFileSync(entry, text);
    const r = run('2027-03-01', join(src, SEED), '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('0 imported, 1 updated, 0 unchanged, 0 kept, 0 failed, 0 skipped');
    expect(r.stdout).toContain(`${ENTRY}: updated`);
    expect(r.stdout).toMatch(/updated from the source: body \(body: line \d+\)/);
    expect(r.stdout).toContain('kept as edited: issuer.parent, topics');
    // No second entry for the corrected source (its name would hold another hash): the same file, updated.
    expect(listEntryFiles(out)).toEqual(readdirSync(CONTENT_DIR).filter((n) => n.endsWith('.mdx')).sort());
    const after = readEntryFile(entry, readFileSync(entry, 'utf8'));
    expect(after.problems).toEqual([]);
    expect(after.data!.topics).toEqual(['Sắp xếp bộ máy']);
    expect(after.data!.issuer?.parent).toBe('Bộ Văn hóa, Thể thao và Du lịch');
    expect(after.body).toContain('Công tác xây dựng Đảng, hệ thống chính trị');
    expect(after.body).not.toContain('Công tác xây dựng Đảng và hệ thống chính trị');
    expect(after.data!.provenance.imported).toBe('2027-03-01');
    const backups = readdirSync(join(out, '.chidao-backups'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(out, '.chidao-backups', backups[0]!), 'utf8')).toBe(text);
    // The check and the build read the entries, never the backups.
    const loaded = loadEntries(out, '.');
    expect(loaded.entries.map((e) => e.file).sort()).toEqual(listEntryFiles(out));
    expect(loaded.problems).toEqual([]);
  });

  it('--force over edited fields: a backup, and the overwritten fields listed', () => {
    const out = copyContent();
    const r = run('2027-03-01', join(SEEDS_DIR, SEED), '--out', out, '--force');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--force overwrote edited fields: issuer.parent, topics');
    expect(readdirSync(join(out, '.chidao-backups'))).toHaveLength(1);
    expect(readFileSync(join(out, '.chidao-backups', readdirSync(join(out, '.chidao-backups'))[0]!), 'utf8')).toBe(readFileSync(join(CONTENT_DIR, ENTRY), 'utf8'));
  });

  it('edited fields that do not fit the new reading (issuer.parent, the source without issuer): skipped, not written invalid', () => {
    const out = copyContent();
    const entry = join(out, ENTRY);
    const before = readFileSync(entry, 'utf8');
    const fresh = importSeed(SEED);
    const { issuer: _, ...withoutIssuer } = fresh.data;
    const next = { ...fresh, data: setPath(withoutIssuer as typeof fresh.data, 'provenance.sha256', 'e'.repeat(64)) };
    const o = reimportEntry(entry, next, { force: false });
    expect(o).toMatchObject({ status: 'skipped', message: expect.stringMatching(/edited fields do not fit what the new source reads \(issuer\.name/) });
    expect(readFileSync(entry, 'utf8')).toBe(before);
  });

  it('an existing entry that cannot be read is skipped (exit 1), not replaced', () => {
    const out = tempDir('reimport-bad');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, ENTRY), '---\ntype: [\n---\n\ntext\n');
    const r = run('2027-03-01', join(SEEDS_DIR, SEED), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/skipped: .*cannot be read/);
    expect(r.stderr).toContain('1 skipped');
    expect(readFileSync(join(out, ENTRY), 'utf8')).toBe('---\ntype: [\n---\n\ntext\n');
  });
});
