/**
 * Text normalisation shared by the importer, the lossless check, number keys and (later) search.
 * Pure functions, no dependencies.
 */

/** Unicode NFC, the form every stored text uses. */
export const nfc = (s: string): string => s.normalize('NFC');

/**
 * Whitespace folding used by the lossless comparison: NFC, every run of white space
 * (including NBSP, tabs, line breaks, zero-width joiners are NOT white space) becomes one space,
 * trimmed at both ends.
 */
export function foldWhitespace(s: string): string {
  return nfc(s).replace(/[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu, ' ').trim();
}

/**
 * Accent folding for matching keys: lower case, strip combining marks, đ→d.
 * "Nghị quyết Đảng" → "nghi quyet dang".
 */
export function foldAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** URL/file slug: folded accents, a–z0–9 words joined by '-'. */
export function slugify(s: string): string {
  return foldAccents(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
