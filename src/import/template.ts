/**
 * A template (mẫu) to fill in, not a directive: a form's year left for the office to write
 * ("………………, ngày … tháng … năm 20…", "năm học 20…-20…"). A real document may leave its number or
 * its day blank ("Số:   /KH-UBND", "ngày   tháng 12 năm 2024") but never its century's year.
 * Legal-advice sites and school portals post such forms ("Mẫu kế hoạch …"). Pure.
 */

/** "năm 20…", "năm 20..", "năm 20__", "năm học 20…-20…": a year to be filled in. */
const YEAR_BLANK = /(?<![\p{L}])năm(?:\s+học)?\s+20(?:…|\.{2,}|_{2,})/u;

export interface TemplateMark {
  /** 1-based line of the first blank year, and that line as written. */
  line: number;
  text: string;
}

export function readTemplateMark(lines: readonly string[]): TemplateMark | undefined {
  const i = lines.findIndex((l) => YEAR_BLANK.test(l));
  return i < 0 ? undefined : { line: i + 1, text: lines[i]!.trim() };
}
