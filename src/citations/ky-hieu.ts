/**
 * Finding document numbers ("số và ký hiệu") in running text, and reading the document type from
 * the ký hiệu when no type word is written. Parsing a found number is parseDocumentNumber's job.
 *
 * Accepted shapes (vn-documents.md §1.2, §1.4):
 *   Party                 18-NQ/TW, 173-HD/BTGTW, 367-QĐ/TWĐTN-VP
 *   State                 112/CĐ-TTg, 05/BNV-VP, and Party numbers written that way: 08/HD-BTGTU
 *   State legal           30/2020/NĐ-CP, 59/2020/QH14 (a law)
 *   hyphen missing        84 QĐ/TWĐTN  (only with a known type code, see BARE)
 *   with one space or an en dash around any separator: 21- HD/BTGTW, 367 – QĐ/TWĐTN-VP
 * A sequence number is required: a blank header number ("Số: /TTCS-TTTQ") cites nothing.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import type { DocumentNumber } from '../model/document-number.ts';
import { alternation } from './patterns.ts';

const DASH = '[-‐‑‒–—]';
/** At most one space around a separator. */
const S1 = '[ \\u00a0]?';
/**
 * One abbreviation group: a capital, then capitals/digits with at most one lower-case letter
 * anywhere after the first character ("NQ", "BTGTW", "TTg", "QĐi", "CTr", "QyĐ"), 2–19 chars.
 * The single lower-case letter keeps ordinary words out: "Ngày" is N, g, à — two lower-case.
 */
const TOKEN = '\\p{Lu}(?:[\\p{Lu}\\d]{1,11}(?:\\p{Ll}[\\p{Lu}\\d]{0,6})?|\\p{Ll}[\\p{Lu}\\d]{0,6})';
/** Further "-GROUP" parts: "-VP" in "367-QĐ/TWĐTN-VP". */
const MORE = `(?:${S1}${DASH}${S1}${TOKEN}){0,3}`;

const PARTY = `${S1}${DASH}${S1}${TOKEN}${S1}/${S1}${TOKEN}${MORE}`;
/** After the slash: "<year>/CODE[-GROUP…]" (a law has no hyphen: 59/2020/QH14) or "CODE-GROUP[-GROUP…]". */
const STATE = `${S1}/${S1}(?:\\d{4}${S1}/${S1}${TOKEN}(?:${S1}${DASH}${S1}${TOKEN}){0,3}|${TOKEN}(?:${S1}${DASH}${S1}${TOKEN}){1,3})`;

const codeEntries = Object.entries(DOCUMENT_TYPES).flatMap(([slug, t]) =>
  t.codes.map((code) => [code as string, slug as DocumentType] as const),
);
/** Party form with the hyphen missing ("84 QĐ/TWĐTN"): only when the code is a known type code. */
const BARE = `[ \\u00a0](?:${alternation(codeEntries.map(([c]) => c))})${S1}/${S1}${TOKEN}${MORE}`;

/**
 * Global matcher for numbers. The look-behind keeps us from starting inside a longer token
 * ("2020/NĐ-CP" inside "30/2020/NĐ-CP", digits of a longer number); the final look-ahead keeps a
 * group from stopping inside a word. Group 1 is the sequence number.
 */
export const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-–])(\\d{1,5})(?:${PARTY}|${STATE}|${BARE})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Codes that do not name one type. QĐ: Party *quy định* of the Politburo and Secretariat carry
 * "QĐ" just like quyết định (66-QĐ/TW is a quy định), so only the type word can tell them apart.
 */
const AMBIGUOUS_CODES = new Set(['QĐ']);
const typeByCode = new Map<string, DocumentType>(codeEntries.filter(([c]) => !AMBIGUOUS_CODES.has(c)));

/**
 * The type named by the ký hiệu's type code, when it names exactly one: "NQ" in 18-NQ/TW and
 * 18/NQ-TW, "CĐ" in 112/CĐ-TTg, "NĐ" in 30/2020/NĐ-CP. The code is the first letter group of the
 * symbol after an optional year. A State công văn has none ("05/BNV-VP" → BNV is an issuer).
 */
export function typeFromCode(n: DocumentNumber): DocumentType | undefined {
  const code = /^(?:\d{4}\s*\/\s*)?(\p{L}+)/u.exec(n.symbol.trim())?.[1];
  return code ? typeByCode.get(code) : undefined;
}
