/**
 * A palette PNG of opaque RGB pixels, when the image has at most 256 colours. Two ways:
 *
 * - **Lossless** (the default): the palette is the image's own colours, so every pixel keeps its
 *   exact colour; with at most 16 colours the indices are packed at 1, 2 or 4 bits a pixel (PNG
 *   allows those depths for palettes), which holds the same pixels in fewer bytes.
 * - **Two-colour text, 16 levels** (`levels: 16`): a share image is one flat colour with text in
 *   another, anti-aliased between the two; librsvg gives each edge pixel one of ~100–250 blends of
 *   the two colours. When every colour of the image is such a blend (within 1 of the line between
 *   the two most frequent colours, on each channel), each pixel is written as the nearest of 16
 *   evenly spaced blends, 4 bits a pixel. The two colours themselves (the background, the letters'
 *   inside) keep their exact value; an edge pixel moves by at most 1/30 of the two colours'
 *   difference (+1 for rounding): ≤ 8 of 255 on a channel for red #DA251D / yellow #FFFF00, ~0.03
 *   on average over a share image. Sixteen levels of coverage is what font rasterisers long used
 *   for grey anti-aliasing; ~38 % fewer bytes than the lossless palette (issue 19, BENCHMARKS.md
 *   "output pass 2"). If the image is not a two-colour blend, or the nearest level would move a
 *   channel by more than MAX_LEVEL_ERROR, it is written losslessly as above.
 *
 * Returns null when the image has more than 256 colours (the caller then writes an RGB PNG).
 * Rows use filter 0 (none), as the PNG specification advises for palette images (sub, up, Paeth
 * and per-row adaptive filtering were measured larger here). Pure but for zlib.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The most a channel may move when an image is written in levels (else: lossless). */
export const MAX_LEVEL_ERROR = 10;
/** Distance off the line between the two colours that still counts as a blend of them (librsvg rounds each channel). */
const OFF_LINE = 1;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export interface IndexedPngOptions {
  /** zlib level (6). */
  level?: number;
  /** 16: a two-colour image as 16 blends of its two colours (lossy within MAX_LEVEL_ERROR). */
  levels?: 16;
}

/**
 * `rgb`: width × height × 3 bytes, rows top to bottom. The lossless palette lists colours in order
 * of first appearance; the levels palette goes from the most frequent colour to the second.
 */
export function indexedPng(rgb: Uint8Array, width: number, height: number, o: IndexedPngOptions = {}): Buffer | null {
  if (rgb.length !== width * height * 3) throw new Error(`indexedPng: ${rgb.length} bytes for ${width}×${height} RGB`);
  const index = new Map<number, number>();
  const palette: number[] = [];
  const counts = new Uint32Array(256);
  const indices = new Uint8Array(width * height);
  let last = -1;
  let lastIndex = 0;
  for (let p = 0, i = 0; i < indices.length; p += 3, i++) {
    const c = (rgb[p]! << 16) | (rgb[p + 1]! << 8) | rgb[p + 2]!;
    if (c !== last) {
      let k = index.get(c);
      if (k === undefined) {
        if (palette.length === 256) return null;
        k = palette.length;
        palette.push(c);
        index.set(c, k);
      }
      last = c;
      lastIndex = k;
    }
    indices[i] = lastIndex;
    counts[lastIndex]!++;
  }
  const lut = o.levels && palette.length > 16 ? levelTable(palette, counts, o.levels) : null;
  if (lut) return png(width, height, 4, lut.palette, indices, lut.map, o.level);
  const depth = palette.length <= 2 ? 1 : palette.length <= 4 ? 2 : palette.length <= 16 ? 4 : 8;
  return png(width, height, depth, palette, indices, null, o.level);
}

const rgbOf = (c: number) => [c >>> 16, (c >>> 8) & 255, c & 255] as const;

/**
 * Palette index → level, and the levels' colours, when every colour of `palette` is a blend of
 * the two most frequent ones; null otherwise.
 */
function levelTable(palette: number[], counts: Uint32Array, n: number): { palette: number[]; map: Uint8Array } | null {
  let a = 0, b = 1;
  if (counts[b]! > counts[a]!) [a, b] = [b, a];
  for (let k = 2; k < palette.length; k++) {
    if (counts[k]! > counts[a]!) { b = a; a = k; } else if (counts[k]! > counts[b]!) b = k;
  }
  const A = rgbOf(palette[a]!), B = rgbOf(palette[b]!);
  const d = [B[0] - A[0], B[1] - A[1], B[2] - A[2]] as const;
  const dd = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
  const colours: number[] = [];
  for (let q = 0; q < n; q++) {
    const [r, g, bl] = [0, 1, 2].map((k) => Math.round(A[k]! + (d[k]! * q) / (n - 1)));
    colours.push((r! << 16) | (g! << 8) | bl!);
  }
  const map = new Uint8Array(palette.length);
  for (let k = 0; k < palette.length; k++) {
    const C = rgbOf(palette[k]!);
    const t = ((C[0] - A[0]) * d[0] + (C[1] - A[1]) * d[1] + (C[2] - A[2]) * d[2]) / dd;
    for (let j = 0; j < 3; j++) if (Math.abs(A[j]! + d[j]! * t - C[j]!) > OFF_LINE) return null;
    if (t < -0.01 || t > 1.01) return null;
    const q = Math.max(0, Math.min(n - 1, Math.round(t * (n - 1))));
    const Q = rgbOf(colours[q]!);
    for (let j = 0; j < 3; j++) if (Math.abs(Q[j]! - C[j]!) > MAX_LEVEL_ERROR) return null;
    map[k] = q;
  }
  return { palette: colours, map };
}

function png(width: number, height: number, depth: number, palette: number[], indices: Uint8Array, map: Uint8Array | null, level = 6): Buffer {
  const perByte = 8 / depth;
  const rowBytes = Math.ceil(width / perByte);
  const rows = Buffer.alloc((rowBytes + 1) * height); // filter byte 0 at the start of each row
  for (let y = 0; y < height; y++) {
    const o = y * (rowBytes + 1) + 1;
    const from = y * width;
    if (depth === 8) {
      if (map) for (let x = 0; x < width; x++) rows[o + x] = map[indices[from + x]!]!;
      else rows.set(indices.subarray(from, from + width), o);
      continue;
    }
    for (let x = 0; x < width; x++) {
      const v = map ? map[indices[from + x]!]! : indices[from + x]!;
      const at = o + Math.floor(x / perByte);
      rows[at] = rows[at]! | (v << (8 - depth * (1 + (x % perByte))));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = depth;
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
