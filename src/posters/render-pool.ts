/**
 * Rendering posters on several threads (render-worker.ts), one per core: at 10,000 directives a
 * build draws tens of thousands of posters, and on one thread satori and the PDF writer leave the
 * other cores idle. `render` has the signature of renderPoster less the fonts (each thread loads
 * the project's fonts itself); `close` ends the threads.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Preset } from './presets.ts';
import type { PosterStyle } from './styles.ts';
import type { RenderJob, RenderReply } from './render-worker.ts';

export interface RenderedFiles { files: Record<string, Buffer>; lines: string[] }

export interface RenderPool {
  size: number;
  render(text: string, preset: Preset, style: PosterStyle, phrases: readonly string[]): Promise<RenderedFiles>;
  close(): Promise<void>;
}

export function renderPool(size = availableParallelism()): RenderPool {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./render-worker.ts', import.meta.url)));
  const pending = new Map<number, { resolve: (r: RenderedFiles) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  for (const w of workers) {
    w.on('message', (reply: RenderReply) => {
      load.set(w, load.get(w)! - 1);
      const p = pending.get(reply.id)!;
      pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(`poster thread: ${reply.error}`));
      else p.resolve({ lines: reply.lines, files: Object.fromEntries(Object.entries(reply.files).map(([k, v]) => [k, Buffer.from(v.buffer, v.byteOffset, v.byteLength)])) });
    });
    w.on('error', (e) => { for (const p of pending.values()) p.reject(e); pending.clear(); });
  }
  return {
    size,
    render(text, preset, style, phrases) {
      const id = next++;
      // The least busy thread takes it.
      const w = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      load.set(w, load.get(w)! + 1);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, text, preset, style, phrases: [...phrases] } satisfies RenderJob);
      });
    },
    async close() { await Promise.all(workers.map((w) => w.terminate())); },
  };
}
