import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { indexedPng } from '../../src/posters/indexed-png.ts';

/** width × height RGB pixels, colour of each from f. */
function image(width: number, height: number, f: (x: number, y: number) => [number, number, number]): Buffer {
  const out = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out.set(f(x, y), (y * width + x) * 3);
  return out;
}

async function pixels(png: Buffer): Promise<Buffer> {
  return sharp(png).removeAlpha().raw().toBuffer();
}

describe('indexedPng', () => {
  it('keeps every pixel of an image of up to 256 colours', async () => {
    const rgb = image(37, 23, (x, y) => [(x % 16) * 16, (y % 8) * 32, (x * y) % 16 === 0 ? 255 : 0]);
    const colours = new Set<number>();
    for (let p = 0; p < rgb.length; p += 3) colours.add(rgb.readUIntBE(p, 3));
    expect(colours.size).toBeLessThanOrEqual(256);
    const png = indexedPng(rgb, 37, 23)!;
    expect(png).not.toBeNull();
    expect([png[24], png[25]]).toEqual([8, 3]);
    expect(Buffer.compare(await pixels(png), rgb)).toBe(0);
  });

  it('exactly 256 colours is a palette; 257 is null (the caller writes RGB)', async () => {
    const at = (n: number) => image(n, 1, (x) => [x % 256, x >> 8, 7]);
    const png = indexedPng(at(256), 256, 1)!;
    expect(Buffer.compare(await pixels(png), at(256))).toBe(0);
    expect(indexedPng(at(257), 257, 1)).toBeNull();
  });

  it('a one-colour image', async () => {
    const rgb = image(1200, 630, () => [0xda, 0x25, 0x1d]);
    const png = indexedPng(rgb, 1200, 630)!;
    expect(Buffer.compare(await pixels(png), rgb)).toBe(0);
    expect(png.length).toBeLessThan(2000);
  });

  it('up to 16 colours: the same pixels at 1, 2 or 4 bits a pixel (PNG palette depths)', async () => {
    for (const [n, depth] of [[2, 1], [4, 2], [5, 4], [16, 4], [17, 8]] as const) {
      const rgb = image(101, 7, (x, y) => [((x + y) % n) * 13, 200 - ((x + y) % n) * 7, 5]);
      const png = indexedPng(rgb, 101, 7)!;
      expect([png[24], png[25]], `${n} colours`).toEqual([depth, 3]);
      expect(Buffer.compare(await pixels(png), rgb), `${n} colours`).toBe(0);
    }
  });

  it('levels: a two-colour anti-aliased image as 16 blends (the two colours exact, no channel moved by more than 1/30 of their difference + 1)', async () => {
    const bg = [0xda, 0x25, 0x1d], fg = [0xff, 0xff, 0x00];
    // bg everywhere, fg in a band, every blend (t = 0..255) along the edges, as librsvg rounds them
    const blend = (t: number) => bg.map((b, k) => Math.round(b + ((fg[k]! - b) * t) / 255)) as [number, number, number];
    const rgb = image(600, 100, (x, y) => (y < 30 ? blend(0) : y < 60 ? blend(x % 256) : blend(255)));
    const png = indexedPng(rgb, 600, 100, { levels: 16 })!;
    expect([png[24], png[25]]).toEqual([4, 3]);
    const back = await pixels(png);
    for (let p = 0; p < rgb.length; p += 3) {
      for (let c = 0; c < 3; c++) {
        const bound = Math.abs(fg[c]! - bg[c]!) / 30 + 1;
        expect(Math.abs(back[p + c]! - rgb[p + c]!), `pixel ${p / 3} channel ${c}`).toBeLessThanOrEqual(bound);
      }
      if (rgb.readUIntBE(p, 3) === 0xda251d || rgb.readUIntBE(p, 3) === 0xffff00) expect(back.readUIntBE(p, 3)).toBe(rgb.readUIntBE(p, 3));
    }
    expect(png.length).toBeLessThan(indexedPng(rgb, 600, 100)!.length);
  });

  it('levels: an image that is not two colours and their blends stays lossless', async () => {
    // a third colour (the neutral style's rule) off the line between the two most frequent ones
    const rgb = image(300, 40, (x, y) => (y < 20 ? [0xfa, 0xf7, 0xf0] : x < 100 ? [0x8b, 0x1a, 0x14] : x < 120 ? [0xda, 0x25, 0x1d] : [(x * 7) % 256, 0x60, 0x60]));
    const png = indexedPng(rgb, 300, 40, { levels: 16 })!;
    expect(png[24]).toBe(8);
    expect(Buffer.compare(await pixels(png), rgb)).toBe(0);
  });

  it('refuses a buffer that is not width × height × 3', () => {
    expect(() => indexedPng(Buffer.alloc(10), 2, 2)).toThrow(/12|RGB/);
  });
});
