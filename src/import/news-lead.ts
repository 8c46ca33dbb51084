/**
 * A directive known from what a page says about it, when it has no header of its own:
 *
 *   lead:   "Ngày 28/11/2024, Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 173-HD/BTGTW về …"
 *           "Ngày 29 tháng 12/2020 Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị số 04 -CT/TU …"
 *           "… Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL …"
 *           "Phòng Văn hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của Ban Tuyên giáo Quận ủy."
 *   title:  "Chỉ thị của Ban Thường vụ Tỉnh ủy Đắk Lắk về việc tổ chức đón Tết …", "Thông báo về việc …"
 *
 * A document cited by the text ("Thực hiện Hướng dẫn số …") is never taken for the page's own:
 * the lead's number must follow a verb of issuing or publishing. Pure.
 */
import { findCitations, type Citation } from '../citations/find.ts';
import { issuerFromSentence } from './issuer/index.ts';
import { properCase } from './issuer/case.ts';
import { bodyOfPersonFirst, isPersonWithTitle, looseContains, signerBody } from './issuer/names.ts';
import { documentTypeFromName, DOCUMENT_TYPE_NAMES, type DocumentType } from '../model/document-type.ts';
import { parseDocumentNumber, type DocumentNumber } from '../model/document-number.ts';
import { formatPartialDate, isValidDateParts, type PartialDate } from '../model/partial-date.ts';

export interface SelfReference {
  /** Absent when the lead names the document without its number ("… ban hành kết luận về …"). */
  number?: DocumentNumber;
  /** "… Hướng dẫn số 08-HD/BTGTU về tuyên truyền …": the subject after "về". */
  title?: string;
  type?: DocumentType;
  date?: PartialDate;
  /** The year was not printed ("Ngày 27/8, …"): taken from the page's own date, and said so. */
  yearFromPage?: boolean;
  issuer?: string;
  line: number;
}

export interface TextLine {
  n: number;
  text: string;
}

/**
 * Verbs by which the issuer itself puts the document out: its subject is the issuer. "bàn hành" is
 * "ban hành" with the tone mark slipped, as typed in a hurry.
 */
const ISSUING = /(?:^|\s)(?:(?:đã|vừa|mới đây|vừa qua|gần đây|mới|khẩn trương|kịp thời|chính thức|nhanh chóng)\s+){0,3}(?:(?:ký\s+)?(?:b[aà]n\s+hành|có|ra|gửi|phát\s+hành)|ký|xây\s+dựng)\s+(?:(?:[Vv]ăn\s+bản|VB)\s+)?(?:[Ss]ố\s+)?$/u;
/**
 * "BTV Tỉnh ủy đã triển khai Công văn số 336-CV/TU về …": a body rolling out a document is issuing
 * its own only when no "của <cơ quan>" follows the number (then it carries out that body's).
 */
const ROLLING_OUT = /(?:^|\s)(?:đã|vừa|mới)\s+triển\s+khai\s+(?:(?:[Vv]ăn\s+bản|VB)\s+)?(?:[Ss]ố\s+)?$/u;
/** Verbs by which a page publishes someone's document: the issuer is the document's "của …". */
const PUBLISHING = /(?:^|\s)(?:đã\s+|vừa\s+)?(?:đăng\s+tải|đăng|giới\s+thiệu|trích\s+đăng|trích\s+nguyên|xin\s+trích(?:\s+nguyên)?|xin\s+giới\s+thiệu)(?:\s+toàn\s+văn)?\s+(?:(?:[Vv]ăn\s+bản|VB)\s+)?(?:[Ss]ố\s+)?$/u;

/**
 * A lead whose verb was lost: "Vừa qua, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam Hướng dẫn số
 * 13/HD-MTTW-BTT về …" — a news opener, a body's name (no verb, no "của"), then the document.
 * Matches where the verb would be.
 */
const VERBLESS_LEAD = /(?<=^(?:Vừa qua|Mới đây|Gần đây)\s*,\s*(?:Ban|Ủy ban|UBND|Sở|Bộ|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Hội|Liên đoàn|Tỉnh đoàn|Trung ương)(?![\p{L}])(?:(?!\s(?:đã|vừa|sẽ|tổ chức|quán triệt|triển khai|thực hiện|ban hành|có|của|theo|về|tại|với|cho|và)\s)[^,.;:]){2,120}?)\s+$/u;

/**
 * A story that opens by saying what it is about: "Đây là một trong những chỉ đạo của UBND tỉnh tại
 * Công văn số 17766/UBND-VP …", "Đó là nội dung Kế hoạch số …". Only the page's first paragraph.
 */
const THIS_IS_FROM = /^(?:Đây|Đó)\s+là\s+(?:một\s+trong\s+(?:những|các)\s+)?(?:nội\s+dung\s+)?(?:(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|nội\s+dung|hướng\s+dẫn|quy\s+định)\s+(?:chính\s+)?(?:của\s+\S.{0,80}?\s+)?(?:tại|trong)\s+)?$/u;

/** "Ngày 14/3/2016", "Ngày 29 tháng 12/2020", "Ngày 27/8", "Ngày 5 tháng 3 năm 2021" at a sentence start, or after a clause ("…; ngày 10/4/2023, UBND tỉnh ban hành …"). */
const LEAD_DATE = /(?:(?:^|\s|\()Ngày|^ngày|[,;]\s+ngày|(?:^|\s)(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)(?:\s+nay)?\s+ngày)\s+(\d{1,2})\s*(?:\/|-|\s+tháng\s+)(\d{1,2})(?:\s*(?:\/{1,2}|-|\s+năm\s+)(\d{4}))?\s*,?\s+/gu;

function leadDate(d: number, m: number, y: number | undefined, pageYear: number | undefined): { date?: PartialDate; yearFromPage?: boolean } {
  const year = y ?? pageYear;
  if (year === undefined || !isValidDateParts(year, m, d)) return {};
  return { date: formatPartialDate({ year, month: m, day: d }), ...(y === undefined ? { yearFromPage: true } : {}) };
}

/**
 * The page's own date ("Ngày đăng 07/01/2019", "Thứ ba 22/10/2019", "Cập nhật 05-02-2021"):
 * the year of a lead's "Ngày 27/8" when the lead leaves it out — a posting follows its document.
 */
export function pageYear(pageLines: readonly TextLine[]): number | undefined {
  for (const { text } of pageLines) {
    const m = /(?:^|\D)\d{1,2}[/-]\d{1,2}[/-]((?:19|20)\d\d)(?!\d)/u.exec(text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Whether `at` is inside the span of a cited document (its number, date, issuer). */
const insideCitation = (cited: readonly Citation[], at: number) => cited.some((c) => c.start <= at && at < c.end);

/** Whether `at` is inside an unclosed "(" of `text`. */
const insideParentheses = (text: string, at: number) => {
  let depth = 0;
  for (const ch of text.slice(0, at)) depth = ch === '(' ? depth + 1 : ch === ')' ? Math.max(0, depth - 1) : depth;
  return depth > 0;
};

/** How far into its paragraph a lead's document can stand (characters). */
const LEAD_SPAN = 2000;

/** How far into a page's text its lead can be: a title, a summary and a photo caption may come first. */
export const LEAD_PARAGRAPHS = 5;

/** The page's own statement of the document it presents, in the lines given (the page's top and the text's first paragraphs). */
export function readSelfReference(paragraphs: readonly TextLine[], pageLines: readonly TextLine[] = []): SelfReference | undefined {
  const year = pageYear(pageLines);
  for (const para of paragraphs) {
    const { text } = para;
    const cited = findCitations(text);
    for (const c of cited) {
      // A lead names its document near its paragraph's start; reading on would cost a scan of the
      // text before each of a long paragraph's citations.
      if (c.start > LEAD_SPAN) break;
      if (!c.number?.printed) continue;
      // The words before the type word: a lead's date and subject, then the verb.
      // A lead's date can be inside the citation's span ("Ngày 14/3/2016, … có Công văn số …").
      const typeAt = c.typeWord ? text.indexOf(c.typeWord, c.start) : c.start;
      const before = text.slice(0, typeAt >= 0 ? typeAt : c.start);
      // "(… Thủ tướng Chính phủ có Quyết định số 772/QĐ-TTg, ngày 26/5/2006 lấy ngày 6/6 …)": background in parentheses, not a lead.
      const aside = insideParentheses(text, c.start);
      const issuing = aside ? null : ISSUING.exec(before) ?? (c.issuer ? null : ROLLING_OUT.exec(before) ?? VERBLESS_LEAD.exec(before));
      // "Đây là một trong những chỉ đạo của UBND tỉnh tại Công văn số …": the story's subject is that document.
      const publishing = aside ? null : PUBLISHING.exec(before) ?? (para === paragraphs[0] ? THIS_IS_FROM.exec(before) : null);
      if (!issuing && !publishing) {
        const cited = parentheticalSelf(text, c, para.n);
        if (cited) return cited;
        continue;
      }
      const verbAt = (issuing ?? publishing)!.index;
      const sentenceStart = Math.max(0, ...['. ', '; '].map((s) => before.lastIndexOf(s, verbAt) + 2).filter((x) => x > 1));
      const clause = before.slice(sentenceStart, verbAt);
      // "Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về …, Ban Thường vụ … ban hành Kế hoạch số 08": that date is the Chỉ thị's.
      const dates = [...clause.matchAll(LEAD_DATE)].filter((d) => !insideCitation(cited.filter((o) => o !== c), sentenceStart + d.index + d[0].search(/\d/u)));
      const lead = dates.at(-1);
      const subject = withoutDateline((lead ? clause.slice(lead.index + lead[0].length) : clause).replace(/^[\s,]+|[\s,]+$/gu, ''));
      const fromLead = lead ? leadDate(Number(lead[1]), Number(lead[2]), lead[3] ? Number(lead[3]) : undefined, year) : {};
      // "(site)-Theo chỉ đạo của … tại Công văn số … ngày …, Ban Tuyên giáo Tỉnh ủy Bình Định đã có …": the body is the last clause.
      const issuer = publishing ? c.issuer : bodyAtEnd(subject) ?? c.issuer;
      const about = /^[\s,]*về(?:\s+việc)?\s+(.+?)(?:\.(?:\s|$)|$)/u.exec(text.slice(c.end));
      const self: SelfReference = {
        number: parseDocumentNumber(c.number.printed),
        ...(about ? { title: about[1]!.trim() } : {}),
        ...(c.type ? { type: c.type } : {}),
        ...(c.date ? { date: c.date } : fromLead),
        ...(issuer ? { issuer } : {}),
        line: para.n,
      };
      const at = paragraphs.indexOf(para);
      return self.date ? self : withDateRestated(self, paragraphs.slice(at + 1, at + 1 + RESTATED_WITHIN), pageLines);
    }
  }
  const unnumbered = unnumberedSelfReference(paragraphs, year);
  return unnumbered?.type ? withNumberRestated(unnumbered, paragraphs) : unnumbered;
}

/**
 * A lead that names its document by type alone ("… đã ký ban hành Thông báo Kết luận của Tổng Bí
 * thư …"), then a sentence of the next paragraphs opening "Theo <the same type> số …": that number
 * is the document's. Only the number: a date there may be an event's ("Theo Thông báo số 06-TB/…,
 * ngày 18/9/2025, Thường trực Ban Chỉ đạo … đã họp").
 */
const RESTATED_NUMBER_WITHIN = 3;
function withNumberRestated(self: SelfReference, paragraphs: readonly TextLine[]): SelfReference {
  const at = paragraphs.findIndex((p) => p.n === self.line);
  for (const p of paragraphs.slice(at + 1, at + 1 + RESTATED_NUMBER_WITHIN)) {
    const c = findCitations(p.text).find((c) => c.number?.printed && c.type === self.type && /(?:^|[.!?|]\s+)Theo\s+$/u.test(p.text.slice(0, c.start)));
    if (c) return { ...self, number: parseDocumentNumber(c.number!.printed), line: self.line };
  }
  return self;
}

/**
 * A lead that names its document without a date, restated with one in the next paragraph ("Mới đây,
 * Ban … đã có Hướng dẫn 22-HD/BTGDVTW …" then "Ngày 24/7/2025, Ban … đã có Hướng dẫn 22-HD/BTGDVTW
 * về …"): the same number, so the same document, and that date — read in the next two paragraphs.
 */
const RESTATED_WITHIN = 2;
function withDateRestated(self: SelfReference, later: readonly TextLine[], pageLines: readonly TextLine[]): SelfReference {
  const again = later.length ? readSelfReference(later, pageLines) : undefined;
  return again?.date && again.number && self.number && again.number.key === self.number.key ? { ...self, date: again.date, ...(again.yearFromPage ? { yearFromPage: again.yearFromPage } : {}) } : self;
}

const ISSUED_TYPE = new RegExp(`(?:^|\\s)(?:(?:đã|vừa|mới đây|vừa qua|gần đây|mới|khẩn trương|kịp thời|chính thức|nhanh chóng)\\s+){0,3}(?:(?:ký\\s+)?ban\\s+hành\\s+(${DOCUMENT_TYPE_NAMES.join('|')})(?=\\s+\\p{L})|(?:ban\\s+hành|có|ra|ký)\\s+(${DOCUMENT_TYPE_NAMES.join('|')}|văn bản)(?=\\s+(?:về|số|nhằm|để|gửi|tuyên|triển|thực|tổ|chỉ|hướng|kế|lãnh|đẩy|tăng|hỏa|hoả|khẩn|với\\s+nội\\s+dung|nêu|yêu\\s+cầu|đề\\s+nghị)(?!\\p{L}))|(?:xây\\s+dựng|triển\\s+khai|biên\\s+soạn)\\s+(${DOCUMENT_TYPE_NAMES.join('|')})(?=\\s+(?:tuyên|tổ|thực|về|nhằm|để|đề\\s+nghị|yêu\\s+cầu)(?!\\p{L}))|(?:xây\\s+dựng|triển\\s+khai|biên\\s+soạn)\\s+(${DOCUMENT_TYPE_NAMES.join('|')})(?=\\s+\\S))`, 'iu');

/** "Ngày 04/2/2021, Ban Thường vụ Tỉnh ủy ban hành kết luận về …": type, date and issuer, no number. */
function unnumberedSelfReference(paragraphs: readonly TextLine[], year: number | undefined): SelfReference | undefined {
  for (const para of paragraphs) {
    // "Căn cứ … Nghị quyết số 117/NQ-CP … của Chính phủ ban hành Kế hoạch …": grounds describe the documents they cite.
    if (/^Căn cứ(?!\p{L})/u.test(para.text)) continue;
    const m = ISSUED_TYPE.exec(para.text);
    if (!m || insideParentheses(para.text, m.index)) continue;
    // "… đã có văn bản gửi …": the body that wrote, of a type the page does not say.
    // "… đã triển khai kế hoạch tuyên truyền …" (no number, no "của"): a plan of its own.
    // The named branch: "triển khai Kế hoạch Tháng Thanh niên …" (a name in title case), not "triển khai kế hoạch của …".
    if (m[4] !== undefined && !(/^\p{Lu}/u.test(m[4]) && /^\s+\p{Lu}/u.test(para.text.slice(m.index + m[0].length)))) continue;
    const word = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const type = /^văn bản$/iu.test(word) ? undefined : documentTypeFromName(word);
    if (type === undefined && !/^văn bản$/iu.test(word)) continue;
    const before = para.text.slice(0, m.index);
    const stop = before.lastIndexOf('. ');
    const clause = stop < 0 ? before : before.slice(stop + 2);
    const clauseStart = stop < 0 ? 0 : stop + 2;
    const cited = findCitations(para.text);
    const lead = [...clause.matchAll(LEAD_DATE)].filter((d) => !insideCitation(cited, clauseStart + d.index + d[0].search(/\d/u))).at(-1);
    const subject = withoutDateline((lead ? clause.slice(lead.index + lead[0].length) : clause).replace(/^[\s,]+|[\s,]+$/gu, ''));
    const fromLead = lead ? leadDate(Number(lead[1]), Number(lead[2]), lead[3] ? Number(lead[3]) : undefined, year) : {};
    // "… đã tổ chức hội nghị triển khai kế hoạch …", a title "Triển khai kế hoạch tổ chức …", "… chỉ đạo
    // các ngành xây dựng kế hoạch …": a plan rolled out at a meeting, or drafted or rolled out with no body
    // as the subject, is one the page reports on, not one it presents.
    const draftsOrRollsOut = m[3] !== undefined || m[4] !== undefined;
    if (draftsOrRollsOut && (EVENT.test(subject) || HOLDS_EVENT.test(subject))) continue;
    // "thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy … đã ký công văn …": the body signed for.
    const onBehalf = /^thay mặt\s+([^,]{3,90}),/iu.exec(subject);
    const issuer = onBehalf && BODY_WORD_AT_START.test(onBehalf[1]!) ? onBehalf[1]!.trim() : bodyAtEnd(subject);
    if (!type && !issuer) continue;
    if (draftsOrRollsOut && !issuer) continue;
    return { ...(type ? { type } : {}), ...fromLead, ...(issuer ? { issuer } : {}), line: para.n };
  }
  return undefined;
}

/**
 * A news lead that gives the number in parentheses beside the body's own statement:
 * "UBND tỉnh chỉ đạo tăng cường … (Công văn số 1093/UBND-KGVX, ngày 09/9/2020).",
 * "Theo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch UBND tỉnh đã điều chỉnh …".
 */
function parentheticalSelf(text: string, c: Citation, line: number): SelfReference | undefined {
  const open = text.lastIndexOf('(', c.start);
  if (open < 0 || text.slice(open + 1, c.start).trim() !== '' && !/^(?:số|Số)?\s*$/u.test(text.slice(open + 1, c.start).trim())) return undefined;
  if (!/^\s*[,)]/u.test(text.slice(c.end)) && !/^[^()]{0,40}\)/u.test(text.slice(c.end))) return undefined;
  const stop = text.lastIndexOf('. ', open);
  const sentenceStart = stop < 0 ? 0 : stop + 2;
  const sentenceEnd = text.indexOf('. ', c.end) < 0 ? text.length : text.indexOf('. ', c.end);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const speaker = SPEAKS.exec(sentence);
  if (!speaker) return undefined;
  // "Theo thông báo (số 34/TB-UBND …)": the type word just before the parenthesis.
  const typeBefore = TYPE_BEFORE_PAREN.exec(text.slice(sentenceStart, open));
  const type = c.type ?? (typeBefore ? documentTypeFromName(typeBefore[1]!) : undefined);
  return { ...selfFromCitation(c, c.number!.printed, line), ...(type ? { type } : {}), issuer: speaker[1]!.trim() };
}

/** A body that directs in the sentence: "<Body> (đã) chỉ đạo|yêu cầu|hướng dẫn|thông báo|đề nghị|điều chỉnh …". */
const SPEAKS = /(?:^|[,.;:)]\s*|\s)((?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ban Thường vụ|BTV|Ban Tuyên giáo|Sở|Bộ|Cục|Phòng|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Ủy ban MTTQ|Ban Thường trực)[^,.;:()]{0,60}?)\s+(?:đã\s+|vừa\s+)?(?:chỉ đạo|yêu cầu|hướng dẫn|thông báo|đề nghị|điều chỉnh|quyết định|đồng ý)(?!\p{L})/u;
const TYPE_BEFORE_PAREN = new RegExp(`(${DOCUMENT_TYPE_NAMES.join('|')})\\s*$`, 'iu');

/** A news dateline before the subject: "(HNM) - ", "(VHH) – ", "CTTĐT - ", "BDK.VN - ", "(TGCT) ". */
const withoutDateline = (s: string) =>
  s.replace(/^(?:\([\p{Lu}\p{N}.\s-]{2,20}\)\s*(?:[-–—:]\s*)?|[\p{Lu}\p{N}.]{2,15}\s*[-–—:]\s*|\p{Lu}[\p{L}\p{N}.]{2,20}\s+[-–—]\s+)(?=\p{Lu})/u, '');

/** Words a body's name starts with, in running text (title case). */
const BODY_WORD = /(?:^|\s)(?=(?:Ban|BTV|BCH|BTT|Thường trực|HĐND|MTTQ|UBMTTQ|Ủy ban|Uỷ ban|UBND|UB|Sở|Bộ|Cục|Phòng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Thị ủy|Đảng ủy|Đảng uỷ|Hội(?!\s+(?:nghị|thảo|thi|diễn|trại|chợ|báo)(?!\p{L}))|Đoàn|Tỉnh đoàn|Huyện đoàn|Trung tâm|Văn phòng|Chính phủ|Thủ tướng|Tiểu ban|Liên đoàn|Chi bộ|Mặt trận|Chủ tịch)(?![\p{L}]))/gu;

const BODY_WORD_AT_START = new RegExp(`^${BODY_WORD.source.replace('(?:^|\\s)', '')}`, 'u');

/**
 * The body that is the subject of a lead's clause: the whole clause when it is a name, else the
 * name it ends with — a page title or a site's dateline can run into the lead ("… như kế hoạch
 * Kinhtedothi - Thành ủy Hải Phòng", "(site)-Theo chỉ đạo … , Ban Tuyên giáo Tỉnh ủy Bình Định").
 */
function bodyAtEnd(subject: string): string | undefined {
  // "Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã ký …": the body the person heads signs; "Ủy viên
  // Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú vừa ký ban hành …": the body is named elsewhere.
  if (isPersonWithTitle(subject)) return signerBody(subject);
  const signedIn = bodyOfPersonFirst(subject);
  if (signedIn) return signedIn;
  // "… Kinhtedothi - Thành ủy Hải Phòng": a dateline inside ends what ran into the lead.
  const dash = subject.lastIndexOf(' - ');
  if (dash >= 0 && looksLikeBody(subject.slice(dash + 3)) && BODY_WORD_AT_START.test(subject.slice(dash + 3))) return subject.slice(dash + 3);
  // A clause that runs on before the body ("Góp phần …, BTV Tỉnh ủy") is not a name: the name starts with a body word, or has no comma.
  // "… phường Phúc Đồng tổ chức Hội nghị triển khai Kế hoạch …": a meeting rolls the plan out; the page reports the meeting.
  if (EVENT.test(subject) || HOLDS_EVENT.test(subject)) return undefined;
  if (looksLikeBody(subject) && (BODY_WORD_AT_START.test(subject) || !subject.includes(','))) return subject;
  // "Thực hiện chương trình công tác Đoàn …, Ban Bí thư Trung ương Đoàn": a clause before the last comma is not the body.
  const afterComma = subject.slice(subject.lastIndexOf(', ') + 2);
  if (subject.includes(', ') && looksLikeBody(afterComma) && BODY_WORD_AT_START.test(afterComma)) return afterComma;
  for (const m of subject.matchAll(BODY_WORD)) {
    const tail = subject.slice(m.index + m[0].length);
    if (looksLikeBody(tail)) return tail;
  }
  return undefined;
}

/** A meeting or an event, not a body: "Hội nghị triển khai kế hoạch …", "Lễ phát động …". */
const EVENT = /^(?:Hội\s+(?:nghị|thảo|thi|diễn|trại|chợ|báo)|Lễ|Buổi|Cuộc|Chương trình|Đợt)(?!\p{L})/u;

const HOLDS_EVENT = /(?:^|\s)(?:tổ chức|dự|họp)\s+(?:[Hh]ội\s+(?:nghị|thảo)|[Bb]uổi|[Cc]uộc)(?!\p{L})/u;

/** A subject that names a body: starts with a capital, short, no verb-like clause marks (a quoted name inside it is its own). */
const looksLikeBody = (s: string) => /^\p{Lu}/u.test(s) && s.length <= 90 && !/[:;()"“”]/u.test(s.replace(QUOTED_NAME, ''));
/** A name in quotes inside a body's name: Ban vận động Quỹ “Vì người nghèo” tỉnh. */
const QUOTED_NAME = /\s["“][^"“”]{2,40}["”](?=\s|$)/gu;

/** The type word opening a title, then its subject: "Thông báo về việc …", "Chỉ thị của …", "Kế hoạch tổ chức …", "Đề cương: Tuyên truyền …" (not a menu entry "Chỉ thị - Điều hành"). */
const TYPE_AT_START = new RegExp(`^(${DOCUMENT_TYPE_NAMES.join('|')})(?=\\s+(?:số|của|về|CỦA|VỀ|SỐ|\\p{Ll})|\\s*:\\s+\\p{Lu})`, 'iu');

export interface TitleFacts {
  type: DocumentType;
  /** "Chỉ thị của Ban Thường vụ Tỉnh ủy Đắk Lắk về …": the body after "của", as written. */
  issuer?: string;
  line: number;
  /** "Dự thảo Kế hoạch …", "Lấy ý kiến vào Dự thảo Hướng dẫn …": the page carries a draft, not a document in force. */
  draft?: true;
}

/** A page asking for comments on a draft, or a draft's own title: what follows names the document drafted. */
const DRAFT_OF = /^(?:(?:Lấy|Tham gia|Góp|Xin|Đóng góp|Mời góp)\s+ý\s+kiến\s+(?:góp\s+ý\s+)?(?:(?:vào|đối với|về|cho)\s+)?(?:(?:bản|các)\s+)?)?(?:Dự|dự|DỰ)\s+(?:thảo|THẢO)\s*:?\s+/u;

/**
 * A title in a page's front matter, YAML or JSON, a line of its own (`title: Kế hoạch …`,
 * `"title": "Hướng dẫn …",`) or the whole JSON run into one line (`---json { "slug": …, "title": "…", … }`).
 */
const FRONT_MATTER_TITLE = /^"?(?:title|tieu_de|tieude)"?\s*:\s*"?(.+?)"?,?$|^(?:---\w*\s*)?\{.*?"(?:title|tieu_de|tieude)"\s*:\s*"([^"]+)"/u;
const frontMatterTitle = (line: string) => {
  const m = FRONT_MATTER_TITLE.exec(line);
  return m ? m[1] ?? m[2] : undefined;
};

/** An attached file's name, not a title: "Kế hoạch tổ chức Đại hội_1256_cv", "KH tuyên truyền_bản gửi xin ý kiến.doc". */
const ATTACHMENT_NAME = /_|\.(?:docx?|pdf|xlsx?|zip|rar|odt)$/iu;

/** A page title that names the document: it starts with the type word ("Thông báo về việc …"). */
export function readPageTitle(lines: readonly TextLine[]): TitleFacts | undefined {
  for (const [i, line] of lines.entries()) {
    const n = line.n;
    const text = frontMatterTitle(line.text) ?? line.text;
    if (ATTACHMENT_NAME.test(text)) continue;
    // "Thông báo" alone, then "Về việc nghỉ lễ và treo cờ …": a heading in title case over its subject.
    const alone = documentTypeFromName(text.replace(/[.:]$/u, ''));
    const subject = lines.slice(i + 1, i + 3).find((l) => !/^\(?[\d/:\s-]+\)?$/u.test(l.text)); // past a posting time
    if (alone && /^(?:Về|về|V\/v)(?!\p{L})/u.test(subject?.text ?? '')) return { type: alone, line: n };
    const draft = DRAFT_OF.exec(text);
    const title = draft ? text.slice(draft[0].length) : text;
    const m = TYPE_AT_START.exec(title);
    if (!m) continue;
    const type = documentTypeFromName(m[1]!);
    if (!type) continue;
    const of = /^\s+(?:của|CỦA)\s+(.+?)(?:\s+(?:về|VỀ|năm|NĂM|tháng|THÁNG|nhiệm kỳ|NHIỆM KỲ)\s.*|$)/u.exec(title.slice(m[0].length));
    return { type, ...(of ? { issuer: of[1]!.trim() } : {}), line: n, ...(draft ? { draft: true as const } : {}) };
  }
  return undefined;
}

/** The page's own document as a citation of it states it (number, type, date, issuer). */
function selfFromCitation(c: Citation, printed: string, line: number): SelfReference {
  return {
    number: parseDocumentNumber(printed),
    ...(c.type ? { type: c.type } : {}),
    ...(c.date ? { date: c.date } : {}),
    ...(c.issuer ? { issuer: c.issuer } : {}),
    line,
  };
}

/**
 * A page heading that is the document's number, alone or with its date and issuer, and perhaps
 * its subject: "1911/BVHTTDL-VHCS", "Hướng dẫn số 12-HD/BTGTW, ngày 7 tháng 12 năm 2011 của Ban
 * Tuyên giáo Trung ương.", "Công văn số 293-CV/TW, ngày 14/10/1999 của Bộ Chính trị về việc lấy …".
 */
export function readTitleCitation(lines: readonly TextLine[]): SelfReference | undefined {
  for (const { n, text } of lines) {
    // "Logo Năm du lịch quốc gia 2015(Cinet) – Văn bản số 5133/BVHTTDL …": a caption and a news source's dateline before the heading.
    const t = text.replace(/[.;,\s]+$/u, '').replace(DATELINE_BEFORE, '');
    const [c, ...more] = findCitations(t);
    if (!c?.number?.printed || c.start > 0) continue;
    // "Ngày 07 tháng 7 năm 2022, Ban … có Công văn số …": a lead whose date the citation's span took in, not a heading.
    if (!t.startsWith(c.typeWord ?? c.number.printed)) continue;
    const about = c.end < t.length ? SUBJECT_AFTER.exec(t.slice(c.end)) : null;
    // A news title "Chỉ thị 01/CT-UBND TP.HCM tăng cường vận động hiến máu …": type word, number, then
    // the issuer's short name or the subject in lower case — and no other document named.
    const headline = !about && c.end < t.length && c.typeWord && !more.length && HEADLINE_REST.test(t.slice(c.end));
    // Another document named in the subject ("… về việc thực hiện Chỉ thị số 05-CT/TW …") is the subject's, not a second heading.
    if (c.end < t.length && !about && !headline) continue;
    if (!about && more.length) continue;
    return { ...selfFromCitation(c, c.number.printed, n), ...(about ? { title: about[1]!.trim() } : {}) };
  }
  return undefined;
}
/** After a heading's citation: its subject, perhaps after whom it went to ("… gửi UBND tỉnh Kiên Giang về việc …"). */
const DATELINE_BEFORE = /^[^()]{0,80}\([\p{L}\p{N}. ]{2,15}\)\s*[-–—]\s*(?=\p{Lu})/u;
const SUBJECT_AFTER = /^\s*,?\s*(?:gửi\s+[^,;:]{3,80}?\s+)?(?:về(?:\s+việc)?|V\/v)\s+(.+)$/u;
/** After a headline's number: a place's short name ("TP.HCM", "Hà Nội") or straight the subject in lower case. */
const HEADLINE_REST = /^\s+(?:(?:TP\.?\s?HCM|TPHCM|TP\.\s?\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)*|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3})\s+)?\p{Ll}/u;

const THIS_DOCUMENT = new RegExp(`(?:^|[\\s(])(${DOCUMENT_TYPE_NAMES.join('|')})\\s+này(?!\\p{L})`, 'iu');

/** A page's link to its document's full text: "Nội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây", "Toàn văn Kế hoạch xem tại đây". */
const FULL_TEXT_LINK = new RegExp(`^(?:Nội dung|Toàn văn|Xem toàn văn|Tải về|Tải)\\s+(${DOCUMENT_TYPE_NAMES.join('|')})(?!\\p{L}).{0,80}(?:tại đây|click|bấm vào)`, 'iu');

/** "Nhận được Công văn này, …", "Kế hoạch này nhằm …", a link to "Nội dung công văn …: xem tại đây" (in the text or the page after it): the text naming its own type. */
export function readOwnTypeMention(paragraphs: readonly TextLine[], pageAfter: readonly TextLine[] = [], ownKeys: readonly string[] = []): { type: DocumentType; line: number } | undefined {
  // "… thực hiện nghiêm túc Quy định số 85-QĐ/TW …" then "… chấn chỉnh những hạn chế trong thực
  // hiện Quy định này": right after a cited document of that type (its paragraph or the one
  // before), "<Loại> này" is that document. Further on, it is the text's own closing formula
  // ("Nhận được Công văn này, …", "… thực hiện nghiêm tinh thần Thông báo này./"); the text's own
  // number (`ownKeys`, from its lead or title) is no other document.
  const lastCited = new Map<DocumentType, number>();
  for (const [i, { n, text }] of [...paragraphs, ...pageAfter].entries()) {
    const link = FULL_TEXT_LINK.exec(text);
    const m = link ?? (pageAfter.some((l) => l.n === n) ? null : THIS_DOCUMENT.exec(text));
    for (const c of findCitations(m ? text.slice(0, m.index) : text)) if (c.type && !(c.number && ownKeys.includes(c.number.key))) lastCited.set(c.type, i);
    const type = m && documentTypeFromName(m[1]!);
    if (type && (link || i - (lastCited.get(type) ?? -Infinity) > 1)) return { type, line: n };
  }
  return undefined;
}

/**
 * A story that reports one document by its type alone: "Theo Kế hoạch, công tác tuyên truyền nhằm …",
 * "Theo Hướng dẫn này, …", "Nội dung của Kế hoạch là tuyên truyền …" opening a sentence of the page's first paragraphs. The type word in
 * capitals names a document ("theo kế hoạch" is "as planned"); the labelled sets read every such
 * page as that document's report.
 */
const REPORTED_DOCUMENT = new RegExp(`(?:^|[.!?:]\\s+|\\d\\s+)(?:Theo\\s+(${DOCUMENT_TYPE_NAMES.join('|')})(?:\\s+này)?\\s*,|Nội dung (?:chính )?của\\s+(${DOCUMENT_TYPE_NAMES.join('|')})(?:\\s+này)?\\s+(?:là|gồm))\\s+\\p{Ll}`, 'u');

export function readReportedDocument(paragraphs: readonly TextLine[]): { type: DocumentType; line: number } | undefined {
  for (const { n, text } of paragraphs.slice(0, LEAD_PARAGRAPHS)) {
    const m = REPORTED_DOCUMENT.exec(text);
    const type = m && documentTypeFromName((m[1] ?? m[2])!);
    if (type) return { type, line: n };
  }
  return undefined;
}

/**
 * A legal portal's title for its copy (thuvienphapluat, luatvietnam, hethongphapluat and their
 * crawls): "<Loại> <số> [năm <yyyy>] <trích yếu> do <cơ quan> ban hành." — "Công văn 296/BHXH-CSYT
 * năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành."
 * Type, number and issuer, from the title's start and its end.
 */
const LEGAL_PORTAL_TITLE = new RegExp(`^(${DOCUMENT_TYPE_NAMES.join('|')})\\s+(?:số\\s+)?(\\d[^\\s,;]*)(?:\\s+năm\\s+\\d{4})?\\s+\\S.{0,400}?\\s+do\\s+(\\p{Lu}[^.;:]{2,120}?)\\s+ban\\s+hành(?:\\.|\\s|$)`, 'u');
/**
 * The same portal's crawl puts its short title before the header's issuer, on one line: "Quyết định
 * 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------" — the issuer is the run of capitals.
 */
const LEGAL_PORTAL_SHORT_TITLE = new RegExp(`^(${DOCUMENT_TYPE_NAMES.join('|')})\\s+(?:số\\s+)?(\\d[^\\s,;]*)\\s+năm\\s+\\d{4}\\.\\s+((?:[\\p{Lu}Đ][\\p{Lu}\\p{M}Đ]*\\s+){1,12}[\\p{Lu}Đ][\\p{Lu}\\p{M}Đ]*)\\s*(?:[-_=*]{3,}|$)`, 'u');
export function readLegalPortalTitle(lines: readonly TextLine[]): SelfReference | undefined {
  for (const { n, text } of lines) {
    const m = LEGAL_PORTAL_TITLE.exec(text) ?? LEGAL_PORTAL_SHORT_TITLE.exec(text);
    const type = m && documentTypeFromName(m[1]!);
    if (!m || !type) continue;
    const number = parseDocumentNumber(m[2]!);
    if (number.seq === null || !number.symbol) continue;
    const issuer = m[3]!.trim();
    return { number, type, issuer: /\p{Ll}/u.test(issuer) ? issuer : properCase(issuer), line: n };
  }
  return undefined;
}

/** A repost's credit line: "(Nguồn: Từ Công văn số 169/STTTT-TTBCXB)", "Nguồn: Kế hoạch số 05/KH-UBND". */
const CREDIT = /^\(?\s*Nguồn\s*:\s*(?:Từ|Theo|Trích)?\s*/iu;

export function readSourceCredit(lines: readonly TextLine[]): SelfReference | undefined {
  for (const { n, text } of lines) {
    const m = CREDIT.exec(text);
    if (!m) continue;
    const c = findCitations(text.slice(m[0].length))[0];
    if (!c?.number?.printed || c.start > 0) continue;
    return selfFromCitation(c, c.number.printed, n);
  }
  return undefined;
}

/**
 * "UBND thành phố thông báo:", "Chủ tịch Ủy ban nhân dân phường thông báo như sau:", "UBND xã Liên
 * Khê thông báo việc thực hiện treo cờ tổ quốc trên địa bàn xã như sau:": a notice speaking.
 */
const NOTICE = /\S\s+thông báo(?:\s+việc\s[^:.;]*?\s+như sau|\s+(?:như sau|cụ thể|các nội dung sau))?\s*:\s*$/u;
/**
 * "…, Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền … như sau:": the sentence that closes a
 * guide's grounds (36-HD/VPTW). The verb in lower case, not "Hướng dẫn số …" cited.
 */
const GUIDING = /\S\s+hướng dẫn(?!\s+(?:số|của)(?!\p{L}))[^:]*?(?:như sau|sau đây)\s*:\s*$/u;

/** How far into the text the statement closing the grounds can be: after a "Căn cứ" list of several lines. */
export const STATEMENT_PARAGRAPHS = 15;

/** The body speaking its document's type: "<cơ quan> thông báo:" (Thông báo), "<cơ quan> hướng dẫn … như sau:" (Hướng dẫn). */
export function readNoticeStatement(paragraphs: readonly TextLine[]): { type: DocumentType; line: number } | undefined {
  for (const p of paragraphs.slice(0, STATEMENT_PARAGRAPHS)) {
    if (NOTICE.test(p.text)) return { type: 'thong-bao', line: p.n };
    if (GUIDING.test(p.text) && issuerFromSentence(p.text)) return { type: 'huong-dan', line: p.n };
  }
  return undefined;
}

/**
 * A body directing those under it, the substance of a notice even where a page gives no type,
 * number or date: "UBND thị trấn Thanh Miện đề nghị các cơ quan, đơn vị và hộ gia đình … treo cờ
 * Tổ quốc …", "Sở Văn hóa, Thể thao và Du lịch yêu cầu các đơn vị trực thuộc Sở …". The speaker
 * must be a body (issuerFromSentence) not spoken for by a person at a meeting, the verb "đề nghị" or
 * "yêu cầu" (not "chỉ đạo", which news uses to narrate what was done), followed by whom it directs —
 * or the body's notice closing its preamble ("UBND xã … thông báo việc … như sau:").
 */
const DIRECTING = /(?:^|\s)(?:(?:đã|vừa)\s+)?(?:đề nghị|yêu cầu|giao(?:\s+cho)?)\s+(?:các|toàn thể|thủ trưởng|Thủ trưởng|mọi|Nhân dân|nhân dân|cán bộ|hộ gia đình|\d+\s+\p{L}|Ủy ban nhân dân|UBND|Trung tâm|Phòng|Ban|Bí thư các)(?!\p{L})/u;

export function readDirectingStatement(paragraphs: readonly TextLine[]): { issuer: string; line: number } | undefined {
  for (const p of paragraphs.slice(0, STATEMENT_PARAGRAPHS)) {
    const notice = NOTICE.exec(p.text);
    const directs = DIRECTING.exec(p.text);
    if (!directs && !notice) continue;
    // The speaker is the body just before the verb, also where a paragraph joined over a blank
    // line runs another sentence into it ("… do UBND huyện Thủy Nguyên phát động UBND xã Liên Khê
    // thông báo …", "Tại Việt Nam, Bộ … đề nghị …  UBND tỉnh Đắk Nông giao các Sở …").
    const speaker = notice ? speakerBefore(p.text, notice.index + 1) : speakerBefore(p.text, directs!.index + (/^\s/u.test(directs![0]) ? 1 : 0));
    const body = speaker ? { name: speaker } : issuerFromSentence(p.text);
    // "… đồng chí Nguyễn Văn Hoán, Bí thư Đảng ủy đề nghị các đồng chí …": a person speaking at a meeting, reported.
    const at = body ? p.text.indexOf(body.name) : -1;
    if (body && !(at >= 0 && PERSON_BEFORE.test(p.text.slice(Math.max(0, at - 60), at)))) return { issuer: body.name, line: p.n };
  }
  return undefined;
}
/** The body named right before a notice's or a directing sentence's verb at `verbAt`: the first body-word start from which a sentence's subject runs up to the verb. */
function speakerBefore(text: string, verbAt: number): string | undefined {
  // A body's name is short: the words just before the verb are enough, whatever the paragraph's length.
  const start = Math.max(0, verbAt - NAME_REACH);
  const near = text.slice(start, verbAt + NAME_REACH);
  for (const m of near.slice(0, verbAt - start).matchAll(BODY_WORD)) {
    const from = m.index + m[0].length;
    const body = issuerFromSentence(near.slice(from));
    if (body && near.slice(from, verbAt - start).trim() === body.name) return body.name;
  }
  return undefined;
}
const NAME_REACH = 200;

const PERSON_BEFORE = /(?:đồng chí|Đồng chí|Bí thư|Chủ tịch|Giám đốc|Trưởng ban|Trưởng phòng|Phó)[^,.;]*[,\s]\s*$|(?:Bí thư|Chủ tịch|Giám đốc|Trưởng ban|Trưởng phòng)\s*$/u;

const CARRIES_OUT_ABOVE = /^(?:Để|Nhằm)\s+(?:triển khai\s+)?(?:thực hiện\s+)?(?:tốt\s+)?(?:các\s+)?(?:chỉ đạo|nội dung|văn bản|kế hoạch|công văn|hướng dẫn|chỉ thị|yêu cầu)\s+(?:trên|nêu trên|này|của [^,]{3,80}?)\s*,/iu;

/** A body other than `leadIssuer` that addresses readers after the lead: in a later clause of its paragraph, or right after it ("X đề nghị … như sau:"). */
export function relayingBody(paragraphs: readonly TextLine[], leadLine: number, leadIssuer: string): string | undefined {
  const i = paragraphs.findIndex((p) => p.n === leadLine);
  const other = (body: { name: string } | undefined) => (body && !looseContains(body.name, leadIssuer) && !looseContains(leadIssuer, body.name) ? body.name : undefined);
  // In the lead's own paragraph, a later clause: "Ngày …, Bộ … có Văn bản số …; Ban Tuyên giáo Trung ương
  // có Hướng dẫn số …; Sở Thông tin và Truyền thông đề nghị các cơ quan báo chí …".
  const lead = paragraphs[i];
  const directs = lead ? DIRECTING.exec(lead.text) : null;
  if (lead && directs) {
    const clauseStart = Math.max(lead.text.lastIndexOf('; ', directs.index), lead.text.lastIndexOf('. ', directs.index));
    const speaker = clauseStart > 0 ? other(issuerFromSentence(lead.text.slice(clauseStart + 2))) : undefined;
    if (speaker) return speaker;
  }
  for (const p of paragraphs.slice(i + 1, i + 4)) {
    // "Để triển khai thực hiện chỉ đạo trên, tại thành phố Hải Phòng, Phó Chủ tịch UBND thành phố … đã chỉ đạo …": the page's body carries out what the lead reports.
    if (CARRIES_OUT_ABOVE.test(p.text)) {
      const body = other(issuerFromSentence(p.text));
      if (body) return body;
    }
    if (!/(?:như sau|cụ thể|sau đây)\s*:?\s*$/u.test(p.text)) continue;
    const body = other(issuerFromSentence(p.text));
    if (body) return body;
  }
  return undefined;
}

