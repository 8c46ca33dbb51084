/**
 * The search index in parts. Pagefind holds a whole index in memory while it writes it (~0.75 GB
 * per 1,000 directive pages) and has no incremental mode, so one index over 10,000 pages peaks
 * near 7 GB and is rebuilt in full after any edit. Split into parts of at most `cap` pages, each
 * part is indexed alone (memory bounded by the cap) and only when one of its pages changed; the
 * search page loads the newest part as Pagefind's primary index and merges the others.
 *
 * A part is a run of consecutive sort keys (dates), so:
 * - "newest first" across parts is the parts in order (Pagefind sorts within each part; its merged
 *   search is made to keep the part order when a sort is asked for: pagefind-merge.ts);
 * - parts are packed from the oldest key up, so a new directive (usually the newest) changes only
 *   the last part, and an edit that keeps a page's date changes only its own part.
 * Runs are cut at year boundaries where possible, then months, then days; only a single day with
 * more than `cap` pages is cut inside the day (by id).
 *
 * Pure: the search page (which lists the parts to merge) and the index writer
 * (pagefind-index.ts) compute the same parts from the same pages.
 */

export interface PartDoc {
  id: string;
  /** The page's sort key (searchRecord's SORT_KEY value: "YYYY-MM-DD", "YYYY-MM", "YYYY", "0000"). */
  key: string;
}

export interface SearchPart {
  /** Folder name under the bundle: its key range, "2019_2021-06" or "2024" (ids cut: "2024-05-01-2"). */
  name: string;
  /** Its pages' ids, oldest key first. */
  ids: string[];
}

/** Pages per part unless CHIDAO_SEARCH_PART_SIZE says otherwise (≈1.5 GB of Pagefind memory). */
export const DEFAULT_PART_SIZE = 2000;

/** CHIDAO_SEARCH_PART_SIZE as a positive integer, or the default; anything else is an error. */
export function searchPartSize(value = process.env.CHIDAO_SEARCH_PART_SIZE): number {
  if (value === undefined || value === '') return DEFAULT_PART_SIZE;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`CHIDAO_SEARCH_PART_SIZE=${value}: expected a whole number of pages ≥ 1`);
  return n;
}

/** Prefix lengths of the sort key at which runs are cut: year, month, day. */
const LEVELS = [4, 7, 10];

const byKeyThenId = (a: PartDoc, b: PartDoc) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Consecutive docs (sorted) sharing key.slice(0, n). */
function runs(docs: readonly PartDoc[], n: number): PartDoc[][] {
  const out: PartDoc[][] = [];
  for (const d of docs) {
    const last = out.at(-1);
    if (last && last[0]!.key.slice(0, n) === d.key.slice(0, n)) last.push(d);
    else out.push([d]);
  }
  return out;
}

/** Sorted docs → groups of ≤ cap, packed greedily from the first (oldest), cut at `level` or finer. */
function pack(docs: readonly PartDoc[], cap: number, level: number): PartDoc[][] {
  if (docs.length <= cap) return [[...docs]];
  if (level >= LEVELS.length) {
    const out: PartDoc[][] = [];
    for (let i = 0; i < docs.length; i += cap) out.push(docs.slice(i, i + cap));
    return out;
  }
  const out: PartDoc[][] = [];
  let current: PartDoc[] = [];
  for (const run of runs(docs, LEVELS[level]!)) {
    if (run.length > cap) {
      if (current.length) out.push(current);
      current = [];
      out.push(...pack(run, cap, level + 1));
      continue;
    }
    if (current.length + run.length > cap) {
      out.push(current);
      current = [];
    }
    current.push(...run);
  }
  if (current.length) out.push(current);
  return out;
}

const safe = (key: string) => key.replace(/[^0-9A-Za-z-]/g, '-');

/** The parts, newest first (the first is the primary index). No docs → no parts. */
export function searchParts(docs: readonly PartDoc[], cap: number): SearchPart[] {
  if (!(Number.isInteger(cap) && cap >= 1)) throw new Error(`search part size ${cap}: expected a whole number ≥ 1`);
  const ids = new Set<string>();
  for (const d of docs) {
    if (ids.has(d.id)) throw new Error(`search parts: page "${d.id}" given twice`);
    ids.add(d.id);
  }
  if (!docs.length) return [];
  const groups = pack([...docs].sort(byKeyThenId), cap, 0);
  const names = new Map<string, number>();
  const parts = groups.map((g) => {
    const lo = safe(g[0]!.key);
    const hi = safe(g.at(-1)!.key);
    const range = lo === hi ? lo : `${lo}_${hi}`;
    const seen = (names.get(range) ?? 0) + 1;
    names.set(range, seen);
    return { name: seen === 1 ? range : `${range}-${seen}`, ids: g.map((d) => d.id) };
  });
  return parts.reverse();
}
