/**
 * Party terms (khóa). Party documents are numbered afresh in every term of the issuing committee
 * (vn-documents.md §1.3: "trong một nhiệm kỳ cấp ủy"), so a Party number without a date is
 * identified by its term. For the Central Committee (…/TW) the term runs from the close of one
 * National Congress to the close of the next; the table holds each congress's closing day.
 * Local committees (Tỉnh ủy, Đảng ủy xã) have their own congress dates, unknown here: their
 * terms are only ever taken from the text ("khóa XII"), never derived from a date.
 */
import type { PartialDate } from './partial-date.ts';

/** [term, first day] — the closing day of the National Congress that elected it. */
const CENTRAL_TERMS: readonly (readonly [string, string])[] = [
  ['VII', '1991-06-27'],
  ['VIII', '1996-07-01'],
  ['IX', '2001-04-22'],
  ['X', '2006-04-25'],
  ['XI', '2011-01-19'],
  ['XII', '2016-01-28'],
  ['XIII', '2021-02-01'],
  ['XIV', '2026-01-23'],
];

/**
 * The central term a full date falls in; undefined for a partial date that straddles a
 * congress (e.g. "2021" or "2021-01"), and for dates before the table.
 */
export function centralTermOf(date: PartialDate | undefined): string | undefined {
  if (!date) return undefined;
  const first = termAt(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  const last = termAt(date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);
  return first === last ? first : undefined;
}

function termAt(day: string): string | undefined {
  let term: string | undefined;
  for (const [name, from] of CENTRAL_TERMS) if (from <= day) term = name;
  return term;
}

/** "khóa XII", "Khoá xii", "XII" → "XII"; anything else → undefined. */
export function normaliseTerm(s: string | undefined): string | undefined {
  const m = s ? /([IVXLC]+)\s*$/i.exec(s.trim()) : null;
  return m ? m[1]!.toUpperCase() : undefined;
}
