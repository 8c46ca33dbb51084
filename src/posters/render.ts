/**
 * Rendering one poster: fit → satori SVG (px canvas) → PNG (sharp) for web formats; for print
 * formats the same SVG at true size (mm) and as a vector PDF (pdf.ts). The drawing itself is
 * draw.ts, shared with the poster maker page; this module adds Node's fonts and sharp. Nothing
 * here reads the content collection or writes files.
 */
import sharp from 'sharp';
import { posterFonts, type LoadedFont } from './fonts.ts';
import { isWeb, type Preset } from './presets.ts';
import type { PosterStyle } from './styles.ts';
import { layoutWith, printFiles, svgWith, type Layout } from './draw.ts';
import { indexedPng } from './indexed-png.ts';

export { trueSizeSvg, type Layout } from './draw.ts';

sharp.cache(false);

/** Lines and font size of a slogan on a preset (no rendering). */
export function layoutPoster(text: string, preset: Preset, style: PosterStyle, fonts: LoadedFont[] = posterFonts(), phrases?: readonly string[]): Layout {
  return layoutWith(fonts, text, preset, style, phrases);
}

/** The px-canvas SVG with a <title> (the slogan as written). */
export function renderSvg(text: string, preset: Preset, style: PosterStyle, fonts: LoadedFont[] = posterFonts(), phrases?: readonly string[]): Promise<{ svg: string; layout: Layout }> {
  return svgWith(fonts, text, preset, style, phrases);
}

/**
 * PNG at the SVG's own pixel size, or scaled to `longSide` pixels: librsvg through sharp, opaque
 * RGB, written by indexed-png.ts: a two-colour image (a share image, a red-and-yellow slogan) as a
 * 4-bit palette of 16 blends of its two colours (each edge pixel within 1/30 of the two colours'
 * difference of what librsvg drew, the flat colours exact: 18.6 KiB a share image against 30.0
 * lossless, in the same CPU time, 21 ms with librsvg's drawing), any other image of at most 256
 * colours as a lossless palette, and an image of more colours as sharp's RGB PNG at zlib level 6. Measured with
 * scripts/bench-web-images.ts. RASTER_VERSION is part of the cache key.
 */
export const RASTER_VERSION = 4;
export async function svgToPng(svg: string, size: { width: number; height: number }, longSide?: number): Promise<Buffer> {
  const scale = longSide ? longSide / Math.max(size.width, size.height) : 1;
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 * scale }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return indexedPng(data, info.width, info.height, { levels: 16 })
    ?? sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).png({ compressionLevel: 6 }).toBuffer();
}

export interface RenderedPoster {
  layout: Layout;
  /** File extension → bytes. Web: png. Print: svg (true size; browsers show it, so no raster preview), pdf. */
  files: Record<string, Buffer>;
}

export async function renderPoster(text: string, preset: Preset, style: PosterStyle, fonts: LoadedFont[] = posterFonts(), phrases?: readonly string[]): Promise<RenderedPoster> {
  const { svg, layout } = await renderSvg(text, preset, style, fonts, phrases);
  const g = layout.geometry;
  if (isWeb(preset)) return { layout, files: { png: await svgToPng(svg, g) } };
  const print = printFiles(svg, preset, layout.prepared.text);
  return { layout, files: { svg: Buffer.from(print.svg), pdf: Buffer.from(print.pdf.buffer, print.pdf.byteOffset, print.pdf.byteLength) } };
}
