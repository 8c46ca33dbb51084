/**
 * Reading entry files on one thread per core. Parsing (YAML, schema, MDX, citation finding) is
 * JavaScript, ~10 ms a file: 10,000 files are ~100 s on one core, which a cold build of a large
 * archive should not wait for while the other cores idle. Files go out in small batches to
 * whichever thread is free (src/lib/worker-pool.ts), and the readings come back in the order of
 * the input.
 */
import { availableParallelism } from 'node:os';
import { workerPool } from '../lib/worker-pool.ts';
import type { EntryReading, ReadMany } from './load-entries.ts';
import type { ReadBatch } from './read-worker.ts';

const BATCH = 25;

export function readInThreads(threads = availableParallelism()): ReadMany {
  return async (sources) => {
    const size = Math.max(1, Math.min(threads, Math.ceil(sources.length / BATCH)));
    const pool = workerPool<ReadBatch, EntryReading[]>(new URL('./read-worker.ts', import.meta.url), size);
    try {
      const batches: Array<Promise<EntryReading[]>> = [];
      for (let start = 0; start < sources.length; start += BATCH) batches.push(pool.run(sources.slice(start, start + BATCH)));
      return (await Promise.all(batches)).flat();
    } finally {
      await pool.close();
    }
  };
}
