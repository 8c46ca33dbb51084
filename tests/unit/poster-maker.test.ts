/**
 * The pure parts of the poster maker: typed sizes (custom-size.ts), what the address and the form
 * ask for (browser/request.ts), and the page policy that gives this page alone WebAssembly and
 * blob: images.
 */
import { describe, expect, it } from 'vitest';
import { customPreset, lengthMm, sizeLabel, sizeProblem } from '../../src/posters/custom-size.ts';
import { chosenPreset, CUSTOM, fileName, fromAddress } from '../../src/posters/browser/request.ts';
import { BUILTIN_PRESETS, mergePresets, printPresetSchema } from '../../src/posters/presets.ts';
import { pagePolicyFor } from '../../src/security/page-policy.ts';

const presets = mergePresets(BUILTIN_PRESETS, []);

describe('typed sizes', () => {
  it('reads metres and centimetres with a decimal comma or point', () => {
    expect(lengthMm('0,8', 'm')).toBe(800);
    expect(lengthMm(' 7 ', 'm')).toBe(7000);
    expect(lengthMm('29.7', 'cm')).toBe(297);
    expect(lengthMm('.5', 'm')).toBe(500);
    for (const bad of ['', '0', '-1', '1,2,3', '7m', 'abc', '1e3']) expect(lengthMm(bad, 'm'), bad).toBeUndefined();
  });

  it('says in Vietnamese what cannot be drawn', () => {
    expect(sizeProblem(undefined, 800)).toMatch(/số dương/);
    expect(sizeProblem(40, 800)).toBe('Chiều rộng tối thiểu 5 cm.');
    expect(sizeProblem(800, 60_000)).toBe('Chiều cao tối đa 50 m.');
    expect(sizeProblem(7000, 800)).toBeUndefined();
  });

  it('the three odd sizes of issue 19 become valid print presets shaped like the built-in ones', () => {
    const banner = customPreset(7000, 800), flag = customPreset(500, 3000), a4 = customPreset(297, 210);
    expect([banner.kind, banner.maxLines]).toEqual(['banner', 3]);
    expect([flag.kind, flag.maxLines]).toEqual(['flag', 12]);
    expect([a4.kind, a4.maxLines]).toEqual(['panel', 4]);
    expect(customPreset(210, 297)).toMatchObject({ kind: 'poster', maxLines: 7 });
    for (const p of [banner, flag, a4]) expect(printPresetSchema.parse(p)).toEqual(p);
    expect(banner.id).toBe('tu-chon-7000x800mm');
    expect(customPreset(297.5, 210).id).toBe('tu-chon-297-5x210mm');
    expect(banner.label).toBe('Khổ tự chọn 7 m × 80 cm');
    expect(sizeLabel(500, 3000)).toBe('50 cm × 3 m');
    expect(() => customPreset(10, 10)).toThrow(/tối thiểu/);
  });
});

describe('what the page is asked', () => {
  it('text, size and style from the query, else from the hash', () => {
    expect(fromAddress('?text=Vi%E1%BB%87t%20Nam&kho=bang-ron-10x2', '')).toEqual({ text: 'Việt Nam', preset: 'bang-ron-10x2', style: undefined });
    expect(fromAddress('', '#text=Gio+Linh&kieu=trung-tinh')).toEqual({ text: 'Gio Linh', preset: undefined, style: 'trung-tinh' });
    expect(fromAddress('?text=A', '#text=B').text).toBe('A');
    expect(fromAddress('', '')).toEqual({ text: undefined, preset: undefined, style: undefined });
  });

  it('a preset by id, or a typed size, or why not', () => {
    expect(chosenPreset({ preset: 'ap-phich-a3', width: '', height: '', unit: 'm' }, presets)).toEqual({ preset: presets.find((p) => p.id === 'ap-phich-a3') });
    expect(chosenPreset({ preset: 'khong-co', width: '', height: '', unit: 'm' }, presets)).toEqual({ problem: 'Không có khổ "khong-co".' });
    expect(chosenPreset({ preset: CUSTOM, width: '4,5', height: '1,2', unit: 'm' }, presets)).toEqual({ preset: customPreset(4500, 1200) });
    expect(chosenPreset({ preset: CUSTOM, width: '4,5', height: '', unit: 'm' }, presets)).toHaveProperty('problem');
    expect(fileName(customPreset(4500, 1200), 'do', 'pdf')).toBe('ap-phich-tu-chon-4500x1200mm-do.pdf');
  });
});

describe('page policy', () => {
  const html = '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body></body></html>';
  it('the poster maker alone gets WebAssembly and blob: images; reading pages get neither', () => {
    const maker = pagePolicyFor('/ap-phich/tao/', '/', html);
    expect(maker).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(maker).toContain("img-src 'self' blob:;");
    expect(pagePolicyFor('/sub/ap-phich/tao/', '/sub/', html)).toContain("img-src 'self' blob:;");
    for (const path of ['/', '/khau-hieu/', '/van-ban/x/', '/ap-phich/', '/ap-phich/tao/x/']) {
      const p = pagePolicyFor(path, '/', html);
      expect(p, path).not.toContain('blob:');
      expect(p, path).not.toContain('wasm-unsafe-eval');
    }
    expect(pagePolicyFor('/tim-kiem/', '/', html)).not.toContain('blob:');
  });
});
