/**
 * Background threads giving way to the page thread (src/lib/thread-priority.ts): a thread lowers
 * its own priority and no other's; the build's poster-drawing threads do (render-pool.ts with
 * { nice }), the process's other threads keep theirs. Linux keeps nice values per thread; on other
 * systems the function does nothing, and these tests are skipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { lowerThreadPriority } from '../../src/lib/thread-priority.ts';
import { workerPool, type WorkerPool } from '../../src/lib/worker-pool.ts';
import { renderPool, type RenderPool } from '../../src/posters/render-pool.ts';

const linux = process.platform === 'linux';
/** The nice value of each thread of this process (field 19 of /proc/self/task/<tid>/stat). */
const threadNices = () => readdirSync('/proc/self/task').map((t) => Number(readFileSync(`/proc/self/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));

let pool: WorkerPool<void, { after: number | undefined; now: number }> | undefined;
let posters: RenderPool | undefined;
afterEach(async () => {
  await pool?.close();
  await posters?.close();
  pool = posters = undefined;
});

describe.skipIf(!linux)('lowerThreadPriority', () => {
  it('lowers the calling thread only, by the steps asked, at most to 19', { timeout: 10_000 }, async () => {
    const base = getPriority();
    pool = workerPool(new URL('../fixtures/workers/priority-worker.ts', import.meta.url), 1, { nice: 3 });
    expect(await pool.run()).toEqual({ after: Math.min(19, base + 3), now: Math.min(19, base + 3) });
    expect(getPriority()).toBe(base); // this thread, and so the process, kept its priority
    await pool.close();
    pool = workerPool(new URL('../fixtures/workers/priority-worker.ts', import.meta.url), 1, { nice: 40 });
    expect((await pool.run()).now).toBe(19);
  });

  it('does nothing for no steps, or off Linux', () => {
    const base = getPriority();
    expect(lowerThreadPriority(0)).toBeUndefined();
    expect(lowerThreadPriority(3, 'darwin')).toBeUndefined();
    expect(getPriority()).toBe(base);
  });

  it('the poster threads the build starts with { nice } run lower; the others keep their priority', { timeout: 20_000 }, async () => {
    const base = getPriority();
    const before = threadNices();
    posters = renderPool(2, { nice: 3 });
    // The threads lower themselves as their module loads: wait until both have.
    let lowered = 0;
    for (let i = 0; i < 200 && lowered < 2; i++) {
      await new Promise((r) => setTimeout(r, 50));
      lowered = threadNices().filter((n) => n === Math.min(19, base + 3)).length;
    }
    expect(lowered).toBeGreaterThanOrEqual(2);
    expect(before.every((n) => n === base)).toBe(true);
    expect(getPriority()).toBe(base);
  });
});
