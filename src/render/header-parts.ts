/**
 * What a paragraph of a text's own <Header> block is, so the page can set it where the official
 * formats put it (vn-documents.md §1.3; NĐ 30/2020 Phụ lục I §II.3–5; HD 36-HD/VPTW):
 *
 *   number      "Số: 112/CĐ-TTg" (with a công văn's "V/v …" lines under it): centred under the
 *               issuer, in the head's left column
 *   place-date  "Hà Nội, ngày 05 tháng 12 năm 2024": italic, centred under the motto, in the right
 *               column, on the line of the number
 *   title       "HƯỚNG DẪN" over its trích yếu: centred across the page, the type name in capitals,
 *               bold and larger
 *
 * Only the layout changes: every word stays, in its order.
 */
export type HeaderPart = 'number' | 'place-date' | 'title';

/** "Số: /TTCS-TTTQ", "Số 173-HD/BTGTW", "Số:…": the word Số, then a colon, a digit, a slash or a blank. */
const NUMBER_LINE = /^Số\s*(?::|\d|\/|…|\.{3}|\s*-)/u;
/** "V/v thông tin …": a công văn's trích yếu, set under its number. */
const SUBJECT_LINE = /^V\/v\b/u;
/** "Hà Nội, ngày … tháng … năm 2024", "ngày 05 tháng 12 năm 2024" (the place may be missing). */
const PLACE_DATE = /^(?:[^\n,]{1,40},\s*)?ngày\b[^\n]*\btháng\b[^\n]*\bnăm\b[^\n]*$/u;
/** A type name line: capitals and spaces only ("HƯỚNG DẪN", "KẾ HOẠCH", "CÔNG VĂN"). */
const TYPE_NAME = /^(?=[^\n]*\p{Lu})[\p{Lu}\s]{2,40}$/u;

/**
 * `lines`: the paragraph's text, one entry per printed line (a hard line break ends a line).
 * Undefined: a paragraph the formats do not place (it stays centred, as before).
 */
export function headerPart(lines: readonly string[]): HeaderPart | undefined {
  const first = (lines[0] ?? '').trim();
  if (NUMBER_LINE.test(first) || SUBJECT_LINE.test(first)) return 'number';
  if (lines.length === 1 && first.length <= 80 && PLACE_DATE.test(first)) return 'place-date';
  if (TYPE_NAME.test(first)) return 'title';
  return undefined;
}

/** A "V/v" line under a number line: set smaller and regular (NĐ 30 §II.5.b). */
export const isSubjectLine = (line: string) => SUBJECT_LINE.test(line.trim());
