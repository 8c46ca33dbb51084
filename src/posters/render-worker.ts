/**
 * A poster-rendering thread (see render-pool.ts): loads the fonts once, then renders what it is
 * sent. satori and the PDF writer are JavaScript, so one thread can use one core only; several of
 * these use them all. Replies are copied (structured clone), a few hundred KB a poster.
 */
import { parentPort } from 'node:worker_threads';
import { posterFonts } from './fonts.ts';
import { renderPoster } from './render.ts';
import type { Preset } from './presets.ts';
import type { PosterStyle } from './styles.ts';

export interface RenderJob { id: number; text: string; preset: Preset; style: PosterStyle; phrases: readonly string[] }
export type RenderReply =
  | { id: number; files: Record<string, Uint8Array>; lines: string[] }
  | { id: number; error: string };

const fonts = posterFonts();
parentPort!.on('message', async (job: RenderJob) => {
  let reply: RenderReply;
  try {
    const r = await renderPoster(job.text, job.preset, job.style, fonts, job.phrases);
    reply = { id: job.id, files: r.files, lines: r.layout.fit.lines };
  } catch (e) {
    reply = { id: job.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
