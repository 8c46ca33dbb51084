/**
 * The poster maker's drawing engine: the build's own modules (draw.ts, pdf.ts, drawable.ts) with
 * the same two font files, carried inside the script (esbuild's binary loader: base64 in the
 * script, no fetch, so it works from file://). No DOM here: raster.ts and maker.ts do the page.
 */
import { bold, extraBold } from 'chidao:poster-fonts';
import { FAMILY, faceOf, type LoadedFont } from '../font-face.ts';
import { printFiles, svgWith, type Layout } from '../draw.ts';
import { undrawable, type Undrawable } from '../drawable.ts';
import { isWeb } from '../preset-canvas.ts';
import type { Preset } from '../presets.ts';
import type { PosterStyle } from '../styles.ts';
import { prepareSlogan } from '../text.ts';

let fonts: LoadedFont[] | undefined;
/** The fonts in the order fonts.ts's posterFonts() gives them (800, then 700): satori's fallback order. */
export function makerFonts(): LoadedFont[] {
  return (fonts ??= [
    { name: FAMILY, weight: 800, file: 'BeVietnamPro_800ExtraBold.ttf', data: extraBold, face: faceOf(extraBold, 'BeVietnamPro_800ExtraBold.ttf'), sha256: '' },
    { name: FAMILY, weight: 700, file: 'BeVietnamPro_700Bold.ttf', data: bold, face: faceOf(bold, 'BeVietnamPro_700Bold.ttf'), sha256: '' },
  ]);
}

export interface Drawn {
  layout: Layout;
  /** The px-canvas SVG (what the preview and the PNG show). */
  svg: string;
  /** Print sizes: the true-size SVG and the PDF; web sizes have neither. */
  print?: { svg: string; pdf: Uint8Array };
}

/** The poster, as the build draws it. `withPdf: false` skips the PDF (the preview does not need it). */
export async function drawPoster(text: string, preset: Preset, style: PosterStyle, phrases: readonly string[], withPdf = true): Promise<Drawn> {
  const { svg, layout } = await svgWith(makerFonts(), text, preset, style, phrases);
  if (isWeb(preset) || !withPdf) return { layout, svg };
  return { layout, svg, print: printFiles(svg, preset, layout.prepared.text) };
}

/** Visible characters the poster fonts cannot draw (the glyph check of the build, on this text). */
export function lackingCharacters(text: string): Undrawable[] {
  return undrawable(prepareSlogan(text).display, makerFonts());
}
