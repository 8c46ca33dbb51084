/**
 * Keeping a content-addressed cache from growing without end. The poster and search caches hold
 * one entry per key (a digest of everything that made it) in folders named by the key's first two
 * characters: `<dir>/ab/ab12….png`, `<dir>/ab/ab12…/`. Every edit adds entries (one search part
 * is ~25 MB at 10,000 directives) and nothing else removes the ones no build asks for any more.
 *
 * An entry goes when this build did not use it AND it was made more than `keepDays` ago. The age
 * keeps what another recent build used (a branch, a build of an older version, a corpus
 * being edited back and forth); an entry still in use is never removed, however old. Leftovers
 * of an interrupted build (`….tmp`, `….tmp.pages`) count as unused.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const KEEP_DAYS = 14;

export interface PruneResult {
  removed: number;
  kept: number;
}

/** The key an entry belongs to: its name up to the first "."; none for an unfinished one. */
export function entryKey(name: string): string | undefined {
  return name.includes('.tmp') ? undefined : name.split('.')[0];
}

export function pruneCache(dir: string, used: ReadonlySet<string>, opts: { keepDays?: number; now?: number } = {}): PruneResult {
  const cutoff = (opts.now ?? Date.now()) - (opts.keepDays ?? KEEP_DAYS) * 86_400_000;
  const result: PruneResult = { removed: 0, kept: 0 };
  let shards: string[];
  try {
    shards = readdirSync(dir).filter((s) => /^[0-9a-f]{2}$/.test(s));
  } catch {
    return result; // no cache yet
  }
  for (const shard of shards) {
    for (const name of readdirSync(join(dir, shard))) {
      const key = entryKey(name);
      const path = join(dir, shard, name);
      if ((key !== undefined && used.has(key)) || statSync(path).mtimeMs >= cutoff) { result.kept++; continue; }
      rmSync(path, { recursive: true, force: true });
      result.removed++;
    }
  }
  return result;
}
