/**
 * What may follow the head of a citation (its number, or the name of a name-only reference):
 *
 *   [, ][được|đã][ký][ban hành] ngày <date>   the date   "…18-NQ/TW, ngày 16/6/2022", "… được ban hành ngày …"
 *   (<d/m/yyyy>)  or  , <d/m/yyyy>             the date   "…18-NQ/TW (25/10/2017)", "…18-NQ/TW, 25/10/2017"
 *   năm <yyyy>                                  the year   "Quyết định 267/QĐ-TTg năm 2011 phê duyệt …"
 *   [(]khóa <roman>[)]                         the term   "… khóa XII", "(khóa XIII)"
 *   [,] của <issuer>                           the issuer "… của Ban Chấp hành Trung ương Đảng"
 *   do <issuer> [đã] [ký] ban hành             the issuer "… do Bộ Chính trị ban hành ngày 15/5/2016"
 *
 * in that order, with a date or term also accepted after the issuer when not seen before it.
 * Every part must end before `limit` (the start of the next citation), so spans never overlap.
 */
import type { PartialDate } from '../model/partial-date.ts';
import { matchDatePhrase, matchNumericDate } from './date-text.ts';
import { alternation, caseVariants, GAP, KHOA, ROMAN, WORD_END } from './patterns.ts';

export interface Tail {
  /** End of the last part read; the head's end when nothing followed. */
  end: number;
  date?: PartialDate;
  issuer?: string;
  term?: string;
}

const words = (...ws: string[]) => alternation(ws.flatMap((w) => caseVariants(w)));
/**
 * Optional comma, gap, optional "được"/"đã", "ký", "ban hành", up to where "ngày" must start.
 * Always matches.
 */
const DATE_LEAD = new RegExp(
  `[ \\t\\u00a0\\u2007\\u2009\\u202f]*,?${GAP}{0,6}(?:(?:${words('được', 'đã')})${GAP}{1,3})?(?:(?:${words('ký')})${GAP}{1,3})?(?:(?:${words('ban hành')})${GAP}{1,3})?`,
  'uy',
);
/** A date without "ngày": "(25/10/2017)", "(ngày 25/10/2017)" or ", 25/10/2017". Group 1: "(", group 2: ",". */
const BARE_DATE_LEAD = new RegExp(`[ \\t\\u00a0\\u2007\\u2009\\u202f]*(?:(\\([ \\t\\u00a0\\u2007\\u2009\\u202f]*)|(,)[ \\t\\u00a0\\u2007\\u2009\\u202f]*)`, 'uy');
const CLOSE_PAREN = /[ \t\u00a0\u2007\u2009\u202f]*\)/uy;
const TERM_RE = new RegExp(`${GAP}{0,6}(\\(${GAP}{0,2})?(?:${KHOA})[ \\t\\u00a0\\u2007\\u2009\\u202f]+(${ROMAN}|\\d{1,2})${WORD_END}(${GAP}{0,2}\\))?`, 'uy');
const CUA_RE = new RegExp(`[ \\t\\u00a0\\u2007\\u2009\\u202f]*,?${GAP}{0,6}(?:${alternation(caseVariants('của'))})${GAP}{1,6}`, 'uy');
const DO_RE = new RegExp(`${GAP}{1,6}(?:${alternation(caseVariants('do'))})${GAP}{1,6}`, 'uy');
/** What must follow a "do" issuer: "[đã] [ký] ban hành", or "ký". */
const DO_VERB_RE = new RegExp(`${GAP}{1,3}(?:(?:${words('đã')})${GAP}{1,3})?(?:(?:${words('ký')})${GAP}{1,3})?(?:${words('ban hành', 'ký')})(?![\\p{L}])`, 'uy');

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function matchDate(text: string, pos: number, limit: number): { end: number; date: PartialDate } | undefined {
  const lead = sticky(DATE_LEAD, text, pos)!;
  const d = matchDatePhrase(text, pos + lead[0].length);
  if (d) return d.end <= limit ? d : undefined;
  return matchBareDate(text, pos, limit) ?? matchYearOnly(text, pos, limit);
}

/**
 * "Quyết định 267/QĐ-TTg năm 2011 phê duyệt …" (legal portals' lists): the year of issue right
 * after the number, then the document's title — a partial date. Without a title after it the year
 * may be the year of a report on the document ("kết quả thực hiện Chỉ thị số 05-CT/TW năm 2023");
 * a period ("năm 2021-2026") is not a year of issue either.
 */
const YEAR_ONLY = /[ \t\u00a0\u2007\u2009\u202f]+năm[ \t\u00a0\u2007\u2009\u202f]+((?:19|20)\d\d)(?=[ \t\u00a0]+(?:về|phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi|bổ sung|tăng cường|do)(?![\p{L}]))/uy;

/**
 * "Căn cứ theo Mục 4 Công văn 9743-CV/BTGTW năm 2024, …", "Theo Hướng dẫn 160-HD/BTGTW năm 2024, …"
 * (legal portals' answers): a ground that names its document with the year of issue ends its
 * clause there. Only in a clause that opens with "Căn cứ" or "Theo".
 */
const YEAR_ENDS_GROUND = /[ \t\u00a0\u2007\u2009\u202f]+năm[ \t\u00a0\u2007\u2009\u202f]+((?:19|20)\d\d)(?=\s*[,;.)])/uy;
const GROUND_CLAUSE = /(?:^|[.;:!?]\s+|\n)(?:Căn cứ|Theo)(?!\p{L})[^.;:!?\n]*$/u;

function matchYearOnly(text: string, pos: number, limit: number): { end: number; date: PartialDate } | undefined {
  const ground = sticky(YEAR_ENDS_GROUND, text, pos);
  if (ground && pos + ground[0].length <= limit && GROUND_CLAUSE.test(text.slice(Math.max(0, pos - 300), pos))) {
    return { end: pos + ground[0].length, date: ground[1]! as PartialDate };
  }
  const m = sticky(YEAR_ONLY, text, pos);
  return m && pos + m[0].length <= limit ? { end: pos + m[0].length, date: m[1]! as PartialDate } : undefined;
}

/** "(25/10/2017)", "(ngày 25/10/2017)", ", 25/10/2017": a date without "ngày" right after the head. */
function matchBareDate(text: string, pos: number, limit: number): { end: number; date: PartialDate } | undefined {
  const lead = sticky(BARE_DATE_LEAD, text, pos);
  if (!lead) return undefined;
  const at = pos + lead[0].length;
  const d = lead[1] !== undefined ? (matchDatePhrase(text, at) ?? matchNumericDate(text, at)) : matchNumericDate(text, at);
  if (!d) return undefined;
  let end = d.end;
  if (lead[1] !== undefined) {
    const close = sticky(CLOSE_PAREN, text, end);
    if (!close) return undefined; // "(25/10/2017 - 25/10/2022)": a period, not the date
    end += close[0].length;
  }
  return end <= limit ? { end, date: d.date } : undefined;
}

export function matchTerm(text: string, pos: number, limit: number): { end: number; term: string } | undefined {
  const m = sticky(TERM_RE, text, pos);
  if (!m || (m[1] !== undefined && m[3] === undefined)) return undefined; // "(khóa XIII, …": not ours to cut
  // Take the closing parenthesis only when the opening one is ours.
  const end = pos + m[0].length - (m[1] === undefined && m[3] !== undefined ? m[3].length : 0);
  return end <= limit ? { end, term: m[2]! } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Issuer: the words after "của", up to a stop.

/** A word: letters/digits, with inner apostrophes, dots or hyphens ("Mác-Lênin", "Ph.Ăng-ghen"). */
const WORD_RE = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/uy;
/** White space and stars between words; paragraph breaks included (checked by the caller). */
const BETWEEN_RE = /[\s*]*/uy;

/** Words (compared lower-cased) that end an issuer: the clause goes on with something else. */
const STOP_WORDS = new Set([
  'về', 'khóa', 'khoá', 'tại', 'ngày', 'trong', 'nhằm', 'theo', 'đã', 'để', 'là', 'thì', 'với', 'do', 'vì',
  'nêu', 'gồm', 'được', 'sẽ', 'phải', 'cần', 'có', 'như', 'khi', 'này', 'đó', 'số', 'từ', 'đến', 'trước', 'sau',
]);
/** Two-word verbs and phrases that end an issuer ("Ban Tuyên giáo Tỉnh ủy hướng dẫn …"). */
const STOP_PAIRS = new Set([
  'hướng dẫn', 'ban hành', 'thi hành', 'nhiệm kỳ', 'đối với', 'đề nghị', 'yêu cầu', 'quyết định', 'chỉ thị', 'thông báo',
  // what a legal-basis line says the cited document does: "… của Chính phủ quy định chi tiết …",
  // "… sửa đổi, bổ sung …", "… phê duyệt Chương trình …"
  'quy định', 'sửa đổi', 'phê duyệt',
]);

/** The rest of "V/v" after its first letter. */
const V_V_REST = /^\/[Vv]$/u;

const LOWER_VERB_PAIRS = new Set(['tuyên truyền', 'triển khai']);

/**
 * A spaced dash between two capitalised words joins two fields of one body's name: "Bộ Lao động
 * - Thương binh và Xã hội", "Phòng Văn hóa - Thông tin", "Ban Tuyên giáo – Dân vận". (An
 * unspaced hyphen is inside a word already: "Mác-Lênin".)
 */
const DASH_JOIN_RE = /[ \t\u00a0\u2007\u2009\u202f]+([-–])(?=[ \t\u00a0\u2007\u2009\u202f]+\p{Lu})/uy;
const DASH_WORD = /^[-–]$/u;

const MAX_ISSUER_WORDS = 15;
/** After a paragraph break, the issuer may go on for this many words at most (a page-break artefact). */
const MAX_WORDS_AFTER_BREAK = 4;

interface Word { start: number; end: number; text: string }

const isUpperInitial = (w: string) => /^\p{Lu}/u.test(w);
const isAllCaps = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

/** The words of an issuer starting at `pos`, and whether the run was cut by `limit` (the next citation). */
function issuerWords(text: string, pos: number, limit: number): { words: Word[]; cutByLimit: boolean } {
  const words: Word[] = [];
  let p = pos;
  let breakAt = -1; // index of the first word after a paragraph break
  let stopPunct = '';
  let cutByLimit = false;
  for (;;) {
    const dash = words.length ? sticky(DASH_JOIN_RE, text, p) : null;
    if (dash) {
      const at = p + dash[0].length - 1;
      if (at + 1 > limit) break;
      words.push({ start: at, end: at + 1, text: dash[1]! });
      p = at + 1;
      continue;
    }
    const gap = words.length ? sticky(BETWEEN_RE, text, p)![0] : '';
    const at = p + gap.length;
    const w = sticky(WORD_RE, text, at);
    if (!w) {
      stopPunct = text.charAt(at);
      break;
    }
    if (at + w[0].length > limit) {
      cutByLimit = true;
      break;
    }
    // "… của UBND thị xã Điện Bàn V/v treo cờ …": "V/v" (về việc) opens the subject.
    if (/^[Vv]$/u.test(w[0]) && V_V_REST.test(text.slice(at + 1, at + 3))) break;
    const lower = w[0].toLowerCase();
    const next = sticky(WORD_RE, text, at + w[0].length + (sticky(BETWEEN_RE, text, at + w[0].length)![0].length));
    if (STOP_WORDS.has(lower) || (next && STOP_PAIRS.has(`${lower} ${next[0].toLowerCase()}`))) break;
    // "và" joins names ("Bộ Chính trị và Ban Bí thư", "Bộ Tài nguyên và Môi trường"), each
    // capitalised; "và" before a lower-case word goes on with the clause: "của Bộ Chính trị và
    // tuyên truyền kỷ niệm …", "của Ủy ban nhân dân tỉnh và các sở".
    if (lower === 'và' && words.length && next && !isUpperInitial(next[0])) break;
    // Verbs a directive's subject line starts with, written in lower case after the issuer:
    // "Hướng dẫn số 96-HD/BTGTW … của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm …". (A name
    // capitalises them: "Ban Tuyên giáo", so only the lower-case spelling stops.)
    if (words.length && next && LOWER_VERB_PAIRS.has(`${w[0]} ${next[0]}`)) break;
    if (/\n/.test(gap)) {
      // A line break then an all-capitals word (a signature line, a heading) is not more issuer.
      if (isAllCaps(w[0]) && !isAllCaps(words[words.length - 1]!.text)) break;
      if (/\n[ \t\u00a0\u2007\u2009\u202f*]*\r?\n/.test(gap)) {
        if (breakAt >= 0 || /^\d/.test(w[0])) break; // one page break at most; never into a numbered heading
        breakAt = words.length;
      }
    }
    words.push({ start: at, end: at + w[0].length, text: w[0] });
    if (words.length > MAX_ISSUER_WORDS) return { words: [], cutByLimit: false };
    p = at + w[0].length;
  }
  while (words.length && DASH_WORD.test(words[words.length - 1]!.text)) words.pop(); // "… Trung ương - Ngày …"
  // Across a paragraph break only a short continuation ending in ordinary punctuation is kept
  // ("của Thủ tướng*\n\nChính phủ);"), never a new heading or a "Nơi nhận:" line.
  if (breakAt >= 0 && (words.length - breakAt > MAX_WORDS_AFTER_BREAK || stopPunct === ':' || stopPunct === '')) {
    words.length = breakAt;
    cutByLimit = false;
  }
  return { words, cutByLimit };
}

/**
 * Drop a trailing verb phrase from a run of name words: trailing lower-case words that follow
 * another lower-case word. Vietnamese names capitalise each word, so "Trung ương" keeps "ương"
 * but "… Trung ương tổng kết" loses "tổng kết". Used when an issuer runs into the next citation
 * ("của Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 18-NQ/TW") or into "ban hành".
 */
export function dropTrailingVerbPhrase<T>(words: readonly T[], textOf: (w: T) => string): T[] {
  const out = [...words];
  while (out.length >= 2 && !isUpperInitial(textOf(out[out.length - 1]!)) && !isUpperInitial(textOf(out[out.length - 2]!))) out.pop();
  return out;
}

/**
 * "của <Issuer>" at `pos`, or "do <Issuer> [đã] [ký] ban hành" (the verb stays outside the span):
 * the issuer as one line of text, and where it ends.
 */
export function matchIssuer(text: string, pos: number, limit: number): { end: number; issuer: string } | undefined {
  const cua = sticky(CUA_RE, text, pos);
  const lead = cua ?? sticky(DO_RE, text, pos);
  if (!lead) return undefined;
  const { words: raw, cutByLimit } = issuerWords(text, pos + lead[0].length, limit);
  const words = cutByLimit ? dropTrailingVerbPhrase(raw, (w) => w.text) : raw;
  if (!cua && words.length > 1 && words[words.length - 1]!.text.toLowerCase() === 'ký') words.pop(); // "do Bộ Chính trị ký ngày …"
  if (!words.length || !isUpperInitial(words[0]!.text)) return undefined; // "của mình", "của các cấp"
  const end = words[words.length - 1]!.end;
  if (!cua && !sticky(DO_VERB_RE, text, end)) return undefined; // "do Ban Bí thư chủ trì": not an issuer
  const issuer = words.map((w) => w.text).join(' ');
  return { end, issuer };
}

/** Date, term and issuer after a head ending at `pos`. */
export function readTail(text: string, pos: number, limit: number): Tail {
  const tail: Tail = { end: pos };
  /** Each part starts where the previous one ended. */
  const take = <T extends { end: number }>(match: (text: string, pos: number, limit: number) => T | undefined): T | undefined => {
    const r = match(text, tail.end, limit);
    if (r) tail.end = r.end;
    return r;
  };
  const date = take(matchDate)?.date;
  const term = take(matchTerm)?.term;
  const issuer = take(matchIssuer)?.issuer;
  const dateAfter = date ?? take(matchDate)?.date;
  const termAfter = term ?? take(matchTerm)?.term;
  if (dateAfter !== undefined) tail.date = dateAfter;
  if (termAfter !== undefined) tail.term = termAfter;
  if (issuer !== undefined) tail.issuer = issuer;
  return tail;
}
