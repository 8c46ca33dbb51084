/**
 * Vietnamese numbers in words, as a broadcaster reads them (Northern standard, as the national
 * radio reads): "21" → "hai mươi mốt", "105" → "một trăm linh năm", "2017" → "hai nghìn không
 * trăm mười bảy", "1.500.000" → "một triệu năm trăm nghìn".
 *
 * The rules that differ from a digit-by-digit reading:
 * - mười / mươi: 10 is "mười", a tens digit of 2–9 is read "<digit> mươi" ("hai mươi").
 * - một / mốt: a units 1 after "mươi" is "mốt" ("hai mươi mốt"); after "mười" and "linh" it stays "một".
 * - năm / lăm: a units 5 after "mười" or "mươi" is "lăm" ("mười lăm", "hai mươi lăm"); alone and
 *   after "linh" it stays "năm" ("một trăm linh năm").
 * - bốn / tư: a units 4 after "mươi" is "tư" ("hai mươi tư"); after "mười" and "linh" it stays
 *   "bốn" ("mười bốn", "một trăm linh bốn").
 * - linh: a zero tens digit before a non-zero units digit, inside a number, is "linh" (Southern
 *   speakers say "lẻ"; the national radio says "linh").
 * - không trăm: a three-digit group after a higher group is read whole ("hai nghìn không trăm
 *   mười bảy"); a group of three zeros is not read at all ("một triệu năm trăm").
 * - nghìn (not "ngàn"), triệu, tỷ; past a thousand billion: "nghìn tỷ".
 * Ordinals after "thứ": 1 → "nhất", 4 → "tư" ("thứ nhất", "thứ tư"), the rest cardinal.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Words of 0–99 when it is the last two digits of a number (`inside`: there are higher digits). */
function tensAndUnits(n: number, inside: boolean): string[] {
  const t = Math.floor(n / 10), u = n % 10;
  if (t === 0) {
    if (u === 0) return [];
    return inside ? ['linh', DIGITS[u]!] : [DIGITS[u]!];
  }
  if (t === 1) return u === 0 ? ['mười'] : ['mười', u === 5 ? 'lăm' : DIGITS[u]!];
  const unit = u === 0 ? [] : [u === 1 ? 'mốt' : u === 5 ? 'lăm' : u === 4 ? 'tư' : DIGITS[u]!];
  return [DIGITS[t]!, 'mươi', ...unit];
}

/** Words of a group 0–999; `full`: a higher group was read, so "không trăm" and "linh" are said. */
function group(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100), rest = n % 100;
  if (h === 0 && !full) return tensAndUnits(rest, false);
  return [DIGITS[h]!, 'trăm', ...tensAndUnits(rest, true)];
}

const SCALES = ['', 'nghìn', 'triệu'] as const;

/** Words of a number below a billion (up to 9 digits); `full`: a higher part was read before it. */
function belowBillion(digits: string, full: boolean): string[] {
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return; // a group of zeros is not read: "một triệu năm trăm"
    words.push(...group(g, full || words.length > 0));
    const scale = SCALES[groups.length - 1 - i]!;
    if (scale) words.push(scale);
  });
  return words;
}

function whole(digits: string, full: boolean): string[] {
  if (digits.length <= 9) return belowBillion(digits, full);
  const high = digits.slice(0, -9), low = digits.slice(-9);
  return [...whole(high, full), 'tỷ', ...belowBillion(low, true)];
}

/**
 * A whole number in words. Takes a string of digits (up to 18, leading zeros ignored: "05" →
 * "năm") or a safe integer. Past a billion the scale goes on as "nghìn tỷ", "triệu tỷ".
 */
export function readNumber(value: string | number): string {
  const digits = typeof value === 'number' ? String(value) : value;
  if (!/^\d+$/.test(digits)) throw new Error(`not a whole number: "${digits}"`);
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length > 18) throw new Error(`number too long to read: ${digits.length} digits`);
  if (trimmed === '0') return 'không';
  return whole(trimmed, false).join(' ');
}

/** The digits one by one ("0912" → "không chín một hai"): telephone numbers, long codes. */
export const readDigits = (digits: string): string => [...digits].map((d) => DIGITS[Number(d)]!).join(' ');

/** An ordinal after "thứ": 1 → "nhất", 4 → "tư", others as the cardinal ("hai", "mười bốn", "hai mươi tư"). */
export function readOrdinal(value: string | number): string {
  const n = Number(value);
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  return readNumber(value);
}

/** A month number in "tháng …": 4 is "tư" ("tháng tư"), the rest cardinal ("tháng mười một"). */
export function readMonth(value: string | number): string {
  const n = Number(value);
  return n === 4 ? 'tư' : readNumber(n);
}

/** A day of the month after "ngày": 1–10 take "mồng" as the radio says them ("ngày mồng năm"). */
export function readDay(value: string | number): string {
  const n = Number(value);
  return n <= 10 ? `mồng ${readNumber(n)}` : readNumber(n);
}

/**
 * A decimal with the Vietnamese comma: "2,5" → "hai phẩy năm"; the fraction is read as a number
 * ("3,25" → "ba phẩy hai mươi lăm"), its leading zeros one by one ("1,05" → "một phẩy không năm").
 */
export function readDecimal(whole: string, fraction: string): string {
  const zeros = /^0*/.exec(fraction)![0];
  const rest = fraction.slice(zeros.length);
  const frac = [...zeros].map(() => 'không').concat(rest ? [readNumber(rest)] : []);
  return `${readNumber(whole)} phẩy ${frac.join(' ')}`;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/**
 * The value of a Roman numeral made of I, V, X, L (1–89: section numbers, Party congresses and
 * terms, centuries), or undefined when the letters are not a well-formed numeral ("IIV", "VX").
 * C, D and M are left out on purpose: "CV", "CD", "DC" are document-type codes, not numbers.
 */
export function romanValue(s: string): number | undefined {
  if (s === '' || !/^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!, next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
