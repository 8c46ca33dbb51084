/**
 * Rendering every slogan of the collection in every preset and style into an output folder, with
 * a manifest, through the cache. The glyph gate runs over all slogans before anything is drawn.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { placeCached } from '../lib/place-cached.ts';
import { dirname, join } from 'node:path';
import { sloganKey, sloganSlug } from '../slogans/collect.ts';
import { posterKey, libraryVersions } from './cache.ts';
import { posterFonts, type LoadedFont } from './fonts.ts';
import { glyphGate } from './gate.ts';
import { drawableSlogan } from './drawable.ts';
import { isWeb, type Preset } from './presets.ts';
import { renderPoster } from './render.ts';
import { renderPool, type RenderPool } from './render-pool.ts';
import { availableParallelism } from 'node:os';
import type { PosterStyle } from './styles.ts';
import { TEMPLATE_VERSION } from './template.ts';
import { FIXED_PHRASES, prepareSlogan } from './text.ts';

export interface SloganInput {
  /** Slug shared with the slogan pages (khau-hieu/<slug>/). */
  slug: string;
  text: string;
  /** Directive ids it appears in. */
  directives: string[];
  /** Their entry files, for messages. */
  files?: string[];
}

/** Distinct slogans of the entries (same key as the slogan pages), first spelling kept. */
export function slogansOf(entries: Array<{ id: string; file?: string; data: { slogans: string[] } }>): SloganInput[] {
  const byKey = new Map<string, SloganInput>();
  for (const e of entries) {
    for (const s of e.data.slogans) {
      const key = sloganKey(s);
      const hit = byKey.get(key);
      if (hit) {
        if (!hit.directives.includes(e.id)) { hit.directives.push(e.id); if (e.file) hit.files?.push(e.file); }
      } else byKey.set(key, { slug: sloganSlug(s), text: s, directives: [e.id], ...(e.file ? { files: [e.file] } : {}) });
    }
  }
  return [...byKey.values()];
}

/**
 * Files of one poster, relative to the poster folder (dist/khau-hieu-anh/): the one place that
 * names them, for the slogan pages' links (known before the posters are drawn) and for the build.
 * Web: { png }. Print: { svg, pdf } — no raster preview: the SVG is one any browser shows, and
 * rasterising 22 print formats per slogan was a third of the poster time at scale.
 */
export function posterFiles(slug: string, preset: Preset, style: PosterStyle): Record<string, string> {
  const exts = isWeb(preset) ? ['png'] : ['svg', 'pdf'];
  return Object.fromEntries(exts.map((e) => [e, `${slug}/${preset.id}--${style.id}.${e}`]));
}

export interface ManifestPoster {
  slug: string;
  text: string;
  directives: string[];
  preset: string;
  presetLabel: string;
  kind: Preset['kind'];
  style: string;
  /** Pixel size of PNGs (web), or mm of the print size. */
  width: number;
  height: number;
  unit: 'px' | 'mm';
  /** Extension → path relative to the output folder. */
  files: Record<string, string>;
  lines: string[];
  key: string;
}

export interface Manifest {
  template: number;
  libraries: Record<string, string>;
  fonts: Array<{ name: string; weight: number; sha256: string }>;
  posters: ManifestPoster[];
}

export interface BuildOptions {
  slogans: SloganInput[];
  presets: Preset[];
  styles: readonly PosterStyle[];
  /** Where the posters and manifest.json go (buildPosters); without it, only the cache is filled. */
  outDir?: string;
  cacheDir: string;
  phrases?: readonly string[];
  /** What the texts are, for messages: "slogan" (default) or "share image". */
  kind?: string;
  /** Other fonts than the project's (tests): rendered on this thread. */
  fonts?: LoadedFont[];
  /** Rendering threads (default: one per core; 0 = this thread only). */
  threads?: number;
  log?: (line: string) => void;
}

export interface BuildStats {
  rendered: number;
  cached: number;
  /** ms spent rendering, per preset id (sum over posters). */
  msByPreset: Record<string, number>;
  renderedByPreset: Record<string, number>;
}

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (i < items.length) await fn(items[i++]!);
  }));
}

/** Where the cache keeps one file of a poster. */
export function cachedFile(cacheDir: string, key: string, ext: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.${ext}`);
}

/**
 * Every poster into the cache (drawn unless its key is there), and the manifest describing them;
 * nothing is written to the output (placePosters does that, so the build can draw while Astro
 * renders pages and place the files once the output folder is ready).
 */
export async function drawPosters(o: Omit<BuildOptions, 'outDir'>): Promise<{ manifest: Manifest; stats: BuildStats }> {
  const fonts = o.fonts ?? posterFonts();
  const phrases = [...FIXED_PHRASES, ...(o.phrases ?? [])];
  glyphGate(o.slogans.map((s) => ({
    slogan: s.text, display: drawableSlogan(prepareSlogan(s.text, { phrases }), fonts).display,
    directive: (s.files ?? s.directives).join(', '), kind: o.kind ?? 'slogan',
  })), fonts);

  const stats: BuildStats = { rendered: 0, cached: 0, msByPreset: {}, renderedByPreset: {} };
  const jobs = o.slogans.flatMap((slogan) => o.presets.flatMap((preset) => o.styles.map((style) => ({ slogan, preset, style }))));
  const posters: ManifestPoster[] = [];
  // Threads start with the first poster not in the cache (none when all are cached).
  const threaded = !o.fonts && o.threads !== 0;
  let threads: RenderPool | undefined;
  const render = async (text: string, preset: Preset, style: PosterStyle) => {
    if (threaded) return (threads ??= renderPool(o.threads)).render(text, preset, style, phrases);
    const r = await renderPoster(text, preset, style, fonts, phrases);
    return { files: r.files, lines: r.layout.fit.lines };
  };
  try {
    await pool(jobs, threaded ? availableParallelism() * 2 : 3, async ({ slogan, preset, style }) => {
      const key = posterKey({ text: slogan.text, preset, style, fonts, phrases });
      const files = posterFiles(slogan.slug, preset, style);
      const exts = Object.keys(files);
      let lines: string[];
      const linesFile = cachedFile(o.cacheDir, key, 'lines.json');
      if (exts.every((e) => existsSync(cachedFile(o.cacheDir, key, e))) && existsSync(linesFile)) {
        stats.cached++;
        lines = JSON.parse(readFileSync(linesFile, 'utf8')) as string[];
      } else {
        const t = performance.now();
        const r = await render(slogan.text, preset, style);
        stats.msByPreset[preset.id] = (stats.msByPreset[preset.id] ?? 0) + performance.now() - t;
        stats.renderedByPreset[preset.id] = (stats.renderedByPreset[preset.id] ?? 0) + 1;
        stats.rendered++;
        mkdirSync(dirname(linesFile), { recursive: true });
        for (const e of exts) writeFileSync(cachedFile(o.cacheDir, key, e), r.files[e]!);
        lines = r.lines;
        writeFileSync(linesFile, JSON.stringify(lines));
      }
      const web = isWeb(preset);
      posters.push({
        slug: slogan.slug, text: slogan.text, directives: slogan.directives, preset: preset.id, presetLabel: preset.label, kind: preset.kind, style: style.id,
        width: web ? preset.width : preset.widthMm, height: web ? preset.height : preset.heightMm, unit: web ? 'px' : 'mm', files, lines, key,
      });
      o.log?.(`${slogan.slug} ${preset.id} ${style.id}`);
    });
  } finally {
    await threads?.close();
  }
  // Slogan order, then preset order, then style: the same manifest however the pool finished.
  const sloganAt = new Map(o.slogans.map((s, i) => [s.slug, i]));
  const presetAt = new Map(o.presets.map((p, i) => [p.id, i]));
  posters.sort((a, b) => sloganAt.get(a.slug)! - sloganAt.get(b.slug)! || presetAt.get(a.preset)! - presetAt.get(b.preset)! || (a.style < b.style ? -1 : a.style > b.style ? 1 : 0));
  const manifest: Manifest = {
    template: TEMPLATE_VERSION,
    libraries: libraryVersions(),
    fonts: fonts.map((f) => ({ name: f.name, weight: f.weight, sha256: f.sha256 })),
    posters,
  };
  return { manifest, stats };
}

/**
 * The posters of a manifest from the cache into an output folder (linked: placeCached), with
 * manifest.json. The cache must hold them (drawPosters put them there).
 */
export function placePosters(manifest: Manifest, cacheDir: string, outDir: string): void {
  const folders = new Set<string>();
  for (const p of manifest.posters) {
    for (const [ext, path] of Object.entries(p.files)) {
      const to = join(outDir, path);
      const folder = dirname(to);
      if (!folders.has(folder)) { mkdirSync(folder, { recursive: true }); folders.add(folder); }
      placeCached(cachedFile(cacheDir, p.key, ext), to);
    }
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
}

/** drawPosters, then placePosters when the options name an output folder. */
export async function buildPosters(o: BuildOptions): Promise<{ manifest: Manifest; stats: BuildStats }> {
  const drawn = await drawPosters(o);
  if (o.outDir) placePosters(drawn.manifest, o.cacheDir, o.outDir);
  return drawn;
}
