/**
 * Fitting a slogan to a poster's safe area: the largest font size at which its units (words, or
 * fixed phrases joined by no-break spaces) can be cut into at most `maxLines` lines that fit the
 * width and whose stacked line boxes fit the height. Lines are chosen here, not by satori's
 * wrapping, so they are known, testable, and never split a unit. Pure given a measure function.
 */
import type { Font as Face } from 'fontkitten';

/** Width of a string in em (advance widths; HarfBuzz kerning only narrows bold caps slightly). */
export type Measure = (s: string) => number;

export function faceMeasure(face: Face): Measure {
  const upm = face.unitsPerEm;
  const memo = new Map<string, number>();
  return (s) => {
    let w = memo.get(s);
    if (w === undefined) {
      w = 0;
      for (const g of face.glyphsForString(s.normalize('NFC'))) w += g.advanceWidth;
      w /= upm;
      memo.set(s, w);
    }
    return w;
  };
}

/** Highest and lowest ink of the characters of `text`, in em above/below the baseline. */
export function inkExtent(face: Face, text: string): { top: number; bottom: number } {
  let top = 0, bottom = 0;
  for (const ch of new Set(text.normalize('NFC'))) {
    if (!ch.trim()) continue;
    const b = face.glyphForCodePoint(ch.codePointAt(0)!).bbox;
    top = Math.max(top, b.maxY);
    bottom = Math.min(bottom, b.minY);
  }
  return { top: top / face.unitsPerEm, bottom: bottom / face.unitsPerEm };
}

export interface FitBox {
  width: number;
  height: number;
}

export interface FitOptions {
  maxLines: number;
  /** Line box height in em. 1.3 keeps the dot below of one line clear of the next line's stacked marks. */
  lineHeight: number;
  /** Room kept free of ink as a fraction of each line's width (kerning, rounding). */
  slack?: number;
  /** Largest font size allowed (px of the layout canvas). */
  maxFontSize?: number;
}

export interface FitResult {
  fontSize: number;
  /** Line box height in em (as given). */
  lineHeight: number;
  lines: string[];
  /** Widest line in em. */
  widthEm: number;
}

/**
 * Cuts units into exactly k lines minimising the widest line (dynamic programming, n ≤ ~50).
 * Returns the cut positions and the widest line's width in em.
 */
function bestPartition(widths: number[], space: number, k: number): { breaks: number[]; max: number } {
  const n = widths.length;
  const prefix = [0];
  for (const w of widths) prefix.push(prefix[prefix.length - 1]! + w);
  const lineW = (i: number, j: number) => prefix[j]! - prefix[i]! + (j - i - 1) * space; // units i..j-1
  // best[m][j]: min over cuts of max line width, first j units in m lines.
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let m = 1; m <= k; m++) {
    for (let j = m; j <= n; j++) {
      for (let i = m - 1; i < j; i++) {
        const v = Math.max(best[m - 1]![i]!, lineW(i, j));
        // Ties: prefer the later cut (longer lines first reads better: a short last line is rarer).
        if (v < best[m]![j]! - 1e-9 || (Math.abs(v - best[m]![j]!) <= 1e-9 && i > from[m]![j]!)) {
          best[m]![j] = v;
          from[m]![j] = i;
        }
      }
    }
  }
  const breaks: number[] = [];
  let j = n;
  for (let m = k; m > 0; m--) {
    breaks.unshift(j);
    j = from[m]![j]!;
  }
  return { breaks, max: best[k]![n]! };
}

export function fitText(units: string[], measure: Measure, box: FitBox, opts: FitOptions): FitResult {
  if (!units.length) throw new Error('fitText: empty text');
  const slack = opts.slack ?? 0.03;
  const widths = units.map(measure);
  const space = measure(' ');
  let best: FitResult | undefined;
  for (let k = 1; k <= Math.min(opts.maxLines, units.length); k++) {
    const { breaks, max } = bestPartition(widths, space, k);
    const size = Math.min((box.width * (1 - slack)) / max, box.height / (k * opts.lineHeight), opts.maxFontSize ?? Infinity);
    // Strictly larger only: at equal size fewer lines win.
    if (!best || size > best.fontSize * 1.0001) {
      const lines: string[] = [];
      let start = 0;
      for (const end of breaks) {
        lines.push(units.slice(start, end).join(' '));
        start = end;
      }
      best = { fontSize: size, lineHeight: opts.lineHeight, lines, widthEm: max };
    }
  }
  // Whole pixels down (satori rounds line heights); never 0.
  best!.fontSize = Math.max(1, Math.floor(best!.fontSize * 100) / 100);
  return best!;
}
