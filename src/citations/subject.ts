/**
 * The subject (trích yếu) a citing text gives a document, read right after the citation:
 *
 *   Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương “về tiếp tục đổi mới, …”
 *   Nghị quyết số 18-NQ/TW ngày 25/10/2017 … khóa XII "Một số vấn đề về tiếp tục đổi mới, …"
 *   Chỉ thị số 46-CT/TW, ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử …;
 *
 * Two shapes only: a quotation opening right after the citation (its inside, to the closing quote
 * on the same line), or a phrase starting with "về" read up to the first hard stop. Conservative,
 * because a wrong subject is worse than none:
 *  - stops: ";", a parenthesis, a closing quote (a quote opened inside the phrase is read to
 *    its end and ends it), a sentence end (". "), a line end, the next citation; a line end where
 *    the sentence goes on in lower case on the next line (a hard-wrapped text) leaves no subject,
 *    and so does a colon (what precedes it leads into a list: "… với các nhiệm vụ như:");
 *    "… và các văn bản …" ends it; so do a sentence end glued to the next one ("Đảng.Theo") and a
 *    figure glued to a capital ("năm 2022Ban": a lost line break);
 *  - a comma followed by a capitalised word other than a document type ("…, Cục Thông tin cơ sở
 *    đề nghị"; not "Nhân dân", "Nhà nước", "Tổ quốc", "Đảng"), or by "đề nghị", "yêu cầu", "đồng thời", "theo đó", "trong đó", "nhằm", "để", "góp phần", and " thì ", start
 *    the next clause: the subject ends before them;
 *  - the next citation ends it only when a list separator (",", "và", "hoặc") comes before it; a
 *    citation inside the phrase ("về thực hiện Chỉ thị số 46-CT/TW …") leaves no subject, since
 *    the words before it are no subject on their own;
 *  - "về" followed by a body ("về Ban Tuyên giáo", "về Sở …") is where to send something, not a
 *    subject; a phrase that finds no stop within MAX characters is no subject (a run-on sentence).
 * The subject is the text verbatim, with markdown emphasis stars dropped and white space folded.
 * Pure.
 */

/** Longest subject read; past it the phrase is taken for a run-on sentence. */
const MAX_PHRASE = 240;
const MAX_QUOTED = 320;

const OPEN_QUOTES = '“"«‘\'';
const CLOSE_OF: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’', "'": "'" };
const CLOSE_QUOTES = '”"»’';

/** Words a subject never continues with after a comma: the next clause starts. */
const CLAUSE_AFTER_COMMA = /^(?:đề nghị|yêu cầu|đồng thời|theo đó|trong đó|nhằm|để|góp phần)(?![\p{L}\p{N}])/u;
/** More documents joined on ("… và các văn bản có liên quan"): the subject has ended. */
const MORE_DOCUMENTS = /^ (?:và|cùng) (?:các |những )?(?:văn bản|quy định|hướng dẫn|kế hoạch)(?![\p{L}])/u;
/** Capitalised words that may follow a comma inside a subject: document types ("…, Luật Công đoàn"). */
const TYPE_AFTER_COMMA = /^(?:Luật|Bộ luật|Nghị quyết|Nghị định|Chỉ thị|Quyết định|Thông tư|Pháp lệnh|Hiến pháp|Kết luận|Quy định|Chương trình|Đề án|Chiến lược)(?![\p{L}])/u;
/** Nouns Party texts capitalise mid-phrase ("…các vấn đề nổi cộm, Nhân dân quan tâm"); not "Đảng ủy". */
const CAPITALISED_NOUN = /^(?:Nhân dân|Nhà nước|Tổ quốc|Đảng(?![ \u00a0]*[uủ][yỷ]))(?![\p{L}])/u;
/** "về" + a body: an address ("gửi báo cáo về Ban Tuyên giáo"), not a subject. */
const BODY_AFTER_VE = /^(?:Ban|Sở|Cục|Vụ|Bộ|Phòng|Văn phòng|Ủy ban|Uỷ ban|UBND|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Quận ủy|Quận uỷ|Đảng ủy|Đảng uỷ|Thường trực|Trung tâm|Hội đồng|địa chỉ|hộp thư|email)(?![\p{L}])/u;
const VE = /^(?:về|Về|VỀ)(?![\p{L}\p{N}])/u;
const LETTER = /\p{L}/u;

const clean = (s: string) => s.replace(/\*/g, '').replace(/\s+/gu, ' ').trim();
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u2007';

/**
 * The subject right after a citation ending at `end`; `next` is where the following citation
 * starts (the text's length when none). Undefined when the text gives none.
 */
export function subjectAfter(text: string, end: number, next: number = text.length): string | undefined {
  let i = end;
  const skip = () => { while (i < next && (isSpace(text[i]) || text[i] === '*')) i++; };
  skip();
  if (text[i] === ',') { i++; skip(); }
  if (i >= next) return undefined;
  const ch = text[i]!;
  if (OPEN_QUOTES.includes(ch)) {
    // A straight quote opens only after a space and before a word ('18-NQ/TW" và' closes one).
    if ((ch === '"' || ch === "'") && !(isSpace(text[i - 1]) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))) return undefined;
    return quoted(text, i, next);
  }
  if (VE.test(text.slice(i, i + 3))) return phrase(text, i, next);
  return undefined;
}

/** A quotation opening at `at`: its inside, when it closes on the same line before `next`. */
function quoted(text: string, at: number, next: number): string | undefined {
  const close = CLOSE_OF[text[at]!]!;
  const limit = Math.min(next, at + 1 + MAX_QUOTED);
  for (let j = at + 1; j < limit; j++) {
    const c = text[j]!;
    if (c === '\n') return undefined;
    if (c === close) {
      const inside = clean(text.slice(at + 1, j));
      // A title starts with a word: "; Ban …" between two quotes is no title.
      return /^[\p{L}\p{N}]/u.test(inside) && LETTER.test(inside) ? inside : undefined;
    }
  }
  return undefined;
}

/** A "về …" phrase starting at `at`, up to its first stop. */
function phrase(text: string, at: number, next: number): string | undefined {
  const afterVe = text.slice(at + 2).replace(/^[\s*]+/u, '');
  if (BODY_AFTER_VE.test(afterVe)) return undefined;
  const limit = Math.min(text.length, at + MAX_PHRASE + 1);
  let j = at;
  for (; j < limit; j++) {
    if (j === next) return beforeCitation(text.slice(at, j));
    const c = text[j]!;
    if (c === '\n') {
      // A line end mid-sentence (the text goes on in lower case after it, or a heading in capitals
      // goes on in capitals): the phrase is cut, no subject.
      const after = /\S/u.exec(text.slice(j, j + 200).replace(/\*/g, ' '))?.[0] ?? '';
      if (/\p{Ll}/u.test(after)) return undefined;
      const sofar = text.slice(at, j);
      if (/\p{Lu}/u.test(after) && sofar === sofar.toUpperCase()) return undefined;
      break;
    }
    // A colon leads into a list: what came before it is a lead-in ("… với các nhiệm vụ như:").
    if (c === ':') return undefined;
    // A sentence end glued to the next ("… của Đảng.Theo kế hoạch"; not "Ph.Ăng-ghen", "TP.HCM"),
    // or a lost line break ("… năm 2022Ban Tuyên giáo").
    if (c === '.' && /\p{Lu}/u.test(text[j + 1] ?? '') && /(?:^|[^\p{L}])\p{L}*\p{Ll}{3}$/u.test(text.slice(Math.max(at, j - 30), j))) break;
    if (/\d/u.test(c) && /\p{Lu}/u.test(text[j + 1] ?? '') && /\p{Ll}/u.test(text[j + 2] ?? '')) { j++; break; }
    if (c === ' ' && MORE_DOCUMENTS.test(text.slice(j, j + 30))) break;
    if (c === ';' || c === '(' || c === ')' || c === '\n' || c === '…' || CLOSE_QUOTES.includes(c) && c !== '"') break;
    if ((c === '.' || c === '!' || c === '?') && (j + 1 >= text.length || /[\s*]/u.test(text[j + 1]!))) break;
    if (OPEN_QUOTES.includes(c) && c !== "'") {
      // A quotation inside the phrase ("về việc “Tổ chức Tết năm 2021”") is read whole and ends it.
      // Looked for within the phrase's limit only: a long text with many citations stays linear.
      const inside = text.slice(j + 1, limit);
      const k = inside.indexOf(CLOSE_OF[c]!);
      if (k < 0 || inside.slice(0, k).includes('\n') || (next > j && next <= j + 1 + k)) return undefined;
      return finish(text.slice(at, j + 1 + k + 1));
    }
    if (c === ',') {
      const rest = text.slice(j + 1, j + 40).replace(/^[ \t\u00a0*]+/u, '');
      const capitals = text.slice(at, j) === text.slice(at, j).toUpperCase(); // a heading in capitals: no case to go by
      if (CLAUSE_AFTER_COMMA.test(rest) || (!capitals && /^\p{Lu}/u.test(rest) && !TYPE_AFTER_COMMA.test(rest) && !CAPITALISED_NOUN.test(rest))) break;
    }
    if (c === ' ' && /^ thì(?![\p{L}\p{N}])/u.test(text.slice(j, j + 5))) break;
  }
  if (j >= limit) return undefined; // no stop: a run-on sentence
  return finish(text.slice(at, j));
}

/** The phrase ran into the next citation: a subject only when a list separator comes first. */
function beforeCitation(s: string): string | undefined {
  const m = /(?:,|;|\s(?:và|hoặc))[\s*]*$/u.exec(s);
  return m ? finish(s.slice(0, m.index)) : undefined;
}

function finish(raw: string): string | undefined {
  const s = clean(raw).replace(/[\s,]+$/u, '');
  // "về", "về việc" alone say nothing.
  const rest = s.replace(/^(?:về|Về|VỀ)(?![\p{L}])\s*/u, '').replace(/^(?:việc|Việc|VIỆC)(?![\p{L}])\s*/u, '');
  return /\p{L}/u.test(rest) ? s : undefined;
}

/** The subject after each of a text's citations (sorted, non-overlapping spans). */
export function subjectsOf(text: string, citations: readonly { start: number; end: number }[]): (string | undefined)[] {
  return citations.map((c, i) => subjectAfter(text, c.end, citations[i + 1]?.start ?? text.length));
}
