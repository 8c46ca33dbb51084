/**
 * What reading an entry file yields — its validated metadata and its citations resolved within
 * the text — kept on disk between builds, keyed by the file's exact text and by the version of the
 * code that reads it. Reading an entry (YAML, schema, MDX parse, citation finding) is the costly
 * part of loading a corpus; with the cache a rebuild after editing one file re-reads that file
 * only, and the several readers of one build (content loader, posters, audit) share the work.
 *
 * Only entries without problems are cached: a file with an error is read again every time, so
 * its messages always come from the current code. Any change to the project's code or its
 * dependencies (src/, package-lock.json) starts a new, empty cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Directive } from '../model/directive.ts';
import type { Mention } from '../citations/mentions.ts';
import type { LunarMention } from '../lunar/find.ts';
import type { ContentProblem } from './entry-file.ts';

export interface CachedReading {
  data: Directive;
  mentions: Mention[];
  lunar: LunarMention[];
  /** Warnings of the file (messages name it: the cache is keyed by text, so only a file's own). */
  warnings?: ContentProblem[];
}

export interface EntryCache {
  get(text: string): CachedReading | undefined;
  set(text: string, reading: CachedReading): void;
  /** Writes the cache if it changed, keeping only the texts used since it was opened. */
  save(): void;
}

const sha1 = (s: string | Buffer) => createHash('sha1').update(s).digest('hex');

/** A hash of every file of src/ and of the locked dependencies: what reading an entry depends on. */
export function codeVersion(root: string): string {
  const h = createHash('sha1');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(`${p}\u0000`).update(readFileSync(p)).update('\u0000');
    }
  };
  walk(join(root, 'src'));
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock));
  return h.digest('hex').slice(0, 16);
}

export function openEntryCache(dir: string, version: string): EntryCache {
  const file = join(dir, `entries-${version}.json`);
  let stored: Record<string, CachedReading> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, CachedReading>;
  } catch { /* none yet, or unreadable: start empty */ }
  const used = new Map<string, CachedReading>();
  let added = false;
  return {
    get(text) {
      const key = sha1(text);
      const hit = used.get(key) ?? stored[key];
      if (hit) used.set(key, hit);
      return hit;
    },
    set(text, reading) {
      used.set(sha1(text), reading);
      added = true;
    },
    save() {
      if (!added && used.size === Object.keys(stored).length) return;
      mkdirSync(dir, { recursive: true });
      // Older versions' caches are dead weight once the code changed.
      for (const name of readdirSync(dir)) if (/^entries-\w+\.json$/.test(name) && name !== `entries-${version}.json`) rmSync(join(dir, name), { force: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(used)));
      renameSync(tmp, file); // atomic: a build reading it meanwhile sees the old or the new cache
      stored = Object.fromEntries(used);
      added = false;
    },
  };
}

/** The entry cache of a build: in Astro's cache folder (config.cacheDir; CHIDAO_CACHE_DIR moves it). */
export const buildEntryCache = (root: string, cacheDir: string) => openEntryCache(join(cacheDir, 'chidao-entries'), codeVersion(root));
