/**
 * .pdf with a text layer → text (pdf.js through unpdf: positioned text items, laid out by
 * pdf-layout.ts). A PDF whose pages carry (almost) no text is a scan: `hasTextLayer` says so and the
 * caller sends it to OCR. Damaged or password-protected PDFs are refused with the reason.
 */
import { getDocumentProxy } from 'unpdf';
import { ImportError } from '../source-text.ts';
import { layOutPages, type PdfPage } from './pdf-layout.ts';
import { finishText } from './extracted-text.ts';

export interface PdfText { pages: PdfPage[]; pagesWithoutText: number[] }

interface TextItemLike { str?: string; transform?: number[]; width?: number; height?: number }

/** Fewer visible characters than this on a page: the page has no text layer (a scan, or blank). */
const MIN_PAGE_CHARACTERS = 8;
/** Refuse PDFs with more pages than a directive could have (and the time they would take). */
const MAX_PAGES = 500;

export async function readPdfItems(bytes: Uint8Array): Promise<PdfText> {
  let doc;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false });
  } catch (e) {
    const name = (e as Error)?.name ?? '';
    if (name === 'PasswordException') throw new ImportError('password-protected PDF: remove the password (print to PDF, or `qpdf --decrypt`) and import it again');
    throw new ImportError(`damaged PDF: ${(e as Error)?.message ?? e}`);
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new ImportError(`PDF of ${doc.numPages} pages: more than ${MAX_PAGES}, not a directive`);
    const pages: PdfPage[] = [];
    const pagesWithoutText: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let items: TextItemLike[];
      try {
        const page = await doc.getPage(n);
        items = (await page.getTextContent()).items as TextItemLike[];
        page.cleanup();
      } catch (e) {
        throw new ImportError(`damaged PDF: page ${n} cannot be read (${(e as Error)?.message ?? e})`);
      }
      const pageItems = items
        .filter((i) => typeof i.str === 'string' && Array.isArray(i.transform))
        .map((i) => {
          const [a = 0, b = 0, , , e = 0, f = 0] = i.transform!;
          return { str: i.str!, x: e, y: f, width: i.width ?? 0, fontSize: Math.hypot(a, b) || i.height || 10 };
        });
      if (pageItems.reduce((k, i) => k + i.str.replace(/\s/gu, '').length, 0) < MIN_PAGE_CHARACTERS) pagesWithoutText.push(n);
      pages.push({ items: pageItems });
    }
    return { pages, pagesWithoutText };
  } finally {
    await doc.loadingTask?.destroy?.().catch?.(() => {});
  }
}

export function pdfText(pdf: PdfText): { text: string; notes: string[] } {
  const laid = layOutPages(pdf.pages);
  const notes: string[] = [];
  if (laid.twoColumnBlocks) notes.push(`${laid.twoColumnBlocks} two-column block${laid.twoColumnBlocks > 1 ? 's' : ''} (header or signature table) read as the left column, then the right column`);
  if (laid.droppedPageNumbers) notes.push(`${laid.droppedPageNumbers} page number${laid.droppedPageNumbers > 1 ? 's' : ''} (a row holding only the page's number at its top or bottom) left out`);
  if (pdf.pagesWithoutText.length && pdf.pagesWithoutText.length < pdf.pages.length) {
    notes.push(`page${pdf.pagesWithoutText.length > 1 ? 's' : ''} ${pdf.pagesWithoutText.join(', ')} carr${pdf.pagesWithoutText.length > 1 ? 'y' : 'ies'} no text layer (blank or scanned): any text on ${pdf.pagesWithoutText.length > 1 ? 'them' : 'it'} is missing`);
  }
  return { text: finishText(laid.text, 'PDF'), notes };
}
