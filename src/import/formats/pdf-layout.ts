/**
 * Positioned text items of PDF pages → lines in reading order. Pure.
 *
 * Items are grouped into rows by their baseline and sorted left to right; a small gap between
 * items is a space, a wide gap a run of spaces. Where rows hold text in both halves of the text
 * area — the two-column header (issuer and "Số: …" left, motto and "<nơi>, ngày …" right) or a
 * signature table — the rows are read as two columns: the left column's lines, a blank line, the
 * right column's lines. A vertical gap clearly wider than the page's usual line spacing is a blank
 * line (a new paragraph). A row alone at the top or bottom of a page holding just that page's
 * number is dropped (and counted). Hyphens at line ends are kept as printed.
 */

export interface PdfItem {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPage { items: PdfItem[] }

interface Segment { x0: number; x1: number; text: string }
interface Row { y: number; fontSize: number; segments: Segment[] }

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)]! : 0; };

/** Items on one baseline (within a third of the font size), left to right, as segments split at wide gaps. */
function rowsOf(items: PdfItem[]): Row[] {
  const visible = items.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y) && Number.isFinite(i.width));
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; fontSize: number; items: PdfItem[] }[] = [];
  for (const it of visible) {
    const size = Math.abs(it.fontSize) || 10;
    const row = rows.find((r) => Math.abs(r.y - it.y) <= Math.max(size, r.fontSize) / 3);
    if (row) { row.items.push(it); row.fontSize = Math.max(row.fontSize, size); } else rows.push({ y: it.y, fontSize: size, items: [it] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    const its = r.items.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    let cur: Segment | undefined;
    for (const it of its) {
      const x1 = it.x + Math.max(0, it.width);
      if (!cur) { cur = { x0: it.x, x1, text: it.str }; continue; }
      const gap = it.x - cur.x1;
      if (gap > 1.5 * r.fontSize) { segments.push(cur); cur = { x0: it.x, x1, text: it.str }; continue; }
      const needsSpace = gap > 0.15 * r.fontSize && !/\s$/.test(cur.text) && !/^\s/.test(it.str);
      cur.text += (needsSpace ? ' ' : '') + it.str;
      cur.x1 = Math.max(cur.x1, x1);
    }
    if (cur) segments.push(cur);
    for (const s of segments) s.text = s.text.replace(/\s+$/, '').replace(/^\s+/, '');
    return { y: r.y, fontSize: r.fontSize, segments };
  });
}

/** A row's text: segments joined by spaces, a run of them where the gap is wide. */
function rowText(row: Row): string {
  let out = '';
  let prev: Segment | undefined;
  for (const s of row.segments) {
    if (prev) out += ' '.repeat(Math.min(20, Math.max(2, Math.round((s.x0 - prev.x1) / (0.25 * row.fontSize)))));
    out += s.text;
    prev = s;
  }
  return out;
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?(\d{1,4})(?:\s*[-–—])?$/iu;

export interface LaidOut { text: string; droppedPageNumbers: number; twoColumnBlocks: number }

/**
 * `columnSpacing`: how much wider than the page's usual line spacing the step to the next line of a
 * column may be (text layers give exact baselines; OCR boxes move with diacritics and descenders).
 */
export function layOutPages(pages: PdfPage[], columnSpacing = 1.05): LaidOut {
  const out: string[] = [];
  let dropped = 0, blocks = 0;
  pages.forEach((page, index) => {
    let rows = rowsOf(page.items);
    // Page numbers: the first or last row, alone, printing this page's number.
    const isPageNumber = (r: Row | undefined) => {
      if (!r || r.segments.length !== 1) return false;
      const m = PAGE_NUMBER.exec(r.segments[0]!.text.trim());
      return !!m && Number(m[1]) === index + 1;
    };
    if (rows.length > 1 && isPageNumber(rows.at(-1))) { rows = rows.slice(0, -1); dropped++; }
    else if (rows.length > 1 && isPageNumber(rows[0])) { rows = rows.slice(1); dropped++; }
    if (!rows.length) return;

    const minX = Math.min(...rows.flatMap((r) => r.segments.map((s) => s.x0)));
    const maxX = Math.max(...rows.flatMap((r) => r.segments.map((s) => s.x1)));
    const mid = (minX + maxX) / 2;
    const slack = (maxX - minX) * 0.03;
    const inLeft = (s: Segment) => s.x1 <= mid + slack;
    const inRight = (s: Segment) => s.x0 >= mid - slack;
    const twoColumn = (r: Row) => r.segments.length >= 2 && r.segments.every((s) => inLeft(s) || inRight(s)) && r.segments.some(inLeft) && r.segments.some(inRight);
    const steps = rows.slice(1).map((r, i) => rows[i]!.y - r.y).filter((d) => d > 0);
    const lineStep = median(steps) || 1.2 * (rows[0]?.fontSize ?? 12);

    const lines: string[] = [];
    let prevY: number | undefined;
    const emit = (text: string, y: number) => {
      if (prevY !== undefined && prevY - y > 1.25 * lineStep) lines.push('');
      lines.push(text);
      prevY = y;
    };
    for (let i = 0; i < rows.length;) {
      const r = rows[i]!;
      if (!twoColumn(r)) { emit(rowText(r), r.y); i++; continue; }
      // Two columns: this row and the rows that continue either column closely below it.
      const left: string[] = [], right: string[] = [];
      let leftY = Infinity, rightY = Infinity, j = i;
      // A column goes on only with the next line at single spacing (a paragraph after the table is further).
      const close = (colY: number, y: number) => colY === Infinity || colY - y <= columnSpacing * lineStep + 0.5;
      for (; j < rows.length; j++) {
        const row = rows[j]!;
        const both = twoColumn(row);
        const onlyLeft = row.segments.every(inLeft) && !row.segments.some(inRight);
        const onlyRight = row.segments.every(inRight) && !row.segments.some(inLeft);
        if (both) {
          if (j > i && !close(Math.min(leftY, rightY), row.y)) break;
          left.push(row.segments.filter(inLeft).map((s) => s.text).join(' '));
          right.push(row.segments.filter((s) => !inLeft(s)).map((s) => s.text).join(' '));
          leftY = rightY = row.y;
        } else if (onlyLeft && close(leftY, row.y) && leftY !== Infinity) {
          left.push(row.segments.map((s) => s.text).join(' ')); leftY = row.y;
        } else if (onlyRight && close(rightY, row.y) && rightY !== Infinity) {
          right.push(row.segments.map((s) => s.text).join(' ')); rightY = row.y;
        } else break;
      }
      blocks++;
      if (prevY !== undefined && prevY - r.y > 1.25 * lineStep) lines.push('');
      lines.push(...left, '', ...right, '');
      prevY = undefined; // a blank line already follows the block
      i = j;
    }
    out.push(lines.join('\n'));
  });
  return { text: out.join('\n'), droppedPageNumbers: dropped, twoColumnBlocks: blocks };
}
