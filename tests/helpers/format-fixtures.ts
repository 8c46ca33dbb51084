/**
 * The real texts behind tests/fixtures/formats/ and how each was laid out there (made once by
 * scripts/fixtures/make-format-fixtures.ts with LibreOffice; the tests only read the results).
 *
 * A fixture puts the lines of the text's header into a two-column table as offices type it: the
 * issuer and "Số: …" in the left cell, the motto and "<nơi>, ngày …" in the right cell. Read in
 * order, a table gives the left cell, then the right cell: `readingOrder` is the source text in
 * that order, what an extractor must give back (the words, in order).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const FORMAT_FIXTURES = join(ROOT, 'tests', 'fixtures', 'formats');

export interface FixtureSource {
  /** Fixture base name (without extension). */
  name: string;
  /** Path of the real text under ../shared. */
  source: string;
  /** 1-based line of the first header line and of the first line after the header. */
  header: { from: number; to: number };
  /** Lines before the header kept as a web page's navigation (HTML fixtures only). */
  nav?: boolean;
}

export const FIXTURE_SOURCES: FixtureSource[] = [
  { name: 'seed-000', source: 'seeds/000_bbd624f8c176dea5.txt', header: { from: 3, to: 9 } },
  { name: 'seed-001', source: 'seeds/001_79d78c7148d5feae.txt', header: { from: 3, to: 3 } },
  { name: 'rw-02', source: 'realworld/02_xa-tieuban-phobang-kh01-tuyen-truyen-bau-cu-2026.txt', header: { from: 1, to: 19 } },
  { name: 'rw-13', source: 'realworld/13_tw-btgtw-hd126-ngay-le-lon-2024-thuvienphapluat.txt', header: { from: 13, to: 23 }, nav: true },
  { name: 'rw-19', source: 'realworld/19_tinh-btgtu-hatinh-cv369-de-cuong-190-nam.txt', header: { from: 1, to: 13 } },
];

export const sourceText = (f: FixtureSource) => readFileSync(join(SHARED, f.source), 'utf8').replace(/\r\n?/g, '\n');

/** Lines of the right-hand header cell: the motto, its underline, the place and date. */
const RIGHT = /^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐẢNG CỘNG SẢN VIỆT NAM)|^[^,]{2,40}, ngày\b.*\btháng\b.*\bnăm\b/u;

export interface SplitText {
  before: string[];
  left: string[];
  right: string[];
  after: string[];
}

/** The source cut into what precedes the header, the two header cells and the rest (lines). */
export function splitHeader(f: FixtureSource, text = sourceText(f)): SplitText {
  const lines = text.split('\n');
  const before = lines.slice(0, f.header.from - 1);
  const left: string[] = [], right: string[] = [];
  let lastRight = false;
  for (const raw of lines.slice(f.header.from - 1, f.header.to - 1)) {
    const line = raw.trim();
    if (!line) continue;
    // An underline ("-------", "*") goes with the line above it.
    const isRight: boolean = RIGHT.test(line) || (/^[-*_=]+$/.test(line) && lastRight);
    (isRight ? right : left).push(line);
    lastRight = isRight;
  }
  return { before, left, right, after: lines.slice(f.header.to - 1) };
}

/** The text as a reader of the fixture sees it: before, left cell, right cell, the rest. */
export function readingOrder(f: FixtureSource): string {
  const s = splitHeader(f);
  return [...s.before, ...s.left, '', ...s.right, '', ...s.after].join('\n');
}

/** White space folded to single spaces, ends trimmed: how extracted text is compared. */
export const fold = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The words of `expected` that `actual` holds in order (greedy), and the first one it lacks. */
export function wordsInOrder(expected: string, actual: string): { found: number; total: number; firstMissing?: string } {
  const want = fold(expected).split(' ').filter(Boolean);
  const have = fold(actual).split(' ');
  let j = 0, found = 0, firstMissing: string | undefined;
  for (const w of want) {
    const k = have.indexOf(w, j);
    if (k < 0) { firstMissing ??= w; continue; }
    found++;
    j = k + 1;
  }
  return { found, total: want.length, ...(firstMissing ? { firstMissing } : {}) };
}

/** How many words of `a` and `b` match in order (longest common subsequence of the words). */
export function commonWords(a: string, b: string): number {
  const x = fold(a).split(' '), y = fold(b).split(' ');
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[y.length]!;
}
