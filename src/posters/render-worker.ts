/**
 * A poster-rendering thread (see render-pool.ts): loads the fonts once, then renders what it is
 * sent. satori and the PDF writer are JavaScript, so one thread can use one core only; several of
 * these use them all. Replies are copied (structured clone), a few hundred KB a poster. With
 * workerData { nice }, the thread first lowers its own priority (the build's drawing, beside
 * Astro's page thread: src/lib/thread-priority.ts).
 */
import { workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../lib/thread-priority.ts';
import { posterFonts } from './fonts.ts';
import { renderPoster } from './render.ts';
import type { Preset } from './presets.ts';
import type { PosterStyle } from './styles.ts';

export interface RenderJob { text: string; preset: Preset; style: PosterStyle; phrases: readonly string[] }
export interface RenderReply { files: Record<string, Uint8Array>; lines: string[] }

lowerThreadPriority((workerData as { nice?: number } | undefined)?.nice ?? 0);
const fonts = posterFonts();
export default async function render(job: RenderJob): Promise<RenderReply> {
  const r = await renderPoster(job.text, job.preset, job.style, fonts, job.phrases);
  return { files: r.files, lines: r.layout.fit.lines };
}
