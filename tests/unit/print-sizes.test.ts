/** `npm run posters -- --print --sizes …`: what each size names (src/posters/print-sizes.ts). */
import { describe, expect, it } from 'vitest';
import { parseSizes, PrintSizeError } from '../../src/posters/print-sizes.ts';
import { BUILTIN_PRESETS, mergePresets } from '../../src/posters/presets.ts';
import { customPreset } from '../../src/posters/custom-size.ts';

const presets = mergePresets(BUILTIN_PRESETS, []);
const mm = (list: string) => parseSizes(list, presets).map((p) => ('widthMm' in p ? [p.id, p.widthMm, p.heightMm] : [p.id]));

describe('print sizes on the command line', () => {
  it('a preset id is that preset; a0–a3 are the A-series presets', () => {
    expect(parseSizes('bang-ron-10x2,ap-phich-a3', presets)).toEqual([presets.find((p) => p.id === 'bang-ron-10x2'), presets.find((p) => p.id === 'ap-phich-a3')]);
    expect(parseSizes('A0', presets)).toEqual([presets.find((p) => p.id === 'ap-phich-a0')]);
  });

  it('a4, a5, a6 are ISO 216 portrait sheets, laid out as the maker page lays out a typed size', () => {
    expect(mm('a4,a5,a6')).toEqual([['ap-phich-a4', 210, 297], ['ap-phich-a5', 148, 210], ['ap-phich-a6', 105, 148]]);
    const a4 = parseSizes('a4', presets)[0]!;
    expect({ ...a4, id: '', label: '' }).toEqual({ ...customPreset(210, 297), id: '', label: '' });
    expect(a4.label).toBe('Áp phích A4 (210×297 mm)');
  });

  it('width × height with a unit (mm, cm, m; x or ×) is a typed size', () => {
    expect(mm('7x0.8m, 50×300cm,297x210mm')).toEqual([['tu-chon-7000x800mm', 7000, 800], ['tu-chon-500x3000mm', 500, 3000], ['tu-chon-297x210mm', 297, 210]]);
    expect(parseSizes('7x0.8m', presets)[0]).toEqual(customPreset(7000, 800));
  });

  it('web formats, unknown names, sizes without a unit or out of bounds are refused, naming each', () => {
    expect(() => parseSizes('og', presets)).toThrow(/"og" is a web image \(px\), not a print size/);
    expect(() => parseSizes('a7', presets)).toThrow(/unknown size "a7"/);
    expect(() => parseSizes('7x0.8', presets)).toThrow(/unknown size "7x0.8".*a unit/);
    expect(() => parseSizes('1x1mm', presets)).toThrow(PrintSizeError);
    expect(() => parseSizes('1x1mm', presets)).toThrow(/"1x1mm": Chiều rộng tối thiểu 5 cm/);
    expect(() => parseSizes('', presets)).toThrow(/no size/);
  });

  it('one size named twice is drawn once', () => {
    expect(mm('a3,ap-phich-a3')).toEqual([['ap-phich-a3', 297, 420]]);
  });
});
