/**
 * Driving the poster maker page (/ap-phich/tao/) in a browser, for Chromium (playwright-core) and
 * Firefox (puppeteer-core) alike, and the Node render it must equal.
 *
 * RECORDER is installed before the page's own script (addInitScript / evaluateOnNewDocument): it
 * notes when a download button is clicked and keeps every Blob the page makes a URL for, with the
 * time, so a test reads the file the page would download and the time from click to file ready
 * without depending on each browser's download handling.
 */
import { loadEntries } from '../../src/entry/load-entries.ts';
import { posterFonts } from '../../src/posters/fonts.ts';
import { printFiles } from '../../src/posters/draw.ts';
import { renderSvg } from '../../src/posters/render.ts';
import { isWeb } from '../../src/posters/preset-canvas.ts';
import { loadPosterConfig, type Preset } from '../../src/posters/presets.ts';
import type { PosterStyle } from '../../src/posters/styles.ts';

export const MAKER = '/ap-phich/tao/';

export const RECORDER = `(() => {
  const rec = window.__maker = { clicks: [], blobs: [] };
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('button[data-format]')) rec.clicks.push(performance.now());
  }, true);
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (b) => { if (b instanceof Blob) rec.blobs.push({ blob: b, at: performance.now() }); return create(b); };
})();`;

/** What both browsers' pages offer: evaluate a function with one serialisable argument. */
export interface Evaluating {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface Ask {
  text: string;
  /** A preset id, or a custom size in the unit given. */
  preset: string | { width: string; height: string; unit: 'cm' | 'm' };
  style: string;
}

/** Fills the form as a user would leave it, then one input event (as typing ends with): the buttons follow at once, the preview 150 ms later. */
export async function fill(page: Evaluating, ask: Ask): Promise<void> {
  await page.evaluate((a) => {
    const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
    el<HTMLTextAreaElement>('ap-noi-dung').value = a.text;
    const custom = typeof a.preset !== 'string';
    el<HTMLSelectElement>('ap-kho').value = custom ? 'tu-chon' : (a.preset as string);
    if (typeof a.preset !== 'string') {
      el<HTMLInputElement>('ap-rong').value = a.preset.width;
      el<HTMLInputElement>('ap-cao').value = a.preset.height;
      el<HTMLSelectElement>('ap-don-vi').value = a.preset.unit;
    }
    document.querySelector<HTMLInputElement>(`input[name="kieu"][value="${a.style}"]`)!.checked = true;
    el<HTMLFormElement>('ap-form').dispatchEvent(new Event('input', { bubbles: true }));
  }, ask);
}

export interface Made { bytes: Buffer; type: string; ms: number }

/** Clicks a download button and returns the file the page made and the ms from click to the file's Blob. */
export async function make(page: Evaluating, format: 'pdf' | 'svg' | 'png'): Promise<Made> {
  const r = await page.evaluate(async (f) => {
    const rec = (window as unknown as { __maker: { clicks: number[]; blobs: Array<{ blob: Blob; at: number }> } }).__maker;
    const type = f === 'pdf' ? 'application/pdf' : f === 'svg' ? 'image/svg+xml' : 'image/png';
    rec.blobs.length = 0; // keep only this click's files alive
    const before = 0;
    const button = document.querySelector<HTMLButtonElement>(`button[data-format="${f}"]`)!;
    if (button.disabled) throw new Error(`the ${f} button is disabled: ${document.getElementById('ap-trang-thai')!.textContent}`);
    button.click();
    const clickAt = rec.clicks.at(-1)!;
    for (let i = 0; i < 3000; i++) {
      const hit = rec.blobs.slice(before).find((b) => b.blob.type === type);
      if (hit) {
        const bytes = new Uint8Array(await hit.blob.arrayBuffer());
        let bin = '';
        for (let k = 0; k < bytes.length; k += 0x8000) bin += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
        return { base64: btoa(bin), type, ms: hit.at - clickAt };
      }
      const status = document.getElementById('ap-trang-thai')!;
      if (status.classList.contains('loi')) throw new Error(status.textContent ?? 'error');
      await new Promise((res) => setTimeout(res, 5));
    }
    throw new Error(`no ${f} file after 15 s`);
  }, format);
  return { bytes: Buffer.from(r.base64, 'base64'), type: r.type, ms: r.ms };
}

/** The SVG the preview shows once the form's current values are drawn (an input event starts it). */
export async function previewSvg(page: Evaluating): Promise<string> {
  return page.evaluate(async () => {
    const rec = (window as unknown as { __maker: { blobs: Array<{ blob: Blob }> } }).__maker;
    rec.blobs.length = 0;
    const before = 0;
    document.getElementById('ap-form')!.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 0; i < 3000; i++) {
      const hit = rec.blobs.slice(before).find((b) => b.blob.type === 'image/svg+xml');
      if (hit) return hit.blob.text();
      await new Promise((res) => setTimeout(res, 5));
    }
    throw new Error('no preview after 15 s');
  }, null);
}

const ROOT = process.cwd();
export const posterConfig = loadPosterConfig(ROOT);
export const seedSlogans = [...new Set(loadEntries(ROOT, 'content/directives').entries.flatMap((e) => e.data.slogans))];

/** What the build's code draws in Node: the px SVG, and for print sizes the true-size SVG and the PDF. */
export async function nodeRender(text: string, preset: Preset, style: PosterStyle): Promise<{ svg: string; print?: { svg: string; pdf: Uint8Array } }> {
  const { svg, layout } = await renderSvg(text, preset, style, posterFonts(), posterConfig.phrases);
  return isWeb(preset) ? { svg } : { svg, print: printFiles(svg, preset, layout.prepared.text) };
}

/** The page size a PDF declares, in mm (MediaBox × UserUnit). */
export function pdfPageMm(pdf: Buffer): { width: number; height: number } {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\](?: \/UserUnit (\d+))?/.exec(text);
  if (!box) throw new Error('no MediaBox');
  const unit = Number(box[3] ?? 1);
  const mm = (pt: string) => (Number(pt) * unit * 25.4) / 72;
  return { width: mm(box[1]!), height: mm(box[2]!) };
}

/** Waits until the page's script has shown the form (it is hidden without JavaScript). */
export async function ready(page: Evaluating): Promise<void> {
  await page.evaluate(async () => {
    for (let i = 0; i < 2000; i++) {
      if (!(document.getElementById('ap-form') as HTMLFormElement).hidden) return;
      await new Promise((res) => setTimeout(res, 10));
    }
    throw new Error('the maker form was not shown in 20 s: did its script run?');
  }, null);
}

export const GIO_LINH = 'Nhiệt liệt chào mừng kỷ niệm 51 năm ngày giải phóng huyện Gio Linh (1975 – 2026)';

/**
 * What every browser and way of opening the page must do alike: the 10 × 2 m banner PDF of the
 * Gio Linh text (three times: the first includes nothing but the click, the preview has drawn),
 * a 0,5 × 3 m flag's SVG and PDF in the other style, and a PNG of it; each file compared with
 * Node's. Returns the PDF times (ms, click → file) for the report, or the first difference.
 */
export async function exercise(page: Evaluating): Promise<{ pdfMs: number[]; problems: string[] }> {
  const problems: string[] = [];
  const banner = posterConfig.presets.find((p) => p.id === 'bang-ron-10x2')!;
  const { STYLES } = await import('../../src/posters/styles.ts');
  const { customPreset } = await import('../../src/posters/custom-size.ts');
  await ready(page);
  await fill(page, { text: GIO_LINH, preset: 'bang-ron-10x2', style: 'do' });
  await previewSvg(page);
  const node = await nodeRender(GIO_LINH, banner, STYLES[0]!);
  const pdfMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const pdf = await make(page, 'pdf');
    pdfMs.push(pdf.ms);
    if (!pdf.bytes.equals(Buffer.from(node.print!.pdf))) problems.push('10 × 2 m PDF differs from Node');
    const size = pdfPageMm(pdf.bytes);
    if (Math.abs(size.width - 10_000) > 0.05 || Math.abs(size.height - 2_000) > 0.05) problems.push(`10 × 2 m PDF page is ${size.width} × ${size.height} mm`);
  }
  await fill(page, { text: GIO_LINH, preset: { width: '0,5', height: '3', unit: 'm' }, style: 'trung-tinh' });
  const flag = await nodeRender(GIO_LINH, customPreset(500, 3000), STYLES[1]!);
  if ((await make(page, 'svg')).bytes.toString('utf8') !== flag.print!.svg) problems.push('0,5 × 3 m SVG differs from Node');
  if (!(await make(page, 'pdf')).bytes.equals(Buffer.from(flag.print!.pdf))) problems.push('0,5 × 3 m PDF differs from Node');
  const png = await make(page, 'png');
  const { default: sharp } = await import('sharp');
  const meta = await sharp(png.bytes).metadata();
  if (meta.width !== 400 || meta.height !== 2400) problems.push(`0,5 × 3 m PNG is ${meta.width} × ${meta.height}`);
  return { pdfMs, problems };
}

/** The three odd sizes of issue 19, as typed in the form, and their size in mm. */
export const ODD_SIZES: Array<{ typed: Exclude<Ask['preset'], string>; mm: [number, number] }> = [
  { typed: { width: '7', height: '0,8', unit: 'm' }, mm: [7000, 800] },
  { typed: { width: '0,5', height: '3', unit: 'm' }, mm: [500, 3000] },
  { typed: { width: '29,7', height: '21', unit: 'cm' }, mm: [297, 210] },
];

/**
 * Every seed slogan × every preset of the build and the three odd sizes × both styles (or only the
 * slogans and presets given; the odd sizes always): the
 * browser's files against Node's, byte for byte (print: the true-size SVG and the PDF, whose page
 * must be the size asked; web: the preview's SVG). Returns how many were compared, the slowest PDF
 * and every difference.
 */
export async function compareAll(page: Evaluating, only?: { slogans?: string[]; presetIds?: string[] }): Promise<{ compared: number; slowest: { ms: number; what: string }; problems: string[] }> {
  const { STYLES } = await import('../../src/posters/styles.ts');
  const { customPreset } = await import('../../src/posters/custom-size.ts');
  const problems: string[] = [];
  const slowest = { ms: 0, what: '' };
  let compared = 0;
  for (const text of only?.slogans ?? seedSlogans) {
    for (const style of STYLES) {
      const asks: Array<{ ask: Ask; preset: Preset }> = [
        ...posterConfig.presets.filter((p) => !only?.presetIds || only.presetIds.includes(p.id)).map((p) => ({ ask: { text, preset: p.id, style: style.id }, preset: p })),
        ...ODD_SIZES.map((o) => ({ ask: { text, preset: o.typed, style: style.id }, preset: customPreset(...o.mm) as Preset })),
      ];
      for (const { ask, preset } of asks) {
        await fill(page, ask);
        const node = await nodeRender(text, preset, style);
        const what = `${preset.id} ${style.id} "${text}"`;
        if (isWeb(preset)) {
          if ((await previewSvg(page)) !== node.svg) problems.push(`${what}: preview SVG differs`);
        } else {
          if ((await make(page, 'svg')).bytes.toString('utf8') !== node.print!.svg) problems.push(`${what}: SVG differs`);
          const pdf = await make(page, 'pdf');
          if (!pdf.bytes.equals(Buffer.from(node.print!.pdf))) problems.push(`${what}: PDF differs`);
          const size = pdfPageMm(pdf.bytes);
          if (Math.abs(size.width - preset.widthMm) + Math.abs(size.height - preset.heightMm) >= 0.05) problems.push(`${what}: PDF page ${size.width} × ${size.height} mm`);
          if (pdf.ms > slowest.ms) Object.assign(slowest, { ms: pdf.ms, what });
        }
        compared++;
      }
    }
  }
  return { compared, slowest, problems };
}
