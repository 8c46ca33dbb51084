/**
 * Golden images: a few seed 001 slogans (and a stacked-marks stress line) per format, rendered at
 * reduced scale and compared pixel by pixel with committed PNGs in tests/fixtures/posters/.
 * A changed template, font or library shows here. Regenerate after a deliberate change with
 * UPDATE_GOLDEN=1 npx vitest run tests/unit/posters-golden.test.ts — and look at the new images.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadPosterConfig } from '../../src/posters/presets.ts';
import { renderSvg, svgToPng } from '../../src/posters/render.ts';
import { styleById } from '../../src/posters/styles.ts';

const DIR = join(process.cwd(), 'tests/fixtures/posters');
const presets = loadPosterConfig(process.cwd()).presets;
const CASES: Array<[string, string, string, string]> = [
  ['quang-vinh', 'Đảng Cộng sản Việt Nam quang vinh muôn năm!', 'og', 'do'],
  ['doi-moi', 'Đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh, gọn, mạnh, hiệu năng, hiệu lực, hiệu quả!', 'vuong', 'do'],
  ['ho-chi-minh', 'Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!', 'bang-ron-5x1-5', 'trung-tinh'],
  ['dau-chong', 'Ễ Ỗ Ữ Ẫ Ặ Ự Ệ Ộ ễ ỗ ữ ẫ ặ ự ệ ộ', 'ap-phich-a2', 'do'],
  ['nfd', 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam muôn năm!'.normalize('NFD'), 'co-phuon-0-6x2', 'do'],
];
const LONG_SIDE = 400;

describe('golden poster images', () => {
  for (const [name, text, presetId, styleId] of CASES) {
    it(`${name} on ${presetId} (${styleId})`, async () => {
      const { svg, layout } = await renderSvg(text, presets.find((p) => p.id === presetId)!, styleById(styleId));
      const png = await svgToPng(svg, layout.geometry, LONG_SIDE);
      const file = join(DIR, `${name}--${presetId}--${styleId}.png`);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
        if (!process.env.UPDATE_GOLDEN) throw new Error(`missing golden image ${file}: run with UPDATE_GOLDEN=1 and look at it`);
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, png);
      }
      const a = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      const b = await sharp(file).raw().toBuffer({ resolveWithObject: true });
      expect([a.info.width, a.info.height]).toEqual([b.info.width, b.info.height]);
      let differing = 0;
      // Pixel by pixel, each image read with its own channel count (RGB now, RGBA goldens).
      for (let p = 0; p < a.info.width * a.info.height; p++) {
        let d = 0;
        for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(a.data[p * a.info.channels + c]! - b.data[p * b.info.channels + c]!));
        if (d > 24) differing++;
      }
      // anti-aliasing noise only: a lost or moved diacritic changes far more than 0.1 % of pixels
      expect(differing / (a.info.width * a.info.height)).toBeLessThan(0.001);
    });
  }
});
