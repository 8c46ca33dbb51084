/**
 * Rendering one poster: fit → satori SVG (px canvas) → PNG (sharp) for web formats; for print
 * formats the same SVG at true size (mm) and as a vector PDF (pdf.ts). Nothing here reads the
 * content collection or writes files.
 */
import satori from 'satori';
import sharp from 'sharp';
import { fitText, faceMeasure, inkExtent, type FitResult, type Measure } from './fit.ts';
import { posterFonts, satoriFonts, type LoadedFont } from './fonts.ts';
import { isWeb, layoutCanvas, type Preset } from './presets.ts';
import type { PosterStyle } from './styles.ts';
import { geometry, MARK_GAP, MAX_LINE_HEIGHT, MIN_LINE_HEIGHT, posterElement, type Geometry } from './template.ts';
import { prepareSlogan, type PreparedSlogan } from './text.ts';
import { svgToPdf } from './pdf.ts';
import { drawableSlogan } from './drawable.ts';

sharp.cache(false);

const measures = new WeakMap<LoadedFont, Measure>();
function measureFor(font: LoadedFont): Measure {
  let m = measures.get(font);
  if (!m) measures.set(font, (m = faceMeasure(font.face)));
  return m;
}

export interface Layout {
  prepared: PreparedSlogan;
  fit: FitResult;
  geometry: Geometry;
}

/** Lines and font size of a slogan on a preset (no rendering). */
export function layoutPoster(text: string, preset: Preset, style: PosterStyle, fonts: LoadedFont[] = posterFonts(), phrases?: readonly string[]): Layout {
  // Drawn without what no poster font has (drawable.ts); the text itself is kept as written.
  const prepared = drawableSlogan(prepareSlogan(text, { phrases }), fonts);
  const font = fonts.find((f) => f.weight === style.weight) ?? fonts[0]!;
  const g = geometry(layoutCanvas(preset), preset.margin);
  const ink = inkExtent(font.face, prepared.display);
  const lineHeight = Math.min(MAX_LINE_HEIGHT, Math.max(MIN_LINE_HEIGHT, Math.ceil((ink.top - ink.bottom + MARK_GAP) * 100) / 100));
  const fit = fitText(prepared.units, measureFor(font), { width: g.width - 2 * g.margin, height: g.height - 2 * g.margin }, { maxLines: preset.maxLines, lineHeight });
  return { prepared, fit, geometry: g };
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** The px-canvas SVG with a <title> (the slogan as written). */
export async function renderSvg(text: string, preset: Preset, style: PosterStyle, fonts: LoadedFont[] = posterFonts(), phrases?: readonly string[]): Promise<{ svg: string; layout: Layout }> {
  const layout = layoutPoster(text, preset, style, fonts, phrases);
  const { width, height } = layout.geometry;
  const svg = await satori(posterElement(layout.fit, layout.geometry, style) as never, { width, height, fonts: satoriFonts(fonts) });
  const titled = svg.replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(layout.prepared.text)}</title>`);
  return { svg: titled, layout };
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

/** The same SVG declared at its physical size (width/height in mm; the viewBox keeps the drawing). */
export function trueSizeSvg(svg: string, widthMm: number, heightMm: number): string {
  return svg.replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, `<svg$1 width="${widthMm}mm" height="${heightMm}mm"`);
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
  const pdf = svgToPdf(svg, preset.widthMm, preset.heightMm, layout.prepared.text);
  return { layout, files: { svg: Buffer.from(trueSizeSvg(svg, preset.widthMm, preset.heightMm)), pdf } };
}
