/**
 * What the maker page asks for, read from its form's values and from the address (a slogan page
 * links here with ?text=… or #text=…, optionally kho= and kieu=): pure, no DOM.
 */
import { customPreset, lengthMm, sizeProblem, type LengthUnit } from '../custom-size.ts';
import type { Preset } from '../presets.ts';

export const CUSTOM = 'tu-chon';

/** The text, preset id and style id the address gives: the query first, then the hash (same names). */
export function fromAddress(search: string, hash: string): { text?: string; preset?: string; style?: string } {
  const q = new URLSearchParams(search.replace(/^\?/, ''));
  const h = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (k: string) => q.get(k) ?? h.get(k) ?? undefined;
  return { text: get('text'), preset: get('kho'), style: get('kieu') };
}

export interface SizeFields { preset: string; width: string; height: string; unit: LengthUnit }

/** The preset the form asks for, or why it cannot be drawn (Vietnamese). */
export function chosenPreset(fields: SizeFields, presets: readonly Preset[]): { preset: Preset } | { problem: string } {
  if (fields.preset !== CUSTOM) {
    const hit = presets.find((p) => p.id === fields.preset);
    return hit ? { preset: hit } : { problem: `Không có khổ "${fields.preset}".` };
  }
  const w = lengthMm(fields.width, fields.unit), h = lengthMm(fields.height, fields.unit);
  const problem = sizeProblem(w, h);
  return problem ? { problem } : { preset: customPreset(w!, h!) };
}

/** A download's file name: ap-phich-<preset id>-<style id>.<ext>. */
export const fileName = (preset: Preset, styleId: string, ext: string) => `ap-phich-${preset.id}-${styleId}.${ext}`;
