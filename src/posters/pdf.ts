/**
 * A poster's SVG (as satori draws it) as a one-page vector PDF of true physical size, written
 * directly: the glyph outlines become PDF path operators in one compressed content stream.
 *
 * Why not a general SVG-to-PDF library: svg-to-pdfkit took 15–30 ms a poster (two thirds of all
 * poster time at scale — it builds a geometry object per curve segment), this takes a few ms. The
 * price is that only what satori draws for the poster template is understood: <rect> and <path>
 * with hex fill and stroke, <g>, <clipPath> of rects and paths, and the <mask>, <defs> and <title>
 * satori adds but nothing refers to. Anything else is refused with the element and attribute named,
 * so a template change that draws something new fails loudly in the tests, never silently.
 *
 * Browser-safe (the poster maker page runs this same module): no node: imports and no Buffer;
 * fflate compresses and md5.ts names the file, so Node and the browser write the same bytes.
 */
import { zlibSync } from 'fflate';
import { md5Hex } from './md5.ts';
import { parsePath, type PathOp } from './svg-path.ts';

/** Bump when the writer's output bytes change (part of every poster cache key). 2: fflate, not node:zlib. */
export const PDF_WRITER_VERSION = 2;

export class UnsupportedSvgError extends Error {}

interface SvgElement {
  name: string;
  attrs: Record<string, string>;
  /** Inside <mask>, <defs> or <clipPath>: not drawn where it stands. */
  hidden: boolean;
  /** The id of the <clipPath> it belongs to, if any. */
  clipOf?: string;
}

const ENTITY: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(?:lt|gt|amp|quot|apos);/g, (e) => ENTITY[e]!);

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*"[^"]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|([^<]+)|(<)/g;
const ATTR = /([\w:-]+)\s*=\s*"([^"]*)"/g;

/** Where each element may stand and which attributes it may have (besides those ignored). */
const ALLOWED: Record<string, readonly string[]> = {
  svg: ['width', 'height', 'viewBox', 'xmlns'],
  title: [],
  g: [],
  defs: [],
  mask: ['id'],
  clipPath: ['id'],
  rect: ['x', 'y', 'width', 'height', 'fill', 'stroke', 'stroke-width', 'clip-path'],
  // satori puts the box's width and height on a border path; they mean nothing on <path>.
  path: ['d', 'fill', 'stroke', 'stroke-width', 'clip-path', 'width', 'height'],
};
const HIDING = new Set(['mask', 'defs', 'clipPath']);

/** The elements of the SVG in document order, with what hides them. Throws on anything outside the subset. */
export function readSvg(svg: string): { width: number; height: number; elements: SvgElement[] } {
  const elements: SvgElement[] = [];
  const stack: SvgElement[] = [];
  let root: SvgElement | undefined;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(svg))) {
    const [, closing, name, attrText, selfClosing, text, stray] = m;
    if (stray) throw new UnsupportedSvgError(`malformed SVG: "<" at ${m.index}`);
    if (text !== undefined) {
      if (text.trim() && stack.at(-1)?.name !== 'title') throw new UnsupportedSvgError(`text outside <title> in the SVG: "${text.trim().slice(0, 40)}"`);
      continue;
    }
    if (!name) continue; // comment or processing instruction
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new UnsupportedSvgError(`malformed SVG: </${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const allowed = ALLOWED[name];
    if (!allowed) throw new UnsupportedSvgError(`<${name}> is not drawn by the PDF writer (only ${Object.keys(ALLOWED).join(', ')})`);
    const attrs: Record<string, string> = {};
    for (const [, k, v] of (attrText ?? '').matchAll(ATTR)) {
      if (!allowed.includes(k!)) throw new UnsupportedSvgError(`<${name} ${k}="…"> is not drawn by the PDF writer`);
      attrs[k!] = decode(v!);
    }
    const parent = stack.at(-1);
    if (!parent && name !== 'svg') throw new UnsupportedSvgError(`<${name}> outside <svg>`);
    if (parent && name === 'svg') throw new UnsupportedSvgError('nested <svg> is not drawn by the PDF writer');
    const clipOf = parent?.name === 'clipPath' ? parent.attrs.id : parent?.clipOf;
    const el: SvgElement = { name, attrs, hidden: !!parent && (parent.hidden || HIDING.has(parent.name)), clipOf };
    if (name === 'svg') root = el;
    else elements.push(el);
    if (!selfClosing) stack.push(el);
  }
  if (stack.length) throw new UnsupportedSvgError(`malformed SVG: <${stack.at(-1)!.name}> is not closed`);
  if (!root) throw new UnsupportedSvgError('no <svg> element');
  const vb = (root.attrs.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  if (vb.length !== 4 || vb[0] !== 0 || vb[1] !== 0 || !(vb[2]! > 0) || !(vb[3]! > 0)) throw new UnsupportedSvgError(`viewBox "${root.attrs.viewBox ?? ''}" must be "0 0 width height"`);
  return { width: vb[2]!, height: vb[3]!, elements };
}

/** A number as PDF writes it: at most `places` decimals, no exponent, no "-0". */
export function pdfNumber(n: number, places = 3): string {
  // toFixed writes exponents from 1e21; no poster coordinate comes near 1e15.
  if (!(Math.abs(n) < 1e15)) throw new UnsupportedSvgError(`number out of range for the PDF writer: ${n}`);
  const s = n.toFixed(places).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** "#rgb" or "#rrggbb" as PDF colour components; undefined for "none". */
function colour(value: string, what: string): string | undefined {
  if (value === 'none' || value === 'transparent') return undefined;
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (!hex) throw new UnsupportedSvgError(`${what}="${value}": only #rgb and #rrggbb colours are drawn by the PDF writer`);
  if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
  return [0, 2, 4].map((i) => pdfNumber(parseInt(hex!.slice(i, i + 2), 16) / 255, 4)).join(' ');
}

function numberAttr(el: SvgElement, name: string, fallback?: number): number {
  const v = el.attrs[name];
  if (v === undefined && fallback !== undefined) return fallback;
  const n = Number(v);
  if (v === undefined || v.trim() === '' || !Number.isFinite(n)) throw new UnsupportedSvgError(`<${el.name} ${name}="${v ?? ''}">: a plain number is needed`);
  return n;
}

function pathOps(ops: PathOp[]): string {
  const f = (n: number) => pdfNumber(n);
  return ops.map((o) => {
    switch (o.op) {
      case 'M': return `${f(o.x)} ${f(o.y)} m`;
      case 'L': return `${f(o.x)} ${f(o.y)} l`;
      case 'C': return `${f(o.x1)} ${f(o.y1)} ${f(o.x2)} ${f(o.y2)} ${f(o.x)} ${f(o.y)} c`;
      case 'Z': return 'h';
    }
  }).join('\n');
}

/** The outline of a rect or path as PDF path construction operators (SVG user units). */
function outline(el: SvgElement): string {
  if (el.name === 'rect') {
    const w = numberAttr(el, 'width'), h = numberAttr(el, 'height');
    return `${pdfNumber(numberAttr(el, 'x', 0))} ${pdfNumber(numberAttr(el, 'y', 0))} ${pdfNumber(w)} ${pdfNumber(h)} re`;
  }
  return pathOps(parsePath(el.attrs.d ?? ''));
}

/** The content stream drawing the SVG's elements in SVG user units (y down); the caller maps them to the page. */
export function svgContent(elements: SvgElement[]): string {
  const clips = new Map<string, string[]>();
  for (const el of elements) if (el.clipOf !== undefined && (el.name === 'rect' || el.name === 'path')) {
    (clips.get(el.clipOf) ?? clips.set(el.clipOf, []).get(el.clipOf)!).push(outline(el));
  }
  const out: string[] = [];
  for (const el of elements) {
    if (el.hidden || (el.name !== 'rect' && el.name !== 'path')) continue;
    const fill = colour(el.attrs.fill ?? '#000', 'fill');
    const stroke = el.attrs.stroke === undefined ? undefined : colour(el.attrs.stroke, 'stroke');
    if (!fill && !stroke) continue;
    const shape = outline(el);
    if (!shape) continue; // an empty path draws nothing (and "f" with no path is an error in PDF)
    const ops: string[] = ['q'];
    const clipRef = el.attrs['clip-path'];
    if (clipRef !== undefined) {
      const id = /^url\(#([^)]+)\)$/.exec(clipRef)?.[1];
      const clip = id === undefined ? undefined : clips.get(id);
      if (!clip) throw new UnsupportedSvgError(`clip-path="${clipRef}" names no <clipPath> of rects or paths`);
      // Several shapes in one clipPath clip to their union: one path, one W (nonzero).
      ops.push(clip.join('\n'), 'W n');
    }
    if (fill) ops.push(`${fill} rg`);
    if (stroke) ops.push(`${stroke} RG`, `${pdfNumber(numberAttr(el, 'stroke-width', 1))} w`, '4 M');
    ops.push(shape, fill && stroke ? 'B' : fill ? 'f' : 'S', 'Q');
    out.push(ops.join('\n'));
  }
  return out.join('\n');
}

const PT_PER_MM = 72 / 25.4;
/** Largest page side most PDF readers accept (Acrobat: 200 in); larger pages use /UserUnit. */
const MAX_PT = 14_400;

/** A PDF text string: UTF-16BE with its byte-order mark, in hex (any Vietnamese text survives). */
function pdfText(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** A string of code points 0–255 as its bytes (PDF syntax and content streams are Latin-1). */
function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const utf8 = new TextEncoder();

/**
 * One-page PDF 1.7 of `widthMm` × `heightMm`, the SVG's viewBox stretched over the page (the poster
 * layouts already have the page's ratio). Pages larger than 200 in use /UserUnit (PDF 1.6) so a
 * 10 m banner keeps its true size. Deterministic: the same SVG gives the same bytes.
 */
export function svgToPdf(svg: string, widthMm: number, heightMm: number, title: string): Uint8Array {
  const { width, height, elements } = readSvg(svg);
  const wPt = widthMm * PT_PER_MM, hPt = heightMm * PT_PER_MM;
  const unit = Math.max(1, Math.ceil(Math.max(wPt, hPt) / MAX_PT));
  const pageW = wPt / unit, pageH = hPt / unit;
  const content = `q\n${pdfNumber(pageW / width, 6)} 0 0 ${pdfNumber(-pageH / height, 6)} 0 ${pdfNumber(pageH, 4)} cm\n${svgContent(elements)}\nQ\n`;
  const stream = zlibSync(latin1(content));
  const titleBytes = utf8.encode(title);
  const identified = new Uint8Array(stream.length + titleBytes.length);
  identified.set(stream);
  identified.set(titleBytes, stream.length);
  const id = md5Hex(identified).toUpperCase();
  const objects: Array<string | [string, Uint8Array]> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pdfNumber(pageW, 4)} ${pdfNumber(pageH, 4)}]${unit > 1 ? ` /UserUnit ${unit}` : ''} /Resources << >> /Contents 4 0 R >>`,
    [`<< /Length ${stream.length} /Filter /FlateDecode >>`, stream],
    `<< /Title ${pdfText(title)} /Creator (chidao) /Producer (chidao) /CreationDate (D:19700101000000Z) >>`,
  ];
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n')];
  let at = parts[0]!.length;
  const offsets: number[] = [];
  const push = (b: Uint8Array) => { parts.push(b); at += b.length; };
  objects.forEach((o, i) => {
    offsets.push(at);
    if (typeof o === 'string') push(latin1(`${i + 1} 0 obj\n${o}\nendobj\n`));
    else {
      push(latin1(`${i + 1} 0 obj\n${o[0]}\nstream\n`));
      push(o[1]);
      push(latin1('\nendstream\nendobj\n'));
    }
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  push(latin1(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${at}\n%%EOF\n`));
  const out = new Uint8Array(at);
  let pos = 0;
  for (const part of parts) { out.set(part, pos); pos += part.length; }
  return out;
}
