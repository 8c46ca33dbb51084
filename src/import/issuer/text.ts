/**
 * Text clean-up for issuer names: the spelling variants real headers use for the same body
 * ("UỶ BAN" / "ỦY BAN", NFD text, runs of spaces) brought to one form, and the header noise that
 * shares a line with the issuer (the motto of the other column, "Số: …", the place and date) cut off.
 * Pure; nothing here decides what an issuer is.
 */
import { foldAccents } from '../../text/fold.ts';
import { expandAbbreviations } from '../../text/abbreviations.ts';

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/**
 * One tone placement for "oa", "oe", "uy" at the end of a syllable: the tone goes on the first vowel
 * ("UỶ" → "ỦY", "hoà" → "hòa", "thuỷ" → "thủy"), the form the project's names are written in.
 * "qu" is a consonant ("quý" stays) and a following consonant keeps the tone where it is ("hoàn").
 */
export function canonicalTones(s: string): string {
  return s
    .normalize('NFD')
    .replace(new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu'), '$1$3$2')
    .normalize('NFC');
}

/** NFC, one tone placement, every run of white space (tabs, NBSP…) one space, trimmed. */
export function cleanName(s: string): string {
  return canonicalTones(s)
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, ' ')
    .trim();
}

/** Comparison key: cleaned, lower case. Two spellings of one name that differ only in case match. */
export const nameKey = (s: string): string => cleanName(s).toLowerCase();

/**
 * A name folded for comparing, whatever its accents, punctuation and abbreviations: "UBMTTQVN Huyện"
 * → "uy ban mat tran to quoc viet nam huyen", "Bộ VH-TTDL" and "Bộ Văn hóa, Thể thao và Du lịch" → one key.
 */
export const looseKey = (s: string): string =>
  expandAbbreviations(foldAccents(cleanName(s)).replace(/([a-z])&([a-z])/g, '$1$2').replace(/[^a-z0-9]+/g, ' ').trim());

const MOTTOS = [
  /C[ỘO]NG\s+H[ÒOÀ]A\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM/iu,
  /Đ[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM/iu,
  /Đ[ỘO]C\s+L[ẬA]P\s*[-–—]\s*T[ỰU]\s+DO\s*[-–—]\s*H[ẠA]NH\s+PH[ÚU]C/iu,
];
/**
 * A line that frames a header: the number line ("Số: …", "Số 369 - CV/BTGTU", not a portal's "Số
 * hiệu:"), or a motto as headers print it (in capitals; "Độc lập - Tự do - Hạnh phúc"). A slogan
 * "Đảng Cộng sản Việt Nam quang vinh muôn năm!" in running text is not one.
 */
export function framesHeader(line: string): boolean {
  const s = canonicalTones(line.normalize('NFC'));
  return /^\s*S[ốỐ]\s*(?::|\d|\/)/u.test(s) || MOTTOS[2]!.test(s) || MOTTOS.slice(0, 2).some((m) => m.test(s) && isAllCaps(s.match(m)![0].replace(/[^\p{L}]/gu, '')));
}

/** "Số: 16/KH-MTTQ-BTT", "Số 369 - CV/BTGTU", "Số:      /QĐ" — to the end of the line. */
const NUMBER_PART = /(?<![\p{L}\p{N}])Số\s*(?::|(?=\s*\d)|(?=\s*\/)).*$/iu;
/** "<nơi>, ngày … tháng … năm …" — the place goes with it, so cut at the start of its words. */
const PLACE_DATE = /(?:^|\s)(?:\p{Lu}\p{Ll}+\s+){0,4}\p{Lu}\p{Ll}+\s*,?\s*ngày\s*(?:\d|\s|tháng).*$/u;
/** "-------", "*", "___", "|", a stray "/" before the first word. */
const DECORATION = /(?:^[\s/|*]+)|(?:[\s|*]+$)|(?:[-–—_=.]{3,})|(?:\s\*\s)/gu;

/**
 * The issuer's part of one header line: the other column's motto, the number, the place and date
 * and decorations removed, spelling cleaned. "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 * → "ỦY BAN NHÂN DÂN". Empty when nothing of the issuer is on the line.
 */
export function issuerPartOfLine(line: string): string {
  let s = unglueColumns(canonicalTones(line.normalize('NFC')).replace(/\t/g, '   '));
  for (const motto of MOTTOS) s = s.replace(motto, '   ');
  s = s.replace(NUMBER_PART, '').replace(PLACE_DATE, '');
  // A table's cell borders ("| BAN CHỈ ĐẠO … | CỘNG HÒA … |", a markdown header table) part columns.
  s = s.replace(/\s*[|│┃¦]\s*/gu, '   ');
  s = s.replace(DECORATION, ' ');
  return leadingCapitals(cleanName(s));
}

/**
 * A line in capitals that runs on into ordinary text (a flattened two-column line, "BAN TUYÊN GIÁO
 * Cao Bằng") keeps its capitals only; a line in mixed case is kept whole.
 */
function leadingCapitals(s: string): string {
  const words = s.split(' ');
  const isCaps = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
  if (words.length < 2 || !isCaps(words[0]!) || !isCaps(words[1]!)) return s;
  const end = words.findIndex((w) => !isCaps(w) && /\p{L}/u.test(w));
  return (end < 0 ? words : words.slice(0, end)).join(' ');
}

/** Words a header's issuer line starts with, in capitals: where a second column's line may begin. */
const LINE_STARTS = ['CHI', 'BAN', 'ĐẢNG', 'ĐOÀN', 'HỘI', 'ỦY', 'UỶ', 'UBND', 'SỞ', 'PHÒNG', 'TRƯỜNG', 'CÔNG', 'HUYỆN', 'TỈNH', 'THÀNH', 'XÃ', 'PHƯỜNG', 'MẶT', 'LIÊN', 'TRUNG', 'VĂN', 'TIỂU', 'CỘNG'];

/**
 * Two header lines glued where a flattened copy lost the line break: "ĐẢNG BỘ XÃ QUẢNG TIÊNCHI BỘ
 * TRƯỜNG MN QUẢNG TIÊN" → "… QUẢNG TIÊN CHI BỘ …". Only a word in capitals that is no syllable, split
 * into a syllable and a word an issuer line starts with.
 */
function unglueColumns(line: string): string {
  return line.replace(/(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])/gu, (word) => {
    if (isSyllable(word)) return word;
    for (const start of LINE_STARTS) {
      if (word.length > start.length && word.endsWith(start) && isSyllable(word.slice(0, -start.length))) return `${word.slice(0, -start.length)} ${start}`;
    }
    return word;
  });
}

/** True when the word is all capitals (and has a letter). */
export const isAllCaps = (w: string): boolean => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const CODA = '(?:ch|ng|nh|[cmnptk])?'; // k: Đắk, Lắk
const VIETNAMESE_SYLLABLE = new RegExp(`^${ONSET}[aăâeêioôơuưy]{1,3}${CODA}$`, 'u');

/**
 * Whether a word can be a Vietnamese syllable. "UBND", "MTTQ", "TNCS", "HĐND", "TW" cannot: they are
 * abbreviations and keep their capitals whatever the case of the line.
 */
export function isSyllable(word: string): boolean {
  // tone marks off, vowel shapes kept (ă, â, ê, ô, ơ, ư): "TRƯỜNG" → "trương"
  const shaped = word.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC').toLowerCase();
  return VIETNAMESE_SYLLABLE.test(shaped);
}
