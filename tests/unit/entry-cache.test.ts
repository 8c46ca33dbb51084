/**
 * Loading a corpus through the entry cache and on several threads gives exactly what a plain
 * sequential load gives; an edited file is read again, an unchanged one is not; problems are
 * never cached; a change of code starts a new cache.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion, openEntryCache, type EntryCache } from '../../src/entry/entry-cache.ts';
import { loadEntries, loadEntriesWith, readEntry, type ReadMany } from '../../src/entry/load-entries.ts';
import { readInThreads } from '../../src/entry/read-pool.ts';
import { CONTENT_DIR, ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

function corpus(): string {
  const dir = tempDir('entry-cache');
  cpSync(CONTENT_DIR, join(dir, 'content'), { recursive: true });
  return dir;
}

/** A readMany that records which files it was asked to read. */
function counting(): { readMany: ReadMany; read: string[] } {
  const read: string[] = [];
  return { read, readMany: (sources) => sources.map((s) => { read.push(s.file); return readEntry(s.file, s.text); }) };
}

describe('entry cache', () => {
  it('a cached load and a threaded load equal the plain load, entry for entry', async () => {
    const dir = corpus();
    const plain = loadEntries(dir, 'content');
    expect(plain.entries).toHaveLength(3);
    const cache = () => openEntryCache(join(dir, 'cache'), 'v1');
    expect(loadEntries(dir, 'content', { cache: cache() })).toEqual(plain); // fills the cache
    expect(loadEntries(dir, 'content', { cache: cache() })).toEqual(plain); // from the cache
    expect(await loadEntriesWith(dir, 'content', { readMany: readInThreads(2) })).toEqual(plain);
  });

  it('reads again only the file that changed', async () => {
    const dir = corpus();
    const cache = (): EntryCache => openEntryCache(join(dir, 'cache'), 'v1');
    const first = counting();
    await loadEntriesWith(dir, 'content', { cache: cache(), readMany: first.readMany });
    expect(first.read).toHaveLength(3);
    const name = readdirSync(join(dir, 'content')).sort()[1]!;
    appendFileSync(join(dir, 'content', name), '\nMột đoạn thêm.\n');
    const second = counting();
    const r = await loadEntriesWith(dir, 'content', { cache: cache(), readMany: second.readMany });
    expect(second.read).toEqual([`content/${name}`]);
    expect(r.entries.find((e) => e.file === `content/${name}`)!.text).toMatch(/Một đoạn thêm\.\n$/);
    const third = counting();
    await loadEntriesWith(dir, 'content', { cache: cache(), readMany: third.readMany });
    expect(third.read).toEqual([]);
  });

  it('never caches a file with problems: its messages come from the current code every time', () => {
    const dir = corpus();
    const name = readdirSync(join(dir, 'content')).sort()[0]!;
    const file = join(dir, 'content', name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^type: .*$/m, 'type: bogus'));
    const cache = () => openEntryCache(join(dir, 'cache'), 'v1');
    for (let i = 0; i < 2; i++) {
      const r = loadEntries(dir, 'content', { cache: cache() });
      expect(r.entries).toHaveLength(2);
      expect(r.problems).toEqual([expect.objectContaining({ file: `content/${name}`, field: 'type' })]);
    }
  });

  it('another code version does not see the old readings, and replaces their file', () => {
    const dir = corpus();
    loadEntries(dir, 'content', { cache: openEntryCache(join(dir, 'cache'), 'v1') });
    const fresh = counting();
    const v2 = openEntryCache(join(dir, 'cache'), 'v2');
    return loadEntriesWith(dir, 'content', { cache: v2, readMany: fresh.readMany }).then(() => {
      expect(fresh.read).toHaveLength(3);
      expect(readdirSync(join(dir, 'cache'))).toEqual(['entries-v2.json']);
    });
  });

  it('the code version follows the source files', () => {
    const v = codeVersion(ROOT);
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(codeVersion(ROOT)).toBe(v);
  });
});
