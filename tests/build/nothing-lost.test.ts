/**
 * The "nothing lost" audit (src/audit) on the shared build of the real entries: the build ran it
 * already (src/integrations/audit.ts fails the build otherwise); here it runs again on the output,
 * the way `npm run audit` does, and on copies of pages of that build with text taken out.
 */
import { describe, expect, inject, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { audit } from '../../src/integrations/audit.ts';
import { startAudit } from '../../src/audit/run.ts';
import { auditReadingKey, readEntries, type AuditReadings } from '../../src/audit/part.ts';
import { auditDirectivePage, auditNothingLost } from '../../src/audit/nothing-lost.ts';
import { distSite, entryFiles, readAuditEntry } from '../../src/audit/read-site.ts';
import { ROUTES } from '../../src/lib/links.ts';
import { SEED } from '../helpers/content-entries.ts';
import { ROOT } from '../helpers/seeds.ts';

const dist = inject('dist');

const entries = entryFiles(ROOT, 'content/directives')!.map((f) => {
  const r = readAuditEntry(f.file, f.id, readFileSync(f.path, 'utf8'));
  if (!('entry' in r)) throw new Error(r.problem.message);
  return r.entry;
});

describe('nothing lost in the build', () => {
  it('every entry has its page with every paragraph, every slogan is in the gallery: no problems', async () => {
    const run = startAudit({ root: ROOT, contentDir: 'content/directives' });
    try {
      const report = await run.check(dist);
      expect(report.problems).toEqual([]);
      expect(report.entries).toBe(3);
      expect(report.paragraphs).toBeGreaterThan(100);
      expect(report.slogans).toBe(10);
    } finally {
      await run.close();
    }
  });

  it('the same in helper processes (as for large collections)', async () => {
    const run = startAudit({ root: ROOT, contentDir: 'content/directives', readers: 2, checkers: 3 });
    try {
      const report = await run.check(dist);
      expect(report.problems).toEqual([]);
      expect([report.entries, report.slogans]).toEqual([3, 10]);
    } finally {
      await run.close();
    }
  });

  it('readings kept between runs: the same report; a kept reading is used as kept, an edited text is read again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'chidao-audit-kept-'));
    try {
      const runs = [];
      for (let i = 0; i < 2; i++) {
        const run = startAudit({ root: ROOT, contentDir: 'content/directives', cacheDir });
        try { runs.push(await run.check(dist)); } finally { await run.close(); }
      }
      expect(runs[1]).toEqual({ ...runs[0], readSeconds: runs[1]!.readSeconds, checkSeconds: runs[1]!.checkSeconds });
      expect(runs[0]!.problems).toEqual([]);
      const kept = readdirSync(cacheDir).filter((n) => /^readings-\w+\.json$/.test(n));
      expect(kept).toHaveLength(1);
      const file = join(cacheDir, kept[0]!);
      const readings = JSON.parse(readFileSync(file, 'utf8')) as AuditReadings;
      const files = entryFiles(ROOT, 'content/directives')!;
      expect(Object.keys(readings).sort()).toEqual(files.map((f) => auditReadingKey(f.file, readFileSync(f.path, 'utf8'))).sort());
      // A kept reading is what the next run uses: made up here, it comes back as made up.
      const [a, b] = files;
      readings[auditReadingKey(a!.file, readFileSync(a!.path, 'utf8'))] = { slogans: [], prints: [1, 2, 3] };
      // Kept under another text (as if the file had been edited since): not used, the file is read.
      const keyB = auditReadingKey(b!.file, readFileSync(b!.path, 'utf8'));
      readings[auditReadingKey(b!.file, 'another text')] = readings[keyB]!;
      delete readings[keyB];
      writeFileSync(file, JSON.stringify(readings));
      const read = await readEntries([a!, b!], file);
      expect(read.entries[0]!.prints).toEqual([1, 2, 3]);
      expect(read.entries[1]!.prints.length).toBeGreaterThan(10);
      expect(read.keys).toEqual([auditReadingKey(a!.file, readFileSync(a!.path, 'utf8')), keyB]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('the pure audit on the same build agrees, and the pages hold the entries\' paragraphs as blocks', () => {
    expect(auditNothingLost(entries, distSite(dist))).toEqual([]);
    expect([...distSite(dist).directivePages()].sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('a built page with a paragraph taken out, or a tone mark changed, fails with the line', () => {
    const entry = entries.find((e) => e.id === SEED.huongDan)!;
    const html = readFileSync(join(dist, ROUTES.directive(entry.id), 'index.html'), 'utf8');
    const cut = html.replace(/<p>2\. Đề cao vai trò[^]*?<\/p>/, '');
    expect(cut).not.toBe(html);
    expect(auditDirectivePage(entry, cut).map((p) => p.line)).toEqual([entry.paragraphs.find((p) => p.text.startsWith('2. Đề cao vai trò'))!.line]);
    const changed = html.replace('toàn Đảng bộ', 'toàn Đang bộ');
    expect(changed).not.toBe(html);
    expect(auditDirectivePage(entry, changed)).toHaveLength(1);
  });

  it('the build integration throws, listing file and line, when a built page lost a paragraph', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'chidao-audit-'));
    try {
      for (const dir of [ROUTES.directive(''), ROUTES.slogans()]) cpSync(join(dist, dir), join(copy, dir), { recursive: true });
      const hooks = audit({ contentDir: 'content/directives' }).hooks;
      const logger = { info: () => {} };
      const done = () => hooks['astro:build:done']!({ dir: pathToFileURL(`${copy}/`), logger } as never);
      await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${ROOT}/`) } } as never);
      await expect(done()).resolves.toBeUndefined();
      const page = join(copy, ROUTES.directive(SEED.huongDan), 'index.html');
      writeFileSync(page, readFileSync(page, 'utf8').replace(/<p>2\. Đề cao vai trò[^]*?<\/p>/, ''));
      const line = entries.find((e) => e.id === SEED.huongDan)!.paragraphs.find((p) => p.text.startsWith('2. Đề cao vai trò'))!.line;
      await expect(done()).rejects.toThrow(`content/directives/${SEED.huongDan}.mdx:${line}: paragraph missing from van-ban/${SEED.huongDan}/`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
