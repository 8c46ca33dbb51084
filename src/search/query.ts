/**
 * What a search query asks for: a document number in any spelling staff type it, and the words to
 * highlight. Pure; bundled into the search page's script (src/search/ui.ts) and unit-tested.
 *
 *   "18-NQ/TW", "18/NQ-TW", "18 NQ TW", "18nqtw"  → number 18, key "18nqtw"
 *   "112/CĐ-TTg", "112/CD-TTg"                    → number 112, key "112cdttg" (đ folded)
 *   "NQ 18", "NQ18", "nghị quyết 18", "nghi quyet so 18" → number 18 of type nghi-quyet, no key
 *   "18", "số 18"                                   → number 18, any type
 *   "nghị quyết số 18-NQ/TW"                        → type and full key
 * Anything else ("chi dao", "18 tháng 11 năm 2024") is not a number query, or one whose key matches
 * nothing: the number lookup then finds nothing and the full-text search does the work.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import { numberKey } from '../model/document-number.ts';
import { foldAccents } from '../text/fold.ts';

export interface NumberQuery {
  /** The sequence number typed, without leading zeros: "18", "112". */
  seq: string;
  /** The whole number's key when a ký hiệu was typed after the sequence ("18nqtw", "18nq"). */
  key?: string;
  /** Document type named in words or by its code before the number ("nghị quyết 18", "NQ 18"). */
  type?: DocumentType;
  /** The type code typed before the number, folded ("nq"): matched against the number's ký hiệu. */
  code?: string;
}

export interface ParsedQuery {
  /** The query as typed, NFC, white space collapsed. */
  text: string;
  number?: NumberQuery;
  /** Folded words of the query (only a–z0–9), for highlighting; the number's key among them. */
  terms: string[];
}

/** Folded for matching: accents and đ folded, lower case, dashes unified, spaces collapsed. */
export const foldQuery = (s: string) => foldAccents(s).replace(/[‐‑‒–—]/g, '-').replace(/\s+/g, ' ').trim();

/** A word reduced to what search compares: folded, letters and digits only. */
export const wordKey = (s: string) => foldAccents(s).replace(/[^a-z0-9]/g, '');

const typeEntries = Object.entries(DOCUMENT_TYPES) as [DocumentType, (typeof DOCUMENT_TYPES)[DocumentType]][];
/** Folded type names, longest first ("quyet dinh" before a shorter name could take its prefix). */
const TYPE_NAMES = typeEntries
  .filter(([slug]) => slug !== 'khac')
  .map(([slug, t]) => [foldAccents(t.name), slug] as const)
  .sort((a, b) => b[0].length - a[0].length);
/** Folded type codes ("nq", "cd" for CĐ, "qd" for QĐ), longest first. */
const TYPE_CODES = typeEntries
  .flatMap(([slug, t]) => t.codes.map((c) => [foldAccents(c), slug] as const))
  .sort((a, b) => b[0].length - a[0].length);

const MAX_LENGTH = 60;
const MAX_PARTS = 5;

/** The number part after an optional type: "18", "18-nq/tw", "18nqtw", "30/2020/nd-cp". */
function parseNumberPart(s: string): { seq: string; key?: string } | undefined {
  const m = /^(\d{1,6})(.*)$/.exec(s);
  if (!m) return undefined;
  const seq = m[1]!.replace(/^0+(?=\d)/, '');
  const tail = m[2]!.replace(/[\s./-]+$/, ''); // "18-", "8144/": the ký hiệu not typed yet
  if (!tail.trim()) return { seq };
  // The ký hiệu: parts of letters and digits joined by - / . or spaces, at least one with a letter.
  if (!/^(?:[\s./-]*[a-z0-9]+)+[\s./-]*$/.test(tail)) return undefined;
  const parts = tail.split(/[^a-z0-9]+/).filter(Boolean);
  if (parts.length > MAX_PARTS || parts.some((p) => p.length > 12) || !parts.some((p) => /[a-z]/.test(p))) return undefined;
  return { seq, key: numberKey(seq + parts.join('')) };
}

/**
 * Whether what is typed so far may still become a number query: it has digits, or it is the start
 * of a type name or code ("ngh", "nghị quyết", "NQ", "số"). The search page loads Pagefind ahead
 * only for queries that cannot: a number query is answered without it.
 */
export function mayBecomeNumber(input: string): boolean {
  const f = foldQuery(input);
  if (!f || /\d/.test(f)) return true;
  const starts = (whole: string) => whole.startsWith(f) || f.startsWith(`${whole} `) || f === whole;
  return starts('so') || TYPE_NAMES.some(([n]) => starts(n)) || TYPE_CODES.some(([c]) => starts(c));
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  const folded = foldQuery(text);
  const terms = [...new Set(folded.split(' ').map(wordKey).filter(Boolean))];
  const result: ParsedQuery = { text, terms };
  if (!folded || folded.length > MAX_LENGTH) return result;

  let rest = folded;
  let type: DocumentType | undefined;
  let code: string | undefined;
  const name = TYPE_NAMES.find(([n]) => rest === n || rest.startsWith(`${n} `) || new RegExp(`^${n}\\d`).test(rest));
  if (name) {
    type = name[1];
    rest = rest.slice(name[0].length).trim();
  } else {
    // "NQ 18", "NQ18", "NQ-18", "CĐ 112": a type code directly before the sequence number.
    const byCode = TYPE_CODES.find(([c]) => new RegExp(`^${c}[\\s-]*\\d+$`).test(rest));
    if (byCode) {
      type = byCode[1];
      code = byCode[0];
      rest = rest.slice(byCode[0].length).replace(/^[\s-]+/, '');
    }
  }
  rest = rest.replace(/^so\s*:?\s*/, ''); // "số 18", "nghị quyết số 18-NQ/TW"
  const n = parseNumberPart(rest);
  if (!n) return result;
  const number: NumberQuery = { seq: n.seq };
  if (n.key) number.key = n.key;
  if (type) number.type = type;
  if (code) number.code = code;
  result.number = number;
  if (n.key && !terms.includes(n.key)) result.terms = [...terms, n.key];
  return result;
}
