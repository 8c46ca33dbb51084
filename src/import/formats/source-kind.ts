/**
 * What kind of file a source is: by its first bytes (magic numbers, zip contents), then by its
 * extension. Pure. Kinds the importer cannot read come back with the reason and what to do.
 */
import { unzipSync } from 'fflate';
import { ImportError } from '../source-text.ts';

/** A file of a kind the importer does not read (listed as skipped, with what to do). */
export class UnsupportedSource extends ImportError {
  readonly reason: string;
  constructor(reason: string) {
    super(`not a source the importer reads: ${reason}`);
    this.name = 'UnsupportedSource';
    this.reason = reason;
  }
}

export type SourceKind =
  | { kind: 'text' | 'docx' | 'pdf' | 'html' | 'image' }
  | { kind: 'unsupported'; reason: string };

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, n: number) => String.fromCharCode(...b.subarray(0, n));

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00];
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a];

export const TEXT_EXTENSIONS = ['.txt', '.text', '.md'];
export const SOURCE_EXTENSIONS = [...TEXT_EXTENSIONS, '.docx', '.pdf', '.html', '.htm', '.png', '.jpg', '.jpeg', '.tif', '.tiff'];

const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';

/** The names inside a zip archive (nothing is decompressed); undefined when it cannot be read. */
function zipNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (f) => { names.push(f.name); return false; } });
  } catch {
    return names.length ? names : undefined;
  }
  return names;
}

/**
 * After an optional BOM and white space, does the text start like an HTML document — also after a
 * title of a few short lines that a copy put above the page's source ("Ban Tuyên giáo Trung ương:
 * Hướng dẫn …\n\n<html><head>…", the title perhaps ending in a "<br>")?
 */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = ascii(bytes, Math.min(bytes.length, 1024));
  if (bytes[0] === 0xff && bytes[1] === 0xfe || bytes[0] === 0xfe && bytes[1] === 0xff) {
    head = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, 2050));
  }
  head = head.replace(/^\uFEFF|^\xef\xbb\xbf/, '').trimStart().replace(/^<\?xml[^>]*>\s*/i, '').replace(/^(?:<!--[\s\S]*?-->\s*)+/, '');
  return /^(?:[^<\n]{1,300}(?:<br\s*\/?>)?[ \t]*\n\s*){0,3}<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i.test(head);
}

const BLOCK_TAG = /<(?:p|div|br|h[1-6]|table|tr|td|li|ul|ol|span|strong|b|em|i)[\s/>]/i;
const MARKUP = /<\/?[a-z][a-z0-9]*[\s/>]|&(?:[a-z]{2,8}|#\d{2,5});/i;

/**
 * A page's body as its CMS stores it: paragraphs in HTML tags with entities ("<p><strong>Ban
 * Tuy&ecirc;n gi&aacute;o …</strong></p>"), with no <html>/<body>, perhaps under a front matter or
 * a title. From the first line with a block tag on, at least three lines, most of them markup and
 * half of them opening with a tag.
 */
function looksLikeHtmlFragment(bytes: Uint8Array): boolean {
  const lines = new TextDecoder('utf-8').decode(bytes.subarray(0, 8192)).split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines.findIndex((l) => BLOCK_TAG.test(l));
  if (first < 0) return false;
  const rest = lines.slice(first);
  // Lines that open with a tag: a markdown text with a few inline tags (a table's "<br>") keeps its lines.
  return rest.length >= 3 && rest.filter((l) => MARKUP.test(l)).length >= 0.6 * rest.length && rest.filter((l) => l.startsWith('<')).length >= 0.5 * rest.length;
}

const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  '.doc': 'Word 97–2003 .doc: save it as .docx in Word, or convert it with `soffice --headless --convert-to docx`',
  '.rtf': 'RTF: save it as .docx, or convert it with `soffice --headless --convert-to docx`',
  '.odt': 'OpenDocument .odt: save it as .docx, or convert it with `soffice --headless --convert-to docx`',
  '.xls': 'an Excel workbook is not a directive text: copy the text into a .txt or .docx file',
  '.xlsx': 'an Excel workbook is not a directive text: copy the text into a .txt or .docx file',
  '.ppt': 'a PowerPoint file is not read: export it as PDF, or copy the text into a .txt file',
  '.pptx': 'a PowerPoint file is not read: export it as PDF, or copy the text into a .txt file',
  '.zip': 'a zip archive: unpack it and import the files inside',
  '.rar': 'a RAR archive: unpack it and import the files inside',
  '.7z': 'a 7-Zip archive: unpack it and import the files inside',
};

export function sourceKind(bytes: Uint8Array, fileName: string): SourceKind {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, OLE2)) {
    return { kind: 'unsupported', reason: ext === '.xls' ? UNSUPPORTED_EXTENSIONS['.xls']! : ext === '.ppt' ? UNSUPPORTED_EXTENSIONS['.ppt']! : UNSUPPORTED_EXTENSIONS['.doc']! };
  }
  if (startsWith(bytes, ZIP)) {
    const names = zipNames(bytes);
    if (!names) return { kind: 'unsupported', reason: `damaged zip archive${ext === '.docx' ? ' (a .docx is a zip): open and save it again in Word or LibreOffice' : ''}` };
    if (names.includes('word/document.xml')) return { kind: 'docx' };
    if (names.some((n) => n.startsWith('xl/'))) return { kind: 'unsupported', reason: UNSUPPORTED_EXTENSIONS['.xlsx']! };
    if (names.some((n) => n.startsWith('ppt/'))) return { kind: 'unsupported', reason: UNSUPPORTED_EXTENSIONS['.pptx']! };
    if (names.includes('content.xml')) return { kind: 'unsupported', reason: UNSUPPORTED_EXTENSIONS['.odt']! };
    if (ext === '.docx') return { kind: 'unsupported', reason: 'damaged .docx: the archive holds no word/document.xml; open and save it again in Word or LibreOffice' };
    return { kind: 'unsupported', reason: UNSUPPORTED_EXTENSIONS['.zip']! };
  }
  if (ascii(bytes, Math.min(bytes.length, 1024)).includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, PNG) || startsWith(bytes, JPEG) || startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) return { kind: 'image' };
  if (ascii(bytes, 5) === '{\\rtf') return { kind: 'unsupported', reason: UNSUPPORTED_EXTENSIONS['.rtf']! };
  if (looksLikeHtml(bytes) || looksLikeHtmlFragment(bytes)) return { kind: 'html' };
  if (ext === '.html' || ext === '.htm') return { kind: 'html' };
  if (TEXT_EXTENSIONS.includes(ext)) return { kind: 'text' };
  if (ext === '.docx') return { kind: 'unsupported', reason: 'damaged .docx: not a zip archive; open and save it again in Word or LibreOffice' };
  if (ext === '.pdf') return { kind: 'unsupported', reason: 'damaged PDF: no "%PDF-" signature at the start' };
  if (['.png', '.jpg', '.jpeg', '.tif', '.tiff'].includes(ext)) return { kind: 'unsupported', reason: `damaged image: the bytes are not a ${ext.slice(1).toUpperCase()} image` };
  if (UNSUPPORTED_EXTENSIONS[ext]) return { kind: 'unsupported', reason: UNSUPPORTED_EXTENSIONS[ext]! };
  return { kind: 'unsupported', reason: `"${ext || 'no extension'}" files are not read: sources are ${SOURCE_EXTENSIONS.join(' ')}` };
}
