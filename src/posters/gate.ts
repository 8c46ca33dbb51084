/**
 * The glyph gate. satori draws a character missing from every font as an empty box and says
 * nothing, so before anything is rendered every character of every slogan (as the poster draws
 * it: capitals, no-break spaces) is looked up in the font's cmap. One error lists every slogan
 * with missing characters, its directive and the characters.
 */
import type { LoadedFont } from './fonts.ts';

export interface GateItem {
  /** The slogan as written. */
  slogan: string;
  /** The text the poster draws (prepareSlogan(...).display). */
  display: string;
  /** Directive id (or file) it comes from. */
  directive: string;
}

export interface GateFailure extends GateItem {
  font: string;
  missing: string[];
}

export class GlyphGateError extends Error {
  readonly failures: GateFailure[];
  constructor(failures: GateFailure[]) {
    const lines = failures.map((f) =>
      `  directive ${f.directive}: slogan "${f.slogan}": font ${f.font} lacks ${f.missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`);
    super(`glyph gate: ${failures.length} slogan(s) have characters the poster font cannot draw:\n${lines.join('\n')}`);
    this.name = 'GlyphGateError';
    this.failures = failures;
  }
}

/** Characters of `text` the font has no glyph for (each once, in order). */
export function missingGlyphs(font: LoadedFont, text: string): string[] {
  const missing: string[] = [];
  // NFC first: the font must have the composed letter (HarfBuzz composes NFD input itself,
  // but a font lacking Ệ must fail even when the slogan was typed decomposed).
  for (const ch of new Set(text.normalize('NFC'))) {
    const cp = ch.codePointAt(0)!;
    if (!font.face.hasGlyphForCodePoint(cp)) missing.push(ch);
  }
  return missing;
}

/** Throws GlyphGateError unless every font has every character of every item. */
export function glyphGate(items: GateItem[], fonts: LoadedFont[]): void {
  const failures: GateFailure[] = [];
  for (const item of items) {
    for (const font of fonts) {
      const missing = missingGlyphs(font, item.display);
      if (missing.length) failures.push({ ...item, font: `${font.name} ${font.weight}`, missing });
    }
  }
  if (failures.length) throw new GlyphGateError(failures);
}
