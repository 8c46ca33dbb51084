/**
 * Word list numbering (word/numbering.xml) → the label Word shows before a paragraph ("1.", "a)",
 * "-", "•"). Counters per list and level, deeper levels restarting. Pure.
 */
import { child, children, type XmlNode } from './xml-tree.ts';

interface Level { start: number; format: string; text: string; suffix: string }

/** Symbol-font bullets (private-use code points) → the character they print. */
export const SYMBOL_BULLETS: Record<string, string> = {
  '\uf0b7': '•', '\uf0a7': '▪', '\uf0d8': '➢', '\uf076': '❖', '\uf0fc': '✓', '\uf0a8': '□', '\uf0e0': '→', '\uf02d': '-', '\uf0be': '—',
};

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
  return s;
}

function letters(n: number): string {
  // Word: a … z, aa … zz, aaa …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimal': return String(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'none': return '';
    default: return undefined;
  }
}

/** A paragraph style's list (styles.xml: w:style/w:pPr/w:numPr, inherited through w:basedOn). */
interface StyleList { numId?: string; ilvl?: number; basedOn?: string }

export class Numbering {
  private readonly styles = new Map<string, StyleList>();
  /** The level a style is tied to in numbering.xml (w:lvl/w:pStyle), for heading numbering. */
  private readonly styleLevel = new Map<string, number>();
  private readonly abstract = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();
  /** Formats met that could not be rendered, for the notes. */
  readonly unrendered = new Set<string>();

  constructor(root: XmlNode[] | undefined, stylesRoot?: XmlNode[]) {
    const styles = stylesRoot?.find((n) => n.name === 'w:styles');
    for (const st of styles ? children(styles, 'w:style') : []) {
      const numPr = child(child(st, 'w:pPr') ?? st, 'w:numPr');
      const numId = numPr && child(numPr, 'w:numId')?.attrs['w:val'];
      const ilvl = numPr && child(numPr, 'w:ilvl')?.attrs['w:val'];
      const basedOn = child(st, 'w:basedOn')?.attrs['w:val'];
      this.styles.set(st.attrs['w:styleId'] ?? '', { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}), ...(basedOn ? { basedOn } : {}) });
    }
    const numbering = root?.find((n) => n.name === 'w:numbering');
    if (!numbering) return;
    for (const a of children(numbering, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of children(a, 'w:lvl')) {
        const linked = child(l, 'w:pStyle')?.attrs['w:val'];
        if (linked) this.styleLevel.set(linked, Number(l.attrs['w:ilvl'] ?? 0));
        levels.set(Number(l.attrs['w:ilvl'] ?? 0), {
          start: Number(child(l, 'w:start')?.attrs['w:val'] ?? 1),
          format: child(l, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: child(l, 'w:lvlText')?.attrs['w:val'] ?? '',
          suffix: child(l, 'w:suff')?.attrs['w:val'] ?? 'tab',
        });
      }
      this.abstract.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of children(numbering, 'w:num')) {
      const starts = new Map<number, number>();
      for (const o of children(n, 'w:lvlOverride')) {
        const s = child(o, 'w:startOverride')?.attrs['w:val'];
        if (s !== undefined) starts.set(Number(o.attrs['w:ilvl'] ?? 0), Number(s));
      }
      this.nums.set(n.attrs['w:numId'] ?? '', { abstractId: child(n, 'w:abstractNumId')?.attrs['w:val'] ?? '', starts });
    }
  }

  /**
   * The list of a paragraph: its own w:numPr, completed by its style's (through w:basedOn); undefined
   * when it is in no list.
   */
  listOf(direct: { numId?: string; ilvl?: number }, styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    let fromStyle: StyleList = {};
    for (let id = styleId, hops = 0; id && hops < 20; hops++) {
      const st = this.styles.get(id);
      if (!st) break;
      fromStyle = { numId: fromStyle.numId ?? st.numId, ilvl: fromStyle.ilvl ?? st.ilvl };
      id = st.basedOn;
    }
    const numId = direct.numId ?? fromStyle.numId;
    if (numId === undefined) return undefined;
    const ilvl = direct.ilvl ?? fromStyle.ilvl ?? (styleId ? this.styleLevel.get(styleId) : undefined) ?? 0;
    return { numId, ilvl };
  }

  /** The label (with Word's tab or space after it) of the next paragraph of list `numId` at `ilvl`. */
  next(numId: string, ilvl: number): string | undefined {
    if (numId === '0') return ''; // numbering switched off for this paragraph
    const num = this.nums.get(numId);
    const levels = num && this.abstract.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) { this.unrendered.add(`list ${numId} level ${ilvl} not defined`); return undefined; }
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    counts.length = ilvl + 1; // deeper levels restart
    this.counters.set(numId, counts);
    let failed = false;
    let label: string;
    if (level.format === 'bullet') label = [...level.text].map((c) => SYMBOL_BULLETS[c] ?? c).join('');
    else {
      label = level.text.replace(/%([1-9])/g, (_, d: string) => {
        const l = Number(d) - 1;
        const lf = levels.get(l)?.format ?? 'decimal';
        const s = formatNumber(counts[l] ?? startOf(l), l === ilvl ? level.format : lf);
        if (s === undefined) { failed = true; this.unrendered.add(`number format "${l === ilvl ? level.format : lf}"`); return ''; }
        return s;
      });
    }
    if (failed) return undefined;
    if (label === '') return '';
    return label + (level.suffix === 'space' ? ' ' : level.suffix === 'nothing' ? '' : '\t');
  }
}
