/**
 * The worker pools under failure — threads (src/lib/worker-pool.ts, Piscina) and helper processes
 * (src/lib/process-pool.ts, Tinypool): a job that throws rejects its own promise only; a worker
 * that crashes or exits fails the job it was running, is replaced, and the jobs after it still
 * run; nothing is left unhandled. Each test has a time limit: a pool that loses a job never
 * settles its promise.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { processPool } from '../../src/lib/process-pool.ts';
import { workerPool, type WorkerPool } from '../../src/lib/worker-pool.ts';
import type { TestJob } from '../fixtures/workers/jobs-worker.ts';

const WORKER = new URL('../fixtures/workers/jobs-worker.ts', import.meta.url);
const job = (kind: TestJob['kind'], n: number): TestJob => ({ kind, n });
const outcome = (s: PromiseSettledResult<number>) => (s.status === 'fulfilled' ? s.value : `rejected: ${(s.reason as Error).message.split('\n')[0]}`);

let pool: WorkerPool<TestJob, number> | undefined;
const unhandled: unknown[] = [];
process.on('unhandledRejection', (e) => { unhandled.push(e); });
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe.each([
  // A crash in a thread reaches the pool as the thread's error; a process just exits.
  { kind: 'threads', start: (size: number) => workerPool<TestJob, number>(WORKER, size), crash: /job 2 crashed its thread/ },
  { kind: 'processes', start: (size: number) => processPool<TestJob, number>(WORKER, size), crash: /exited/ },
])('worker pool of $kind', ({ start, crash }) => {
  it('runs jobs on its workers and answers each with its own result', { timeout: 10_000 }, async () => {
    pool = start(2);
    expect(await Promise.all([1, 2, 3, 4, 5].map((n) => pool!.run(job('double', n))))).toEqual([2, 4, 6, 8, 10]);
  });

  it('a job that throws rejects its own promise only; the jobs beside it finish', { timeout: 10_000 }, async () => {
    pool = start(2);
    const settled = await Promise.allSettled([job('slow', 1), job('throw', 2), job('slow', 3), job('double', 4), job('slow', 5)].map((j) => pool!.run(j)));
    expect(settled.map(outcome)).toEqual([2, expect.stringMatching(/^rejected: .*job 2 refused/), 6, 8, 10]);
    expect(unhandled).toEqual([]);
  });

  it('a worker that crashes fails its own job only, and the pool goes on', { timeout: 10_000 }, async () => {
    pool = start(2);
    const settled = await Promise.allSettled([job('slow', 1), job('crash', 2), job('slow', 3), job('slow', 4), job('double', 5)].map((j) => pool!.run(j)));
    expect(settled.map(outcome)).toEqual([2, expect.stringMatching(crash), 6, 8, 10]);
    expect(await Promise.all([1, 2, 3].map((n) => pool!.run(job('double', n))))).toEqual([2, 4, 6]);
    expect(unhandled).toEqual([]);
  });

  it('a worker that exits fails its job, is replaced, and later jobs still run', { timeout: 10_000 }, async () => {
    pool = start(2);
    const settled = await Promise.allSettled([job('slow', 1), job('exit', 2), job('slow', 3), job('double', 4)].map((j) => pool!.run(j)));
    expect(settled.map(outcome)).toEqual([2, expect.stringMatching(/^rejected: .*exit/i), 6, 8]);
    // Both workers again: every later job is answered, twice as many as the pool has workers.
    expect(await Promise.all([1, 2, 3, 4].map((n) => pool!.run(job('slow', n))))).toEqual([2, 4, 6, 8]);
    expect(unhandled).toEqual([]);
  });

  it('a pool of size 0 refuses jobs without starting a worker', async () => {
    pool = start(0);
    expect(pool.size).toBe(0);
    await expect(pool.run(job('double', 1))).rejects.toThrow(/size 0/);
  });
});
