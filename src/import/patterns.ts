/**
 * Line patterns of Vietnamese directives (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020/NĐ-CP and what
 * the seeds and web reposts actually contain). Recognisers only: nothing here changes text.
 */
import { DOCUMENT_TYPE_NAMES } from '../model/document-type.ts';
import { PARTY_MOTTO_SOURCE, STATE_MOTTO_2_SOURCE, STATE_MOTTO_SOURCE } from '../text/mottos.ts';

/** The type names in capitals, longest first ("NGHỊ QUYẾT LIÊN TỊCH" before "NGHỊ QUYẾT"), as a regular-expression alternation. */
export const TYPE_HEADINGS = DOCUMENT_TYPE_NAMES.map((n) => n.toUpperCase()).sort((a, b) => b.length - a.length).join('|');

/** "Số: /TTCS-TTTQ", "Số 36-HD/VPTW", "Số:" (blank). Group 1: the number as printed. */
/** "Số: 05/KH-UBND" — not a portal's label "Số hiệu", "Số ký hiệu 38/KH-UBND" (its attribute table). */
export const NUMBER_LINE = /^Số(?!\s*(?:hiệu|k[íý]\s*hiệu|\/\s*[Kk][íý] hiệu)(?!\p{L}))\s*:?\s*(.*)$/u;
/** "V/v thông tin, tuyên truyền …" — the trích yếu of a công văn. Group 1: the subject. */
export const SUBJECT_LINE = /^V\/v\.?\s*(.*)$/iu;
/** A weekday where a place would stand: "Thứ hai, ngày 12 tháng 01 năm 2026" is a page's date line, no header's. */
export const WEEKDAY_SOURCE = '(?:[Tt]hứ|THỨ)\\s*(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|HAI|BA|TƯ|NĂM|SÁU|BẢY|\\d)|(?:[Cc]hủ|CHỦ)\\s*(?:[Nn]hật|NHẬT)';
/** "Hà Nội, ngày 05 tháng 12 năm 2024", "Hà Nội, ngày tháng năm 2024". */
export const PLACE_DATE_LINE = new RegExp(
  `^(?!(?:${WEEKDAY_SOURCE})\\s*,)(?<place>[^,\\d]{2,60}),\\s*ngày\\s*(?<day>\\d{1,2})?\\s*tháng\\s*(?<month>\\d{1,2})?\\s*năm\\s*(?<year>\\d{4})?\\s*$`,
  'u',
);
/** A type word alone on a line in capitals: "HƯỚNG DẪN", "KẾ HOẠCH". */
export const TYPE_TITLE_LINE = new RegExp(`^(${TYPE_HEADINGS})$`, 'u');
export const KINH_GUI_LINE = /^Kính\s+gửi\s*:?\s*(.*)$/u;
export const NOI_NHAN_LINE = /^Nơi\s+nhận\s*:?\s*(.*)$/u;
export const PARTY_MOTTO = new RegExp(`^${PARTY_MOTTO_SOURCE}$`, 'u');
export const STATE_MOTTO = new RegExp(`^${STATE_MOTTO_SOURCE}$`, 'u');
export const STATE_MOTTO_2 = new RegExp(`^${STATE_MOTTO_2_SOURCE}$`, 'u');
/** Decorative lines in headers: "*", "-----", "___". */
export const RULE_LINE = /^[*\-–_=.\s]+$/u;
/**
 * A header line without the rule a Word file draws after it ("UỶ BAN NHÂN DÂN TỈNH AN GIANG******")
 * and without a web table's cell borders ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |").
 */
export const withoutDecoration = (t: string): string => t.replace(/\s*\|\s*/gu, ' ').replace(/\s*[*_=~]{2,}$/u, '').trim();
/** A line of capitals (issuer names, signature positions): letters all upper case. */
export const CAPS_LINE = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d\s.,/()&\-–]+$/u;
/** Section numbering: "I-", "II.", "1.", "1.1.", "1.1.1.", "a)", "(1)". */
export const ROMAN_HEADING = /^(?:[IVXLC]+)\s*[.\-–]\s+\S/u;
export const NUMBERED = /^(\d+(?:\.\d+){0,3})\.\s+\S/u;
/** Bullets and enumerations that start a new item, never the continuation of a sentence. */
export const ITEM_START = /^(?:[-+•–*]\s|\(?\d+[.)]\s|\(\d+\)|[a-zđ]\)\s|[IVXLC]+\s*[.\-–]\s|Nhóm\s+\d+\s*:)/u;
/** "T/M BAN THƯỜNG VỤ", "KT. BỘ TRƯỞNG": authority mark + the body or office signed for. */
export const AUTHORITY_LINE = /^(T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*(.*)$/u;
/** "Nguyễn Văn Tạo": 2–6 capitalised words, nothing else. */
export const PERSON_NAME_LINE = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
export const SIGNED_MARK_LINE = /^\(?(?:Đã\s+ký|đã\s+ký|Ký\s+bởi.*)\)?$/u;
/** Words that name slogans or banner texts; a heading needs them (isSloganHeading in layout.ts). */
export const SLOGAN_HEADING = /khẩu\s+hiệu|nội\s+dung\s+(?:các\s+)?(?:băng\s*[rz]ôn|pa[\s-]?nô|áp\s+phích|cổ\s+động)/iu;
/** Footnote text at the foot of a page: starts with a superscript number. */
export const FOOTNOTE_START = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S/u;
/** A sentence that ends: the last visible character (ignoring emphasis marks and closing quotes). */
export const ENDS_SENTENCE = /[.:;!?…]["”’)*\]]*$/u;
