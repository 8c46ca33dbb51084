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
 * and, in a text that prints its own head (official-head.ts printedHead), one line a paragraph:
 *
 *   issuer      "UỶ BAN NHÂN DÂN", "XÃ TÙNG CHÂU", "*": the left column, top
 *   motto       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
 *               "ĐẢNG CỘNG SẢN VIỆT NAM": the right column, top, beside the issuer
 *
 * Only the layout changes: every word stays, in its order.
 */
import { DOCUMENT_TYPES } from '../model/document-type.ts';

export type HeaderPart = 'number' | 'place-date' | 'title' | 'issuer' | 'motto';

/** "Số: /TTCS-TTTQ", "Số 173-HD/BTGTW", "Số:…": the word Số, then a colon, a digit, a slash or a blank. */
const NUMBER_LINE = /^Số\s*(?::|\d|\/|…|\.{3}|\s*-)/u;
/** "V/v thông tin …": a công văn's trích yếu, set under its number. */
const SUBJECT_LINE = /^V\/v\b/u;
/** "Hà Nội, ngày … tháng … năm 2024", "ngày 05 tháng 12 năm 2024" (the place may be missing). */
const PLACE_DATE = /^(?:[^\n,]{1,40},\s*)?ngày\b[^\n]*\btháng\b[^\n]*\bnăm\b[^\n]*$/u;
/** A line in capitals: letters, digits, spaces and a little punctuation, no small letter. */
const CAPITALS = /^(?=.*\p{Lu})[\p{Lu}\d\s.,\-–()&/]{2,80}$/u;
const TYPE_NAMES = Object.values(DOCUMENT_TYPES).map((t) => t.name.toLocaleUpperCase('vi'));
/** A type name line: in capitals, starting with a document type's name ("HƯỚNG DẪN", "KẾ HOẠCH TUYÊN TRUYỀN"). */
const isTypeNameLine = (line: string) =>
  CAPITALS.test(line) && TYPE_NAMES.some((name) => line === name || line.startsWith(`${name} `));
/** The national motto and its tiêu ngữ, or the Party's title, as reposts write them (Ò/OÀ, -/–, spacing). */
const MOTTO = /^(?:CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)$/iu;

/**
 * `lines`: the paragraph's text, one entry per printed line (a hard line break ends a line).
 * Undefined: a paragraph the formats do not place (it stays centred, as before).
 */
export function headerPart(lines: readonly string[]): HeaderPart | undefined {
  const all = lines.map((l) => l.trim()).filter(Boolean);
  const first = all[0] ?? '';
  if (NUMBER_LINE.test(first) || SUBJECT_LINE.test(first)) return 'number';
  if (all.length === 1 && first.length <= 80 && PLACE_DATE.test(first)) return 'place-date';
  if (isTypeNameLine(first)) return 'title';
  if (all.length > 0 && all.every((l) => MOTTO.test(l))) return 'motto';
  if (all.length > 0 && all.every((l) => l === '*' || (CAPITALS.test(l) && !MOTTO.test(l)))) return 'issuer';
  return undefined;
}

/** A "V/v" line under a number line: set smaller and regular (NĐ 30 §II.5.b). */
export const isSubjectLine = (line: string) => SUBJECT_LINE.test(line.trim());
