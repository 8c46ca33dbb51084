/**
 * The head of the official document, as the formats lay it out (vn-documents.md §1.3):
 *
 *   Party:  TỈNH ỦY CAO BẰNG              ĐẢNG CỘNG SẢN VIỆT NAM
 *           BAN TUYÊN GIÁO                ───────────────
 *                 *                       Cao Bằng, ngày … tháng … năm 2024
 *           Số 173-HD/BTGTW
 *   State:  BỘ THÔNG TIN VÀ TRUYỀN THÔNG  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *           CỤC THÔNG TIN CƠ SỞ           Độc lập - Tự do - Hạnh phúc
 *           Số: …/TTCS-TTTQ               Hà Nội, ngày … tháng … năm 2024
 *
 * Built from the metadata, for what the copied text lost (most reposts drop the two columns).
 * Lines the text itself prints in its header (its "Số:" line, its place-and-date line) are left
 * to the text and not repeated here, so no line appears twice and the text stays whole, in order.
 * Unknown parts stay visibly blank, never guessed.
 */
import type { Directive } from '../model/directive.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { foldWhitespace } from '../text/fold.ts';
import { PARTY_MOTTO_SOURCE, STATE_MOTTO_SOURCE } from '../text/mottos.ts';

export interface OfficialHead {
  system: 'party' | 'state' | 'unknown';
  /** Top left, top to bottom: parent body, issuer (bold), and for Party documents "*". */
  parent?: string;
  issuer?: string;
  star: boolean;
  /** "Số 173-HD/BTGTW" / "Số: 112/CĐ-TTg"; undefined when the text prints it or it is unknown. */
  numberLine?: string;
  /** "ĐẢNG CỘNG SẢN VIỆT NAM" or the two lines of the national motto. */
  motto: string[];
  /** "Hà Nội, ngày … tháng … năm 2024"; undefined when the text prints it or nothing is known. */
  placeDate?: string;
  /**
   * The text prints its own head (motto, number or date line): the page shows that, not a second
   * head rebuilt from the metadata (a portal copy or a Word file keeps its header).
   */
  printedHead: boolean;
}

const PRINTED_MOTTO = new RegExp(`${PARTY_MOTTO_SOURCE}|${STATE_MOTTO_SOURCE}`, 'iu');

const upper = (s: string) => s.toLocaleUpperCase('vi');
const BLANK = '…';

/** "ngày 05 tháng 12 năm 2024", "ngày … tháng … năm 2024": blanks for what the document left blank. */
export function officialDate(date: string | undefined): string | undefined {
  const p = date ? parsePartialDate(date) : undefined;
  if (!p) return undefined;
  const two = (n: number | undefined) => (n === undefined ? BLANK : String(n).padStart(2, '0'));
  return `ngày ${two(p.day)} tháng ${two(p.month)} năm ${p.year}`;
}

/** The issuer's own name without its parent's name at the end ("Ban Tuyên giáo Tỉnh ủy Cao Bằng" − "Tỉnh ủy Cao Bằng"). */
function ownName(name: string, parent: string | undefined): string {
  if (parent && name.endsWith(` ${parent}`) && name.length > parent.length + 1) return name.slice(0, -parent.length - 1);
  return name;
}

/** `headerText`: the text of the entry's <Header> block, if it has one. */
export function officialHead(d: Pick<Directive, 'system' | 'issuer' | 'number' | 'place' | 'date'>, headerText = ''): OfficialHead {
  const system = d.system === 'party' ? 'party' : d.system === 'state' ? 'state' : 'unknown';
  const printedHeader = foldWhitespace(headerText);
  const head: OfficialHead = {
    printedHead: PRINTED_MOTTO.test(printedHeader) && (/(?:^|\s)Số\s*:?\s*\S/u.test(printedHeader) || /ngày\s.*tháng\s.*năm/u.test(printedHeader)),
    system,
    star: system === 'party',
    motto: system === 'party' ? ['ĐẢNG CỘNG SẢN VIỆT NAM'] : system === 'state' ? ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] : [],
  };
  if (d.issuer) {
    if (d.issuer.parent) head.parent = upper(d.issuer.parent);
    head.issuer = upper(ownName(d.issuer.name, d.issuer.parent));
  }
  const printed = d.number?.printed;
  if (printed && !/(?:^|\s)Số\s*:/u.test(printedHeader)) {
    head.numberLine = system === 'party' ? `Số ${/^\d/.test(printed) ? printed : `${BLANK}${printed}`}` : `Số: ${/^\d/.test(printed) ? printed : `${BLANK}${printed}`}`;
  }
  const date = officialDate(d.date);
  if ((date || d.place) && !/ngày\s.*tháng\s.*năm\s*\d{4}/u.test(printedHeader)) {
    head.placeDate = `${d.place ? `${d.place}, ` : ''}${date ?? `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`}`;
  }
  return head;
}
