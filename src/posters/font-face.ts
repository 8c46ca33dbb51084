/**
 * A poster font as the layout code uses it, from its bytes: the bytes satori draws with and a
 * fontkitten face for the glyph gate and for measuring. Browser-safe (no node: imports): the
 * build reads the bytes from npm packages (fonts.ts), the poster maker page from its script.
 */
import { create, type Font as Face } from 'fontkitten';

export const FAMILY = 'Be Vietnam Pro';

export interface LoadedFont {
  /** Family name given to satori (one file per family+weight, never subsets under one name). */
  name: string;
  weight: 700 | 800 | 400;
  /** Where the bytes came from (a path, or a name for fonts carried in a script). */
  file: string;
  data: Uint8Array;
  face: Face;
  /** sha256 of the bytes (cache key); '' where nothing is cached (the browser). */
  sha256: string;
}

/** A single-font file's face; a collection is refused (the poster fonts are single TTFs). */
export function faceOf(data: Uint8Array, file: string): Face {
  // fontkitten's types say Buffer; it reads any Uint8Array (a DataView over its bytes), as in the browser.
  const face = create(data as Parameters<typeof create>[0]);
  if (!('hasGlyphForCodePoint' in face)) throw new Error(`${file}: a font collection, expected a single font`);
  return face;
}

export interface SatoriFont { name: string; data: ArrayBuffer; weight: 700 | 800 | 400; style: 'normal' }

/** The bytes as an ArrayBuffer of exactly the font (a Buffer may share a larger pool). */
function exactBuffer(b: Uint8Array): ArrayBuffer {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer
    ? b.buffer
    : (b.slice().buffer as ArrayBuffer);
}

/** satori's `fonts` option; the same array object every call (satori reuses parsed fonts). */
const satoriFontsCache = new WeakMap<LoadedFont[], SatoriFont[]>();
export function satoriFonts(fonts: LoadedFont[]): SatoriFont[] {
  let arr = satoriFontsCache.get(fonts);
  if (!arr) {
    arr = fonts.map((f) => ({ name: f.name, data: exactBuffer(f.data), weight: f.weight, style: 'normal' as const }));
    satoriFontsCache.set(fonts, arr);
  }
  return arr;
}
