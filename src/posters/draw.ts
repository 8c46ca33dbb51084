/**
 * Drawing one poster, the part the build and the poster maker page share: fit → satori SVG on the
 * px layout canvas; for print sizes the same SVG declared at its true size (mm) and the vector PDF
 * (pdf.ts). Browser-safe: fonts are given (fonts.ts reads them in Node, the maker page's script
 * carries them), nothing here reads files or rasterises (render.ts does, with sharp).
 */
import satori from 'satori';
import { fitText, faceMeasure, inkExtent, type FitResult, type Measure } from './fit.ts';
import { satoriFonts, type LoadedFont } from './font-face.ts';
import { layoutCanvas } from './preset-canvas.ts';
import type { Preset, PrintPreset } from './presets.ts';
import type { PosterStyle } from './styles.ts';
import { geometry, MARK_GAP, MAX_LINE_HEIGHT, MIN_LINE_HEIGHT, posterElement, type Geometry } from './template.ts';
import { prepareSlogan, type PreparedSlogan } from './text.ts';
import { svgToPdf } from './pdf.ts';
import { drawableSlogan } from './drawable.ts';

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
export function layoutWith(fonts: LoadedFont[], text: string, preset: Preset, style: PosterStyle, phrases?: readonly string[]): Layout {
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
export async function svgWith(fonts: LoadedFont[], text: string, preset: Preset, style: PosterStyle, phrases?: readonly string[]): Promise<{ svg: string; layout: Layout }> {
  const layout = layoutWith(fonts, text, preset, style, phrases);
  const { width, height } = layout.geometry;
  const svg = await satori(posterElement(layout.fit, layout.geometry, style) as never, { width, height, fonts: satoriFonts(fonts) });
  const titled = svg.replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(layout.prepared.text)}</title>`);
  return { svg: titled, layout };
}

/** The same SVG declared at its physical size (width/height in mm; the viewBox keeps the drawing). */
export function trueSizeSvg(svg: string, widthMm: number, heightMm: number): string {
  return svg.replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, `<svg$1 width="${widthMm}mm" height="${heightMm}mm"`);
}

/** A print poster's files from its px-canvas SVG: the true-size SVG (text) and the PDF (bytes). */
export function printFiles(svg: string, preset: PrintPreset, title: string): { svg: string; pdf: Uint8Array } {
  return { svg: trueSizeSvg(svg, preset.widthMm, preset.heightMm), pdf: svgToPdf(svg, preset.widthMm, preset.heightMm, title) };
}
