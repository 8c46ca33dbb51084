/**
 * Scanned PDFs and images → text by OCR with Debian's tesseract (`-l vie`), PDF pages rasterised by
 * poppler's pdftoppm at 300 dpi. Runs external programs in a private temporary folder; refuses with
 * the package to install when a tool or the Vietnamese model is missing. OCR text must be
 * proof-read: the notes say so, and the conversion is named in provenance.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportError } from '../source-text.ts';
import { finishText } from './extracted-text.ts';
import { layOutPages, type PdfPage } from './pdf-layout.ts';

export const OCR_MISSING = 'scanned PDF/image: OCR needs Debian\'s tesseract-ocr-vie (apt-get install tesseract-ocr-vie)';
const PDFTOPPM_MISSING = 'scanned PDF: rasterising its pages needs Debian\'s poppler-utils (apt-get install poppler-utils)';
/** Per program run; a page at 300 dpi takes a few seconds. */
const TIMEOUT_MS = 120_000;
const MAX_OCR_PAGES = 50;

function run(cmd: string, args: string[], timeout = TIMEOUT_MS): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout, maxBuffer: 64 * 2 ** 20, encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stderr })); else resolve({ stdout, stderr });
    });
  });
}

const missing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

/** The tesseract version ("5.3.0") when tesseract and its Vietnamese model are installed, else undefined. */
export async function tesseractVersion(): Promise<string | undefined> {
  try {
    const langs = await run('tesseract', ['--list-langs'], 20_000);
    if (!/^vie$/m.test(langs.stdout + langs.stderr)) return undefined;
    const v = await run('tesseract', ['--version'], 20_000);
    return /tesseract\s+v?([\d.]+)/i.exec(v.stdout + v.stderr)?.[1] ?? 'unknown version';
  } catch {
    return undefined;
  }
}

export interface OcrResult { text: string; conversion: string; notes: string[] }

export async function ocr(bytes: Uint8Array, kind: 'pdf' | 'image', pages = 1): Promise<OcrResult> {
  if (pages > MAX_OCR_PAGES) throw new ImportError(`scanned PDF of ${pages} pages: more than ${MAX_OCR_PAGES} to OCR at once; split it (pdfseparate, qpdf --split-pages) and import the parts`);
  const version = await tesseractVersion();
  if (!version) throw new ImportError(OCR_MISSING);
  const dir = await mkdtemp(join(tmpdir(), 'chidao-ocr-'));
  try {
    let images: string[];
    if (kind === 'pdf') {
      await writeFile(join(dir, 'in.pdf'), bytes);
      try {
        await run('pdftoppm', ['-r', '300', '-gray', '-png', '-l', String(MAX_OCR_PAGES), join(dir, 'in.pdf'), join(dir, 'page')]);
      } catch (e) {
        if (missing(e)) throw new ImportError(PDFTOPPM_MISSING);
        throw new ImportError(`scanned PDF: its pages cannot be rasterised (${firstLine((e as { stderr?: string }).stderr) || (e as Error).message})`);
      }
      images = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => pageNo(a) - pageNo(b)).map((f) => join(dir, f));
      if (!images.length) throw new ImportError('scanned PDF: no page could be rasterised');
    } else {
      await writeFile(join(dir, 'in.img'), bytes);
      images = [join(dir, 'in.img')];
    }
    const pages: PdfPage[] = [];
    for (const image of images) {
      try {
        // Words with their boxes (TSV), laid out as a PDF's text is: the two-column header rebuilt.
        const { stdout } = await run('tesseract', [image, 'stdout', '-l', 'vie', '--psm', '3', 'tsv']);
        pages.push(tsvPage(stdout));
      } catch (e) {
        if (missing(e)) throw new ImportError(OCR_MISSING);
        throw new ImportError(`${kind === 'pdf' ? 'scanned PDF' : 'image'}: OCR failed (${firstLine((e as { stderr?: string }).stderr) || (e as Error).message})`);
      }
    }
    const laid = layOutPages(pages, 1.15, false);
    const notes = [`text read by OCR (tesseract ${version}, Vietnamese model) from ${images.length} ${kind === 'pdf' ? 'page' : 'image'}${images.length > 1 ? 's' : ''}: proof-read it against the scan before publishing`];
    if (laid.twoColumnBlocks) notes.push(`${laid.twoColumnBlocks} two-column block${laid.twoColumnBlocks > 1 ? 's' : ''} (header or signature table) read as the left column, then the right column`);
    return { text: finishText(laid.text, 'OCR'), conversion: `OCR (tesseract ${version}, vie)`, notes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pageNo = (f: string) => Number(/(\d+)\.png$/.exec(f)?.[1] ?? 0);
const firstLine = (s: string | undefined) => (s ?? '').split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? '';

/**
 * tesseract's TSV (level 4: a line's box, level 5: a word's box, in pixels from the top) → words as
 * positioned items: every word of a line on the line's bottom, with a font size from the line's height
 * (a line box holds the diacritics above the capitals and the descenders: about 1.4 em).
 */
export function tsvPage(tsv: string): PdfPage {
  const items: PdfPage['items'] = [];
  let line: { bottom: number; size: number } | undefined;
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12) continue;
    const [level, left, top, width, height] = [f[0], f[6], f[7], f[8], f[9]].map(Number) as [number, number, number, number, number];
    if (level === 4) line = { bottom: top + height, size: height / 1.4 };
    else if (level === 5 && line && f.slice(11).join('\t').trim() !== '') {
      items.push({ str: f.slice(11).join('\t'), x: left, y: -line.bottom, width, fontSize: line.size });
    }
  }
  return { items };
}
