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
 * RGB at zlib level 6 — of the paths measured (scripts/bench-web-images.ts) the cheapest in CPU
 * per image, 10 % fewer bytes than with the alpha channel. RASTER_VERSION is part of the cache key.
 */
export const RASTER_VERSION = 2;
export async function svgToPng(svg: string, size: { width: number; height: number }, longSide?: number): Promise<Buffer> {
  const scale = longSide ? longSide / Math.max(size.width, size.height) : 1;
  return sharp(Buffer.from(svg), { density: 72 * scale }).removeAlpha().png({ compressionLevel: 6 }).toBuffer();
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
