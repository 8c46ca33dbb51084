/**
 * Background threads that give way to the build's critical path. Astro renders pages on one
 * thread; the share images are drawn meanwhile on threads of their own
 * (src/integrations/posters-worker.ts and the drawing threads it starts, src/posters/render-pool.ts).
 * On 2 cores, two drawing threads and the page thread share the cores evenly, so the page thread
 * (which the whole build waits for) gets two thirds of a core. A drawing thread a few nice steps
 * lower lets the page thread keep a whole core and still uses every cycle it leaves.
 *
 * Linux keeps the nice value per thread: os.setPriority with no process id changes the calling
 * thread only, and the threads it starts later (worker threads, libvips's) inherit it. Elsewhere
 * it may change the whole process, so it is only done on Linux.
 */
import { getPriority, setPriority } from 'node:os';

/** Nice steps a background drawing thread is lowered by: weight 1024 → 526 (Linux CFS). */
export const BACKGROUND_NICE = 3;

/** Lowers the calling thread's priority by `steps` (at most to 19); its nice value after, or undefined where not done. */
export function lowerThreadPriority(steps: number, platform: NodeJS.Platform = process.platform): number | undefined {
  if (platform !== 'linux' || !(steps > 0)) return undefined;
  try {
    setPriority(Math.min(19, getPriority() + steps));
    return getPriority();
  } catch {
    return undefined; // a sandbox refusing it: the thread just keeps its priority
  }
}
