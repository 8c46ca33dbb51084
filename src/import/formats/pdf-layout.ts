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

/**
 * A row's text: segments joined by spaces, a run of them where the gap is wide (a header typed with
 * spaces or tabs) — one space in a justified line, whose gaps are only stretched word spaces.
 */
function rowText(row: Row, justified: boolean): string {
  let out = '';
  let prev: Segment | undefined;
  for (const s of row.segments) {
    if (prev) out += justified ? ' ' : ' '.repeat(Math.min(20, Math.max(2, Math.round((s.x0 - prev.x1) / (0.25 * row.fontSize)))));
    out += s.text;
    prev = s;
  }
  return out;
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?(\d{1,4})(?:\s*[-–—])?$/iu;

export interface LaidOut { text: string; droppedPageNumbers: number; twoColumnBlocks: number }

/**
 * `columnSpacing`: how much wider than the page's usual line spacing the step to the next line of a
 * column may be (text layers give exact baselines; OCR boxes move with diacritics and descenders);
 * `sameSize`: whether a column's lines must share the font size (known in a text layer, not in OCR).
 */
export function layOutPages(pages: PdfPage[], columnSpacing = 1.05, sameSize = true): LaidOut {
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
    // A header's columns are centred in their halves (the motto always is); a justified line that
    // ends in a manual break ("- Như          trên;") spreads from margin to margin instead.
    const quarter = (maxX - minX) / 4;
    const marginToMargin = (r: Row) => r.segments[0]!.x0 - minX < 0.5 * r.fontSize && maxX - r.segments.at(-1)!.x1 < 0.5 * r.fontSize;
    const centred = (s: Segment) => Math.abs((s.x0 + s.x1) / 2 - (inLeft(s) ? minX + quarter : maxX - quarter)) < quarter / 2;
    const twoColumn = (r: Row) => r.segments.length >= 2 && r.segments.every((s) => inLeft(s) || inRight(s)) && r.segments.some(inLeft) && r.segments.some(inRight) && r.segments.some(centred) && !marginToMargin(r);
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
      if (!twoColumn(r)) { emit(rowText(r, marginToMargin(r)), r.y); i++; continue; }
      // Two columns: this row and the rows that continue either column closely below it — at the
      // column's own line spacing and in its font size (a paragraph after the table is further
      // down, or set in the body's size).
      const left: string[] = [], right: string[] = [];
      const col = { left: { y: Infinity, step: 0 }, right: { y: Infinity, step: 0 } };
      const size = r.fontSize;
      const continues = (c: { y: number; step: number }, row: Row) => {
        if (c.y === Infinity) return false;
        if (sameSize && Math.abs(row.fontSize - size) > 0.05 * size) return false;
        const step = c.y - row.y;
        return step > 0 && step <= columnSpacing * (c.step || lineStep) + 0.5;
      };
      const advance = (c: { y: number; step: number }, y: number) => { if (c.y !== Infinity) c.step = c.y - y; c.y = y; };
      let j = i;
      for (; j < rows.length; j++) {
        const row = rows[j]!;
        const onlyLeft = row.segments.every(inLeft) && !row.segments.some(inRight);
        const onlyRight = row.segments.every(inRight) && !row.segments.some(inLeft);
        if (twoColumn(row)) {
          if (j > i && !continues(col.left.y < col.right.y ? col.left : col.right, row)) break;
          left.push(row.segments.filter(inLeft).map((s) => s.text).join(' '));
          right.push(row.segments.filter((s) => !inLeft(s)).map((s) => s.text).join(' '));
          advance(col.left, row.y);
          advance(col.right, row.y);
        } else if (onlyLeft && continues(col.left, row)) {
          left.push(row.segments.map((s) => s.text).join(' '));
          advance(col.left, row.y);
        } else if (onlyRight && continues(col.right, row)) {
          right.push(row.segments.map((s) => s.text).join(' '));
          advance(col.right, row.y);
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
