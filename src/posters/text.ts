/**
 * Slogan text as posters set it: NFC, one space between words, capitals in the Vietnamese
 * locale, and a no-break space (U+00A0) inside fixed phrases so that no line ever splits them.
 * Pure; no fonts, no layout.
 */

export const NBSP = '\u00a0';

/**
 * Phrases never broken across lines, in ordinary spelling (matched case-insensitively on NFC
 * text). Longer phrases first where they overlap ("Đảng Cộng sản Việt Nam" before "Việt Nam").
 */
export const FIXED_PHRASES: readonly string[] = [
  // names and titles
  'Đảng Cộng sản', 'Cộng sản', 'Việt Nam', 'Hồ Chí Minh', 'Chủ tịch', 'Cộng hòa', 'xã hội chủ nghĩa',
  'Nhà nước', 'Nhân dân', 'Quốc hội', 'Chính phủ', 'Mặt trận', 'Tổ quốc',
  // set phrases of slogans
  'muôn năm', 'quang vinh', 'vĩ đại', 'sống mãi', 'thắng lợi', 'cách mạng', 'sự nghiệp',
  // common two-syllable words of directives (a line between their syllables reads as a typo)
  'đổi mới', 'sắp xếp', 'tổ chức', 'bộ máy', 'hệ thống', 'chính trị', 'hiệu năng', 'hiệu lực',
  'hiệu quả', 'tinh gọn', 'đồng bộ', 'liên thông', 'thiết thực', 'lãng phí', 'tập trung',
  'thực hiện', 'thực tiễn', 'hiện nay', 'bức thiết', 'đòi hỏi', 'quyết liệt', 'mạnh mẽ',
  'giải pháp', 'hoàn thiện', 'hạ tầng', 'năng lượng', 'quốc gia', 'đáp ứng', 'yêu cầu',
  'phát triển', 'đất nước', 'tình hình', 'bảo đảm', 'tổng thể', 'chúng ta', 'thi đua', 'xây dựng',
];

/** NFC, Ð/Ɖ (look-alikes) → Đ, control characters refused, white space folded, trimmed. */
export function normaliseSlogan(text: string): string {
  const nfc = text.normalize('NFC').replace(/[\u00d0\u0189]/g, 'Đ');
  const bad = [...nfc].find((c) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(c));
  if (bad) throw new Error(`slogan contains control character U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}: ${JSON.stringify(text)}`);
  return nfc.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu, ' ').trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Same phrase list as a regular expression, spaces matching one space. */
function phraseRe(phrases: readonly string[]): RegExp {
  const parts = [...phrases]
    .map((p) => normaliseSlogan(p))
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(' ').map(escapeRe).join(' '));
  // \p{L} guards: a phrase matches whole words only.
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${parts.join('|')})(?![\\p{L}\\p{M}])`, 'giu');
}

const DEFAULT_RE = phraseRe(FIXED_PHRASES);

/** Joins the words of each fixed phrase with U+00A0 (input: normalised text). */
export function bindFixedPhrases(text: string, phrases?: readonly string[]): string {
  const re = phrases ? phraseRe(phrases) : DEFAULT_RE;
  return text.replace(re, (m) => m.replaceAll(' ', NBSP));
}

export interface PreparedSlogan {
  /** As written, normalised (NFC, spaces folded): for titles, alt text, the manifest. */
  text: string;
  /** What the poster draws: capitals ('vi') with no-break spaces inside fixed phrases. */
  display: string;
  /** Units a line may not split: the display text cut at ordinary spaces. */
  units: string[];
}

export function prepareSlogan(text: string, options: { uppercase?: boolean; phrases?: readonly string[] } = {}): PreparedSlogan {
  const norm = normaliseSlogan(text);
  const bound = bindFixedPhrases(norm, options.phrases);
  const display = (options.uppercase ?? true) ? bound.toLocaleUpperCase('vi').normalize('NFC') : bound;
  return { text: norm, display, units: display.split(' ').filter(Boolean) };
}
