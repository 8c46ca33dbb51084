/**
 * Poster formats as validated data. Web formats are pixel sizes rendered to PNG; print formats are
 * millimetre sizes rendered to true-size SVG and PDF (vector). An office
 * adds its own sizes in content/posters/presets.yaml (validated when loaded; see loadPosterConfig).
 */
import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case a-z, 0-9 and single hyphens');

const common = {
  id,
  /** Vietnamese label for download links. */
  label: z.string().min(1),
  /** Margin on every side, as a fraction of the short side (safe area = canvas minus margins). */
  margin: z.number().min(0.02).max(0.3).default(0.08),
  /** Most lines the slogan may take. */
  maxLines: z.number().int().min(1).max(20),
  /** True when the size comes from a vendor or a guess rather than a standard. */
  unverified: z.boolean().default(false),
};

export const webPresetSchema = z.object({
  ...common,
  kind: z.literal('web'),
  width: z.number().int().min(200).max(4096),
  height: z.number().int().min(200).max(4096),
}).strict();

export const printPresetSchema = z.object({
  ...common,
  kind: z.enum(['banner', 'flag', 'poster', 'panel']),
  /** Millimetres. */
  widthMm: z.number().positive().max(50_000),
  heightMm: z.number().positive().max(50_000),
}).strict();

/**
 * A panel (pano) is given by a ratio and a width, since no standard size exists: the office states
 * "3:2, 4 m wide" and gets 4000 × 2667 mm.
 */
export const panelSpecSchema = z.object({
  id,
  label: z.string().min(1),
  kind: z.literal('panel-ratio'),
  ratio: z.string().regex(/^\d+(?:\.\d+)?:\d+(?:\.\d+)?$/, 'a ratio is "width:height", e.g. "3:2"'),
  widthMm: z.number().positive().max(50_000),
  margin: z.number().min(0.02).max(0.3).default(0.08),
  maxLines: z.number().int().min(1).max(20),
  unverified: z.boolean().default(false),
}).strict();

export const presetInputSchema = z.discriminatedUnion('kind', [webPresetSchema, printPresetSchema, panelSpecSchema]);

export type WebPreset = z.infer<typeof webPresetSchema>;
export type PrintPreset = z.infer<typeof printPresetSchema>;
export type Preset = WebPreset | PrintPreset;
export type PresetInput = z.input<typeof presetInputSchema>;

// Pure preset geometry lives apart so the poster maker page's script can import it without fs/yaml.
export { isWeb, layoutCanvas } from './preset-canvas.ts';

/** A panel spec resolved to a print preset; other presets pass through. */
export function resolvePreset(input: PresetInput): Preset {
  const p = presetInputSchema.parse(input);
  if (p.kind !== 'panel-ratio') return p;
  const [w, h] = p.ratio.split(':').map(Number) as [number, number];
  if (!(w > 0 && h > 0)) throw new Error(`preset ${p.id}: ratio ${p.ratio} must be positive`);
  return { id: p.id, label: p.label, kind: 'panel', widthMm: p.widthMm, heightMm: Math.round((p.widthMm * h) / w), margin: p.margin, maxLines: p.maxLines, unverified: p.unverified };
}

/** ISO 216 A-series, portrait. */
const A_SERIES: Array<[string, number, number]> = [['a0', 841, 1189], ['a1', 594, 841], ['a2', 420, 594], ['a3', 297, 420]];

export const BUILTIN_PRESETS: readonly PresetInput[] = [
  { id: 'og', label: 'Ảnh chia sẻ (Open Graph) 1200×630', kind: 'web', width: 1200, height: 630, maxLines: 4, margin: 0.1 },
  { id: 'vuong', label: 'Ảnh vuông 1080×1080', kind: 'web', width: 1080, height: 1080, maxLines: 6 },
  { id: 'doc', label: 'Ảnh dọc 1080×1350', kind: 'web', width: 1080, height: 1350, maxLines: 7 },
  // Băng rôn and cờ phướn sizes: one vendor's list (research note §3), no official standard found.
  { id: 'bang-ron-3x1', label: 'Băng rôn 3 m × 1 m', kind: 'banner', widthMm: 3000, heightMm: 1000, maxLines: 3, unverified: true },
  { id: 'bang-ron-5x1-5', label: 'Băng rôn 5 m × 1,5 m', kind: 'banner', widthMm: 5000, heightMm: 1500, maxLines: 3, unverified: true },
  { id: 'bang-ron-10x2', label: 'Băng rôn 10 m × 2 m', kind: 'banner', widthMm: 10000, heightMm: 2000, maxLines: 3, unverified: true },
  { id: 'co-phuon-0-6x2', label: 'Cờ phướn 0,6 m × 2 m', kind: 'flag', widthMm: 600, heightMm: 2000, maxLines: 12, unverified: true },
  { id: 'co-phuon-0-8x2-5', label: 'Cờ phướn 0,8 m × 2,5 m', kind: 'flag', widthMm: 800, heightMm: 2500, maxLines: 12, unverified: true },
  { id: 'co-phuon-1x3', label: 'Cờ phướn 1 m × 3 m', kind: 'flag', widthMm: 1000, heightMm: 3000, maxLines: 12, unverified: true },
  ...A_SERIES.map(([a, w, h]): PresetInput => ({ id: `ap-phich-${a}`, label: `Áp phích ${a.toUpperCase()} (${w}×${h} mm)`, kind: 'poster', widthMm: w, heightMm: h, maxLines: 7 })),
  { id: 'pano-3x2', label: 'Pano 3:2, rộng 3 m', kind: 'panel-ratio', ratio: '3:2', widthMm: 3000, maxLines: 4, unverified: true },
];

/** Office configuration: extra presets (or replacements of built-in ids) and extra fixed phrases. */
export const posterConfigSchema = z.object({
  presets: z.array(presetInputSchema).default([]),
  phrases: z.array(z.string().min(1)).default([]),
}).strict();

export interface PosterConfig {
  presets: Preset[];
  /** Extra fixed phrases (added to text.ts's list). */
  phrases: string[];
}

export const CONFIG_FILE = 'content/posters/presets.yaml';

/**
 * Built-in presets merged with the office's file (same id replaces). Throws with the file name and
 * the zod path of every problem.
 */
export function loadPosterConfig(root: string, file = CONFIG_FILE): PosterConfig {
  const path = join(root, file);
  let extra: z.infer<typeof posterConfigSchema> = { presets: [], phrases: [] };
  if (existsSync(path)) {
    const parsed = posterConfigSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new Error(`invalid poster configuration:\n${lines.join('\n')}`);
    }
    extra = parsed.data;
  }
  return { presets: mergePresets(BUILTIN_PRESETS, extra.presets), phrases: extra.phrases };
}

export function mergePresets(base: readonly PresetInput[], extra: readonly PresetInput[]): Preset[] {
  const byId = new Map<string, Preset>();
  for (const p of [...base, ...extra]) {
    const r = resolvePreset(p);
    byId.set(r.id, r);
  }
  return [...byId.values()];
}
