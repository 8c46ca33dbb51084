/**
 * Vietnamese date phrases inside citations, read into PartialDate strings.
 *
 *   "ngày 25/10/2017"               → "2017-10-25"
 *   "ngày 08-01-2020", "ngày 8.1.2020"
 *   "ngày 08 tháng 01 năm 2020"     (any white space between the parts, line breaks included)
 *   "ngày  tháng  năm 2024"         → "2024" (a clerk's blank day and month stay unknown)
 *   "ngày **31/12/2024**"           (markdown emphasis around the date is skipped)
 *   "ngày25/10/2017"                (a typing slip: no space after "ngày")
 *
 * and, for dates written without "ngày" right after a number ("18-NQ/TW (25/10/2017)",
 * "18-NQ/TW, 25/10/2017"), bare numeric dates: {@link matchNumericDate}.
 *
 * A phrase naming an impossible date ("ngày 31/02/2024") is not a date phrase at all.
 */
import { formatPartialDate, isValidDateParts, type PartialDate } from '../model/partial-date.ts';
import { caseVariants, alternation } from './patterns.ts';

export interface DateMatch {
  /** Offset of "ngày". */
  start: number;
  /** Offset just past the year (and past closing emphasis stars opened inside the phrase). */
  end: number;
  date: PartialDate;
}

const NGAY = alternation(caseVariants('ngày'));
const THANG = alternation(caseVariants('tháng'));
const NAM = alternation(caseVariants('năm'));
/** Separator of a numeric date; one optional space either side ("25/10/ 2017"). */
const SEP = '[ \\u00a0\\u2007\\u2009\\u202f]?[/.\\-–][ \\u00a0\\u2007\\u2009\\u202f]?';
/** Stars and white space; each run is followed by a digit or a literal word, so no two runs of this class are adjacent (no quadratic backtracking). */
const SP = '[\\s*]+';

const DATE_RE = new RegExp(
  `(?:${NGAY})([\\s*]*)` +
    '(?:' +
    // 1: numeric d/m/y
    `(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4})` +
    '|' +
    // 2: "08 tháng 01 năm 2020"; day and month may be left blank
    `(?:(\\d{1,2})${SP})?(?:${THANG})${SP}(?:(\\d{1,2})${SP})?(?:${NAM})${SP}(\\d{4})` +
    ')(?!\\d)',
  'uy',
);

/** A date phrase starting exactly at `pos` ("ngày …"), or undefined. */
export function matchDatePhrase(text: string, pos: number): DateMatch | undefined {
  DATE_RE.lastIndex = pos;
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const year = Number(m[4] ?? m[7]);
  const month = num(m[3] ?? m[6]);
  let day = num(m[2] ?? m[5]);
  if (month === undefined) day = undefined; // "ngày 5 tháng năm 2024": a day without its month says nothing
  if (!isValidDateParts(year, month, day)) return undefined;
  let end = pos + m[0].length;
  // Emphasis opened between "ngày" and the date ("ngày **31/12/2024**") is closed inside the span.
  const opened = (m[1]!.match(/\*/g) ?? []).length;
  while (opened > 0 && text[end] === '*' && end - (pos + m[0].length) < opened) end++;
  return { start: pos, end, date: formatPartialDate({ year, month, day }) };
}

/** A bare numeric date "25/10/2017" (also "25-10-2017", "25.10.2017") starting exactly at `pos`. */
const NUMERIC_DATE_RE = new RegExp(`(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4})(?![\\d/.\\-–]\\d|\\d)`, 'uy');

export function matchNumericDate(text: string, pos: number): DateMatch | undefined {
  NUMERIC_DATE_RE.lastIndex = pos;
  const m = NUMERIC_DATE_RE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[3]), Number(m[2]), Number(m[1])];
  if (!isValidDateParts(year, month, day)) return undefined;
  return { start: pos, end: pos + m[0].length, date: formatPartialDate({ year, month, day }) };
}
