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

  it('refuses a buffer that is not width × height × 3', () => {
    expect(() => indexedPng(Buffer.alloc(10), 2, 2)).toThrow(/12|RGB/);
  });
});
