/** Pruning the poster and search caches (src/lib/prune-cache.ts): only old entries no build used. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryKey, pruneCache } from '../../src/lib/prune-cache.ts';
import { tempDir } from '../helpers/temp.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4);

/** A cache entry (a file, or a folder when the name has no extension) made `age` days before NOW. */
function entry(dir: string, name: string, age: number): string {
  const path = join(dir, name.slice(0, 2), name);
  mkdirSync(join(dir, name.slice(0, 2)), { recursive: true });
  if (name.includes('.') && !name.endsWith('.tmp')) writeFileSync(path, 'x');
  else { mkdirSync(path, { recursive: true }); writeFileSync(join(path, 'pagefind-entry.json'), '{}'); }
  const t = new Date(NOW - age * DAY);
  utimesSync(path, t, t);
  return path;
}

describe('pruning a content-addressed cache', () => {
  it('reads the key of an entry from its name; unfinished entries have none', () => {
    expect(entryKey('ab12.png')).toBe('ab12');
    expect(entryKey('ab12.lines.json')).toBe('ab12');
    expect(entryKey('ab12')).toBe('ab12');
    expect(entryKey('ab12.4242.1796419481158.tmp')).toBeUndefined();
    expect(entryKey('ab12.4242.1796419481158.tmp.pages')).toBeUndefined();
  });

  it('removes what this build did not use and is older than the limit, and nothing else', () => {
    const dir = tempDir('prune');
    const usedOld = [entry(dir, 'aa01.png', 400), entry(dir, 'aa01.lines.json', 400), entry(dir, 'bb02', 90)];
    const unusedNew = [entry(dir, 'cc03.pdf', 13), entry(dir, 'dd04', 1), entry(dir, 'aa05.9.1.tmp', 0)];
    const unusedOld = [entry(dir, 'cc06.svg', 15), entry(dir, 'cc06.pdf', 15), entry(dir, 'ee07', 30), entry(dir, 'bb02.77.1.tmp', 20), entry(dir, 'bb02.77.1.tmp.pages', 20)];
    mkdirSync(join(dir, 'not-a-shard')); // other files of the folder are not the cache's
    const r = pruneCache(dir, new Set(['aa01', 'bb02']), { keepDays: 14, now: NOW });
    expect(r).toEqual({ removed: unusedOld.length, kept: usedOld.length + unusedNew.length });
    for (const p of [...usedOld, ...unusedNew]) expect(existsSync(p), p).toBe(true);
    for (const p of unusedOld) expect(existsSync(p), p).toBe(false);
    expect(existsSync(join(dir, 'not-a-shard'))).toBe(true);
    // Run again: nothing left to remove.
    expect(pruneCache(dir, new Set(['aa01', 'bb02']), { keepDays: 14, now: NOW }).removed).toBe(0);
  });

  it('does nothing where there is no cache yet', () => {
    expect(pruneCache(join(tmpdir(), 'no-such-cache-folder'), new Set())).toEqual({ removed: 0, kept: 0 });
  });
});
