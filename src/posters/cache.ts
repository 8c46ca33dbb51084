/**
 * Cache keys: a sha256 of everything that changes a poster's bytes — the text, the preset's data,
 * the style, the fixed phrases, the template version, the font bytes and the versions of the
 * libraries that draw (satori, sharp, fontkitten) and of the project's own PDF writer and PNG settings. An unchanged
 * key is never re-rendered.
 */
import { createHash } from 'node:crypto';
import { installedVersion } from '../lib/package-version.ts';
import type { LoadedFont } from './fonts.ts';
import type { Preset } from './presets.ts';
import type { PosterStyle } from './styles.ts';
import { TEMPLATE_VERSION } from './template.ts';
import { PDF_WRITER_VERSION } from './pdf.ts';
import { RASTER_VERSION } from './render.ts';

const LIBS = ['satori', 'sharp', 'fontkitten'] as const;

/** Installed versions of the drawing libraries. */
export function libraryVersions(): Record<string, string> {
  return Object.fromEntries(LIBS.map((lib) => [lib, installedVersion(lib)]));
}

export interface KeyInput {
  text: string;
  preset: Preset;
  style: PosterStyle;
  fonts: LoadedFont[];
  phrases: readonly string[];
  /** Overrides for tests; defaults to the installed versions and TEMPLATE_VERSION. */
  libraries?: Record<string, string>;
  template?: number;
}

function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, stable((v as Record<string, unknown>)[k])]));
  return v;
}

export function posterKey(k: KeyInput): string {
  const payload = {
    text: k.text.normalize('NFC'),
    preset: k.preset,
    style: k.style,
    phrases: [...k.phrases],
    template: k.template ?? TEMPLATE_VERSION,
    fonts: k.fonts.map((f) => `${f.name}|${f.weight}|${f.sha256}`),
    libraries: k.libraries ?? libraryVersions(),
    pdfWriter: PDF_WRITER_VERSION,
    raster: RASTER_VERSION,
  };
  return createHash('sha256').update(JSON.stringify(stable(payload))).digest('hex');
}
