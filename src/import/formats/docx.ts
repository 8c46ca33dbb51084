/**
 * .docx (OOXML) → text, read directly from the package. Pure.
 *
 * Paragraphs in document order, a blank line between them; a table cell by cell, row by row, each
 * cell's paragraphs on their own lines, a blank line after each row and between cells of several
 * lines (so the header table gives the issuer and "Số: …", then the motto and "<nơi>, ngày …", as
 * separate lines and blocks); <w:br/> and <w:cr/> → new
 * line, <w:tab/> → tab; list numbering rendered as Word shows it (numbering.xml); text boxes after
 * the paragraph that anchors them; footnotes and endnotes appended at the end, each marked with the
 * number its reference carries in the text ("[1]"). Deleted tracked changes and field codes are not
 * text; inserted tracked changes are. Characters (NBSP, soft hyphen, non-breaking hyphen) are kept.
 */
import { strFromU8, unzipSync } from 'fflate';
import { ImportError } from '../source-text.ts';
import { Numbering, SYMBOL_BULLETS } from './docx-numbering.ts';
import { child, parseXml, type XmlNode } from './xml-tree.ts';
import { finishText } from './extracted-text.ts';

export interface Extracted { text: string; notes: string[] }

const WHAT = 'damaged .docx';
/** Refuse to inflate more than this (a zip bomb, or not a directive). */
const MAX_PART_BYTES = 64 * 2 ** 20;

function readParts(bytes: Uint8Array): Map<string, string> {
  const wanted = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/endnotes.xml']);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted.has(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) throw new ImportError(`${WHAT}: ${f.name} would inflate to ${f.originalSize} bytes`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`${WHAT}: the zip archive cannot be read (${(e as Error).message}); open and save it again in Word or LibreOffice`);
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    try {
      parts.set(name, new TextDecoder('utf-8', { fatal: true }).decode(data));
    } catch {
      // OOXML parts may also be UTF-16 with a BOM.
      if (data[0] === 0xff && data[1] === 0xfe) parts.set(name, strFromU8(data).length ? new TextDecoder('utf-16le').decode(data) : '');
      else throw new ImportError(`${WHAT}: ${name} is not valid UTF-8`);
    }
  }
  if (!parts.has('word/document.xml')) throw new ImportError(`${WHAT}: no word/document.xml`);
  return parts;
}

/** Elements whose content is not text of the document. */
const SKIP = new Set([
  'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr', 'w:tblGrid', 'w:del', 'w:delText', 'w:instrText', 'w:delInstrText',
  'w:moveFrom', 'mc:Fallback', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr',
  'w:fldData', 'w:sdtPr', 'w:sdtEndPr', 'w:footnotePr', 'w:endnotePr', 'wp:docPr', 'a:graphicFrameLocks', 'w:lastRenderedPageBreak',
]);

type Note = { label: string; paragraphs: XmlNode[] };

class DocxWriter {
  /** Finished blocks; joined with blank lines at the end. */
  private readonly blocks: string[] = [];
  readonly notes: string[] = [];
  private readonly pendingNotes: Note[] = [];
  private footnoteCount = 0;
  private textBoxes = 0;
  private endnoteCount = 0;
  private symbols = 0;

  private readonly numbering: Numbering;
  private readonly footnotes: Map<string, XmlNode>;
  private readonly endnotes: Map<string, XmlNode>;

  constructor(numbering: Numbering, footnotes: Map<string, XmlNode>, endnotes: Map<string, XmlNode>) {
    this.numbering = numbering;
    this.footnotes = footnotes;
    this.endnotes = endnotes;
  }

  /** Body-level content: paragraphs, tables, content controls. */
  blockContent(nodes: XmlNode[], into: string[] = this.blocks, depth = 0): void {
    for (const n of nodes) {
      if (n.name === 'w:p') this.paragraph(n, into, depth);
      else if (n.name === 'w:tbl') this.table(n, into, depth);
      else if (SKIP.has(n.name) || n.name === '#text') continue;
      else this.blockContent(n.children, into, depth); // w:sdt, w:sdtContent, w:customXml, w:ins, w:body …
    }
  }

  private paragraph(p: XmlNode, into: string[], depth: number): void {
    let text = '';
    const boxes: string[] = [];
    const pPr = child(p, 'w:pPr');
    const numPr = pPr && child(pPr, 'w:numPr');
    const direct = {
      ...(numPr && child(numPr, 'w:numId') ? { numId: child(numPr, 'w:numId')!.attrs['w:val'] ?? '0' } : {}),
      ...(numPr && child(numPr, 'w:ilvl') ? { ilvl: Number(child(numPr, 'w:ilvl')!.attrs['w:val'] ?? 0) } : {}),
    };
    const list = this.numbering.listOf(direct, pPr && child(pPr, 'w:pStyle')?.attrs['w:val']);
    if (list) {
      const label = this.numbering.next(list.numId, list.ilvl);
      if (label === undefined) this.notes.push(`a list label could not be computed (list ${list.numId}, level ${list.ilvl}); the paragraph is given without it`);
      else text += label;
    }
    const inline = (nodes: XmlNode[]) => {
      for (const n of nodes) {
        switch (n.name) {
          case '#text': break; // white space between elements
          case 'w:t': text += n.children.map((c) => c.text ?? '').join(''); break;
          case 'w:tab': case 'w:ptab': text += '\t'; break;
          case 'w:br': case 'w:cr': text += '\n'; break;
          case 'w:softHyphen': text += '\u00ad'; break;
          case 'w:noBreakHyphen': text += '\u2011'; break;
          case 'w:sym': {
            const code = parseInt(n.attrs['w:char'] ?? '', 16);
            // Symbol-font characters are private-use code points: known bullets are given as the
            // character they print, others as they are (and noted).
            if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) {
              const ch = String.fromCodePoint(code);
              text += SYMBOL_BULLETS[ch] ?? ch;
              if (!SYMBOL_BULLETS[ch]) this.symbols++;
            }
            break;
          }
          case 'w:footnoteReference': case 'w:endnoteReference': {
            const foot = n.name === 'w:footnoteReference';
            const label = foot ? String(++this.footnoteCount) : romanLower(++this.endnoteCount);
            const body = (foot ? this.footnotes : this.endnotes).get(n.attrs['w:id'] ?? '');
            text += `[${label}]`;
            if (body) this.pendingNotes.push({ label, paragraphs: body.children });
            break;
          }
          case 'w:txbxContent': {
            const box: string[] = [];
            this.blockContent(n.children, box, depth + 1);
            if (box.length) boxes.push(box.join('\n\n'));
            break;
          }
          default:
            if (!SKIP.has(n.name)) inline(n.children); // w:r, w:hyperlink, w:ins, w:smartTag, w:fldSimple, mc:Choice, w:drawing …
        }
      }
    };
    inline(p.children);
    if (text.trim() !== '') into.push(text);
    if (boxes.length) { into.push(...boxes); this.textBoxes += boxes.length; }
  }

  private table(tbl: XmlNode, into: string[], depth: number): void {
    for (const tr of tbl.children.filter((c) => c.name === 'w:tr')) {
      const lines: string[] = [];
      for (const tc of tr.children.filter((c) => c.name === 'w:tc' || c.name === 'w:sdt' || c.name === 'w:customXml')) {
        const cell: string[] = [];
        this.blockContent(tc.name === 'w:tc' ? tc.children : [tc], cell, depth + 1);
        // A cell's paragraphs, one a line; a nested table inside keeps its blank lines.
        if (cell.length) lines.push(cell.join('\n'));
      }
      // Cells of a line each (a row of a data table stays one block); a cell of several lines —
      // the header's issuer or motto and date — is a block of its own, like the right column of a
      // header typed as text.
      if (lines.length) into.push(lines.join(lines.some((l) => l.includes('\n')) ? '\n\n' : '\n'));
    }
  }

  finish(): string {
    const tail: string[] = [];
    // Notes may hold notes of their own only in broken files; each note's text is read once.
    for (const note of this.pendingNotes.splice(0)) {
      const body: string[] = [];
      this.blockContent(note.paragraphs, body);
      // The note's own mark (w:footnoteRef) is not text; the space Word puts after it is dropped.
      tail.push(`[${note.label}] ${body.join('\n').trimStart()}`.trimEnd());
    }
    if (this.footnoteCount) this.notes.push(`${this.footnoteCount} footnote${this.footnoteCount > 1 ? 's' : ''} appended at the end, marked [1] …`);
    if (this.endnoteCount) this.notes.push(`${this.endnoteCount} endnote${this.endnoteCount > 1 ? 's' : ''} appended at the end, marked [i] …`);
    if (this.textBoxes) this.notes.push(`${this.textBoxes} text box${this.textBoxes > 1 ? 'es' : ''} given after the paragraph that anchors ${this.textBoxes > 1 ? 'them' : 'it'}`);
    if (this.symbols) this.notes.push(`${this.symbols} symbol-font character${this.symbols > 1 ? 's' : ''} (w:sym) given as private-use code points; check them`);
    for (const u of this.numbering.unrendered) this.notes.push(`list numbering: ${u}`);
    return [...this.blocks, ...tail].join('\n\n');
  }
}

function romanLower(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
  return s;
}

/** Notes by id (w:footnote / w:endnote), leaving out Word's separator notes. */
function notesById(xml: string | undefined, part: string, element: string): Map<string, XmlNode> {
  const map = new Map<string, XmlNode>();
  if (!xml) return map;
  const root = parseXml(xml, part, WHAT).find((n) => n.name !== '?xml' && n.name !== '#text');
  for (const n of root?.children ?? []) {
    if (n.name !== element) continue;
    const type = n.attrs['w:type'];
    if (type && type !== 'normal') continue;
    map.set(n.attrs['w:id'] ?? '', n);
  }
  return map;
}

export function readDocx(bytes: Uint8Array): Extracted {
  const parts = readParts(bytes);
  const doc = parseXml(parts.get('word/document.xml')!, 'word/document.xml', WHAT);
  const body = doc.find((n) => n.name === 'w:document')?.children.find((n) => n.name === 'w:body');
  if (!body) throw new ImportError(`${WHAT}: word/document.xml has no <w:body>`);
  const numberingXml = parts.get('word/numbering.xml');
  const stylesXml = parts.get('word/styles.xml');
  const writer = new DocxWriter(
    new Numbering(
      numberingXml ? parseXml(numberingXml, 'word/numbering.xml', WHAT) : undefined,
      stylesXml ? parseXml(stylesXml, 'word/styles.xml', WHAT) : undefined,
    ),
    notesById(parts.get('word/footnotes.xml'), 'word/footnotes.xml', 'w:footnote'),
    notesById(parts.get('word/endnotes.xml'), 'word/endnotes.xml', 'w:endnote'),
  );
  writer.blockContent(body.children);
  const text = finishText(writer.finish(), 'Word document');
  return { text, notes: writer.notes };
}
