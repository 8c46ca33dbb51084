/**
 * The poster maker page's script (bundled by bundle.ts into one classic script, fonts and
 * WebAssembly inside, so it runs from file:// too): reads the form, shows the poster as it will be
 * printed, says which characters the font lacks, and draws the PDF, SVG or PNG when a button is
 * pressed — with the build's own layout code (engine.ts). Nothing leaves the machine.
 */
import { drawPoster, lackingCharacters } from './engine.ts';
import { blobUrl, svgToPngBlob } from './raster.ts';
import { chosenPreset, CUSTOM, fileName, fromAddress, type SizeFields } from './request.ts';
import { describeChar } from '../drawable.ts';
import { isWeb } from '../preset-canvas.ts';
import { printFiles } from '../draw.ts';
import type { Preset } from '../presets.ts';
import { STYLES, type PosterStyle } from '../styles.ts';
import { sizeLabel, type LengthUnit } from '../custom-size.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Request { text: string; preset: Preset; style: PosterStyle }

function start(root: HTMLElement): void {
  const presets = JSON.parse(root.dataset.presets ?? '[]') as Preset[];
  const phrases = JSON.parse(root.dataset.phrases ?? '[]') as string[];
  const form = $<HTMLFormElement>('ap-form');
  const text = $<HTMLTextAreaElement>('ap-noi-dung');
  const kho = $<HTMLSelectElement>('ap-kho');
  const custom = $<HTMLElement>('ap-tu-chon');
  const width = $<HTMLInputElement>('ap-rong');
  const height = $<HTMLInputElement>('ap-cao');
  const unit = $<HTMLSelectElement>('ap-don-vi');
  const glyphs = $<HTMLElement>('ap-ky-tu');
  const status = $<HTMLElement>('ap-trang-thai');
  const preview = $<HTMLImageElement>('ap-xem-truoc');
  const caption = $<HTMLElement>('ap-chu-thich');
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-format]')];

  const asked = fromAddress(location.search, location.hash);
  if (asked.text) text.value = asked.text;
  if (asked.preset && [...kho.options].some((o) => o.value === asked.preset)) kho.value = asked.preset;
  const styleInput = asked.style && form.querySelector<HTMLInputElement>(`input[name="kieu"][value="${CSS.escape(asked.style)}"]`);
  if (styleInput) styleInput.checked = true;
  form.hidden = false;

  const say = (el: HTMLElement, message: string, kind: 'ok' | 'error' = 'ok') => {
    el.textContent = message;
    el.classList.toggle('loi', kind === 'error');
  };

  /** The request the form makes now, or why it cannot be drawn. */
  function current(): Request | string {
    custom.hidden = kho.value !== CUSTOM;
    const fields: SizeFields = { preset: kho.value, width: width.value, height: height.value, unit: unit.value as LengthUnit };
    const chosen = chosenPreset(fields, presets);
    if ('problem' in chosen) return chosen.problem;
    const styleId = form.querySelector<HTMLInputElement>('input[name="kieu"]:checked')?.value ?? STYLES[0]!.id;
    const style = STYLES.find((s) => s.id === styleId) ?? STYLES[0]!;
    if (!text.value.trim()) return 'Hãy gõ nội dung khẩu hiệu.';
    return { text: text.value, preset: chosen.preset, style };
  }

  function checkGlyphs(): void {
    let lacking;
    try { lacking = lackingCharacters(text.value); } catch (e) { say(glyphs, (e as Error).message, 'error'); return; }
    if (!lacking.length) { say(glyphs, ''); return; }
    const parts = lacking.map((l) => `${describeChar(l.char)}${l.drawn ? ` (vẽ thành "${l.drawn}")` : ''}`);
    const letters = lacking.some((l) => l.letter);
    say(glyphs, `Phông chữ Be Vietnam Pro không có ${parts.join(', ')}: ${letters ? 'không vẽ được áp phích này.' : 'áp phích vẽ không có ký tự này.'}`, letters ? 'error' : 'ok');
  }

  /** The request now, with the buttons that can make a file enabled (web sizes: PNG only) and why not said. */
  function refresh(): Request | string {
    const ask = current();
    const enabled = typeof ask !== 'string';
    for (const b of buttons) b.disabled = !enabled || (b.dataset.format !== 'png' && isWeb(ask.preset));
    if (!enabled) say(status, ask, text.value.trim() ? 'error' : 'ok');
    return ask;
  }

  let shown: string | undefined;
  let drawing = 0;
  let warmed = false;
  async function showPreview(): Promise<void> {
    const ask = refresh();
    if (typeof ask === 'string') return;
    const mine = ++drawing;
    try {
      const drawn = await drawPoster(ask.text, ask.preset, ask.style, phrases, false);
      if (mine !== drawing) return; // a newer change is being drawn
      if (shown) URL.revokeObjectURL(shown);
      shown = preview.src = blobUrl(drawn.svg, 'image/svg+xml');
      preview.alt = `Áp phích: ${drawn.layout.prepared.text}`;
      const { fit, geometry } = drawn.layout;
      const size = isWeb(ask.preset) ? `${ask.preset.width} × ${ask.preset.height} px` : sizeLabel(ask.preset.widthMm, ask.preset.heightMm);
      const letterCm = isWeb(ask.preset) ? '' : `, chữ cao khoảng ${String(Math.round((fit.fontSize * 0.72 * ask.preset.widthMm) / geometry.width) / 10).replace('.', ',')} cm`;
      caption.textContent = `${size}: ${fit.lines.length} dòng${letterCm}.`;
      say(status, '');
      if (!warmed && !isWeb(ask.preset)) {
        // Once, while the reader looks at the preview: run the PDF writer on it and drop the result, so
        // the first "Tải PDF" does not also pay for compiling the writer's code (up to ~250 ms cold, measured).
        warmed = true;
        const preset = ask.preset;
        setTimeout(() => { printFiles(drawn.svg, preset, drawn.layout.prepared.text); }, 0);
      }
    } catch (e) {
      if (mine === drawing) say(status, `Không vẽ được: ${(e as Error).message}`, 'error');
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    checkGlyphs();
    refresh();
    clearTimeout(timer);
    timer = setTimeout(() => void showPreview(), 150);
  };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', (e) => e.preventDefault());

  async function make(format: string): Promise<void> {
    const ask = current();
    if (typeof ask === 'string') { say(status, ask, 'error'); return; }
    const t0 = performance.now();
    const drawn = await drawPoster(ask.text, ask.preset, ask.style, phrases, format !== 'png');
    let blob: Blob;
    if (format === 'pdf' && drawn.print) blob = new Blob([drawn.print.pdf as BlobPart], { type: 'application/pdf' });
    else if (format === 'svg') blob = new Blob([drawn.print?.svg ?? drawn.svg], { type: 'image/svg+xml' });
    else blob = await svgToPngBlob(drawn.svg, drawn.layout.geometry.width, drawn.layout.geometry.height);
    const ms = performance.now() - t0;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = fileName(ask.preset, ask.style.id, format === 'pdf' || format === 'svg' ? format : 'png');
    a.hidden = true;
    root.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    status.dataset.ms = ms.toFixed(1);
    say(status, `Đã vẽ ${a.download} (${Math.max(1, Math.round(blob.size / 1024))} KB) trong ${Math.round(ms)} ms.`);
  }
  for (const b of buttons) {
    b.addEventListener('click', () => {
      make(b.dataset.format!).catch((e: Error) => say(status, `Không vẽ được: ${e.message}`, 'error'));
    });
  }

  checkGlyphs();
  void showPreview();
}

const root = document.getElementById('tao-ap-phich');
if (root) start(root);
