/**
 * A line of a directive as an announcer reads it aloud on the community loudspeaker: every word
 * is kept and in its place; only the written forms that cannot be read as they stand change.
 *
 * The readings, in the order they are applied (each later rule sees the earlier ones' words):
 * 1. Written abbreviations with a dot or slash: "v.v." → "vân vân", "TP." → "thành phố",
 *    "Đ/c" → "Đồng chí" (abbreviations.ts).
 * 2. Document numbers: the number, then the letters of each part of the code by their Vietnamese
 *    names; the separators "-" and "/" are not said, each is a short pause (a comma). One reading
 *    for every number, so a listener can write it down: "05/KH-UBND" → "năm, ca hát, u bê en dê";
 *    "173-HD/BTGTW" → "một trăm bảy mươi ba, hát dê, bê tê giê tê vê kép"; the year of a State
 *    number is read as a number ("100/2019/NĐ-CP" → "một trăm, hai nghìn không trăm mười chín,
 *    en đê, xê pê"). A code is never expanded: "NQ/TW" is spelled, not "Nghị quyết Trung ương".
 * 3. Dates: "25/10/2017" → "hai mươi lăm tháng mười năm hai nghìn không trăm mười bảy"; a day
 *    1–10 takes "mồng" ("mồng một tháng năm"); month 4 is "tư"; "12/2024" → "tháng mười hai năm …"
 *    ("tháng" added when the text has none before it); "30/4" → "ba mươi tháng tư".
 * 4. Times: "8h30", "8 giờ 30", "8:30" → "tám giờ ba mươi phút"; "7h" → "bảy giờ".
 * 5. Percentages: "95%" → "chín mươi lăm phần trăm"; "2,5%" → "hai phẩy năm phần trăm".
 * 6. Enumerations in running text: "(1)" → "thứ nhất,"; "thứ 4" → "thứ tư".
 * 7. Roman numerals after the words that take them ("khóa XIII" → "khóa mười ba", "Đại hội XIV",
 *    "thế kỷ XXI", "lần thứ IV" → "lần thứ tư") and any well-formed one of two letters or more.
 * 8. Ranges of numbers: "2025 - 2030" → "… đến …".
 * 9. Numbers: "1.500.000" → "một triệu năm trăm nghìn" (dots group thousands), "3,5" → "ba phẩy
 *    năm" (the Vietnamese decimal comma), "1.2" → "một chấm hai" (section numbers), "07" → "bảy",
 *    telephone-like numbers from a leading 0 and 4 digits up digit by digit.
 * 10. Abbreviations in capitals from the reviewed list ("UBND" → "Ủy ban nhân dân", "TW" →
 *    "Trung ương"); other words in capitals: a Vietnamese syllable ("HƯỚNG DẪN" in a heading) is
 *    lowered, anything else is spelled by letter names, its digits read ("COP26" → "xê o pê hai
 *    mươi sáu"). A line printed all in capitals ("ĐẢNG CỘNG SẢN VIỆT NAM") is shown lowered with its
 *    names' capitals given back (PROPER_NAMES, a place name after "tỉnh", "xã" …).
 * 11. "&" → "và"; a slash between two words and a table's "|" → a pause ("cổng/trang" → "cổng, trang").
 *
 * List markers at the start of a block are handled by `speakMarker` (script.ts decides where a
 * block starts).
 */
import { ABBREVIATIONS, DOTTED, LETTER_NAMES, PROPER_NAMES } from './abbreviations.ts';
import { readDay, readDecimal, readDigits, readMonth, readNumber, readOrdinal, romanValue } from './numbers.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, (c) => (c === '-' ? '\\x2d' : c === '/' ? '\\/' : `\\${c}`));

/** The digits and uppercase letters of a code, said: letters by name, digit runs as numbers, "&" as "và". */
export function spellCode(code: string): string {
  const out: string[] = [];
  for (const m of code.matchAll(/\d+|&|\p{L}/gu)) {
    const t = m[0];
    if (/^\d/.test(t)) out.push(readNumeral(t));
    else if (t === '&') out.push('và');
    else out.push(LETTER_NAMES[t.toUpperCase()] ?? t.toLowerCase());
  }
  return out.join(' ');
}

/** A number as written: thousands dots, a decimal comma, a section number with dots, leading zeros. */
export function readNumeral(token: string): string {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(token)) return readNumber(token.replace(/\./g, ''));
  if (/^\d+(?:\.\d+)+$/.test(token)) return token.split('.').map((p) => readNumeral(p)).join(' chấm ');
  const dec = /^(\d+),(\d+)$/.exec(token);
  if (dec) return readDecimal(dec[1]!, dec[2]!);
  if (/^\d+$/.test(token)) {
    if ((token.startsWith('0') && token.length >= 4) || token.replace(/^0+/, '').length > 15) return readDigits(token);
    return readNumber(token);
  }
  // Anything else ("1,2,3"): its numbers read, its separators kept.
  return token.replace(/\d+/g, (d) => ` ${readNumeral(d)} `).replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1').trim();
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Onset, nucleus, coda of one Vietnamese syllable (tone marks removed, lowercase). */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:[aeiouyăâêôơư]{1,3})(?:ch|ng|nh|[cmnptiyou])?$/;

/** A word in capitals that is a Vietnamese syllable ("HƯỚNG", "DẪN"), to be read as a word, not spelled. */
export function isSyllable(word: string): boolean {
  const bare = word.toLowerCase().normalize('NFD').replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(bare);
}

/** An uppercase word: a listed abbreviation expanded, a Vietnamese syllable lowered, anything else spelled. */
function readCapitals(word: string): string {
  const listed = ABBREVIATIONS[word];
  if (listed) return listed;
  if (/^\p{Lu}+$/u.test(word) && isSyllable(word)) return word.toLowerCase();
  return spellCode(word);
}

const ROMAN = '(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})';
/** Words after which a Roman numeral is a number (cardinal): terms, congresses, centuries, parts. */
const ROMAN_CONTEXT = '(?:khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ|Đại hội|đại hội|ĐẠI HỘI|thế kỷ|Thế kỷ|thế kỉ|THẾ KỶ|Chương|chương|CHƯƠNG|Phần|phần|PHẦN|Mục|mục|MỤC|Phụ lục|phụ lục|PHỤ LỤC|Hội nghị|hội nghị|Quốc hội|Kỳ|kỳ|Điều|Khoản|Nhóm|nhóm)';

const DOTTED_RE = new RegExp(DOTTED.map(([w]) => escape(w)).map((w) => `${/^\p{L}/u.test(w) ? B : ''}${w}${/\p{L}$/u.test(w) ? E : ''}`).join('|'), 'gu');
const DOTTED_MAP = new Map(DOTTED);

const ABBR_RE = new RegExp(`${B}(?:${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).map(escape).join('|')})${E}`, 'gu');

const CODE = '\\p{Lu}[\\p{L}\\d&]*';
const DOC_NUMBER = new RegExp(`${B}(\\d+)((?:\\/\\d{4})?) ?[-\\/](${CODE}(?:[-\\/]${CODE})*)${E}`, 'gu');
/** Spaced out ("369 – CV/BTGTU"): only a code of two parts or more, not "2024 - UBND tỉnh". */
const DOC_NUMBER_SPACED = new RegExp(`${B}(\\d+)((?:\\/\\d{4})?) [-–] (${CODE}(?:[-\\/]${CODE})+)${E}`, 'gu');
/** A number left blank, as in the head of a draft: "Số: /TTCS-TTTQ", "Số …/KH-UBND". */
const BLANK_NUMBER = new RegExp(`(?<=^|[\\s:….])\\/(${CODE}(?:[-\\/]${CODE})*)${E}`, 'gu');

const validDay = (d: string, m: string) => +d >= 1 && +d <= 31 && +m >= 1 && +m <= 12;

/** A rule: what it matches, what it says instead, and a cheap test a line must pass for the rule to be tried. */
type Rule = [RegExp, (...m: string[]) => string, RegExp];
const BAR = /\|/, DIGIT = /\d/, SLASH = /\//, DOT_OR_SLASH = /[.\/]/, AMP = /&/, PERCENT = /%/, THU = /thứ|Thứ|THỨ/, ROMAN_LETTER = /\b[IVXL]+\b/, ROMAN_PAIR = /[IVXL]{2}/;
const CAPS = /\p{Lu}[\p{Lu}\d&]/u;

const RULES: Rule[] = [
  // 1. dotted and slashed abbreviations
  [DOTTED_RE, (w) => DOTTED_MAP.get(w) ?? w, DOT_OR_SLASH],
  // 2. document numbers
  [DOC_NUMBER, (_, n, year, code) => [readNumeral(n!), ...(year ? [readNumber(year.slice(1))] : []), ...code!.split(/[-\/]/).map(spellCode)].join(', '), DIGIT],
  [DOC_NUMBER_SPACED, (_, n, year, code) => [readNumeral(n!), ...(year ? [readNumber(year.slice(1))] : []), ...code!.split(/[-\/]/).map(spellCode)].join(', '), DIGIT],
  [BLANK_NUMBER, (_, code) => code!.split(/[-\/]/).map(spellCode).join(', '), SLASH],
  // 3. dates
  [/(?<![\d\/.])(\d{1,2})([\/.-])(\d{1,2})\2(\d{4})(?![\d\/])/g, (all, d, _s, m, y) =>
    validDay(d!, m!) ? `${readDay(d!)} tháng ${readMonth(m!)} năm ${readNumber(y!)}` : all!, DIGIT],
  [/(?<![\d\/.])(tháng\s+|Tháng\s+)?(\d{1,2})\/(\d{4})(?![\d\/])/g, (all, th, m, y) =>
    +m! >= 1 && +m! <= 12 ? `${th ?? 'tháng '}${readMonth(m!)} năm ${readNumber(y!)}` : all!, DIGIT],
  [/(?<![\d\/.])(\d{1,2})\/(\d{1,2})(?![\d\/])/g, (all, d, m) => (validDay(d!, m!) ? `${readDay(d!)} tháng ${readMonth(m!)}` : all!), DIGIT],
  // 4. times
  [/(?<![\d\p{L}])(\d{1,2}) ?(?:h|giờ|g) ?(\d{1,2})(?: ?(?:'|phút))?(?![\d\p{L}])/gu, (all, h, m) =>
    +h! < 24 && +m! < 60 ? `${readNumber(h!)} giờ${+m! ? ` ${readNumber(m!)} phút` : ''}` : all!, DIGIT],
  [/(?<![\d\p{L}])(\d{1,2})h(?![\d\p{L}])/gu, (all, h) => (+h! < 24 ? `${readNumber(h!)} giờ` : all!), DIGIT],
  [/(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/g, (all, h, m) => (+h! < 24 && +m! < 60 ? `${readNumber(h!)} giờ${+m! ? ` ${readNumber(m!)} phút` : ''}` : all!), DIGIT],
  // 5. percentages
  [/(?<![\d.,])(\d+(?:[.,]\d+)*) ?%/g, (_, n) => `${readNumeral(n!)} phần trăm`, DIGIT],
  // 6. enumerations
  [/(^|[.!?]\s+)\((\d{1,2})\)\s*/g, (_, before, n) => `${before}Thứ ${readOrdinal(n!)}, `, DIGIT],
  [/\((\d{1,2})\)\s*/g, (_, n) => `thứ ${readOrdinal(n!)}, `, DIGIT],
  [new RegExp(`${B}(thứ|Thứ|THỨ)\\s+(\\d+|${ROMAN})${E}`, 'gu'), (all, w, n) => {
    const v = /^\d/.test(n!) ? Number(n) : romanValue(n!);
    return v === undefined || n === '' ? all! : `${w} ${readOrdinal(v)}`;
  }, THU],
  // 7. Roman numerals
  [new RegExp(`${B}(${ROMAN_CONTEXT})(\\s+\\(?)(${ROMAN})${E}`, 'gu'), (all, w, sp, r) => {
    const v = r ? romanValue(r) : undefined;
    return v === undefined ? all! : `${w}${sp}${readNumber(v)}`;
  }, ROMAN_LETTER],
  [new RegExp(`${B}([IVXL]{2,})${E}`, 'gu'), (all, r) => {
    const v = romanValue(r!);
    return v === undefined ? all! : readNumber(v);
  }, ROMAN_PAIR],
  // 8. ranges
  [/(?<![\d.,\/])(\d+) ?[-–] ?(\d+)(?!\d|[.,]\d|\/)/g, (_, a, b) => `${readNumeral(a!)} đến ${readNumeral(b!)}`, DIGIT],
  // 9. numbers
  [/(?<![\p{L}\d])(\d+(?:[.,]\d+)*)/gu, (_, n) => readNumeral(n!), DIGIT],
  // 10. capitals
  [ABBR_RE, (w) => ABBREVIATIONS[w] ?? w, CAPS],
  [new RegExp(`${B}(\\p{Lu}[\\p{L}\\d&]*)${E}`, 'gu'), (w) => (/^\p{Lu}(?:[\p{Lu}\d&])+$/u.test(w) ? readCapitals(w) : w), CAPS],
  [new RegExp(`(?<=\\p{L})(\\d+)`, 'gu'), (n) => ` ${readNumeral(n)}`, DIGIT],
  // 11. symbols
  [/\s*&\s*/g, () => ' và ', AMP],
  [/(?<=\p{L})\/(?=\p{L})/gu, () => ', ', SLASH],
  [/%/g, () => ' phần trăm', PERCENT],
  // a cell border copied from a web table ("Ngày đăng: 14:26 | 24/03"): a pause
  [/\s*\|\s*/g, () => ', ', BAR],
];

const PROPER_RE = new RegExp(`${B}(?:${[...PROPER_NAMES].sort((a, b) => b.length - a.length).map(escape).join('|')})${E}`, 'giu');
const PROPER_MAP = new Map(PROPER_NAMES.map((n) => [n.toLowerCase(), n]));
/** After these, the rest of a line in capitals is a place name: "TỈNH ỦY HÀ TĨNH" → "Tỉnh ủy Hà Tĩnh". */
const PLACE = new RegExp(`${B}((?:tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|thành ủy|thành uỷ|tỉnh|huyện|quận|thị xã|thị trấn|thành phố|xã|phường) )(?!ủy|uỷ|hội )([^,;:()]+)$`, 'iu');
const titleCase = (s: string) => s.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase());

/**
 * A line printed all in capitals, lowered by the rules: its names given back their capitals
 * (PROPER_NAMES) and a place name at its end title-cased. Only the look changes; the words are the same.
 */
function restoreNames(out: string): string {
  return out.replace(PROPER_RE, (w) => PROPER_MAP.get(w.toLowerCase()) ?? w).replace(PLACE, (_, head, place) => `${head}${titleCase(place)}`);
}

/** One line of text as it is read aloud (no line breaks inside; see the module comment). */
export function speakLine(line: string): string {
  let out = line.normalize('NFC');
  const allCapitals = !/\p{Ll}/u.test(out) && (out.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
  for (const [re, fn, guard] of RULES) if (guard.test(out)) out = out.replace(re, (...m) => fn(...(m.filter((x) => typeof x === 'string' || x === undefined) as string[])));
  out = out.replace(/[ \t]+/g, ' ').replace(/ ([,.;:!?)])/g, '$1').replace(/([,;:.!?]),/g, '$1').trim();
  return allCapitals ? restoreNames(out) : out;
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The names of the letters of a lettered list ("a)", "b)" … "đ)"). */
const LIST_LETTERS: Record<string, string> = { a: 'a', b: 'bê', c: 'xê', d: 'dê', đ: 'đê', e: 'e', g: 'giê', h: 'hát', i: 'i', k: 'ca', l: 'e lờ', m: 'em', n: 'en', o: 'o', p: 'pê', q: 'quy', r: 'e rờ', s: 'ét', t: 'tê', u: 'u', v: 'vê', x: 'ích', y: 'i dài' };

export interface Marker {
  /** The marker as written at the start of the block ("I- ", "1.1. ", "a) ", "- "). */
  written: string;
  /** What is said for it ("Một. ", "Một chấm một. ", "A. ", '' for a bullet). */
  said: string;
}

/**
 * The list or section marker at the start of a block, and how it is read: a Roman section number
 * ("I-", "II.") and an arabic one ("1.", "1.1.", "2)") as the number followed by a full stop
 * ("Hai. Nội dung tuyên truyền"), a lettered item ("a)") as its letter, a bullet ("-", "+", "•")
 * not at all — broadcasters do not say bullets; the pause of the new paragraph stands for it.
 */
export function speakMarker(line: string): Marker | undefined {
  let m = /^([IVXL]+)\s*[.\-–)]\s*/.exec(line);
  if (m && romanValue(m[1]!) !== undefined) return { written: m[0], said: `${cap(readNumber(romanValue(m[1]!)!))}. ` };
  m = /^(\d+(?:\.\d+)*)\.?\)?\s+/.exec(line);
  if (m && /[.)]\s*$/.test(m[0].trimEnd()) && m[1]!.split('.').every((p) => p.length <= 2)) {
    return { written: m[0], said: `${cap(readNumeral(m[1]!))}. ` };
  }
  m = /^([a-zđ])\)\s*/.exec(line);
  if (m && LIST_LETTERS[m[1]!]) return { written: m[0], said: `${cap(LIST_LETTERS[m[1]!]!)}. ` };
  m = /^[-–—+•*]\s+/.exec(line);
  if (m) return { written: m[0], said: '' };
  return undefined;
}

/** A block's first line: its marker read, the rest normalised, the first letter a capital. */
export function speakBlockStart(line: string): string {
  const marker = speakMarker(line);
  const rest = speakLine(marker ? line.slice(marker.written.length) : line);
  return `${marker?.said ?? ''}${cap(rest)}`;
}
