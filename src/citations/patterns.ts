/**
 * Regular-expression building blocks shared by the citation finder.
 *
 * Every pattern here is case-SENSITIVE on purpose: Roman numerals ("khóa XIII") and ký hiệu
 * codes ("NQ", "TTg") must not match ordinary lower-case words ("vi", "các"). Words that may be
 * written in several cases are spelled out with {@link caseVariants} instead of the `i` flag
 * (V8 in Node 22 has no inline `(?i:…)` modifiers).
 *
 * Backtracking safety: every repetition below is either over a single character class, or over
 * a group whose alternatives start with disjoint characters, or is bounded by a small {m,n}.
 */
import { DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways a phrase is written: as given (Vietnamese names capitalise only some words: "Ban Chấp
 * hành Trung ương"), sentence case, each word capitalised, upper case, and lower case unless
 * `lower: false`. "nghị quyết" → ["nghị quyết", "Nghị quyết", "Nghị Quyết", "NGHỊ QUYẾT"].
 */
export function caseVariants(phrase: string, { lower = true } = {}): string[] {
  const l = phrase.toLowerCase();
  const sentence = l.charAt(0).toUpperCase() + l.slice(1);
  const title = l.replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
  const all = [phrase, sentence, title, l.toUpperCase()];
  if (lower) all.unshift(l);
  return [...new Set(all)];
}

/** Alternation of phrases, longest first so "Quyết định" is not cut to a shorter prefix. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * Horizontal white space, markdown emphasis stars, or ONE line break (not a blank line): what may
 * separate the words of one citation. `(?!…)` refuses a line break followed by an empty line, so
 * a head ("Nghị quyết số 18-NQ/TW") never runs across a paragraph break. (Two exceptions, both
 * for PDF page breaks: a date phrase may, and an issuer may once; see date-text.ts, tail.ts.)
 */
export const GAP = '(?:[ \\t\\u00a0\\u2007\\u2009\\u202f*]|\\r?\\n(?![ \\t\\u00a0\\u2007\\u2009\\u202f]*\\r?\\n))';

/** Type words of numbered citations, any case ("nghị quyết số", "NGHỊ QUYẾT SỐ"). */
export const TYPE_WORD_ANY_CASE = alternation(DOCUMENT_TYPE_NAMES.flatMap((n) => caseVariants(n)));

/**
 * Words that make a compound type word with the type word before them: "Chương trình hành động",
 * "Thông báo kết luận", "Nghị quyết liên tịch", "Quy chế phối hợp", "Văn bản chỉ đạo", "Công điện hỏa
 * tốc". The type is the first word's.
 */
export const TYPE_QUALIFIER = alternation(['hành động', 'kết luận', 'liên tịch', 'phối hợp', 'liên ngành', 'chỉ đạo', 'hỏa tốc', 'hoả tốc'].flatMap((w) => caseVariants(w)));

/**
 * Type words abbreviated to their ký hiệu code, accepted only right before "số": "QĐ số
 * 1234/QĐ-UBND", "KH số 12-KH/TU". "QĐ" is quyết định here (a quy định is "QĐi").
 */
export const TYPE_ABBREVIATIONS: ReadonlyMap<string, DocumentType> = new Map(
  Object.entries(DOCUMENT_TYPES).flatMap(([slug, t]) => t.codes.map((c) => [c as string, slug as DocumentType] as const)),
);
export const TYPE_ABBREVIATION = alternation([...TYPE_ABBREVIATIONS.keys()]);

/** Roman numerals as used for terms and congresses (I … XXXIX is plenty). */
export const ROMAN = '[IVXL]{1,6}';

/** "khóa" in both accent placements ("khóa", "khoá") and in any case. */
export const KHOA = alternation(['khóa', 'khoá'].flatMap((w) => caseVariants(w)));

/** Not followed by a letter or digit: the end of a word. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
