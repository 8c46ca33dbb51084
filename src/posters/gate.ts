/**
 * The glyph gate. satori draws a character missing from every font as an empty box and says
 * nothing, so before anything is rendered every character of every text (as the poster draws
 * it: capitals, no-break spaces, without what drawable.ts leaves out) is looked up in the font's
 * cmap. One error lists every text with missing characters, its entry files and the characters.
 * The content check (src/entry/entry-notes.ts) refuses such texts first: the gate is the last
 * guard, for a font that lacks letters it should have.
 */
import type { LoadedFont } from './font-face.ts';

export interface GateItem {
  /** The text as written (a slogan, or a directive's share-image text). */
  slogan: string;
  /** The text the poster draws (prepareSlogan(...).display). */
  display: string;
  /** Entry files (or ids) it comes from. */
  directive: string;
  /** What is drawn: "slogan" (posters) or "share image" (a directive page's Open Graph image). */
  kind?: string;
}

export interface GateFailure extends GateItem {
  font: string;
  missing: string[];
}

export class GlyphGateError extends Error {
  readonly failures: GateFailure[];
  constructor(failures: GateFailure[]) {
    const lines = failures.map((f) =>
      `  ${f.directive}: ${f.kind ?? 'slogan'} "${f.slogan}": font ${f.font} lacks ${f.missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`);
    super(`glyph gate: ${failures.length} text(s) have characters the poster font cannot draw:\n${lines.join('\n')}`);
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
