/**
 * Finding document numbers ("số và ký hiệu") in running text, and reading the document type from
 * the ký hiệu when no type word is written. Parsing a found number is parseDocumentNumber's job.
 *
 * Accepted shapes (vn-documents.md §1.2, §1.4):
 *   Party                 18-NQ/TW, 173-HD/BTGTW, 367-QĐ/TWĐTN-VP
 *   State                 112/CĐ-TTg, 05/BNV-VP, and Party numbers written that way: 08/HD-BTGTU
 *   State legal           30/2020/NĐ-CP, 59/2020/QH14 (a law)
 *   hyphen missing        84 QĐ/TWĐTN  (only with a known type code, see BARE)
 *   with one space or an en dash around any separator: 21- HD/BTGTW, 367 – QĐ/TWĐTN-VP, 112/CĐ - TTg
 *   with a line break after a separator (a PDF line wrapped at the hyphen): 18-\nNQ/TW
 *   glued to "số" (a typing slip): số18-NQ/TW
 *   with a markdown-escaped hyphen: 57\-NQ/TW
 *   joint (liên tịch) symbols naming every issuer, long and with a slash for a hyphen:
 *                         102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, 19/2008/NQLT/CP-UBTUMTTQVN
 *   a unit code joining two departments with "&": 5104/BTTTT-PTTH&TTĐT, 12/SKH&ĐT-TH; or two parts with a dot: …-BĐ.TP
 * A sequence number is required: a blank header number ("Số: /TTCS-TTTQ") cites nothing.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import type { DocumentNumber } from '../model/document-number.ts';
import { alternation } from './patterns.ts';

/**
 * A hyphen or dash; it may carry a markdown escape, "Số 57\-NQ/TW", in text that went through a
 * markdown writer (Word → pandoc). The key drops the backslash like every other separator.
 */
const DASH = '\\\\?[-‐‑‒–—]';
/** At most one space before a separator. */
const S1 = '[ \\u00a0\\u2007\\u2009\\u202f]?';
/** After a separator: one space, or one line break (where a PDF wrapped the line). */
const S1B = '(?:[ \\u00a0\\u2007\\u2009\\u202f]|\\r?\\n)?';
/**
 * One abbreviation group: a capital, then capitals/digits with at most one lower-case letter
 * anywhere after the first character ("NQ", "BTGTW", "TTg", "QĐi", "CTr", "QyĐ"), 2–23 chars
 * (the joint issuer code of the Mặt trận's Presidium, "ĐCTUBTWMTTQVN", is 13 capitals).
 * The single lower-case letter keeps ordinary words out: "Ngày" is N, g, à — two lower-case.
 * Two such codes may be joined by "&" (a unit of two departments, "PTTH&TTĐT"; "SKH&ĐT").
 */
const CODE = '\\p{Lu}(?:[\\p{Lu}\\d]{1,15}(?:\\p{Ll}[\\p{Lu}\\d]{0,6})?|\\p{Ll}[\\p{Lu}\\d]{0,6})';
/** A unit's code may join two parts with a dot: "BĐ.TP" (Ban đại diện … thành phố, "01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP"); capitals after it, then no letter. */
const TOKEN = `${CODE}(?:&${CODE}|\\.\\p{Lu}[\\p{Lu}\\d]{0,5}(?![\\p{L}\\d]))?`;
/**
 * Further "-GROUP" parts: "-VP" in "367-QĐ/TWĐTN-VP". Up to five: a joint document names every
 * issuer ("05/2016/TTLT-BTC-BNV-BTP-BCA", "01/CTrPH-MTTQ-UBND-CA-QS").
 */
const MORE = `(?:${S1}${DASH}${S1B}${TOKEN}){0,5}`;

const PARTY = `${S1}${DASH}${S1B}${TOKEN}${S1}/${S1B}${TOKEN}${MORE}`;
/**
 * After the slash: "<year>/CODE[-GROUP…]" (a law has no hyphen: 59/2020/QH14) or "CODE-GROUP[-GROUP…]".
 * After a year a further group may follow a slash too: joint symbols are typed both ways
 * ("102/2025/NQLT-UBTVQH15-CP…" and "102/2025/NQLT/UBTVQH15-CP…", "19/2008/NQLT/CP-UBTUMTTQVN").
 */
const STATE = `${S1}/${S1B}(?:\\d{4}${S1}/${S1B}${TOKEN}(?:${S1}(?:${DASH}|/)${S1B}${TOKEN}){0,5}|${TOKEN}(?:${S1}${DASH}${S1B}${TOKEN}){1,5})`;

const codeEntries = Object.entries(DOCUMENT_TYPES).flatMap(([slug, t]) =>
  t.codes.map((code) => [code as string, slug as DocumentType] as const),
);
/** Party form with the hyphen missing ("84 QĐ/TWĐTN"): only when the code is a known type code. */
const BARE = `[ \\u00a0\\u2007\\u2009\\u202f](?:${alternation(codeEntries.map(([c]) => c))})${S1}/${S1}${TOKEN}${MORE}`;

/**
 * Where a number ends: not inside a word — or glued to the "ngày" of its date, a typing slip
 * ("Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012").
 */
const NUMBER_END = '(?:(?![\\p{L}\\p{N}])|(?=(?:ngày|Ngày|NGÀY)(?![\\p{L}])))';

/**
 * Global matcher for numbers. The look-behind keeps us from starting inside a longer token
 * ("2020/NĐ-CP" inside "30/2020/NĐ-CP", digits of a longer number); the final look-ahead keeps a
 * group from stopping inside a word. Group 1 is the sequence number.
 */
export const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-–])(\\d{1,5})(?:${PARTY}|${STATE}|${BARE})${NUMBER_END}`,
  'gu',
);

/**
 * Short numbers that name a document only after "<type word> số" (find.ts checks that):
 *   "<seq>-<TYPE CODE>"  a Party number without its issuer part: "Thông báo Kết luận số 159-TB"
 *                        (group 2; find.ts also checks the code is the type word's own)
 *   "<seq>/<CODE>"       a State công văn of a small office whose symbol is its code alone:
 *                        "Công văn số 50/VHTT" (group 3)
 */
export const SHORT_NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-–])(\\d{1,5})(?:${S1}${DASH}${S1}(${alternation(codeEntries.map(([c]) => c))})|${S1}/${S1}(${TOKEN}))(?![\\p{L}\\p{N}/\\-‐‑‒–—&])`,
  'gu',
);

/**
 * A number glued to "số" ("số18-NQ/TW"), which NUMBER_RE's look-behind refuses. The match starts
 * at "số" (literal first, so the scan is fast); the number is `m[0].slice(2)` and starts at
 * `m.index + 2`. The caller checks that no letter stands before "số".
 */
export const GLUED_NUMBER_RE = new RegExp(`(?:số|Số|SỐ)(\\d{1,5})(?:${PARTY}|${STATE}|${BARE})${NUMBER_END}`, 'gu');

/**
 * Codes that do not name one type. QĐ: Party *quy định* of the Politburo and Secretariat carry
 * "QĐ" just like quyết định (66-QĐ/TW is a quy định), so only the type word can tell them apart.
 */
const AMBIGUOUS_CODES = new Set(['QĐ']);
const typeByCode = new Map<string, DocumentType>(codeEntries.filter(([c]) => !AMBIGUOUS_CODES.has(c)));

/**
 * The abbreviations of Nghị định 30/2020/NĐ-CP (Phụ lục III) and of the legal documents that
 * stand first in a State ký hiệu and name a type — those the project has a type for and the rest
 * (giấy mời, hợp đồng, thư công, thông tư …). A first group that is none of them is an issuer's code.
 */
const STATE_TYPE_ABBREVIATIONS = new Set([
  ...codeEntries.map(([c]) => c),
  'QyĐ', 'QYĐ', 'DA', 'HĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'TT', 'TTLT', 'PL', 'SL', 'L', 'LTCT',
]);

/** The ký hiệu's first letter group after an optional year, and whether a year stood before it. */
const firstCode = (n: DocumentNumber) => {
  const m = /^(\d{4}\s*\/\s*)?(\p{L}+)/u.exec(n.symbol.trim());
  return m ? { code: m[2]!, year: m[1] !== undefined } : undefined;
};

/**
 * The type named by the ký hiệu's type code, when it names exactly one: "NQ" in 18-NQ/TW and
 * 18/NQ-TW, "CĐ" in 112/CĐ-TTg, "NĐ" in 30/2020/NĐ-CP. The code is the first letter group of the
 * symbol after an optional year. "QĐ" is a quyết định in a State number ("05/QĐ-UBND") and
 * ambiguous in a Party one. A State công văn has none ("05/BNV-VP" → BNV is an issuer).
 */
export function typeFromCode(n: DocumentNumber | undefined): DocumentType | undefined {
  if (!n || n.style === 'unknown') return undefined;
  const first = firstCode(n);
  if (!first) return undefined;
  return typeByCode.get(first.code) ?? (n.style === 'state' && first.code === 'QĐ' ? 'quyet-dinh' : undefined);
}

/**
 * Whether a number is shaped like a State công văn's: its ký hiệu starts with the issuer's code,
 * not a type's ("4912/UBND-NC", "05/BNV-VP"; Nghị định 30/2020, Phụ lục III), and carries no year.
 * For the document's own number, where nothing else names its type; a citation's type word, and a
 * body's own irregular numbering ("Kế hoạch số 45/UBND"), say more.
 */
export function isCongVanNumber(n: DocumentNumber | undefined): boolean {
  if (!n || n.style !== 'state') return false;
  const first = firstCode(n);
  return !!first && !first.year && first.code.length >= 2 && !STATE_TYPE_ABBREVIATIONS.has(first.code);
}

// ---------------------------------------------------------------------------------------------
// Misspelled issuer codes.

/**
 * Issuer codes of the central bodies whose numbers are cited everywhere, and the local codes one
 * letter away from them that are right as they are (BTGTU is a province's Ban Tuyên giáo, not a
 * slip for BTGTW).
 */
const CENTRAL_CODES = ['BTGTW', 'BTGDVTW', 'BTCTW', 'BDVTW', 'UBKTTW', 'VPTW', 'BNCTW', 'BKTTW', 'ĐUCA', 'VPCP', 'BCĐTW'];
const LOCAL_CODES = new Set([
  'BTGTU', 'BTGThU', 'BTGHU', 'BTGQU', 'BTGĐU', 'BTGDVTU', 'BTGDVThU', 'BTCTU', 'BTCHU', 'BDVTU', 'BDVHU', 'UBKTTU', 'UBKTHU',
  'VPTU', 'VPHU', 'BNCTU', 'BKTTU',
]);

/** Damerau–Levenshtein distance of at most 1 (one insertion, deletion, substitution or swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The central issuer code a number's code most likely misspells: "173-HD/BTGW" → "BTGTW",
 * "18-NQ/BTGTƯ" → "BTGTW". Only codes of four letters or more one edit away from a central code
 * count; a code that is itself known is right. The number and its key are left as written.
 */
export function suspectIssuerCode(n: DocumentNumber): string | undefined {
  const groups = n.symbol.split(/[\s/\-‐‑‒–—]+/u).filter((g) => /^\p{L}[\p{L}\d]*$/u.test(g));
  for (const g of groups) {
    if (g.length < 4 || CENTRAL_CODES.includes(g) || LOCAL_CODES.has(g) || typeByCode.has(g) || AMBIGUOUS_CODES.has(g)) continue;
    const hit = CENTRAL_CODES.find((c) => withinOneEdit(g.toUpperCase(), c));
    if (hit) return hit;
  }
  return undefined;
}
