/**
 * Citations of other documents inside a directive's text:
 *
 *   Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII   full
 *   Kế hoạch số 04-KH/BCĐ, Số: 112/CĐ-TTg, 173-HD/BTGTW                                short
 *   Nghị quyết Đại hội XIII của Đảng, Nghị quyết 18, Chỉ thị 05                         name-only
 *
 * How it works (pure, one pass per pattern, no backtracking blow-up):
 *  1. The text is normalised to NFC; ALL OFFSETS REFER TO THE NFC TEXT (equal to the input's when
 *     the input is already NFC, which every stored text is).
 *  2. Heads are found: every ký hiệu number (NUMBER_RE, ky-hieu.ts), every "<type word> số
 *     <digits>" without ký hiệu (SO_DIGITS_RE), every name-only reference (NAME_ONLY_RE,
 *     name-only.ts), every short name "<type word> <digits>" (SEQ_NAME_BEFORE/AFTER: "Nghị quyết 18") and
 *     every abbreviated short name an alias defines ("(sau đây gọi tắt là NQ18)", then "NQ18").
 *     For a number, the ≤120 characters before it are read backwards for a type word (also a
 *     compound one, "Thông báo kết luận", a law with its name, "Luật Báo chí số", or an
 *     abbreviation before "số", "QĐ số") and/or
 *     "số"/"Số:" (HEAD_PREFIX_RE). Where two heads start at one place the longer wins.
 *     Not heads: a form template's number ("Mẫu số 01/BCĐBQH-MT"). Also heads, right after
 *     "<type word> số" only: a Party number without its issuer part ("Thông báo Kết luận số
 *     159-TB"), a State symbol that is a code alone ("Công văn số 50/VHTT").
 *     After all are read, a number without ký hiệu that repeats the type and sequence of a
 *     numbered citation ("Nghị quyết liên tịch số 102") becomes a short name (`seq`).
 *  3. Each head reads its tail (date, term, "của"/"do" issuer; tail.ts), never past the next
 *     head, so spans never overlap.
 *  4. A bare number right after another citation and a list separator ("các Nghị quyết số
 *     18-NQ/TW, 19-NQ/TW") is its own citation and inherits the list's type. When every member
 *     of such a list has one type and only the last states a date, issuer or term ("… 19-NQ/TW
 *     ngày 25/10/2017 của Ban Chấp hành Trung ương"), the others share it (`fromList`). A pair
 *     of register neighbours with the type word repeated is such a list too ("Quyết định số
 *     217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013"; sameDayPair).
 *  5. A date written BEFORE the type word is attached only in the one shape that leaves no doubt:
 *     "ngày 25/10/2017, Ban Chấp hành Trung ương [đã] ban hành Nghị quyết số 18-NQ/TW" (and to
 *     the rest of a list that follows: "… ban hành các Nghị quyết số 18-NQ/TW, 19-NQ/TW").
 *  6. Aliases: a citation right after "(sau đây) gọi tắt là" / "viết tắt là" is `alias`, naming
 *     the citation before it (`aliasOf`); later dateless uses of the same short name are too.
 *  7. The document's own number line ("Số: 18-NQ/TW" alone on its line) is marked `header`.
 *
 * Markdown emphasis stars may sit anywhere between the words of a citation; `raw` keeps them
 * verbatim (so it may hold an unbalanced `*` when the emphasis began before the citation).
 */
import { nfc } from '../text/fold.ts';
import { documentTypeFromName, type DocumentType } from '../model/document-type.ts';
import { parseDocumentNumber, type DocumentNumber } from '../model/document-number.ts';
import type { PartialDate } from '../model/partial-date.ts';
import { matchDatePhrase } from './date-text.ts';
import { GLUED_NUMBER_RE, NUMBER_RE, SHORT_NUMBER_RE, suspectIssuerCode, typeFromCode } from './ky-hieu.ts';
import { CODE_NAME, NAME_ONLY_RE, nameOfCode, SEQ_NAME_AFTER, SEQ_NAME_BEFORE, SEQ_NAME_WINDOW } from './name-only.ts';
import { conventionalNumber } from './party-convention.ts';
import { alternation, caseVariants, GAP, KHOA, TYPE_ABBREVIATION, TYPE_ABBREVIATIONS, TYPE_QUALIFIER, TYPE_WORD_ANY_CASE } from './patterns.ts';
import { dropTrailingVerbPhrase, readTail, type Tail } from './tail.ts';

export interface Citation {
  /** UTF-16 offsets into the NFC-normalised text; `text.slice(start, end) === raw`. */
  start: number;
  end: number;
  /** The span, verbatim. */
  raw: string;
  /** From the type word; without one, from the ký hiệu code when it names one type, or from the list the number belongs to. */
  type?: DocumentType;
  /**
   * The type word as written ("Nghị quyết", "NGHỊ QUYẾT", "nghị quyết"); a compound whole
   * ("Thông báo kết luận", "Chương trình hành động"); an abbreviation before "số" ("QĐ"); the
   * code of an abbreviated alias ("NQ" in "NQ18"). Use `type`, not this, to know the type.
   */
  typeWord?: string;
  /**
   * parseDocumentNumber of the number as written; undefined for name-only references. With
   * `numberBy: 'convention'`, the number the Party's rules give a short name of its central
   * leadership ("Chỉ thị 05 của Bộ Chính trị" → 05-CT/TW): not written, so not in `raw`.
   */
  number?: DocumentNumber;
  numberBy?: 'convention';
  /** When the span states a date (or, with `fromList`, the list it belongs to does). */
  date?: PartialDate;
  /** The words after "của" (or "do … ban hành"), up to a stop ("Ban Tuyên giáo Trung ương"). */
  issuer?: string;
  /** "khóa XII" → "XII". */
  term?: string;
  /** full = number + date; short = number without date; name-only = no number. */
  form: 'full' | 'short' | 'name-only';
  /**
   * The document's own number line: "Số: 18-NQ/TW" alone on its line (no type word). It is the
   * number of the text it stands in, not a citation of another document.
   */
  header?: true;
  /**
   * Name-only short names by sequence number: "Nghị quyết 18", "Chỉ thị 05", "NQ18" → 18, 5, 18.
   * No ký hiệu, so no `number`; resolve by type and sequence against the text's numbered mentions.
   */
  seq?: number;
  /**
   * An alias: the short name a text gives a document ("(sau đây gọi tắt là Nghị quyết 18)") and
   * its later dateless uses ("… tổng kết Nghị quyết 18 …").
   */
  alias?: true;
  /** For an alias: `start` of the citation it names (the one just before "gọi tắt là"), when there is one. */
  aliasOf?: number;
  /** Fields this citation takes from the list it is a member of, not from its own span. */
  fromList?: ('type' | 'date' | 'issuer' | 'term')[];
  /**
   * The central issuer code the number's code probably misspells ("173-HD/BTGW" → "BTGTW"). The
   * number and its key stay as written.
   */
  suspectCode?: string;
}

const SO = alternation(caseVariants('số'));
/** "Luật", "Bộ luật" followed by the law's name before "số": "Luật Báo chí số 103/2016/QH13". */
const LAW = alternation(['Luật', 'LUẬT', 'Bộ luật', 'Bộ Luật', 'BỘ LUẬT']);
/** The name: 1–12 words, none of them a type word or "số" ("Luật Đất đai và Nghị định số …" is two documents). */
const LAW_NAME = `(?:${GAP}+(?!(?:${TYPE_WORD_ANY_CASE}|${SO})(?![\\p{L}]))\\p{L}+){1,12}?`;
/**
 * Read backwards from a number: "[type word [qualifier] | law and name | abbreviation] gap
 * [số[:]] gap" ending exactly at the number. Both parts are optional (a law's name and an
 * abbreviation only with "số"); the engine returns the leftmost start that reaches the end, i.e.
 * the longest prefix. Group 1: the type word with its qualifier ("Thông báo kết luận"); group 2:
 * the type word alone; group 3: "Luật" of a named law; group 4: an abbreviation ("QĐ"); group 5: "số".
 */
const HEAD_PREFIX_RE = new RegExp(
  `(?<![\\p{L}])(?:((${TYPE_WORD_ANY_CASE})(?:${GAP}+(?:${TYPE_QUALIFIER}))?)${GAP}+|(${LAW})${LAW_NAME}${GAP}+(?=${SO})|(${TYPE_ABBREVIATION})${GAP}+(?=${SO}))?` +
    `(?:(?<![\\p{L}])(${SO})(?:[ \\t\\u00a0\\u2007\\u2009\\u202f]*:)?${GAP}*)?$`,
  'u',
);
const PREFIX_WINDOW = 120;
/** Runs of digits (the longest: "12345" is not read as "2345"). */
const DIGIT_RUN_RE = /(?<!\d)\d{1,4}(?!\d)/g;

/**
 * "Công văn số 468": a type word and "số" make a bare sequence number a citation even without a
 * ký hiệu (vn-documents.md §1.4). Found from "số <digits>" (cheap to scan for), then the type word
 * is required before it. The look-ahead refuses anything that continues the number ("468/…",
 * "4.5", "468-…"); numbers with a ký hiệu are NUMBER_RE's.
 */
const SO_DIGITS_RE = new RegExp(
  `(?<![\\p{L}])(?:${SO})(?:[ \\t\\u00a0\\u2007\\u2009\\u202f]*:)?${GAP}*(\\d{1,5})(?![\\p{L}\\p{N}/\\-–]|[.,]\\d)`,
  'gu',
);

/** What separates two numbers of one list: ", ", "; ", " và ", ", và ", "hoặc". */
const LIST_SEPARATOR = new RegExp(`^${GAP}*(?:[,;]${GAP}*)?(?:(?:và|hoặc)${GAP}+)?(?:(?:${SO})(?:[ \\t\\u00a0\\u2007\\u2009\\u202f]*:)?${GAP}*)?$`, 'u');

/**
 * "<date>, <Issuer words> [đã] (ban hành | ký [ban hành] | có) [các] " right before a type word
 * (step 5): "Ngày 28/11/2024, Ban Tuyên giáo Trung ương có Hướng dẫn số 173-HD/BTGTW". The
 * issuer words may hold digits, a parenthesised term ("Hội nghị Trung ương 6 Ban Chấp hành
 * Trung ương Đảng (khóa XII)") and a spaced dash joining two fields of one body ("Phòng Văn
 * hóa - Thông tin huyện Mỹ Đức", "Ban Tuyên giáo – Dân vận").
 */
const PREPOSED_REST = /^,?[ \t\u00a0\u2007\u2009\u202f]+(\p{Lu}\p{L}*(?:[ \t\u00a0\u2007\u2009\u202f]+(?:[\p{L}\p{N}]+|[-–]|\([\p{L}\p{N} \t\u00a0\u2007\u2009\u202f]{1,20}\))){0,15}?)[ \t\u00a0\u2007\u2009\u202f]+(?:đã[ \t\u00a0\u2007\u2009\u202f]+)?(?:ký[ \t\u00a0\u2007\u2009\u202f]+ban hành|ban hành|ký|có|ra)[ \t\u00a0\u2007\u2009\u202f]+(?:các[ \t\u00a0\u2007\u2009\u202f]+)?$/u;
const NGAY_IN_WINDOW = /(?<![\p{L}])(?:ngày|Ngày|NGÀY)(?![\p{L}])/gu;
const PREPOSED_WINDOW = 240;
/** A term at the end of a preposed issuer: "… Trung ương Đảng (khóa XII)", "… Đảng khóa XII". */
const TRAILING_TERM = new RegExp(`[ \\t\\u00a0\\u2007\\u2009\\u202f]*\\(?(?:${KHOA})[ \\t\\u00a0\\u2007\\u2009\\u202f]+([IVXL]{1,6})\\)?$`, 'u');

/**
 * A header number line: only white space or stars around "Số: <number>" on its line, or the
 * place and date after it where a PDF put both on one line ("Số: 173-HD/BTGTW   Hà Nội, ngày …").
 * A legal portal's copy keeps the two-column header as a table row, cells split by "|" ("Số:
 * 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |"): the bars count as white space.
 */
const HEADER_BEFORE = /^[ \t\u00a0\u2007\u2009\u202f*|]*$/u;
const HEADER_AFTER = /^[ \t\u00a0\u2007\u2009\u202f*|]*(?:\r?\n|$|\p{Lu}[^\n,]{0,40},[ \t\u00a0\u2007\u2009\u202f]*(?:ngày|Ngày)(?![\p{L}]))/u;
const HEADER_SO = /^(?:Số|SỐ)(?![\p{L}])/u;

/**
 * "gọi tắt là ", "viết tắt là “", "gọi là " right before an alias (what comes before, "(sau đây",
 * "được", does not matter). Literal first, so the scan is fast; the caller checks that no letter
 * stands before "gọi"/"viết".
 */
const ALIAS_INTRO_RE = new RegExp(
  `(?:${alternation(['gọi', 'viết'].flatMap((w) => caseVariants(w)))})[ \\t\\u00a0\\u2007\\u2009\\u202f]+(?:(?:tắt|TẮT)[ \\t\\u00a0\\u2007\\u2009\\u202f]+)?(?:là|LÀ)[ \\t\\u00a0\\u2007\\u2009\\u202f*]*[“"‘']?[ \\t\\u00a0\\u2007\\u2009\\u202f*]*`,
  'gu',
);
const startsWord = (text: string, i: number) => i === 0 || !/\p{L}/u.test(text[i - 1]!);
const ALIAS_WINDOW = 48;
/** How far before an alias the citation it names may end (a quoted title may stand between). */
const ALIAS_TARGET_WINDOW = 600;
const CODE_NAME_AT = new RegExp(CODE_NAME, 'uy');
/** Aliases whose later uses are looked for (a real text defines a handful). */
const MAX_ALIASES = 32;
/** A type word and a sequence number right after an alias intro: "Nghị quyết 18", "Chỉ thị số 05". */
const SEQ_NAME_AT = new RegExp(
  `(${TYPE_WORD_ANY_CASE})${GAP}+(?:(?:${SO})${GAP}+)?(\\d{1,4})(?![\\p{L}\\p{N}/\\-–]|[.,]\\d)`,
  'uy',
);

interface Head {
  start: number;
  /** Where the tail starts. */
  end: number;
  typeWord?: string;
  /** Known from the head itself (an abbreviation, a code). */
  type?: DocumentType;
  number?: DocumentNumber;
  seq?: number;
}

/** Where the head of a citation whose number starts at `s` begins, and its type word if any. */
function prefixAt(text: string, s: number): { start: number; typeWord?: string; type?: DocumentType } {
  const from = Math.max(0, s - PREFIX_WINDOW);
  const p = HEAD_PREFIX_RE.exec(text.slice(from, s))!; // always matches (all parts optional)
  if (!p[1] && !p[3] && !p[4] && !p[5]) return { start: s };
  const start = from + p.index;
  if (p[1]) {
    const type = documentTypeFromName(p[2]!);
    return { start, typeWord: p[1], ...(type ? { type } : {}) };
  }
  if (p[3]) return { start, typeWord: p[3], type: 'luat' };
  if (p[4]) return { start, typeWord: p[4], type: TYPE_ABBREVIATIONS.get(p[4])! };
  return { start };
}

/**
 * "Mẫu số 01/BCĐBQH-MT", "theo mẫu 01/BCĐBHĐND-MT", "Biểu mẫu số 02/…": the number of a form
 * template (a form annexed to a document), not a document. Forms are numbered with a ký hiệu of
 * their own, so the word "mẫu" right before the number is the only sign.
 */
const FORM_TEMPLATE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(caseVariants('mẫu'))})(?:${GAP}+(?:${SO}))?[ \\t\\u00a0\\u2007\\u2009\\u202f]*:?${GAP}*$`, 'u');
const isFormTemplate = (text: string, s: number) => FORM_TEMPLATE_BEFORE.test(text.slice(Math.max(0, s - 16), s));

/**
 * A header flattened without its line breaks glues the number to the right column's first line:
 * "Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH", "… /KH-UBNDCỘNG HÒA XÃ HỘI …". The glued word is
 * the motto's, not the ký hiệu's.
 */
const GLUED_MOTTO = /(ĐOÀN|ĐẢNG|CỘNG)$/u;
const MOTTO_GOES_ON = { ĐOÀN: /^\s+TNCS\s/u, ĐẢNG: /^\s+CỘNG\s+SẢN\s/u, CỘNG: /^\s+H(?:OÀ|ÒA)\s+XÃ\s/u } as const;
function withoutGluedMotto(text: string, start: number, written: string): string {
  const m = GLUED_MOTTO.exec(written);
  if (!m || written.length === m[0].length) return written;
  const cut = written.slice(0, -m[0].length);
  return /[\p{Lu}\d]$/u.test(cut) && MOTTO_GOES_ON[m[1] as keyof typeof MOTTO_GOES_ON].test(text.slice(start + written.length)) ? cut : written;
}

function numberHeads(text: string): Head[] {
  const heads = [...text.matchAll(NUMBER_RE)]
    .filter((m) => !isFormTemplate(text, m.index))
    .map((m) => {
      const written = withoutGluedMotto(text, m.index, m[0]);
      return { ...prefixAt(text, m.index), end: m.index + written.length, number: parseDocumentNumber(written) };
    });
  for (const m of text.matchAll(GLUED_NUMBER_RE)) {
    if (m.index > 0 && /\p{L}/u.test(text[m.index - 1]!)) continue; // "…số" inside a word
    if (isFormTemplate(text, m.index)) continue;
    heads.push({ ...prefixAt(text, m.index + 2), end: m.index + m[0].length, number: parseDocumentNumber(m[0].slice(2)) });
  }
  return heads;
}

/**
 * Short numbers (SHORT_NUMBER_RE, ky-hieu.ts), read only right after "<type word> số":
 * "Thông báo Kết luận số 159-TB của Bộ Chính trị" (a Party number without its issuer part; the
 * code must name the type word's own type, else "số 5-TP" is no number) and "Công văn số
 * 50/VHTT" (a small office's symbol that is its code alone). Without the type word, "159-TB",
 * "12/ABC" are not read.
 */
function shortNumberHeads(text: string): Head[] {
  return headsAfterTypeWordSo(text, SHORT_NUMBER_RE, (m, type) => !m[2] || TYPE_ABBREVIATIONS.get(m[2]) === type);
}

/** Numbers `re` finds that count only right after "<type word> số" and, as `codeFits` says, with the type's own code. */
function headsAfterTypeWordSo(text: string, re: RegExp, codeFits: (m: RegExpExecArray, type: DocumentType) => boolean): Head[] {
  const heads: Head[] = [];
  for (const m of text.matchAll(re)) {
    const prefix = prefixAt(text, m.index);
    const type = prefix.type ?? (prefix.typeWord ? documentTypeFromName(prefix.typeWord) : undefined);
    const hasSo = /(?:số|Số|SỐ)(?:[ \t\u00a0\u2007\u2009\u202f]*:)?[ \t\u00a0\u2007\u2009\u202f*\n]*$/u.test(text.slice(prefix.start, m.index));
    if (!type || !hasSo || !codeFits(m, type)) continue;
    heads.push({ ...prefix, end: m.index + m[0].length, number: parseDocumentNumber(m[0]) });
  }
  return heads;
}

/**
 * Numbers typed without a hyphen, read only right after "<type word> số" and with the type's own
 * code: the code glued to the sequence ("Kế hoạch số 15KH/ĐTNK-BTG", for 15-KH/ĐTNK-BTG) or the
 * issuer after a space ("kế hoạch số 03/KH UBND", for 03/KH-UBND; "Chỉ thị số 30/CT TTg", the Prime
 * Minister's code in its own mixed case), or the issuer glued to the code
 * ("Kế hoạch số 06-KHĐU", for 06-KH/ĐU), or a slash for the hyphen after the code ("Nghị quyết số
 * 04/NQ/ĐCT-MTTW", for 04/NQ-ĐCT-MTTW). The key is the usual form's.
 */
const IRREGULAR_NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-–])(\\d{1,5})(?:(${TYPE_ABBREVIATION})/(?:\\p{Lu}[\\p{Lu}\\p{N}]*)(?:-\\p{Lu}[\\p{Lu}\\p{N}]*)*|/(${TYPE_ABBREVIATION}) \\p{Lu}[\\p{Lu}\\p{N}]+(?:g(?![\\p{L}]))?|-(${TYPE_ABBREVIATION})\\p{Lu}[\\p{Lu}\\p{N}]+|/(${TYPE_ABBREVIATION})/\\p{Lu}[\\p{Lu}\\p{N}]*(?:-\\p{Lu}[\\p{Lu}\\p{N}]*)*)(?![\\p{L}\\p{N}/\\-–])`,
  'gu',
);

function irregularNumberHeads(text: string): Head[] {
  return headsAfterTypeWordSo(text, IRREGULAR_NUMBER_RE, (m, type) => TYPE_ABBREVIATIONS.get((m[2] ?? m[3] ?? m[4] ?? m[5])!) === type);
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

const YEAR_AFTER_SEQ = /^\/(?:19[4-9]\d|20\d\d)/u;

/** "Nghị quyết 18", "Chỉ thị 05", "Chỉ thị 57/2025": name-only short names, found from their digits. */
function seqNameHeads(text: string): Head[] {
  const heads: Head[] = [];
  for (const m of text.matchAll(DIGIT_RUN_RE)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s === 0 || !/[ \t\u00a0\u2007\u2009\u202f*\n]/u.test(text[s - 1]!) || /^(?:19|20)\d\d$/.test(m[0])) continue; // a year is no sequence number
    // "Chỉ thị 57/2025 do Ban Bí thư ban hành", "Nghị định 13/2023": the year of issue after a slash, in the span.
    const year = YEAR_AFTER_SEQ.exec(text.slice(e, e + 5));
    const end = e + (year ? year[0].length : 0);
    SEQ_NAME_AFTER.lastIndex = end;
    if (!SEQ_NAME_AFTER.test(text)) continue;
    const from = Math.max(0, s - SEQ_NAME_WINDOW);
    const before = SEQ_NAME_BEFORE.exec(text.slice(from, s));
    if (before) heads.push({ start: from + before.index, end, typeWord: before[1]!, seq: Number(m[0]) });
  }
  return heads;
}

/**
 * Short names an alias defines, and their later uses: "(sau đây gọi tắt là Nghị quyết 18)" then
 * "Nghị quyết 18" wherever it is written (whatever word follows, unlike seqNameHeads), or "(sau
 * đây viết tắt là NQ18)" then "NQ18", "NQ 18". Abbreviated names are read nowhere else.
 */
function aliasHeads(text: string): Head[] {
  const heads: Head[] = [];
  const defined = new Map<string, { at: number; words: string[]; type?: DocumentType }>();
  for (const intro of text.matchAll(ALIAS_INTRO_RE)) {
    if (!startsWord(text, intro.index)) continue;
    const at = intro.index + intro[0].length;
    CODE_NAME_AT.lastIndex = at;
    SEQ_NAME_AT.lastIndex = at;
    const code = CODE_NAME_AT.exec(text);
    const named = code ? undefined : SEQ_NAME_AT.exec(text);
    const m = code ?? named;
    if (!m) continue;
    const typeName = code ? nameOfCode(m[1]!) : m[1]!;
    const type = documentTypeFromName(typeName ?? '');
    const key = `${code ? m[1] : (type ?? m[1]!.toLowerCase())}#${Number(m[2])}`;
    if (!defined.has(key)) defined.set(key, { at, words: code ? [m[1]!] : caseVariants(m[1]!.toLowerCase()), ...(type ? { type } : {}) });
    if (defined.size >= MAX_ALIASES) break; // each alias is one more scan of the text
  }
  for (const [key, { at, words, type }] of defined) {
    const seq = key.slice(key.lastIndexOf('#') + 1);
    const sep = words.length === 1 ? '[ \\u00a0\\u2007\\u2009\\u202f]*[-–]?[ \\u00a0\\u2007\\u2009\\u202f]*' : `${GAP}+`; // "NQ18", "NQ 18", "NQ-18"; "Nghị quyết 18"
    const use = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(words)})${sep}0*(${seq})(?![\\p{L}\\p{N}/\\-–]|[.,]\\d)`, 'gu');
    for (const m of text.matchAll(use)) {
      if (m.index < at) continue;
      heads.push({ start: m.index, end: m.index + m[0].length, typeWord: m[1]!, seq: Number(m[2]), ...(type ? { type } : {}) });
    }
  }
  return heads;
}

interface Preposed { start: number; date: PartialDate; issuer: string; term?: string }

/** Step 5: a date before the head, in the unambiguous "ngày …, X ban hành <head>" shape. */
function preposedDate(text: string, head: Head, notBefore: number): Preposed | undefined {
  if (!head.typeWord) return undefined;
  const from = Math.max(notBefore, head.start - PREPOSED_WINDOW);
  const windowText = text.slice(from, head.start);
  let found: Preposed | undefined;
  for (const m of windowText.matchAll(NGAY_IN_WINDOW)) {
    const d = matchDatePhrase(text, from + m.index);
    if (!d || d.end > head.start) continue;
    const rest = PREPOSED_REST.exec(text.slice(d.end, head.start));
    if (rest && !/[ \t\u00a0\u2007\u2009\u202f](?:ký|có)$/u.test(rest[1]!)) {
      let words = rest[1]!;
      const term = TRAILING_TERM.exec(words);
      if (term) words = words.slice(0, term.index);
      // "Ban Chấp hành Trung ương họp và ban hành …": the issuer is the name, not "họp và".
      const issuer = dropTrailingVerbPhrase(words.split(/[ \t\u00a0\u2007\u2009\u202f]+/u), (w) => w).join(' ');
      found = { start: d.start, date: d.date, issuer, ...(term ? { term: term[1]! } : {}) }; // keep the last (closest) one
    }
  }
  return found;
}

function typeOf(head: Head): DocumentType | undefined {
  if (head.type) return head.type;
  if (head.typeWord) return documentTypeFromName(head.typeWord);
  return head.number ? typeFromCode(head.number) : undefined;
}

function isHeaderLine(text: string, start: number, end: number): boolean {
  if (!HEADER_SO.test(text.slice(start, start + 3))) return false;
  // Only white space may stand before it on its line: look back a bounded way for the line start.
  const from = Math.max(0, start - 80);
  const before = text.slice(from, start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  return HEADER_BEFORE.test(before.slice(nl + 1)) && HEADER_AFTER.test(text.slice(end, end + 80));
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
  if (head.seq !== undefined) c.seq = head.seq;
  if (!head.typeWord && head.number && !tail.issuer && isHeaderLine(text, start, tail.end)) c.header = true; // a header names no issuer
  const suspect = head.number && suspectIssuerCode(head.number);
  if (suspect) c.suspectCode = suspect;
  return c;
}

/** Start of the first later head that does not begin inside this one: the tail must stop there. */
function nextStart(heads: Head[], i: number): number {
  for (let j = i + 1; j < heads.length; j++) if (heads[j]!.start >= heads[i]!.end) return heads[j]!.start;
  return Infinity;
}

/** A citation while the text is read: the head it came from and the list it belongs to. */
interface Found {
  c: Citation;
  head: Head;
  /** Index of the first member of its list (itself when it starts one or stands alone). */
  list: number;
  /** Its date came from step 5 (written before it). */
  preposed: boolean;
}

/** Every citation in `text` (normalised to NFC first), sorted by start, non-overlapping. */
export function findCitations(input: string): Citation[] {
  const text = nfc(input);
  const heads = [...numberHeads(text), ...shortNumberHeads(text), ...irregularNumberHeads(text), ...seqOnlyHeads(text), ...nameOnlyHeads(text), ...seqNameHeads(text), ...aliasHeads(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const found: Found[] = [];
  for (let i = 0; i < heads.length; i++) {
    const head = heads[i]!;
    const prev = found[found.length - 1];
    const prevEnd = prev?.c.end ?? 0;
    if (head.start < prevEnd) continue; // inside the previous citation (e.g. a name inside a longer match)
    const limit = nextStart(heads, i);
    const tail = readTail(text, head.end, limit);
    // Step 4: a number with no type word continues the list the previous citation started; so
    // does a register neighbour that repeats the type word (see sameDayPair).
    const inList =
      !!head.number &&
      prev?.c.number !== undefined &&
      (head.typeWord ? sameDayPair(text, prev, head) : LIST_SEPARATOR.test(text.slice(prevEnd, head.start)));
    let start = head.start;
    const before = tail.date ? undefined : preposedDate(text, head, prevEnd);
    if (before) {
      start = before.start;
      tail.date = before.date;
      tail.issuer ??= before.issuer;
      if (before.term) tail.term ??= before.term;
    }
    let type = typeOf(head);
    const c = build(text, head, start, tail, type);
    if (!type && inList && prev.c.type) {
      type = c.type = prev.c.type;
      c.fromList = ['type'];
    }
    found.push({ c, head, list: inList ? prev.list : found.length, preposed: !!before });
  }
  shareListFields(found);
  sequenceNamesOfCited(found);
  markAliases(text, found);
  completeByConvention(found);
  return found.map((f) => f.c);
}

/**
 * "Chỉ thị 05 của Bộ Chính trị", "Nghị quyết số 18 của Ban Chấp hành Trung ương": a short name of
 * the central leadership's document, which the text cites nowhere in full, takes the number the
 * Party's rules give it (party-convention.ts). A short name the text resolves itself (an alias, a
 * fuller mention of the same type and sequence) is left to that.
 */
function completeByConvention(found: Found[]): void {
  const cited = new Set(found.flatMap(({ c }) => (c.type && c.number?.symbol && c.number.seq !== null ? [`${c.type}#${c.number.seq}`] : [])));
  for (const { c } of found) {
    if (c.alias || c.header || cited.has(`${c.type}#${c.seq ?? c.number?.seq}`)) continue;
    const bare = c.number && c.number.symbol === '' && c.number.seq !== null ? c.number.printed : undefined;
    const digits = bare ?? (c.seq !== undefined && !c.number ? new RegExp(`(?<!\\d)0*${c.seq}(?!\\d)`).exec(c.raw)?.[0] : undefined);
    const full = digits ? conventionalNumber(digits, c.type, c.issuer) : undefined;
    if (!full) continue;
    c.number = full;
    c.numberBy = 'convention';
    delete c.seq;
    c.form = c.date ? 'full' : 'short';
  }
}

/**
 * "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị",
 * "Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW ngày 25/10/2017": documents one body issues
 * together carry neighbouring numbers of its register, and a text names them as a pair with the
 * type word repeated and the date stated once. Only then is the pair one list (step 4): the same
 * type, the same ký hiệu after the sequence, the second number 1–3 above the first, only ", " or
 * " và " between, and the first stating nothing of its own. Other pairs of type words are two
 * citations ("Nghị quyết số 29-NQ/TW và Nghị quyết số 19-NQ/TW, ngày 25/10/2017": 29 was
 * issued in 2013).
 */
const PAIR_SEPARATOR = new RegExp(`^${GAP}*(?:,${GAP}*)?(?:(?:và)${GAP}+)?$`, 'u');
const symbolKey = (n: DocumentNumber) => n.key.replace(/^\d+/, '');

function sameDayPair(text: string, prev: Found, head: Head): boolean {
  const a = prev.c;
  const b = head.number!;
  if (!prev.head.typeWord || a.date || a.issuer || a.term || !a.number || a.number.seq === null || b.seq === null) return false;
  if (!a.type || typeOf(head) !== a.type || !a.number.symbol || symbolKey(a.number) !== symbolKey(b)) return false;
  const step = b.seq - a.number.seq;
  return step >= 1 && step <= 3 && PAIR_SEPARATOR.test(text.slice(a.end, head.start));
}

/**
 * A document cited once with its full number is often named again by type word and sequence
 * alone: "Quyết định số 765/QĐ-BTTTT ngày 28/4/2023 … (sau đây viết tắt là Quyết định số 765)",
 * "Nghị quyết liên tịch số 102/2025/NQLT-… " then "Nghị quyết liên tịch số 102 của Ủy ban
 * Thường vụ Quốc hội …". Such a number without ký hiệu, of the same type and sequence as a
 * numbered citation in the text, is a short name (`seq`), resolved like "Nghị quyết 18"; it is
 * not a number of its own.
 */
function sequenceNamesOfCited(found: Found[]): void {
  const cited = new Set<string>();
  for (const { c } of found) if (c.type && c.number?.symbol && c.number.seq !== null) cited.add(`${c.type}#${c.number.seq}`);
  for (const f of found) {
    const { c } = f;
    const n = c.number;
    if (!n || n.symbol !== '' || n.seq === null || !c.type || !f.head.typeWord || !cited.has(`${c.type}#${n.seq}`)) continue;
    delete c.number;
    c.seq = n.seq;
    c.form = 'name-only';
  }
}

/**
 * Step 4, second half: in a list whose members all have one type, a date, issuer or term stated
 * once — after the last member, or before the first (step 5) — belongs to every member.
 */
function shareListFields(found: Found[]): void {
  for (let first = 0; first < found.length; ) {
    let last = first;
    while (last + 1 < found.length && found[last + 1]!.list === first) last++;
    const members = found.slice(first, last + 1);
    first = last + 1;
    if (members.length < 2) continue;
    const type = members[0]!.c.type;
    if (!type || members.some((m) => m.c.type !== type)) continue;
    for (const field of ['date', 'issuer', 'term'] as const) {
      const having = members.filter((m) => m.c[field] !== undefined);
      if (having.length !== 1) continue;
      const source = having[0]!;
      const isLast = source === members[members.length - 1];
      const isPreposedFirst = source === members[0] && source.preposed;
      if (!isLast && !isPreposedFirst) continue;
      for (const m of members) {
        if (m === source) continue;
        m.c[field] = source.c[field];
        (m.c.fromList ??= []).push(field);
        if (field === 'date' && m.c.number) m.c.form = 'full';
      }
    }
  }
}

/** What identifies a short name for its later uses: type and sequence, or the name's words. */
function aliasSignature(text: string, f: Found): string | undefined {
  if (f.c.number) return undefined; // numbered mentions find each other by their key
  if (f.c.seq !== undefined) return `${f.c.type ?? f.head.typeWord}#${f.c.seq}`;
  return text.slice(f.head.start, f.head.end).replace(/\*/g, '').replace(/\s+/gu, ' ').toLowerCase();
}

/** Step 6: "(sau đây gọi tắt là Nghị quyết 18)" and its later uses. */
function markAliases(text: string, found: Found[]): void {
  const defined = new Map<string, { at: number; of?: number }>();
  let lastNamed: Citation | undefined; // the last citation that is not an alias
  const named: Citation[] = []; // every citation so far that is not an alias
  for (const f of found) {
    const c = f.c;
    const from = Math.max(0, c.start - ALIAS_WINDOW);
    const before = text.slice(from, c.start);
    const isDefinition = [...before.matchAll(ALIAS_INTRO_RE)].some((m) => m.index + m[0].length === before.length && startsWord(text, from + m.index));
    const sig = aliasSignature(text, f);
    if (isDefinition) {
      c.alias = true;
      // The citation it names: the last one before, in the same paragraph, not far — or, when the
      // alias repeats a type and sequence ("(sau đây viết tắt là Quyết định số 765)"), the nearest
      // earlier citation of that type and sequence, even with another one cited in between
      // ("Quyết định số 765/QĐ-BTTTT … thực hiện Chỉ thị số 07/CT-TTg (sau đây viết tắt là …)").
      const t = (c.seq !== undefined ? named.findLast((o) => o.number?.seq === c.seq && o.type === c.type) : undefined) ?? lastNamed;
      if (t && c.start - t.end <= ALIAS_TARGET_WINDOW && !/\n[ \t\u00a0\u2007\u2009\u202f*]*\r?\n/u.test(text.slice(t.end, c.start))) c.aliasOf = t.start;
      if (sig && !defined.has(sig)) defined.set(sig, { at: c.start, ...(c.aliasOf !== undefined ? { of: c.aliasOf } : {}) });
      continue;
    }
    const def = sig ? defined.get(sig) : undefined;
    if (def && def.at < c.start && !c.date) {
      c.alias = true;
      if (def.of !== undefined) c.aliasOf = def.of;
      continue;
    }
    lastNamed = c;
    named.push(c);
  }
}
