/**
 * A printed PDF as runs of text the way a reader sees them on the page: pdf.js text items (through
 * unpdf) grouped into lines by their baseline, and each line cut where a wide gap separates two
 * columns ("CỤC THÔNG TIN CƠ SỞ" and "Độc lập - Tự do - Hạnh phúc" on one baseline are two
 * segments). Coordinates are PDF points, origin at the bottom left of the page.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';

export interface Segment {
  text: string;
  /** Left and right edges, baseline. */
  x: number;
  right: number;
  y: number;
  fontSize: number;
}

export interface PrintedPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** Top to bottom, then left to right. */
  segments: Segment[];
}

/** Items whose baselines differ by less than this are on one line. */
const SAME_LINE = 2;
/** A horizontal gap wider than this many points separates two columns. */
const COLUMN_GAP = 12;

export async function printedPages(pdf: Uint8Array): Promise<PrintedPage[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const sizes: { width: number; height: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await doc.getPage(n)).view;
    sizes.push({ width: x1 - x0, height: y1 - y0 });
  }
  const { items } = await extractTextItems(doc);
  return items.map((pageItems, i) => {
    const lines: (typeof pageItems)[] = [];
    for (const item of [...pageItems].filter((it) => it.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x)) {
      const line = lines.find((l) => Math.abs(l[0]!.y - item.y) < SAME_LINE);
      if (line) line.push(item);
      else lines.push([item]);
    }
    const segments: Segment[] = [];
    for (const line of lines) {
      let current: Segment | undefined;
      for (const item of line.sort((a, b) => a.x - b.x)) {
        if (current && item.x - current.right <= COLUMN_GAP) {
          current.text += item.str;
          current.right = Math.max(current.right, item.x + item.width);
          current.fontSize = Math.max(current.fontSize, item.fontSize);
        } else {
          if (current) segments.push(current);
          current = { text: item.str, x: item.x, right: item.x + item.width, y: line[0]!.y, fontSize: item.fontSize };
        }
      }
      if (current) segments.push(current);
    }
    for (const s of segments) s.text = s.text.normalize('NFC').replace(/\s+/gu, ' ').trim();
    return { number: i + 1, ...sizes[i]!, segments: segments.filter((s) => s.text.length > 0) };
  });
}

export const pageText = (page: PrintedPage) => page.segments.map((s) => s.text).join('\n');
