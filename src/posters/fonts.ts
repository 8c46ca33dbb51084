/**
 * Font files, read once per process: the bytes satori draws with, a fontkitten face for the
 * glyph gate and for measuring, and a content hash for cache keys. Fonts come from npm packages
 * only (full TTFs of @expo-google-fonts/*), never from the network.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font as Face } from 'fontkitten';

export interface LoadedFont {
  /** Family name given to satori (one file per family+weight, never subsets under one name). */
  name: string;
  weight: 700 | 800 | 400;
  file: string;
  data: Buffer;
  face: Face;
  /** sha256 of the bytes (cache key). */
  sha256: string;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, LoadedFont>();

/** Loads (once per process) a font file by absolute path or package-relative module path. */
export function loadFont(name: string, weight: LoadedFont['weight'], fileOrModule: string): LoadedFont {
  const file = fileOrModule.startsWith('/') ? fileOrModule : require.resolve(fileOrModule);
  const key = `${name}|${weight}|${file}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const data = readFileSync(file);
  const face = create(data);
  if (!('hasGlyphForCodePoint' in face)) throw new Error(`${file}: a font collection, expected a single font`);
  const font: LoadedFont = { name, weight, file, data, face, sha256: createHash('sha256').update(data).digest('hex') };
  cache.set(key, font);
  return font;
}

export const FAMILY = 'Be Vietnam Pro';

/** The poster fonts: Be Vietnam Pro 700 and 800 (full Vietnamese coverage incl. combining marks). */
let defaultFonts: LoadedFont[] | undefined;
export function posterFonts(): LoadedFont[] {
  return (defaultFonts ??= [
    loadFont(FAMILY, 800, '@expo-google-fonts/be-vietnam-pro/800ExtraBold/BeVietnamPro_800ExtraBold.ttf'),
    loadFont(FAMILY, 700, '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
  ]);
}

/** satori's `fonts` option; the same array object every call (satori reuses parsed fonts). */
const satoriFontsCache = new WeakMap<LoadedFont[], Array<{ name: string; data: Buffer; weight: 700 | 800 | 400; style: 'normal' }>>();
export function satoriFonts(fonts: LoadedFont[]): Array<{ name: string; data: Buffer; weight: 700 | 800 | 400; style: 'normal' }> {
  let arr = satoriFontsCache.get(fonts);
  if (!arr) {
    arr = fonts.map((f) => ({ name: f.name, data: f.data, weight: f.weight, style: 'normal' as const }));
    satoriFontsCache.set(fonts, arr);
  }
  return arr;
}
