/**
 * Reading entry files on one thread per core. Parsing (YAML, schema, MDX, citation finding) is
 * JavaScript, ~10 ms a file: 10,000 files are ~100 s on one core, which a cold build of a large
 * archive should not wait for while the other cores idle. Files go out in small batches to
 * whichever thread is free, and the readings come back in the order of the input.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EntryReading, ReadMany } from './load-entries.ts';
import type { ReadBatch, ReadReply } from './read-worker.ts';

const BATCH = 25;

export function readInThreads(threads = availableParallelism()): ReadMany {
  return async (sources) => {
    const n = Math.max(1, Math.min(threads, Math.ceil(sources.length / BATCH)));
    const workers = Array.from({ length: n }, () => new Worker(new URL('./read-worker.ts', import.meta.url)));
    const readings: EntryReading[] = new Array(sources.length);
    let next = 0;
    try {
      await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next >= sources.length) { resolve(); return; }
          const start = next;
          next += BATCH;
          w.postMessage({ id: start, sources: sources.slice(start, start + BATCH) } satisfies ReadBatch);
        };
        w.on('message', (reply: ReadReply) => {
          if (reply.error) { reject(new Error(`entry reading thread: ${reply.error}`)); return; }
          reply.readings!.forEach((r, i) => { readings[reply.id + i] = r; });
          send();
        });
        w.on('error', reject);
        send();
      })));
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return readings;
  };
}
