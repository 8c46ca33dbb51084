/**
 * Name-only references: a capitalised type word followed by the meeting that adopted the
 * document, with no number.
 *
 *   Nghị quyết Đại hội XIII                      Nghị quyết Đại hội lần thứ XIII
 *   Nghị quyết Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X
 *   Kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng
 *   Nghị quyết Hội nghị Trung ương 4             Nghị quyết Trung ương 4 / Trung ương lần thứ tư
 *   Nghị quyết TW 4, Nghị quyết TW4
 *   Thông báo Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng
 *   nghị quyết Đại hội XIII                      (lower case: only "nghị quyết"; "kết luận", "thông báo",
 *                                                "hướng dẫn" are also verbs: "Hội nghị kết luận …")
 *
 * Without the type word ("Hội nghị Trung ương 10", "Đại hội XIV của Đảng") it is an event, not a
 * document, and is not matched. Without an ordinal ("nghị quyết đại hội đảng bộ các cấp") it is
 * generic and is not matched either. The "khóa …" and "của …" that follow are read by readTail.
 *
 * Numbered short names ("Nghị quyết 18", "Chỉ thị 05") are read with SEQ_NAME_BEFORE and SEQ_NAME_AFTER, below.
 */
import { alternation, caseVariants, GAP, ROMAN, WORD_END } from './patterns.ts';
import { DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES } from '../model/document-type.ts';

const cap = (phrase: string) => alternation(caseVariants(phrase, { lower: false }));

const DAI_HOI = cap('đại hội');
const HOI_NGHI = cap('hội nghị');
const TRUNG_UONG = cap('trung ương');
/** "Trung ương 4", "TW 4", "TW4", "TƯ 4". */
const TRUNG_UONG_N = `(?:(?:${TRUNG_UONG})${GAP}+|(?:TW|TƯ|T\\.Ư)${GAP}?)\\d{1,2}${WORD_END}`;
const LAN_THU = alternation(caseVariants('lần thứ'));
/** "Ban Chấp hành Trung ương [Đảng]", also abbreviated "BCH TW", "BCHTW". */
const BCH_TW = `(?:${cap('Ban Chấp hành Trung ương')}|BCH[ \\u00a0\\u2007\\u2009\\u202f]?(?:TW|TƯ|Trung ương))(?:${GAP}+(?:${cap('đảng')}))?`;

/** Ordinals after "lần thứ": digits, Roman numerals, or words (longest first: "mười hai" before "mười"). */
const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ORDINAL = `(?:\\d{1,2}|${ROMAN}|${alternation(
  [...ORDINAL_WORDS, ...['một', 'hai', 'ba', 'bốn', 'lăm', 'năm', 'sáu', 'bảy', 'tám', 'chín'].map((w) => `mười ${w}`)].flatMap((w) =>
    caseVariants(w),
  ),
)})${WORD_END}`;

/** Between words: the same gap as in numbered citations (no paragraph break). */
const SP = `${GAP}+`;
/**
 * A plain word between "Đại hội" and its ordinal ("đại biểu toàn quốc", "Đảng bộ tỉnh"); never a
 * word that starts another clause ("nghị quyết đại hội đảng bộ các cấp tiến tới Đại hội lần thứ
 * XIV" names no congress of its own).
 */
const NOT_IN_NAME = alternation(['các', 'tiến', 'tới', 'và', 'của', 'nhiệm', 'kỳ', 'đến', 'chào', 'mừng', 'hướng', 'về', 'trước', 'sau', 'tại']);
const WORD = `(?!(?:${NOT_IN_NAME})${WORD_END})\\p{L}+`;

const EVENT =
  '(?:' +
  // "Đại hội [≤12 words] lần thứ XIII" or "Đại hội XIII". The lazy {0,12}? is bounded, and each
  // word is a letter run between gaps, so there is one way to split the words.
  `(?:${DAI_HOI})(?:${SP}${WORD}){0,12}?${SP}(?:(?:${LAN_THU})${SP}${ORDINAL}|${ROMAN}${WORD_END})` +
  '|' +
  // "Hội nghị [≤6 words] lần thứ sáu" or "Hội nghị Trung ương 4"
  `(?:${HOI_NGHI})(?:(?:${SP}${WORD}){0,6}?${SP}(?:${LAN_THU})${SP}${ORDINAL}|${SP}${TRUNG_UONG_N})` +
  '|' +
  // "Trung ương 4", "TW4", "Trung ương lần thứ tư"
  `(?:${TRUNG_UONG})${SP}(?:${LAN_THU})${SP}${ORDINAL}|${TRUNG_UONG_N}` +
  ')' +
  // The body whose meeting it was, when it follows: "… lần thứ sáu Ban Chấp hành Trung ương Đảng".
  `(?:${SP}${BCH_TW}${WORD_END})?`;

/** Type words of name-only references: capitalised or upper case; "nghị quyết" also in lower case. */
const NAME_TYPE_WORD = alternation([...DOCUMENT_TYPE_NAMES.flatMap((n) => caseVariants(n, { lower: false })), 'nghị quyết']);

/** Group 1: the type word. */
export const NAME_ONLY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME_TYPE_WORD})${SP}${EVENT}`, 'gu');

// ---------------------------------------------------------------------------------------------
// Numbered short names: "Nghị quyết 18", "Chỉ thị 05", "NQ 18", "NQ18".

/** Types whose documents are called by type word and sequence number alone. */
const SEQ_NAME_TYPES = ['Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quyết định', 'Quy định', 'Thông báo', 'Công văn', 'Công điện',
  'Hướng dẫn', 'Kế hoạch', 'Nghị định', 'Thông tư', 'Đề án', 'Chương trình', 'Thông tri'];
/**
 * After the digits, what shows they are the document's number and not a count ("Kế hoạch 5 năm",
 * "Hướng dẫn 3 bước"): punctuation, the end, or a word that goes on about the document.
 */
const SEQ_NAME_FOLLOW = `(?=[ \\t\\u00a0\\u2007\\u2009\\u202f*]*(?:[,.;:)”"’!?…]|\\r?\\n|$)|[ \\t\\u00a0\\u2007\\u2009\\u202f]+(?:(?:${alternation(
  ['của', 'ngày', 'khóa', 'khoá', 'về', 'và', 'đã', 'được', 'là', 'do', 'trong', 'với', 'nêu', 'đề ra', 'đặt ra', 'cũng', 'vẫn', 'tại',
    'phải', 'cần', 'nhằm', 'sẽ', 'xác định', 'khẳng định', 'nhấn mạnh', 'chỉ rõ', 'nêu rõ', 'yêu cầu', 'hoặc', 'hay'],
)})${WORD_END}|\\())`;
/**
 * "Nghị quyết 18", "nghị quyết 18", "CHỈ THỊ 05": a type word, a gap, 1–4 digits that are not a
 * year (19xx, 20xx) and do not go on into a ký hiệu ("18-NQ/TW" is NUMBER_RE's). Read from the
 * digits (find.ts): SEQ_NAME_BEFORE, tried on the few characters before them, must end exactly at
 * them (group 1: the type word); SEQ_NAME_AFTER must match right after them.
 */
export const SEQ_NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(SEQ_NAME_TYPES.flatMap((t) => caseVariants(t)))})${SP}$`, 'u');
export const SEQ_NAME_AFTER = new RegExp(`(?![\\p{L}\\p{N}/\\-–]|[.,]\\d)${SEQ_NAME_FOLLOW}`, 'uy');
/** How far before the digits the type word may start ("Chương trình" + a gap). */
export const SEQ_NAME_WINDOW = 24;

/** Type codes by which a short name may be abbreviated ("NQ 18", "NQ18", "CT05"). */
const CODE_NAMES: Record<string, string> = Object.fromEntries(
  Object.values(DOCUMENT_TYPES).flatMap((t) => t.codes.map((c) => [c as string, t.name as string])),
);
/**
 * An abbreviated short name, only read right after "gọi tắt là" and at its later uses (find.ts):
 * "NQ 18", "NQ18", "NQ-18", "NQ số 18". Group 1: the code; group 2: the digits.
 */
export const CODE_NAME = `(${alternation(Object.keys(CODE_NAMES))})(?:[ \\u00a0\\u2007\\u2009\\u202f]*[-–]?[ \\u00a0\\u2007\\u2009\\u202f]*|[ \\u00a0\\u2007\\u2009\\u202f]+(?:số|Số)[ \\u00a0\\u2007\\u2009\\u202f]+)(\\d{1,4})(?![\\p{L}\\p{N}/\\-–]|[.,]\\d)`;
/** The type name a code abbreviates: "NQ" → "Nghị quyết". */
export const nameOfCode = (code: string): string | undefined => CODE_NAMES[code];
