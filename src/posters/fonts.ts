/**
 * Font files, read once per process: the bytes satori draws with, a fontkitten face for the
 * glyph gate and for measuring, and a content hash for cache keys. Fonts come from npm packages
 * only (full TTFs of @expo-google-fonts/*), never from the network.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FAMILY, faceOf, type LoadedFont } from './font-face.ts';

export { FAMILY, satoriFonts, type LoadedFont } from './font-face.ts';

const require = createRequire(import.meta.url);
const cache = new Map<string, LoadedFont>();

/** Loads (once per process) a font file by absolute path or package-relative module path. */
export function loadFont(name: string, weight: LoadedFont['weight'], fileOrModule: string): LoadedFont {
  const file = fileOrModule.startsWith('/') ? fileOrModule : require.resolve(fileOrModule);
  const key = `${name}|${weight}|${file}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const data = readFileSync(file);
  const font: LoadedFont = { name, weight, file, data, face: faceOf(data, file), sha256: createHash('sha256').update(data).digest('hex') };
  cache.set(key, font);
  return font;
}

/** The poster fonts' files, as package-relative module paths (the maker page's script carries the same files). */
export const POSTER_FONT_FILES = {
  800: '@expo-google-fonts/be-vietnam-pro/800ExtraBold/BeVietnamPro_800ExtraBold.ttf',
  700: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const;

/** The poster fonts: Be Vietnam Pro 800 and 700 (full Vietnamese coverage incl. combining marks). */
let defaultFonts: LoadedFont[] | undefined;
export function posterFonts(): LoadedFont[] {
  return (defaultFonts ??= [
    loadFont(FAMILY, 800, POSTER_FONT_FILES[800]),
    loadFont(FAMILY, 700, POSTER_FONT_FILES[700]),
  ]);
}
