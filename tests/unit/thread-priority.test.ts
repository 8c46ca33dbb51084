/**
 * Background threads giving way to the page thread (src/lib/thread-priority.ts): a thread lowers
 * its own priority and no other's, and the threads it starts inherit it; the build's share-image
 * thread (src/integrations/posters-worker.ts) lowers itself as it loads. Linux keeps nice values
 * per thread; on other systems the function does nothing. The project builds and tests on Debian
 * (CI too), so these tests assert Linux's behaviour and never skip; off Linux they fail, saying so.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { lowerThreadPriority } from '../../src/lib/thread-priority.ts';
import { workerPool, type WorkerPool } from '../../src/lib/worker-pool.ts';

const FIXTURE = new URL('../fixtures/workers/priority-worker.ts', import.meta.url);
/** Thread id → nice value, for each thread of this process (field 19 of /proc/self/task/<tid>/stat). */
const threadNices = () => new Map(readdirSync('/proc/self/task').map((t) => [t, Number(readFileSync(`/proc/self/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])]));

type Answer = { after: number | undefined; now: number; nices?: number[] };
let pool: WorkerPool<{ drawingThreads?: number }, Answer> | WorkerPool<unknown, unknown> | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('lowerThreadPriority', () => {
  it('runs on Linux, where threads keep their own nice values', () => expect(process.platform).toBe('linux'));

  it('lowers the calling thread only, by the steps asked, at most to 19', { timeout: 20_000 }, async () => {
    const base = getPriority();
    const p = workerPool<{ drawingThreads?: number }, Answer>(FIXTURE, 1, { nice: 3 });
    pool = p;
    expect(await p.run({})).toEqual({ after: Math.min(19, base + 3), now: Math.min(19, base + 3) });
    expect(getPriority()).toBe(base); // this thread, and so the process, kept its priority
    await p.close();
    const q = workerPool<{ drawingThreads?: number }, Answer>(FIXTURE, 1, { nice: 40 });
    pool = q;
    expect((await q.run({})).now).toBe(19);
  });

  it('does nothing for no steps, or off Linux', () => {
    const base = getPriority();
    expect(lowerThreadPriority(0)).toBeUndefined();
    expect(lowerThreadPriority(3, 'darwin')).toBeUndefined();
    expect(getPriority()).toBe(base);
  });

  it('the drawing threads a lowered thread starts run as low as it does', { timeout: 20_000 }, async () => {
    const base = getPriority();
    const p = workerPool<{ drawingThreads?: number }, Answer>(FIXTURE, 1, { nice: 3 });
    pool = p;
    const { nices } = await p.run({ drawingThreads: 2 });
    expect(nices!.length).toBeGreaterThanOrEqual(2);
    expect(new Set(nices)).toEqual(new Set([Math.min(19, base + 3)]));
  });

  it("the build's share-image thread lowers itself as it loads; the others keep their priority", { timeout: 30_000 }, async () => {
    const base = getPriority();
    const before = threadNices();
    pool = workerPool(new URL('../../src/integrations/posters-worker.ts', import.meta.url), 1);
    let lowered: number[] = [];
    for (let i = 0; i < 200 && lowered.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      lowered = [...threadNices()].filter(([tid, nice]) => !before.has(tid) && nice === Math.min(19, base + 3)).map(([, n]) => n);
    }
    expect(lowered.length).toBeGreaterThanOrEqual(1);
    expect([...before.values()].every((n) => n === base)).toBe(true);
    expect(getPriority()).toBe(base);
  });
});
