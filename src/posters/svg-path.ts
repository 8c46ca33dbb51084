/**
 * SVG path data (the `d` attribute, SVG 1.1 §8.3 grammar) as absolute drawing operations: move,
 * line, cubic curve, close. Relative commands, H/V, the smooth forms S/T and quadratic curves are
 * resolved here, so a writer (pdf.ts) needs only the four operations PDF has. Pure.
 *
 * Elliptical arcs: a radius of 0 is a straight line and an arc to the current point is nothing
 * (SVG 1.1 §F.6.2) — satori draws square borders that way; a true arc is refused, since no poster
 * template draws one.
 */

export type PathOp =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
const TOKEN = /([MLHVCSQTAZmlhvcsqtaz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|([\s,]+)|(.)/gy;

export class PathSyntaxError extends Error {}

/** Commands with their numbers, in order (implicit repeats kept in one command's list). */
function tokens(d: string): Array<{ cmd: string; nums: number[] }> {
  const out: Array<{ cmd: string; nums: number[] }> = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(d))) {
    if (m[1]) out.push({ cmd: m[1], nums: [] });
    else if (m[2]) {
      const last = out.at(-1);
      if (!last) throw new PathSyntaxError(`path data starts with a number: "${d.slice(0, 40)}"`);
      last.nums.push(Number(m[2]));
    } else if (m[4]) throw new PathSyntaxError(`unexpected "${m[4]}" at ${m.index} in path data "${d.slice(Math.max(0, m.index - 20), m.index + 20)}"`);
  }
  return out;
}

/** Absolute M/L/C/Z operations of path data. Throws PathSyntaxError on malformed data or a true arc. */
export function parsePath(d: string): PathOp[] {
  const ops: PathOp[] = [];
  let x = 0, y = 0, startX = 0, startY = 0;
  // The last control point, for S (cubic) and T (quadratic) reflections.
  let lastCubic: [number, number] | undefined;
  let lastQuad: [number, number] | undefined;
  const quad = (qx: number, qy: number, ex: number, ey: number) => {
    ops.push({ op: 'C', x1: x + (2 / 3) * (qx - x), y1: y + (2 / 3) * (qy - y), x2: ex + (2 / 3) * (qx - ex), y2: ey + (2 / 3) * (qy - ey), x: ex, y: ey });
  };
  for (const { cmd, nums } of tokens(d)) {
    const upper = cmd.toUpperCase();
    const rel = cmd !== upper;
    const n = ARGS[upper]!;
    if (n === 0) {
      if (nums.length) throw new PathSyntaxError(`"${cmd}" takes no numbers in path data "${d.slice(0, 40)}…"`);
      ops.push({ op: 'Z' });
      x = startX; y = startY;
      lastCubic = lastQuad = undefined;
      continue;
    }
    if (nums.length === 0 || nums.length % n !== 0) throw new PathSyntaxError(`"${cmd}" needs a multiple of ${n} numbers, got ${nums.length} in path data "${d.slice(0, 40)}…"`);
    for (let i = 0; i < nums.length; i += n) {
      const a = nums.slice(i, i + n);
      const ox = rel ? x : 0, oy = rel ? y : 0;
      let cubic: [number, number] | undefined;
      let quadCtl: [number, number] | undefined;
      // After the first pair, M's extra pairs are lines (§8.3.2).
      const kind = upper === 'M' && i > 0 ? 'L' : upper;
      switch (kind) {
        case 'M':
          x = ox + a[0]!; y = oy + a[1]!; startX = x; startY = y;
          ops.push({ op: 'M', x, y });
          break;
        case 'L':
          x = ox + a[0]!; y = oy + a[1]!;
          ops.push({ op: 'L', x, y });
          break;
        case 'H':
          x = ox + a[0]!;
          ops.push({ op: 'L', x, y });
          break;
        case 'V':
          y = oy + a[0]!;
          ops.push({ op: 'L', x, y });
          break;
        case 'C': {
          const c = { op: 'C' as const, x1: ox + a[0]!, y1: oy + a[1]!, x2: ox + a[2]!, y2: oy + a[3]!, x: ox + a[4]!, y: oy + a[5]! };
          ops.push(c);
          cubic = [c.x2, c.y2]; x = c.x; y = c.y;
          break;
        }
        case 'S': {
          const [x1, y1] = lastCubic ? [2 * x - lastCubic[0], 2 * y - lastCubic[1]] : [x, y];
          const c = { op: 'C' as const, x1, y1, x2: ox + a[0]!, y2: oy + a[1]!, x: ox + a[2]!, y: oy + a[3]! };
          ops.push(c);
          cubic = [c.x2, c.y2]; x = c.x; y = c.y;
          break;
        }
        case 'Q': {
          const qx = ox + a[0]!, qy = oy + a[1]!, ex = ox + a[2]!, ey = oy + a[3]!;
          quad(qx, qy, ex, ey);
          quadCtl = [qx, qy]; x = ex; y = ey;
          break;
        }
        case 'T': {
          const [qx, qy] = lastQuad ? [2 * x - lastQuad[0], 2 * y - lastQuad[1]] : [x, y];
          const ex = ox + a[0]!, ey = oy + a[1]!;
          quad(qx, qy, ex, ey);
          quadCtl = [qx, qy]; x = ex; y = ey;
          break;
        }
        case 'A': {
          const ex = ox + a[5]!, ey = oy + a[6]!;
          if (ex === x && ey === y) break; // an arc to where it starts draws nothing
          if (a[0] === 0 || a[1] === 0) { ops.push({ op: 'L', x: ex, y: ey }); x = ex; y = ey; break; }
          throw new PathSyntaxError(`elliptical arc with radii ${a[0]},${a[1]} is not supported (path data "${d.slice(0, 40)}…")`);
        }
      }
      lastCubic = cubic;
      lastQuad = quadCtl;
    }
  }
  return ops;
}
