/**
 * Helper processes, for work whose memory only a process's exit gives back (the MDX parser,
 * satteri 0.10, never frees about 70 KB of native memory a parse; a thread's end does not return
 * it either: measured, 6,000 parses leave 300 MB with the process after the thread is gone). On
 * Tinypool's child_process runtime: Piscina, which runs the thread pools (worker-pool.ts), has
 * no processes, and Tinypool's threads hang on a thread that calls process.exit. The same
 * promises as worker-pool.ts: a job that throws rejects its own promise only, a process that
 * exits fails its job and is replaced.
 *
 * The worker module's default export answers one job: `export default function (job: J): R`.
 */
import { Tinypool } from 'tinypool';
import { emptyPool, jobError, type WorkerPool } from './worker-pool.ts';

/** `size` processes running the module at `url`; each takes one job at a time. */
export function processPool<J, R>(url: URL, size: number): WorkerPool<J, R> {
  if (size <= 0) return emptyPool();
  const pool = new Tinypool({
    filename: url.href, runtime: 'child_process', minThreads: size, maxThreads: size,
    // Not the parent's flags (a test runner's, Astro's): the module runs on Node's own loader.
    execArgv: [], serialization: 'advanced',
  });
  return {
    size,
    run: (job) => (pool.run(job) as Promise<R>).catch((e: unknown) => { throw jobError(url, e, 'helper process'); }),
    close: () => pool.destroy(),
  };
}
