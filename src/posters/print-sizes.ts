/**
 * The print sizes `npm run posters -- --print --sizes …` names: a preset id (bang-ron-10x2,
 * ap-phich-a3…), an ISO 216 sheet (a0–a6, portrait), or a typed width × height with its unit
 * ("7x0.8m", "50×300cm", "297x210mm"), laid out as the poster maker page lays out a typed size
 * (custom-size.ts), so both draw the same poster. Pure.
 */
import { customPreset, lengthMm, sizeProblem, type LengthUnit } from './custom-size.ts';
import { isWeb, type Preset } from './presets.ts';

export class PrintSizeError extends Error {
  override name = 'PrintSizeError';
}

/** ISO 216 A-series, portrait, mm. a0–a3 are also built-in presets (ap-phich-aN), which win. */
const A_SHEETS: Record<string, [number, number]> = { a0: [841, 1189], a1: [594, 841], a2: [420, 594], a3: [297, 420], a4: [210, 297], a5: [148, 210], a6: [105, 148] };

const TYPED = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm|cm|m)$/i;

function parseSize(token: string, presets: readonly Preset[]): Preset {
  const byId = presets.find((p) => p.id === token);
  if (byId) {
    if (isWeb(byId)) throw new PrintSizeError(`"${token}" is a web image (px), not a print size`);
    return byId;
  }
  const sheet = A_SHEETS[token.toLowerCase()];
  if (sheet) {
    const name = token.toLowerCase();
    const preset = presets.find((p) => p.id === `ap-phich-${name}`);
    if (preset) return preset;
    return { ...customPreset(...sheet), id: `ap-phich-${name}`, label: `Áp phích ${name.toUpperCase()} (${sheet[0]}×${sheet[1]} mm)` };
  }
  const typed = TYPED.exec(token);
  if (!typed) {
    throw new PrintSizeError(`unknown size "${token}": a preset id (${presets.filter((p) => !isWeb(p)).map((p) => p.id).join(', ')}), a0–a6, or width x height with a unit (7x0.8m, 50x300cm, 297x210mm)`);
  }
  const unit = typed[3]!.toLowerCase() as LengthUnit;
  const w = lengthMm(typed[1]!, unit), h = lengthMm(typed[2]!, unit);
  const problem = sizeProblem(w, h);
  if (problem) throw new PrintSizeError(`"${token}": ${problem}`);
  return customPreset(w!, h!);
}

/** A comma-separated list of sizes (decimal point, not comma, inside a size), each drawn once. */
export function parseSizes(list: string, presets: readonly Preset[]): Preset[] {
  const tokens = list.split(',').map((t) => t.trim()).filter(Boolean);
  if (!tokens.length) throw new PrintSizeError('no size given (--sizes a4,bang-ron-10x2,7x0.8m …)');
  const seen = new Map<string, Preset>();
  for (const t of tokens) {
    const p = parseSize(t, presets);
    if (!seen.has(p.id)) seen.set(p.id, p);
  }
  return [...seen.values()];
}
