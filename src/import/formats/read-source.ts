/**
 * Bytes of any source file the importer accepts → the text it imports, with how it was obtained.
 * The kind is told by the first bytes, then the extension (source-kind.ts); each format has its own
 * small module. Anything else is refused with an ImportError naming what to do.
 */
import { ImportError } from '../source-text.ts';
import { readPlainText } from './plain-text.ts';
import { sourceKind, UnsupportedSource } from './source-kind.ts';
import { readDocx } from './docx.ts';
import { pdfText, readPdfItems } from './pdf.ts';
import { htmlText } from './html.ts';
import { ocr } from './ocr.ts';

export interface SourceText {
  text: string;
  format: 'text' | 'docx' | 'pdf' | 'html' | 'ocr';
  /** A conversion applied to reach Unicode text, named ("windows-1258 → Unicode", "OCR (tesseract 5.3.0, vie)"). */
  conversion?: string;
  /** What the reader did that a reviewer should know (footnotes moved, page numbers dropped, OCR). */
  notes: string[];
  /** A saved web page's own address (its canonical link, og:url or "saved from" mark). */
  url?: string;
}

/** A PDF whose pages mostly carry no text is a scan. */
const SCANNED_SHARE = 0.5;

export async function readSource(bytes: Uint8Array, fileName: string): Promise<SourceText> {
  if (bytes.length === 0) throw new ImportError('empty file');
  const kind = sourceKind(bytes, fileName);
  switch (kind.kind) {
    case 'unsupported': throw new UnsupportedSource(kind.reason);
    case 'text': {
      const plain = readPlainText(bytes);
      return { text: plain.text, format: 'text', ...(plain.conversion ? { conversion: plain.conversion } : {}), notes: [] };
    }
    case 'docx': return { ...readDocx(bytes), format: 'docx' };
    case 'html': {
      const page = htmlText(bytes);
      const conversion = page.charset === 'utf-8' || page.charset.startsWith('utf-16') ? undefined : `${page.charset} → Unicode`;
      return { text: page.text, format: 'html', ...(conversion ? { conversion } : {}), notes: page.notes, ...(page.url ? { url: page.url } : {}) };
    }
    case 'pdf': {
      const pdf = await readPdfItems(bytes);
      if (pdf.pagesWithoutText.length > pdf.pages.length * SCANNED_SHARE) {
        const r = await ocr(bytes, 'pdf', pdf.pages.length);
        return { text: r.text, format: 'ocr', conversion: r.conversion, notes: ['the PDF has no text layer (a scan)', ...r.notes] };
      }
      return { ...pdfText(pdf), format: 'pdf' };
    }
    case 'image': {
      const r = await ocr(bytes, 'image');
      return { text: r.text, format: 'ocr', conversion: r.conversion, notes: r.notes };
    }
  }
}
