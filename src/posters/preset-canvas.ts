/**
 * What the layout needs of a preset: whether it is a web image, and its layout canvas. Apart
 * from presets.ts (which reads the office's YAML from disk) so the poster maker page's script
 * can use it. Pure.
 */
import type { Preset, WebPreset } from './presets.ts';

export function isWeb(p: Preset): p is WebPreset {
  return p.kind === 'web';
}

/** Layout canvas of a preset in satori's px: web sizes as they are; print sizes scaled so the long side is 2400. */
export function layoutCanvas(p: Preset): { width: number; height: number } {
  if (isWeb(p)) return { width: p.width, height: p.height };
  const k = 2400 / Math.max(p.widthMm, p.heightMm);
  return { width: Math.round(p.widthMm * k), height: Math.round(p.heightMm * k) };
}
