/**
 * Rendering posters on several threads (render-worker.ts), one per core: at 10,000 directives a
 * build draws tens of thousands of posters, and on one thread satori and the PDF writer leave the
 * other cores idle. `render` has the signature of renderPoster less the fonts (each thread loads
 * the project's fonts itself); `close` ends the threads.
 */
import { availableParallelism } from 'node:os';
import { workerPool } from '../lib/worker-pool.ts';
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
  const pool = workerPool<RenderJob, RenderReply>(new URL('./render-worker.ts', import.meta.url), size);
  return {
    size,
    async render(text, preset, style, phrases) {
      const r = await pool.run({ text, preset, style, phrases: [...phrases] });
      return { lines: r.lines, files: Object.fromEntries(Object.entries(r.files).map(([k, v]) => [k, Buffer.from(v.buffer, v.byteOffset, v.byteLength)])) };
    },
    close: () => pool.close(),
  };
}
