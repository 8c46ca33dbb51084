/**
 * A poster-rendering thread (see render-pool.ts): loads the fonts once, then renders what it is
 * sent. satori and the PDF writer are JavaScript, so one thread can use one core only; several of
 * these use them all. Replies are copied (structured clone), a few hundred KB a poster.
 */
import { posterFonts } from './fonts.ts';
import { renderPoster } from './render.ts';
import type { Preset } from './presets.ts';
import type { PosterStyle } from './styles.ts';

export interface RenderJob { text: string; preset: Preset; style: PosterStyle; phrases: readonly string[] }
export interface RenderReply { files: Record<string, Uint8Array>; lines: string[] }

const fonts = posterFonts();
export default async function render(job: RenderJob): Promise<RenderReply> {
  const r = await renderPoster(job.text, job.preset, job.style, fonts, job.phrases);
  return { files: r.files, lines: r.layout.fit.lines };
}
