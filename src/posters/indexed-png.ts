/**
 * A lossless palette PNG of opaque RGB pixels, when the image has at most 256 colours: every
 * pixel keeps its exact colour (the palette is the image's own colours, not a quantisation), so
 * the picture is the same pixel for pixel; only the file is smaller. A share image (flat colour,
 * anti-aliased text between two colours) has ~100–250 colours: one byte a pixel instead of three,
 * and rows of one index that zlib folds to almost nothing. Returns null when the image has more
 * than 256 colours (the caller then writes an RGB PNG). Pure but for zlib; no sharp, no threads.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * `rgb`: width × height × 3 bytes, rows top to bottom. The palette lists colours in order of
 * first appearance; each row is written with PNG filter 0 (none), as the PNG specification
 * advises for palette images.
 */
export function indexedPng(rgb: Uint8Array, width: number, height: number, level = 6): Buffer | null {
  if (rgb.length !== width * height * 3) throw new Error(`indexedPng: ${rgb.length} bytes for ${width}×${height} RGB`);
  const index = new Map<number, number>();
  const palette: number[] = [];
  const rows = Buffer.alloc((width + 1) * height); // filter byte 0 at the start of each row
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, p = 0; y < height; y++) {
    let o = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, p += 3, o++) {
      const c = (rgb[p]! << 16) | (rgb[p + 1]! << 8) | rgb[p + 2]!;
      if (c !== last) {
        let i = index.get(c);
        if (i === undefined) {
          if (palette.length === 256) return null;
          i = palette.length;
          palette.push(c);
          index.set(c, i);
        }
        last = c;
        lastIndex = i;
      }
      rows[o] = lastIndex;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: palette
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => { plte[i * 3] = c >>> 16; plte[i * 3 + 1] = (c >>> 8) & 255; plte[i * 3 + 2] = c & 255; });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
