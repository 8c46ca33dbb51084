/**
 * Cache keys: a sha256 of everything that changes a poster's bytes — the text, the preset's data,
 * the style, the fixed phrases, the template version, the font bytes and the versions of the
 * libraries that draw (satori, sharp, fontkitten) and of the project's own PDF writer. An unchanged
 * key is never re-rendered.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LoadedFont } from './fonts.ts';
import type { Preset } from './presets.ts';
import type { PosterStyle } from './styles.ts';
import { TEMPLATE_VERSION } from './template.ts';
import { PDF_WRITER_VERSION } from './pdf.ts';

const require = createRequire(import.meta.url);
const LIBS = ['satori', 'sharp', 'fontkitten'] as const;
let versions: Record<string, string> | undefined;

/** Installed versions of the drawing libraries (read once). */
export function libraryVersions(): Record<string, string> {
  if (!versions) {
    versions = {};
    for (const lib of LIBS) {
      // Walk up from the entry file to the package's own package.json.
      let dir = require.resolve(lib).replace(/\/[^/]+$/, '');
      for (;;) {
        try {
          const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { name?: string; version?: string };
          if (pkg.name === lib) { versions[lib] = pkg.version ?? '?'; break; }
        } catch { /* no package.json here */ }
        const up = dir.replace(/\/[^/]+$/, '');
        if (up === dir || !up) { versions[lib] = '?'; break; }
        dir = up;
      }
    }
  }
  return versions;
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
  };
  return createHash('sha256').update(JSON.stringify(stable(payload))).digest('hex');
}
