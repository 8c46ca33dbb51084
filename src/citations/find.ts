/**
 * Citations of other documents inside a directive's text:
 *
 *   Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII   full
 *   Kế hoạch số 04-KH/BCĐ, Số: 112/CĐ-TTg, 173-HD/BTGTW                                short
 *   Nghị quyết Đại hội XIII của Đảng                                                   name-only
 *
 * How it works (pure, one pass per pattern, no backtracking blow-up):
 *  1. The text is normalised to NFC; ALL OFFSETS REFER TO THE NFC TEXT (equal to the input's when
 *     the input is already NFC, which every stored text is).
 *  2. Heads are found: every ký hiệu number (NUMBER_RE, ky-hieu.ts), every "<type word> số
 *     <digits>" without ký hiệu (SO_DIGITS_RE) and every name-only reference (NAME_ONLY_RE,
 *     name-only.ts). For a ký hiệu number, the ≤64 characters before it are read backwards for
 *     a type word and/or "số"/"Số:" (HEAD_PREFIX_RE). Where two heads start at one place the
 *     longer wins.
 *  3. Each head reads its tail (date, term, "của" issuer; tail.ts), never past the next head,
 *     so spans never overlap.
 *  4. A bare number right after another citation and a list separator ("các Nghị quyết số
 *     18-NQ/TW, 19-NQ/TW") is its own citation and inherits the list's type.
 *  5. A date written BEFORE the type word is attached only in the one shape that leaves no doubt:
 *     "ngày 25/10/2017, Ban Chấp hành Trung ương [đã] ban hành Nghị quyết số 18-NQ/TW".
 *
 * Markdown emphasis stars may sit anywhere between the words of a citation; `raw` keeps them
 * verbatim (so it may hold an unbalanced `*` when the emphasis began before the citation).
 */
import { nfc } from '../text/fold.ts';
import { documentTypeFromName, type DocumentType } from '../model/document-type.ts';
import { parseDocumentNumber, type DocumentNumber } from '../model/document-number.ts';
import type { PartialDate } from '../model/partial-date.ts';
import { matchDatePhrase } from './date-text.ts';
import { NUMBER_RE, typeFromCode } from './ky-hieu.ts';
import { NAME_ONLY_RE } from './name-only.ts';
import { alternation, caseVariants, GAP, TYPE_WORD_ANY_CASE } from './patterns.ts';
import { dropTrailingVerbPhrase, readTail, type Tail } from './tail.ts';

export interface Citation {
  /** UTF-16 offsets into the NFC-normalised text; `text.slice(start, end) === raw`. */
  start: number;
  end: number;
  /** The span, verbatim. */
  raw: string;
  /** From the type word; without one, from the ký hiệu code when it names one type, or from the list the number belongs to. */
  type?: DocumentType;
  /** The type word as written ("Nghị quyết", "NGHỊ QUYẾT"). */
  typeWord?: string;
  /** parseDocumentNumber of the number as written; undefined for name-only references. */
  number?: DocumentNumber;
  /** When the span states a date. */
  date?: PartialDate;
  /** The words after "của", up to a stop ("Ban Tuyên giáo Trung ương"). */
  issuer?: string;
  /** "khóa XII" → "XII". */
  term?: string;
  /** full = number + date; short = number without date; name-only = no number. */
  form: 'full' | 'short' | 'name-only';
}

const SO = alternation(caseVariants('số'));
/**
 * Read backwards from a number: "[type word] gap [số[:]] gap" ending exactly at the number.
 * Both parts are optional; the engine returns the leftmost start that reaches the end, i.e. the
 * longest prefix. Group 1: type word; group 2: "số".
 */
const HEAD_PREFIX_RE = new RegExp(
  `(?<![\\p{L}])(?:(${TYPE_WORD_ANY_CASE})${GAP}+)?(?:(?<![\\p{L}])(${SO})(?:[ \\t\\u00a0]*:)?${GAP}*)?$`,
  'u',
);
const PREFIX_WINDOW = 64;

/**
 * "Công văn số 468": a type word and "số" make a bare sequence number a citation even without a
 * ký hiệu (vn-documents.md §1.4). Found from "số <digits>" (cheap to scan for), then the type word
 * is required before it. The look-ahead refuses anything that continues the number ("468/…",
 * "4.5", "468-…"); numbers with a ký hiệu are NUMBER_RE's.
 */
const SO_DIGITS_RE = new RegExp(
  `(?<![\\p{L}])(?:${SO})(?:[ \\t\\u00a0]*:)?${GAP}*(\\d{1,5})(?![\\p{L}\\p{N}/\\-–]|[.,]\\d)`,
  'gu',
);

/** What separates two numbers of one list: ", ", "; ", " và ", ", và ", "hoặc". */
const LIST_SEPARATOR = new RegExp(`^${GAP}*(?:[,;]${GAP}*)?(?:(?:và|hoặc)${GAP}+)?(?:(?:${SO})(?:[ \\t\\u00a0]*:)?${GAP}*)?$`, 'u');

/** "<date>, <Issuer words> [đã] [ký] ban hành " right before a type word (step 5). */
const PREPOSED_REST = /^,?[ \t\u00a0]+(\p{Lu}\p{L}*(?:[ \t\u00a0]+\p{L}+){0,11}?)[ \t\u00a0]+(?:đã[ \t\u00a0]+)?(?:ký[ \t\u00a0]+)?ban hành[ \t\u00a0]+(?:các[ \t\u00a0]+)?$/u;
const NGAY_IN_WINDOW = /(?<![\p{L}])(?:ngày|Ngày|NGÀY)(?![\p{L}])/gu;
const PREPOSED_WINDOW = 200;

interface Head {
  start: number;
  /** Where the tail starts. */
  end: number;
  typeWord?: string;
  number?: DocumentNumber;
}

/** Where the head of a citation whose number starts at `s` begins, and its type word if any. */
function prefixAt(text: string, s: number): { start: number; typeWord?: string } {
  const from = Math.max(0, s - PREFIX_WINDOW);
  const p = HEAD_PREFIX_RE.exec(text.slice(from, s))!; // always matches (both parts optional)
  if (!p[1] && !p[2]) return { start: s };
  return p[1] ? { start: from + p.index, typeWord: p[1] } : { start: from + p.index };
}

function numberHeads(text: string): Head[] {
  return [...text.matchAll(NUMBER_RE)].map((m) => ({
    ...prefixAt(text, m.index),
    end: m.index + m[0].length,
    number: parseDocumentNumber(m[0]),
  }));
}

function seqOnlyHeads(text: string): Head[] {
  const heads: Head[] = [];
  for (const m of text.matchAll(SO_DIGITS_RE)) {
    const end = m.index + m[0].length;
    const prefix = prefixAt(text, end - m[1]!.length);
    if (prefix.typeWord) heads.push({ ...prefix, end, number: parseDocumentNumber(m[1]!) });
  }
  return heads;
}

function nameOnlyHeads(text: string): Head[] {
  return [...text.matchAll(NAME_ONLY_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, typeWord: m[1]! }));
}

/** Step 5: a date before the head, in the unambiguous "ngày …, X ban hành <head>" shape. */
function preposedDate(text: string, head: Head, notBefore: number): { start: number; date: PartialDate; issuer: string } | undefined {
  if (!head.typeWord) return undefined;
  const from = Math.max(notBefore, head.start - PREPOSED_WINDOW);
  const windowText = text.slice(from, head.start);
  let found: { start: number; date: PartialDate; issuer: string } | undefined;
  for (const m of windowText.matchAll(NGAY_IN_WINDOW)) {
    const d = matchDatePhrase(text, from + m.index);
    if (!d || d.end > head.start) continue;
    const rest = PREPOSED_REST.exec(text.slice(d.end, head.start));
    if (rest) {
      // "Ban Chấp hành Trung ương họp và ban hành …": the issuer is the name, not "họp và".
      const issuer = dropTrailingVerbPhrase(rest[1]!.split(/[ \t\u00a0]+/u), (w) => w).join(' ');
      found = { start: d.start, date: d.date, issuer }; // keep the last (closest) one
    }
  }
  return found;
}

function typeOf(head: Head, listType: DocumentType | undefined): DocumentType | undefined {
  if (head.typeWord) return documentTypeFromName(head.typeWord);
  return (head.number && typeFromCode(head.number)) ?? listType;
}

function build(text: string, head: Head, start: number, tail: Tail, type: DocumentType | undefined): Citation {
  const c: Citation = {
    start,
    end: tail.end,
    raw: text.slice(start, tail.end),
    form: head.number ? (tail.date ? 'full' : 'short') : 'name-only',
  };
  if (type) c.type = type;
  if (head.typeWord) c.typeWord = head.typeWord;
  if (head.number) c.number = head.number;
  if (tail.date) c.date = tail.date;
  if (tail.issuer) c.issuer = tail.issuer;
  if (tail.term) c.term = tail.term;
  return c;
}

/** Start of the first later head that does not begin inside this one: the tail must stop there. */
function nextStart(heads: Head[], i: number): number {
  for (let j = i + 1; j < heads.length; j++) if (heads[j]!.start >= heads[i]!.end) return heads[j]!.start;
  return Infinity;
}

/** Every citation in `text` (normalised to NFC first), sorted by start, non-overlapping. */
export function findCitations(input: string): Citation[] {
  const text = nfc(input);
  const heads = [...numberHeads(text), ...seqOnlyHeads(text), ...nameOnlyHeads(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Citation[] = [];
  for (let i = 0; i < heads.length; i++) {
    const head = heads[i]!;
    const prev = out[out.length - 1];
    const prevEnd = prev?.end ?? 0;
    if (head.start < prevEnd) continue; // inside the previous citation (e.g. a name inside a longer match)
    const limit = nextStart(heads, i);
    const tail = readTail(text, head.end, limit);
    // Step 4: a number with no type word continues the list the previous citation started.
    const inList = !head.typeWord && prev !== undefined && LIST_SEPARATOR.test(text.slice(prevEnd, head.start));
    let start = head.start;
    const before = tail.date ? undefined : preposedDate(text, head, prevEnd);
    if (before) {
      start = before.start;
      tail.date = before.date;
      tail.issuer ??= before.issuer;
    }
    out.push(build(text, head, start, tail, typeOf(head, inList ? prev.type : undefined)));
  }
  return out;
}
