/**
 * The print posters' PDF writer (src/posters/pdf.ts, src/posters/svg-path.ts): path data, the SVG
 * subset, the file's structure, and — what matters — that the PDF draws what the SVG draws:
 * both are rasterised (pdftoppm from Debian's poppler-utils; sharp for the SVG) and compared pixel
 * by pixel on the seeds' slogans, in both styles, on a poster, a banner and a flag.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadEntries } from '../../src/entry/load-entries.ts';
import { parsePath, PathSyntaxError } from '../../src/posters/svg-path.ts';
import { pdfNumber, readSvg, svgContent, svgToPdf, UnsupportedSvgError } from '../../src/posters/pdf.ts';
import { loadPosterConfig } from '../../src/posters/presets.ts';
import { renderSvg } from '../../src/posters/render.ts';
import { STYLES } from '../../src/posters/styles.ts';
import { tempDir } from '../helpers/temp.ts';

const ROOT = process.cwd();
const presets = loadPosterConfig(ROOT).presets;
const preset = (id: string) => presets.find((p) => p.id === id)!;
const seedSlogans = loadEntries(ROOT, 'content/directives').entries.flatMap((e) => e.data.slogans);

describe('SVG path data', () => {
  it('absolute and relative lines, H/V, implicit repeats, close', () => {
    expect(parsePath('M10 20L30 40h5v-5 l1,1 2 2zm1 1 2 2')).toEqual([
      { op: 'M', x: 10, y: 20 }, { op: 'L', x: 30, y: 40 }, { op: 'L', x: 35, y: 40 }, { op: 'L', x: 35, y: 35 },
      { op: 'L', x: 36, y: 36 }, { op: 'L', x: 38, y: 38 }, { op: 'Z' },
      // After Z the point is the subpath's start (10,20); m's extra pair is a relative line.
      { op: 'M', x: 11, y: 21 }, { op: 'L', x: 13, y: 23 },
    ]);
  });

  it('numbers run together as SVG allows: signs, dots, exponents', () => {
    expect(parsePath('M-1-2L.5.5l1e1-2E-1')).toEqual([{ op: 'M', x: -1, y: -2 }, { op: 'L', x: 0.5, y: 0.5 }, { op: 'L', x: 10.5, y: 0.3 }]);
  });

  it('a quadratic curve becomes the cubic of the same curve; T and S reflect the last control point', () => {
    const [, q] = parsePath('M0 0Q30 60 90 0');
    expect(q).toEqual({ op: 'C', x1: 20, y1: 40, x2: 50, y2: 40, x: 90, y: 0 });
    const ops = parsePath('M0 0Q30 60 90 0T180 0');
    // T's control point is (150, -60): the reflection of (30, 60) about (90, 0).
    expect(ops[2]).toEqual({ op: 'C', x1: 130, y1: -40, x2: 160, y2: -40, x: 180, y: 0 });
    expect(parsePath('M0 0C0 10 10 10 10 0S20 -10 20 0')[2]).toEqual({ op: 'C', x1: 10, y1: -10, x2: 20, y2: -10, x: 20, y: 0 });
    // S with no cubic before: the first control point is the current point.
    expect(parsePath('M5 5S10 10 20 20')[1]).toEqual({ op: 'C', x1: 5, y1: 5, x2: 10, y2: 10, x: 20, y: 20 });
  });

  it('arcs of radius 0 are lines and an arc to its own start is nothing (the border satori draws); true arcs are refused', () => {
    expect(parsePath('M54,54 A0,0 0 0 1 54,54 h10 a0,0 0 0 1 0,0 v5 A0 0 0 0 1 60 60')).toEqual([
      { op: 'M', x: 54, y: 54 }, { op: 'L', x: 64, y: 54 }, { op: 'L', x: 64, y: 59 }, { op: 'L', x: 60, y: 60 },
    ]);
    expect(() => parsePath('M0 0A5 5 0 0 1 10 0')).toThrow(/elliptical arc with radii 5,5/);
  });

  it('malformed data is refused, saying where', () => {
    expect(() => parsePath('10 10')).toThrow(PathSyntaxError);
    expect(() => parsePath('M10')).toThrow(/"M" needs a multiple of 2 numbers, got 1/);
    expect(() => parsePath('M0 0 L1 1 # 2')).toThrow(/unexpected "#"/);
    expect(() => parsePath('M0 0Z5')).toThrow(/"Z" takes no numbers/);
  });
});

describe('the SVG subset', () => {
  const wrap = (inner: string, vb = '0 0 100 50') => `<svg width="100" height="50" viewBox="${vb}" xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;

  it('anything satori might draw that the writer does not understand is refused by name', () => {
    expect(() => readSvg(wrap('<image href="x.png"/>'))).toThrow(/<image> is not drawn/);
    expect(() => readSvg(wrap('<g transform="scale(2)"></g>'))).toThrow(/<g transform="…"> is not drawn/);
    expect(() => readSvg(wrap('<path d="M0 0" mask="url(#m)"/>'))).toThrow(/<path mask="…">/);
    expect(() => readSvg(wrap('<rect width="1" height="1" opacity="0.5"/>'))).toThrow(/<rect opacity="…">/);
    expect(() => readSvg(wrap('', '10 0 100 50'))).toThrow(/viewBox "10 0 100 50"/);
    expect(() => readSvg(wrap('<g>text</g>'))).toThrow(/text outside <title>/);
    expect(() => readSvg(wrap('<g>'))).toThrow(/malformed SVG: <svg> closes|is not closed|closes/);
    expect(() => svgToPdf(wrap('<rect width="1" height="1" fill="rgb(1,2,3)"/>'), 10, 5, 't')).toThrow(UnsupportedSvgError);
    expect(() => svgToPdf(wrap('<rect width="1" height="1" fill="rgb(1,2,3)"/>'), 10, 5, 't')).toThrow(/fill="rgb\(1,2,3\)"/);
    expect(() => svgToPdf(wrap('<path d="M0 0H5" clip-path="url(#nope)"/>'), 10, 5, 't')).toThrow(/names no <clipPath>/);
  });

  it('masks, defs and clip paths are not drawn where they stand; the title text is allowed', () => {
    const { elements } = readSvg(wrap('<title>a &lt; b</title><mask id="m"><rect width="1" height="1"/></mask><defs><clipPath id="c"><rect width="9" height="9"/></clipPath></defs><rect width="2" height="2"/>'));
    expect(elements.map((e) => [e.name, e.hidden, e.clipOf ?? null])).toEqual([
      ['title', false, null], ['mask', false, null], ['rect', true, null], ['defs', false, null], ['clipPath', true, null], ['rect', true, 'c'], ['rect', false, null],
    ]);
  });

  it('an empty path is not drawn; a rect without fill is black, as in SVG', () => {
    const content = (inner: string) => svgContent(readSvg(wrap(inner)).elements);
    expect(content('<path d="" fill="#fff"/>')).toBe('');
    expect(content('<rect x="1" y="2" width="3" height="4"/>')).toBe('q\n0 0 0 rg\n1 2 3 4 re\nf\nQ');
    expect(content('<path d="M0 0H5" fill="none" stroke="#f00" stroke-width="2"/>')).toBe('q\n1 0 0 RG\n2 w\n4 M\n0 0 m\n5 0 l\nS\nQ');
  });

  it('numbers are written without exponents or negative zero; absurd ones are refused', () => {
    expect(pdfNumber(1e-9)).toBe('0');
    expect(pdfNumber(-1e-9)).toBe('0');
    expect(pdfNumber(12.5)).toBe('12.5');
    expect(() => pdfNumber(2e21)).toThrow(/out of range/);
    expect(pdfNumber(1 / 3, 6)).toBe('0.333333');
  });
});

describe('the PDF file', () => {
  const poster = async (id: string, style = STYLES[0]!) => {
    const p = preset(id);
    if (p.kind === 'web') throw new Error('print preset expected');
    const { svg, layout } = await renderSvg(seedSlogans[0]!, p, style);
    return { svg, layout, p, pdf: Buffer.from(svgToPdf(svg, p.widthMm, p.heightMm, layout.prepared.text)) };
  };

  it('has a cross-reference table whose offsets point at its objects, and ends at startxref', async () => {
    const { pdf } = await poster('ap-phich-a1');
    const text = pdf.toString('latin1');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = text.slice(startxref).split('\n').slice(2, 8);
    expect(entries[0]).toBe('0000000000 65535 f ');
    entries.slice(1).forEach((e, i) => {
      expect(e).toMatch(/^\d{10} 00000 n $/);
      expect(text.slice(Number(e.slice(0, 10))).startsWith(`${i + 1} 0 obj\n`)).toBe(true);
    });
  });

  it('is the same bytes for the same poster, and its title is the slogan as written (UTF-16)', async () => {
    const a = await poster('co-phuon-1x3');
    const b = await poster('co-phuon-1x3');
    expect(a.pdf.equals(b.pdf)).toBe(true);
    const dir = tempDir('pdf');
    writeFileSync(join(dir, 'p.pdf'), a.pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'p.pdf')], { encoding: 'utf8' });
    expect(info).toContain(`Title:           ${a.layout.prepared.text}`);
    expect(info).toMatch(/Page size:\s+2834\.65 x 8503\.94 pts/); // 1 m × 3 m
    expect(info).toMatch(/Pages:\s+1\n/);
  });
});

/** The PNG file of the PDF's page rasterised by poppler at the given size. */
function rasterisePdf(pdf: Buffer, width: number, height: number): string {
  const dir = tempDir('pdf');
  writeFileSync(join(dir, 'p.pdf'), pdf);
  try {
    execFileSync('pdftoppm', ['-singlefile', '-scale-to-x', String(width), '-scale-to-y', String(height), '-png', join(dir, 'p.pdf'), join(dir, 'out')]);
  } catch (e) {
    throw new Error(`pdftoppm (Debian package poppler-utils, installed by .ci/run) failed or is missing: ${(e as Error).message}`);
  }
  return join(dir, 'out.png');
}

/** RGB pixels at the given size, softened by a 1 px blur: the two rasterisers place a hairline's edge differently. */
async function rgb(input: Buffer | string, width: number, height: number): Promise<Buffer> {
  return sharp(input).resize(width, height, { fit: 'fill' }).removeAlpha().blur(1).raw().toBuffer();
}

/** Share of pixels whose colour differs by more than a quarter of the range in some channel. */
function differing(a: Buffer, b: Buffer): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 3) {
    if (Math.abs(a[i]! - b[i]!) > 64 || Math.abs(a[i + 1]! - b[i + 1]!) > 64 || Math.abs(a[i + 2]! - b[i + 2]!) > 64) n++;
  }
  return n / (a.length / 3);
}

describe('the PDF draws what the SVG draws', () => {
  // Long side of the comparison, px: large enough that the neutral style's rule is over 2 px wide
  // (at 600 px it is 1.25 px, and the two rasterisers' anti-aliasing of it alone is 1% of pixels).
  const W = 1200;
  const cases = ['ap-phich-a3', 'bang-ron-5x1-5', 'co-phuon-0-6x2'].flatMap((id) => STYLES.map((style) => ({ id, style })));

  it.each(cases)('$id, $style.id: every seed slogan (under 1% of pixels differ; a different slogan differs far more)', async ({ id, style }) => {
    const p = preset(id);
    if (p.kind === 'web') throw new Error('print preset expected');
    const sample = [seedSlogans[0]!, seedSlogans.at(-1)!, seedSlogans.reduce((a, b) => (b.length > a.length ? b : a))];
    let last: Buffer | undefined;
    for (const slogan of sample) {
      const { svg, layout } = await renderSvg(slogan, p, style);
      const k = W / Math.max(layout.geometry.width, layout.geometry.height);
      const w = Math.round(layout.geometry.width * k), h = Math.round(layout.geometry.height * k);
      const fromSvg = await rgb(Buffer.from(svg), w, h);
      const fromPdf = await rgb(rasterisePdf(Buffer.from(svgToPdf(svg, p.widthMm, p.heightMm, slogan)), w, h), w, h);
      expect(differing(fromSvg, fromPdf), `${id} ${style.id}: ${slogan}`).toBeLessThan(0.01);
      // The comparison can fail: another slogan's drawing is far from this one's.
      if (last) expect(differing(last, fromPdf)).toBeGreaterThan(0.03);
      last = fromPdf;
    }
  });
});

describe('md5.ts (the PDF file identifier, the same in Node and the browser)', () => {
  it('equals node:crypto at every padding boundary and on a large input', async () => {
    const { md5Hex } = await import('../../src/posters/md5.ts');
    const { createHash } = await import('node:crypto');
    for (const n of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 200_000]) {
      const b = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 255);
      expect(md5Hex(b), String(n)).toBe(createHash('md5').update(b).digest('hex'));
    }
    expect(md5Hex(new TextEncoder().encode('abc'))).toBe('900150983cd24fb0d6963f7d28e17f72'); // RFC 1321 A.5
  });
});
