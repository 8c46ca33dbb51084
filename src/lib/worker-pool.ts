/**
 * Worker threads for pure-JavaScript work that would hold one core (drawing posters, rewriting
 * pages, deflating zip entries, reading entry files), on Piscina: each job goes to a free thread,
 * a job that throws rejects its own promise only, and a thread that dies (an uncaught exception,
 * process.exit) fails the job it was running and is replaced, so the jobs after it still run.
 *
 * The worker module's default export answers one job: `export default function (job: J): R`.
 */
import { availableParallelism } from 'node:os';
import type { TransferListItem } from 'node:worker_threads';
import { Piscina } from 'piscina';

export interface WorkerPool<J, R> {
  size: number;
  run(job: J, transfer?: TransferListItem[]): Promise<R>;
  close(): Promise<void>;
}

/** The pool's failure, naming the worker module, the worker's error (an Error, or its fields from a process) as its cause. */
export function jobError(url: URL, e: unknown, kind = 'worker thread'): Error {
  const message = typeof (e as Error | undefined)?.message === 'string' ? (e as Error).message : String(e);
  return new Error(`${kind} (${url.pathname.split('/').pop()}): ${message}`, { cause: e });
}

/** A pool of size 0: no thread, every job refused (callers that can do the work themselves check `size`). */
export function emptyPool<J, R>(): WorkerPool<J, R> {
  return { size: 0, run: () => Promise.reject(new Error('worker pool of size 0')), close: async () => {} };
}

/** `size` threads running the worker module at `url` (its default export answers a job); `workerData` is each thread's. */
export function workerPool<J, R>(url: URL, size = availableParallelism(), workerData?: unknown): WorkerPool<J, R> {
  if (size <= 0) return emptyPool();
  const pool = new Piscina<J, R>({ filename: url.href, minThreads: size, maxThreads: size, idleTimeout: Infinity, workerData });
  return {
    size,
    run: (job, transfer = []) => pool.run(job, { transferList: transfer }).catch((e: unknown) => { throw jobError(url, e); }),
    close: () => pool.destroy(),
  };
}
