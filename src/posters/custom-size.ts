/**
 * A print size typed by an office (a street's banner: 7 × 0.8 m, 4.5 × 1.2 m…) as a print preset,
 * for the poster maker page and for the CLI alike, so both draw the same poster. Pure.
 *
 * Lines allowed follow the built-in presets of the same shape: a banner (twice as wide as high or
 * more) 3 lines like bang-ron-*, a hanging flag (twice as high as wide or more) 12 like co-phuon-*,
 * a landscape sheet 4 like pano-3x2, an upright sheet 7 like ap-phich-*; the default margin (8 %).
 */
import type { PrintPreset } from './presets.ts';

export type LengthUnit = 'mm' | 'cm' | 'm';
const MM_PER: Record<LengthUnit, number> = { mm: 1, cm: 10, m: 1000 };

/** Smallest and largest side accepted, mm: 5 cm (a card) to 50 m (the presets' schema bound). */
export const MIN_SIDE_MM = 50;
export const MAX_SIDE_MM = 50_000;

/** "0,8" or "0.8" (Vietnamese writes a decimal comma) in the unit → mm, to 0.1 mm; undefined if not a positive number. */
export function lengthMm(input: string, unit: LengthUnit): number | undefined {
  const s = input.trim().replace(',', '.');
  if (!/^\d+(?:\.\d+)?$|^\.\d+$/.test(s)) return undefined;
  const mm = Math.round(Number(s) * MM_PER[unit] * 10) / 10;
  return mm > 0 ? mm : undefined;
}

/** Why a width × height (mm) cannot be drawn, in Vietnamese; undefined when it can. */
export function sizeProblem(widthMm: number | undefined, heightMm: number | undefined): string | undefined {
  if (widthMm === undefined || heightMm === undefined) return 'Chiều rộng và chiều cao phải là số dương (ví dụ 7 hoặc 0,8).';
  for (const [what, v] of [['Chiều rộng', widthMm], ['Chiều cao', heightMm]] as const) {
    if (v < MIN_SIDE_MM) return `${what} tối thiểu ${MIN_SIDE_MM / 10} cm.`;
    if (v > MAX_SIDE_MM) return `${what} tối đa ${MAX_SIDE_MM / 1000} m.`;
  }
  return undefined;
}

/** A number as Vietnamese writes it: decimal comma, no trailing zeros ("0,8", "7"). */
const vn = (n: number) => String(Math.round(n * 1000) / 1000).replace('.', ',');

/** "7 m × 0,8 m", "29,7 cm × 21 cm": metres from 1 m on, else centimetres. */
export function sizeLabel(widthMm: number, heightMm: number): string {
  const side = (mm: number) => (mm >= 1000 ? `${vn(mm / 1000)} m` : `${vn(mm / 10)} cm`);
  return `${side(widthMm)} × ${side(heightMm)}`;
}

export function customPreset(widthMm: number, heightMm: number): PrintPreset {
  const problem = sizeProblem(widthMm, heightMm);
  if (problem) throw new Error(problem);
  const ratio = widthMm / heightMm;
  const [kind, maxLines] = ratio >= 2 ? ['banner', 3] as const : ratio <= 0.5 ? ['flag', 12] as const : ratio > 1 ? ['panel', 4] as const : ['poster', 7] as const;
  const mm = (n: number) => String(n).replace('.', '-');
  return {
    id: `tu-chon-${mm(widthMm)}x${mm(heightMm)}mm`,
    label: `Khổ tự chọn ${sizeLabel(widthMm, heightMm)}`,
    kind, widthMm, heightMm, margin: 0.08, maxLines, unverified: false,
  };
}
