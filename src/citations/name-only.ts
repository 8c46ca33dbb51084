/**
 * Name-only references: a capitalised type word followed by the meeting that adopted the
 * document, with no number.
 *
 *   Nghị quyết Đại hội XIII                      Nghị quyết Đại hội lần thứ XIII
 *   Nghị quyết Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X
 *   Kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng
 *   Nghị quyết Hội nghị Trung ương 4             Nghị quyết Trung ương 4 / Trung ương lần thứ tư
 *   Thông báo Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng
 *
 * Without the type word ("Hội nghị Trung ương 10", "Đại hội XIV của Đảng") it is an event, not a
 * document, and is not matched. Without an ordinal ("nghị quyết đại hội đảng bộ các cấp") it is
 * generic and is not matched either. The "khóa …" and "của …" that follow are read by readTail.
 */
import { alternation, caseVariants, GAP, ROMAN, TYPE_WORD_CAPITALISED, WORD_END } from './patterns.ts';

const cap = (phrase: string) => alternation(caseVariants(phrase, { lower: false }));

const DAI_HOI = cap('đại hội');
const HOI_NGHI = cap('hội nghị');
const TRUNG_UONG = cap('trung ương');
const LAN_THU = alternation(caseVariants('lần thứ'));
const BCH_TW = `(?:${cap('Ban Chấp hành Trung ương')})(?:${GAP}+(?:${cap('đảng')}))?`;

/** Ordinals after "lần thứ": digits, Roman numerals, or words (longest first: "mười hai" before "mười"). */
const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ORDINAL = `(?:\\d{1,2}|${ROMAN}|${alternation(
  [...ORDINAL_WORDS, ...['một', 'hai', 'ba', 'bốn', 'lăm', 'năm', 'sáu', 'bảy', 'tám', 'chín'].map((w) => `mười ${w}`)].flatMap((w) =>
    caseVariants(w),
  ),
)})${WORD_END}`;

/** Between words: the same gap as in numbered citations (no paragraph break). */
const SP = `${GAP}+`;
/** A plain word between "Đại hội" and its ordinal ("đại biểu toàn quốc", "Đảng bộ tỉnh"). */
const WORD = '\\p{L}+';

const EVENT =
  '(?:' +
  // "Đại hội [≤12 words] lần thứ XIII" or "Đại hội XIII". The lazy {0,12}? is bounded, and each
  // word is a letter run between gaps, so there is one way to split the words.
  `(?:${DAI_HOI})(?:${SP}${WORD}){0,12}?${SP}(?:(?:${LAN_THU})${SP}${ORDINAL}|${ROMAN}${WORD_END})` +
  '|' +
  // "Hội nghị [≤6 words] lần thứ sáu" or "Hội nghị Trung ương 4"
  `(?:${HOI_NGHI})(?:(?:${SP}${WORD}){0,6}?${SP}(?:${LAN_THU})${SP}${ORDINAL}|${SP}(?:${TRUNG_UONG})${SP}\\d{1,2}${WORD_END})` +
  '|' +
  // "Trung ương 4", "Trung ương lần thứ tư"
  `(?:${TRUNG_UONG})${SP}(?:(?:${LAN_THU})${SP}${ORDINAL}|\\d{1,2}${WORD_END})` +
  ')' +
  // The body whose meeting it was, when it follows: "… lần thứ sáu Ban Chấp hành Trung ương Đảng".
  `(?:${SP}${BCH_TW}${WORD_END})?`;

/** Group 1: the type word. */
export const NAME_ONLY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${TYPE_WORD_CAPITALISED})${SP}${EVENT}`, 'gu');
