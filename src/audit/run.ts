/**
 * Running the "nothing lost" audit (nothing-lost.ts) on a content folder and a build folder.
 *
 * `startAudit` starts reading the entries at once — parsing 10,000 MDX bodies is most of the
 * audit's work, and needs no build — and `check(dist)` compares the build with them when it is
 * there. The build integration starts the audit when the build starts, so the reading overlaps
 * the page building; `npm run audit` calls both in a row. Large collections are shared among
 * helper processes (worker.ts), one per core; a small one is read in this process.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { processPool } from '../lib/process-pool.ts';
import { auditSlogans, extraDirectivePages, type AuditProblem } from './nothing-lost.ts';
import { checkPages, readEntries, type AuditReadings, type ReadEntry, type ReadResult } from './part.ts';
import { codeVersion } from '../entry/entry-cache.ts';
import { distSite, entryFiles, type EntryFile } from './read-site.ts';
import type { AuditJob } from './worker.ts';

export interface AuditOptions {
  /** The project root: entry files are named relative to it. */
  root: string;
  /** The content folder, relative to the root or absolute. */
  contentDir: string;
  /**
   * Processes reading the entries, and checking the build. Default: one per core (at most 4)
   * for both, from 400 entries; below, this process does it all.
   */
  readers?: number;
  checkers?: number;
  /** Read on one core less by default (the build integration: Astro is building the pages). */
  besideBuild?: boolean;
  /**
   * A folder to keep the entries' readings in between runs (the build's: Astro's cache folder):
   * an entry whose file and text are unchanged is not parsed again (part.ts auditReadingKey). The
   * pages are always all checked.
   */
  cacheDir?: string;
}

export interface AuditReport {
  /** Sorted by file and line. */
  problems: AuditProblem[];
  entries: number;
  paragraphs: number;
  slogans: number;
  /** Seconds from startAudit to the entries read, and spent checking the build. */
  readSeconds: number;
  checkSeconds: number;
}

export interface AuditRun {
  check(dist: string): Promise<AuditReport>;
  /** Ends the helper processes (check does not). */
  close(): Promise<void>;
}

interface Runner {
  read(files: EntryFile[][], kept?: string): Promise<ReadResult[]>;
  check(dist: string, entries: ReadEntry[][]): Promise<AuditProblem[][]>;
  close(): Promise<void>;
}

const thisProcess: Runner = {
  read: (shares, kept) => Promise.all(shares.map((files) => readEntries(files, kept))),
  check: async (dist, shares) => shares.map((share) => checkPages(dist, share)),
  close: async () => {},
};

/**
 * `size` helper processes (worker.ts, src/lib/process-pool.ts), one share each. Processes, not
 * threads: the MDX parser (satteri 0.10) never frees some native memory, about 70 KB a parse of a
 * 20 KB body — 700 MB for 10,000 entries, which only a process's exit gives back.
 */
function helpers(size: number): Runner {
  const pool = processPool<AuditJob, ReadResult | AuditProblem[]>(new URL('./worker.ts', import.meta.url), size);
  return {
    read: (shares, kept) => Promise.all(shares.map((files) => pool.run({ kind: 'read', files, kept }) as Promise<ReadResult>)),
    check: (dist, shares) => Promise.all(shares.map((entries) => pool.run({ kind: 'check', dist, entries }) as Promise<AuditProblem[]>)),
    close: () => pool.close(),
  };
}

/**
 * The file of readings kept between runs, for this version of the code; `save` writes this run's
 * (only the entries read without problems) and removes other versions'. A failure to write is
 * not the audit's: the next run reads again.
 */
function keptReadings(dir: string, version: string): { file: string; save(results: readonly ReadResult[]): void } {
  const file = join(dir, `readings-${version}.json`);
  return {
    file,
    save(results) {
      const readings: AuditReadings = {};
      for (const r of results) r.entries.forEach((e, i) => { const k = r.keys[i]; if (k) readings[k] = { slogans: e.slogans, prints: e.prints }; });
      try {
        mkdirSync(dir, { recursive: true });
        for (const name of readdirSync(dir)) if (/^readings-\w+\.json$/.test(name) && name !== basename(file)) rmSync(join(dir, name), { force: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(readings));
        renameSync(tmp, file);
      } catch { /* kept for speed only */ }
    },
  };
}

/** Every n-th item to share i: shares of about the same weight whatever the order of sizes. */
const deal = <T>(items: readonly T[], n: number): T[][] => Array.from({ length: n }, (_, i) => items.filter((_, j) => j % n === i));

const byPlace = (a: AuditProblem, b: AuditProblem) =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

/** Starts reading the entries; `check` audits a build against them. */
export function startAudit(options: AuditOptions): AuditRun {
  const t0 = performance.now();
  const files = entryFiles(options.root, options.contentDir);
  const count = files?.length ?? 0;
  const cores = Math.min(availableParallelism(), 4);
  const small = count < 400;
  const readers = Math.max(1, options.readers ?? (small ? 1 : options.besideBuild ? cores - 1 : cores));
  const checkers = Math.max(1, options.checkers ?? (small ? 1 : cores));
  const spawn = (n: number) => (n === 1 && small ? thisProcess : helpers(n));
  const reading = spawn(readers);
  let checking: Runner | undefined;
  const kept = options.cacheDir ? keptReadings(options.cacheDir, codeVersion(options.root)) : undefined;
  const read = reading.read(deal(files ?? [], readers), kept?.file)
    .then((results) => {
      kept?.save(results);
      return { results, seconds: (performance.now() - t0) / 1000 };
    })
    .finally(async () => {
      // The readers go (and their memory with them); fresh checkers wait for the build.
      await reading.close();
      checking ??= spawn(checkers);
    });
  read.catch(() => {}); // awaited by check: a failure must not go unhandled before
  return {
    async check(dist) {
      const { results, seconds: readSeconds } = await read;
      const t1 = performance.now();
      const problems: AuditProblem[] = files ? [] : [{ file: options.contentDir, line: 1, message: 'the content folder does not exist' }];
      for (const r of results) problems.push(...r.problems);
      const entries = results.flatMap((r) => r.entries);
      const checks = (checking ??= spawn(checkers)).check(dist, deal(entries, checkers));
      const site = distSite(dist);
      // Meanwhile, in this process: pages without an entry, slogans.
      problems.push(...extraDirectivePages(entries.map((e) => e.id), site.directivePages()));
      problems.push(...auditSlogans(entries, site.readPage));
      for (const p of await checks) problems.push(...p);
      return {
        problems: problems.sort(byPlace),
        entries: entries.length,
        paragraphs: entries.reduce((n, e) => n + e.prints.length, 0),
        slogans: entries.reduce((n, e) => n + e.slogans.length, 0),
        readSeconds,
        checkSeconds: (performance.now() - t1) / 1000,
      };
    },
    async close() {
      await read.catch(() => {});
      await Promise.all([reading.close(), checking?.close()]);
    },
  };
}

/** The audit's problems as one message: every problem, up to `max` of them. */
export function auditMessage(problems: readonly AuditProblem[], max = 100): string {
  const shown = problems.slice(0, max).map((p) => `${p.file}:${p.line}: ${p.message}`);
  if (problems.length > max) shown.push(`… and ${problems.length - max} more`);
  return `nothing lost: ${problems.length} problem(s) — text, pages or slogans missing from the build:\n${shown.join('\n')}`;
}
