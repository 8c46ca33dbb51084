/**
 * TCVN3 (ABC) — TCVN 5712:1993, table VN3: the one-byte encoding of the ABC fonts (.VnTime,
 * .VnArial…) in which most Vietnamese documents were typed before Unicode.
 *
 * Table: TCVN 5712:1993 VN3 as published in UniKey's converter (Pham Kim Long, VnConv
 * `ukengine/data.cpp`, SingleByteTables "TCVN3"; e.g. github.com/vn-input/ibus-unikey), checked letter by
 * letter against it (order there: acute, grave, hook, tilde, dot; here: grave, hook, tilde, acute, dot,
 * the order of the byte values). Bytes 0x80–0x9F are the Windows symbols, as in the fonts.
 *
 * Upper case. VN3 has codes for the capitals Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7) but none for capital letters
 * with a tone: those were typed with the same codes as the lower-case ones in the "H" fonts
 * (.VnTimeH), whose glyphs are all capitals ("CéNG HOµ X· HéI CHñ NGHÜA" is "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA").
 * A file does not say which font a byte was shown in, so the decoder reads the table as lower case,
 * then upper-cases the shared letters of words only the "H" font makes: a word whose other letters
 * are capitals, at least two of them ("CéNG", "HO¹CH") or one not at its start ("ñY" → "ỦY"); and a
 * word with fewer other letters, all capitals ("X·", "HÖ"), next to such a word or to an upper-case
 * syllable on the same line ("CéNG HOµ X· HéI" → "XÃ", "QUAN HÖ LAO" → "QUAN HỆ LAO"). So "Tù do"
 * stays "Tự do" and "Sè: 12-KH/UBND" stays "Số:" (abbreviations are no evidence). A capital toned
 * letter in a word with lower-case letters, or in a short word with no such neighbour ("Ủy ban",
 * "Ở"), cannot be told from its lower-case letter and comes back lower case (`tcvn3Keeps` says which
 * text survives the round trip unchanged). Typists usually avoided it ("Uû ban" = "Uỷ ban", which
 * decodes exactly).
 *
 * Bytes the table leaves empty (0xAF–0xB4, 0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF, and
 * the five Windows-1252 leaves undefined) have no character: a file holding one is not TCVN3.
 */
import { CP1252_CHARS, isWindowsSymbolByte } from './cp1252.ts';
import { isVietnameseSyllable } from './vietnamese.ts';

/** [letters, their bytes]: lower case, per vowel, in the order grave, hook, tilde, acute, dot. */
const TABLE: readonly [string, readonly number[]][] = [
  ['ĂÂÊÔƠƯĐ', [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]],
  ['ăâêôơưđ', [0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]],
  ['àảãáạ', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ằẳẵắặ', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['ầẩẫấậ', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['èẻẽéẹ', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ềểễếệ', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['ìỉĩíị', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['òỏõóọ', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ồổỗốộ', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ờởỡớợ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['ùủũúụ', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ừửữứự', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['ỳỷỹýỵ', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** Character of each byte; undefined where the table (and the fonts) put nothing. */
const CHAR_OF: (string | undefined)[] = Array.from({ length: 256 }, (_, b) =>
  b < 0x80 ? String.fromCharCode(b) : isWindowsSymbolByte(b) ? CP1252_CHARS[b] : b === 0xa0 ? '\u00a0' : undefined);
const BYTE_OF = new Map<string, number>();
for (const [letters, bytes] of TABLE) {
  [...letters].forEach((c, i) => { CHAR_OF[bytes[i]!] = c; BYTE_OF.set(c, bytes[i]!); });
}
for (let b = 0; b < 256; b++) if (CHAR_OF[b] !== undefined && !BYTE_OF.has(CHAR_OF[b]!)) BYTE_OF.set(CHAR_OF[b]!, b);

/** Lower-case letters whose code the "H" fonts show as the capital (all VN3 letters but the 7 capitals). */
const SHARED_CASE = new Set(TABLE.slice(1).flatMap(([letters]) => [...letters]));

/** TCVN3 bytes → Unicode (NFC), or undefined if a byte has no character in TCVN3. */
export function decodeTCVN3(bytes: Uint8Array): string | undefined {
  let text = '';
  for (const b of bytes) {
    const c = CHAR_OF[b];
    if (c === undefined) return undefined;
    text += c;
  }
  return text.replace(/[^\r\n]+/g, capitalizeHFontWords);
}

/** Letters outside the shared set: [count, all capitals]. */
function otherLetters(word: string): [number, boolean] {
  const other = [...word].filter((c) => !SHARED_CASE.has(c) && c.toUpperCase() !== c.toLowerCase());
  return [other.length, other.every((c) => c !== c.toLowerCase())];
}

const hasShared = (word: string) => [...word].some((c) => SHARED_CASE.has(c));

/**
 * A word only an "H" font makes: shared letters and other letters, all capitals, either at least two
 * of them ("CéNG" → "CỘNG") or not in the shape of a capitalised word ("ñY" → "ỦY", where "Tù" may
 * be "Tự").
 */
function isHFontWord(word: string): boolean {
  const [n, caps] = otherLetters(word);
  const chars = [...word];
  const titleShaped = !SHARED_CASE.has(chars[0]!) && chars.slice(1).every((c) => SHARED_CASE.has(c) || c.toUpperCase() === c.toLowerCase());
  return hasShared(word) && caps && (n >= 2 || (n === 1 && !titleShaped));
}

/**
 * Evidence of an "H"-font line next to a word: an "H"-font word, or an upper-case word that is a
 * Vietnamese syllable ("NHÂN", "QUAN"), which abbreviations ("KH", "UBND", "HĐND") are not.
 */
const isCapitalsEvidence = (word: string) =>
  isHFontWord(word) || ([...word].length >= 2 && !hasShared(word) && word === word.toUpperCase() && isVietnameseSyllable(word));

/** Upper-case the shared letters of the words of one line that were typed in an "H" font (see above). */
function capitalizeHFontWords(line: string): string {
  const words = [...line.matchAll(/[\p{L}\p{M}]+/gu)];
  const evidence = words.map((m) => isCapitalsEvidence(m[0]));
  let out = '', at = 0;
  words.forEach((m, i) => {
    const word = m[0];
    const [n, caps] = otherLetters(word);
    const upper = isHFontWord(word) || (hasShared(word) && n < 2 && caps && (evidence[i - 1] === true || evidence[i + 1] === true));
    out += line.slice(at, m.index) + (upper ? [...word].map((c) => (SHARED_CASE.has(c) ? c.toUpperCase() : c)).join('') : word);
    at = m.index + word.length;
  });
  return out + line.slice(at);
}

/**
 * Unicode → TCVN3 bytes (for fixtures and tests): capital toned letters take their lower-case code,
 * as in the "H" fonts. Throws on a character TCVN3 cannot hold.
 */
export function encodeTCVN3(text: string): Uint8Array {
  const chars = [...text.normalize('NFC')];
  const out = new Uint8Array(chars.length);
  chars.forEach((c, i) => {
    const b = BYTE_OF.get(c) ?? (SHARED_CASE.has(c.toLowerCase()) ? BYTE_OF.get(c.toLowerCase()) : undefined);
    if (b === undefined) throw new RangeError(`TCVN3 has no code for ${JSON.stringify(c)} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`);
    out[i] = b;
  });
  return out;
}

/**
 * Whether `text` comes back unchanged from encodeTCVN3 → decodeTCVN3: every capital toned letter
 * stands in a word whose other letters are capitals, at least one of them with its own code.
 */
export function tcvn3Keeps(text: string): boolean {
  try { return decodeTCVN3(encodeTCVN3(text)) === text.normalize('NFC'); } catch { return false; }
}
