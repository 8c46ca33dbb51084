/**
 * Metadata read off a directive's parts. Each extractor returns what the text states and nothing
 * more; what is missing is reported as a warning with the line where it was looked for.
 */
import { isPortalField } from './page.ts';
import { withoutInvisible } from '../text/invisible.ts';
import type { Line, Part } from './layout.ts';
import { quotedSlogans, runInSlogans, unquote } from './run-in-slogans.ts';
import { PARTY_MOTTO_SOURCE, STATE_MOTTO_SOURCE, YOUTH_MOTTO_SOURCE } from '../text/mottos.ts';
import {
  AUTHORITY_LINE, KINH_GUI_LINE, NOI_NHAN_LINE, NUMBER_LINE, PARTY_MOTTO, PERSON_NAME_LINE,
  SIGNED_MARK_LINE, STATE_MOTTO, SUBJECT_LINE, TYPE_HEADINGS, TYPE_TITLE_LINE, WEEKDAY_SOURCE,
} from './patterns.ts';
import { documentTypeFromName, DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import { parseDocumentNumber, type DocumentNumber } from '../model/document-number.ts';
import { formatPartialDate, isValidDateParts, type PartialDate } from '../model/partial-date.ts';
import { AUTHORITY_MARKS, type DocumentRef } from '../model/directive.ts';
import { findCitations } from '../citations/find.ts';
import { matchDatePhrase } from '../citations/date-text.ts';
import { foldWhitespace } from '../text/fold.ts';
import { WORD_END } from '../text/words.ts';

export interface Warning {
  field: string;
  line: number;
  message: string;
}

/** A line as the extractors read it (a part of one, like the text after "V/v", has no `raw`). */
type TextLine = Pick<Line, 'n' | 'text'>;

const joinText = (ls: readonly TextLine[]) => foldWhitespace(ls.map((l) => l.text).join(' '));
/**
 * Markdown emphasis marks that came with the source off, for metadata values only ("**Khẩu hiệu**",
 * "*A*"): stars against a word; a star between spaces is the text's own ("( 30/ 04/ 1975 * 30/04/ 2018 )").
 */
const plain = (s: string) => s.replace(/(?<!\s)\*+|\*+(?!\s)/gu, '');

export interface HeaderFacts {
  number?: { value: DocumentNumber; line: number };
  subject?: { value: string; line: number };
  place?: string;
  date?: PartialDate;
  placeDateLine?: number;
  typeWord?: { value: DocumentType; line: number };
  title?: { value: string; line: number };
  /** The motto's system: the State's, the Party's, or the Youth Union's name where a motto stands ('mass'). */
  motto?: 'party' | 'state' | 'mass';
  capsLines: Line[];
}

/** "<Nơi>, ngày … tháng … năm …" anywhere in a line (a flattened two-column header puts it after the number). */
const PLACE_DATE_IN_LINE = new RegExp(
  `(?!(?:${WEEKDAY_SOURCE})\\s*,)(?<place>(?:(?:\\p{Lu}[\\p{Ll}\\p{M}]+|TP\\.|Tp\\.)\\s?){1,5}),\\s*ngày\\s*(?<day>\\d{1,2})?\\s*tháng\\s*(?<month>\\d{1,2})?\\s*năm\\s*(?<year>\\d{4})?`,
  'u',
);
/** A line that starts with the place and date: "Hà Nội, ngày 24 tháng 2 năm 2021". */
const PLACE_DATE_AT_START = new RegExp(`^${PLACE_DATE_IN_LINE.source}`, 'u');
const MOTTO_IN_LINE = new RegExp(`\\s(?:${PARTY_MOTTO_SOURCE}|${STATE_MOTTO_SOURCE}|${YOUTH_MOTTO_SOURCE}|Độc\\s+lập\\s*[-–]).*$`, 'u');
const STATE_MOTTO_IN_LINE = new RegExp(STATE_MOTTO_SOURCE, 'u');
const STATE_MOTTO_TO_END = new RegExp(`\\s*${STATE_MOTTO_SOURCE}.*$`, 'u');
/**
 * The gap between two columns of a header flattened into one line: tabs with spaces, 2+ tabs or 3+
 * spaces (one tab may sit between words), or a table's cell border "|" (a web page's table as text).
 */
const COLUMN_GAP = /\s*\|\s*|\t{2,}|[ \u00a0\u2000-\u200a\u202f]+\t[ \t\u00a0]*|\t[ \u00a0\u2000-\u200a\u202f]+|[ \u00a0\u2000-\u200a\u202f]{3,}/u;
/** Table-cell marks and rules that a flattened Word or web table leaves between header lines. */
const CELL_MARK = /^[|*]$/u;

function readPlaceDate(t: string, n: number, facts: HeaderFacts, warnings: Warning[]): boolean {
  const m = PLACE_DATE_IN_LINE.exec(t);
  if (!m) return false;
  const g = m.groups!;
  facts.place = g.place!.trim();
  facts.placeDateLine = n;
  const [y, mo, d] = [g.year, g.month, g.day].map((v) => (v ? Number(v) : undefined));
  if (y !== undefined) {
    const month = mo !== undefined && isValidDateParts(y, mo) ? mo : undefined;
    const day = month !== undefined && d !== undefined && isValidDateParts(y, month, d) ? d : undefined;
    facts.date = formatPartialDate({ year: y, month, day });
    if ((mo !== undefined && month === undefined) || (d !== undefined && day === undefined)) {
      warnings.push({ field: 'date', line: n, message: `date "${m[0]}" is not a real date; kept only the parts that are` });
    }
  }
  return true;
}

/**
 * A header flattened into one line with single spaces: the issuer's capitals, then "Số: …" ("SỞ GD-ĐT
 * QUẢNG NGÃI TRƯỜNG THPT BA GIA Số: 23/KH-BAGIA CỘNG HÒA …"): the number starts a column of its own.
 */
const splitAtNumber = (x: string): string[] => {
  // Linear: find the first "Số:" after a space, then check what stands before it (a single regex
  // over capitals of any length backtracks on a long line of them).
  const at = x.search(/\sSố\s*:/u);
  if (at < 0) return [x];
  const before = x.slice(0, at).trimEnd();
  return !/\p{Ll}/u.test(before) && /\p{Lu}/u.test(before) ? [before, x.slice(at).trimStart()] : [x];
};

/**
 * Number, V/v subject, place and date, type word and title, national or Party motto — from the
 * header's lines in any layout: one item a line, two columns flattened into one line ("Số: 05/KH-UBND
 * Quang Trung, ngày 12 tháng 01 năm 2021"), a place and date broken over lines by a narrow table
 * cell ("Sơn" / "La, ngày 11 tháng 3" / "năm 2020"), cell marks and rules between them.
 */
export function readHeader(parts: Part[], warnings: Warning[]): HeaderFacts {
  const facts: HeaderFacts = { capsLines: [] };
  for (const part of parts) {
    if (part.kind !== 'header') continue;
    for (const lines of part.blocks) {
      // Two columns flattened into one line keep a wide gap between them: read each column apart.
      // A blank number is a gap too ("Số :     /KH – UBND"): "Số:" stays with what follows it.
      const cells = lines.flatMap((l) => withoutInvisible(l.raw).split(COLUMN_GAP).flatMap(splitAtNumber).map((x) => x.trim()).filter(Boolean)
        // "Số      20    -HD/HNDT" (a copy that widened every space): the symbol after the gap is the number's.
        .reduce<string[]>((acc, x) => (acc.length && (/^Số\s*:?$/u.test(acc.at(-1)!) || (/^Số\s*:?\s*\d+$/u.test(acc.at(-1)!) && /^[-–/]\s*\p{Lu}/u.test(x))) ? [...acc.slice(0, -1), `${acc.at(-1)!} ${x}`] : [...acc, x]), [])
        .map((x) => ({ ...l, text: x.replace(/\s+/gu, ' ') })));
      // A cell broken after "Số:" ("Số:" then "122/KH-TMNVK", or a blank "/KH-UBND", on the next line): the number is the next line's.
      const block = cells.flatMap((c, i) => {
        const next = cells[i + 1];
        if (/^Số\s*:?$/u.test(c.text) && next && NUMBER_START.test(next.text)) return [{ ...c, text: `Số: ${next.text}` }];
        return i > 0 && /^Số\s*:?$/u.test(cells[i - 1]!.text) && NUMBER_START.test(c.text) ? [] : [c];
      });
      let continuedTo = -1; // lines after "V/v …" in its block continue the subject, up to a place and date or a number
      block.forEach((line, i) => {
        const t = line.text;
        // A portal's attribute table copied inside the header ("Ngày ban hành 06/04/2023", "Thể loại Kế hoạch"): the portal table's reader reads it.
        if (i <= continuedTo || CELL_MARK.test(t) || isPortalField(t)) return;
        let m: RegExpExecArray | null;
        if ((m = NUMBER_LINE.exec(t)) && !facts.number) {
          // The number ends where a flattened second column begins (place and date, motto).
          let printed = m[1]!;
          const pd = PLACE_DATE_IN_LINE.exec(printed);
          if (pd) { readPlaceDate(printed.slice(pd.index), line.n, facts, warnings); printed = printed.slice(0, pd.index); }
          printed = printed.replace(MOTTO_IN_LINE, '').trim();
          // "Số: 627/BYT-BH V/v hướng dẫn thực hiện …", "Số: 1921/LĐTBXH-NCCV/v hướng dẫn …": a công văn's two
          // columns flattened, its subject after the number (glued to it where the cell border was).
          const vv = /(?:\s+|(?<=[\p{Lu}\d]))V\/[vV][.:]?\s*(?=\p{L})/u.exec(printed);
          if (vv) {
            facts.subject ??= { value: printed.slice(vv.index + vv[0].length).trim(), line: line.n };
            printed = printed.slice(0, vv.index);
          }
          // "Số: 550/SGDĐT-GDTX, ngày 14 tháng 4 năm 2017": the date after the number, no place before it.
          const dated = DATE_AFTER_NUMBER.exec(printed);
          if (dated) {
            if (!facts.placeDateLine) readBareDate(printed.slice(dated.index), line.n, facts);
            printed = printed.slice(0, dated.index).trim();
          }
          facts.number = { value: parseDocumentNumber(printed), line: line.n };
        } else if ((m = SUBJECT_LINE.exec(t))) {
          const rest = block.slice(i + 1);
          const stop = rest.findIndex((l) => PLACE_DATE_AT_START.test(l.text) || NUMBER_LINE.test(l.text));
          const continued = stop < 0 ? rest : rest.slice(0, stop);
          facts.subject = { value: joinText([{ n: line.n, text: m[1]! }, ...continued]), line: line.n };
          continuedTo = i + continued.length;
        } else if (!facts.placeDateLine && /ngày|tháng|năm/u.test(t) &&
          (readPlaceDate(t, line.n, facts, warnings) ||
            readPlaceDate(joinText(block.slice(Math.max(0, i - 1), i + 2).filter((l) => !CELL_MARK.test(l.text))), line.n, facts, warnings))) {
          // read
        } else if ((m = TYPE_TITLE_LINE.exec(t.replace(/[.:]$/u, '')))) {
          facts.typeWord = { value: documentTypeFromName(m[1]!)!, line: line.n };
        } else if (PARTY_MOTTO.test(t) || /\sĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$/u.test(t)) {
          facts.motto = 'party';
          if (!PARTY_MOTTO.test(t)) facts.capsLines.push({ ...line, text: t.replace(MOTTO_IN_LINE, '').trim() });
        } else if (YOUTH_MOTTO_LINE.test(t)) {
          facts.motto = 'mass';
        } else if (STATE_MOTTO.test(t) || STATE_MOTTO_IN_LINE.test(t)) {
          facts.motto = 'state';
          const rest = t.replace(STATE_MOTTO_TO_END, '').trim();
          if (rest) facts.capsLines.push({ ...line, text: rest });
        } else if (facts.typeWord && !facts.title && facts.typeWord.line < line.n) {
          facts.title = { value: joinText(block.slice(i)), line: line.n };
        } else if (!facts.typeWord && !facts.number) facts.capsLines.push(line);
      });
    }
    // A place and date the cells did not give: one the column split cut apart ("Hoằng    Lưu,    ngày
    // 22    tháng …" in a copy that widened every space), read from its line as one, or one broken
    // over lines that a copy set apart as paragraphs ("Sơn" / "La, ngày 11 tháng 3" / "năm 2020"),
    // read across the header's blocks.
    if (!facts.placeDateLine) {
      const all = part.blocks.flat().filter((l) => !CELL_MARK.test(l.text));
      for (const [i, l] of all.entries()) {
        if (/ngày|tháng|năm/u.test(l.text) && (readPlaceDate(l.text, l.n, facts, warnings) || readPlaceDate(joinText(all.slice(Math.max(0, i - 1), i + 2)), l.n, facts, warnings))) break;
      }
    }
  }
  return facts;
}

/** A date run on after the number: ", ngày 14 tháng 4 năm 2017", " ngày 14/4/2017". */
const DATE_AFTER_NUMBER = /[,;]?\s+ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\/\d{1,2}\/\d{4})/u;

/** The date of a "Số: …, ngày …" line, when the header has no place and date of its own (the citation finder's date reader). */
function readBareDate(t: string, n: number, facts: HeaderFacts): void {
  const d = matchDatePhrase(t, t.indexOf('ngày'));
  if (!d) return;
  facts.date = d.date;
  facts.placeDateLine = n;
}

/** A number's start: its sequence, or the slash of a blank one ("/KH-UBND"). */
const NUMBER_START = /^(?:\d|\/\s*\p{Lu})/u;

/** How far into the text a header flattened into a paragraph line is looked for. */
const FLAT_HEADER_LINES = 3;
const NUMBER_IN_LINE = /(?<![\p{L}])Số\s*:/u;

/**
 * A whole header flattened into one line of running text, when the layout found none: "SỞ GD-ĐT
 * QUẢNG NGÃI TRƯỜNG THPT BA GIA Số: 23/KH-BAGIA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do –
 * Hạnh phúc Sơn Tịnh, ngày 30 tháng 10 năm 2017 KẾ HOẠCH …" (a school portal's text). Only a line
 * that holds both a "Số:" and a motto counts: each alone is too common in prose.
 */
export function readFlatHeader(parts: Part[], warnings: Warning[]): HeaderFacts | undefined {
  const lines = parts.filter((p) => p.kind === 'paragraph').flatMap((p) => (p as { lines: Line[] }).lines).slice(0, FLAT_HEADER_LINES);
  const line = lines.find((l) => NUMBER_IN_LINE.test(l.text) && (STATE_MOTTO_IN_LINE.test(l.text) || PARTY_MOTTO_IN_LINE.test(l.text) || YOUTH_MOTTO_IN_LINE.test(l.text)));
  if (!line) return undefined;
  // A reading copy with the glued joins apart; the entry keeps the text as it is.
  const text = unglueFlatHeader(line.text);
  const facts = readHeader([{ kind: 'header', blocks: [[{ ...line, text, raw: text }]] }], warnings);
  // The type heading run on after the place and date: "… Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNH Về việc …".
  const after = PLACE_DATE_IN_LINE.exec(text);
  const heading = after ? TYPE_AFTER_DATE.exec(text.slice(after.index + after[0].length)) : null;
  if (heading && !facts.typeWord) facts.typeWord = { value: documentTypeFromName(heading[1]!)!, line: line.n };
  if (!facts.motto && YOUTH_MOTTO_IN_LINE.test(text)) facts.motto = 'mass';
  return facts;
}
const PARTY_MOTTO_IN_LINE = new RegExp(PARTY_MOTTO_SOURCE, 'u');
const YOUTH_MOTTO_IN_LINE = new RegExp(YOUTH_MOTTO_SOURCE, 'u');
const YOUTH_MOTTO_LINE = new RegExp(`^${YOUTH_MOTTO_SOURCE}$`, 'u');
const TYPE_AFTER_DATE = new RegExp(`^\\s*(${TYPE_HEADINGS})(?=\\s|$)`, 'u');

/**
 * A header flattened with its line breaks lost glues words: "TRUNG ƯƠNG***Số:", "…-VPĐOÀN TNCS HỒ
 * CHÍ MINH" (the number and the right column), "QUYẾT ĐỊNHVề việc" (the heading and its subject).
 */
const unglueFlatHeader = (t: string) =>
  t.replace(/(?<=\S)(?=Số\s*:)/gu, ' ')
    .replace(new RegExp(`(?<=[\\p{Lu}\\d])(?=${YOUTH_MOTTO_SOURCE})`, 'gu'), ' ')
    .replace(/(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu, ' ');

/** Kính gửi: one recipient per "- " line, or one recipient wrapped over several lines. */
export function readRecipients(parts: Part[]): string[] {
  const part = parts.find((p) => p.kind === 'recipients');
  if (!part || part.kind !== 'recipients') return [];
  const [first, ...rest] = part.block;
  const lines = [{ n: first!.n, text: KINH_GUI_LINE.exec(first!.text)![1]! }, ...rest].filter((l) => l.text);
  return listItems(lines);
}

/** Lines of a list → items: "- " or "+ " starts an item, other lines continue the previous one. */
function listItems(lines: readonly TextLine[]): string[] {
  const items: string[][] = [];
  for (const l of lines) {
    const m = /^[-+•–]\s*(.*)$/u.exec(l.text);
    if (m || !items.length) items.push([m ? m[1]! : l.text]);
    else items.at(-1)!.push(l.text);
  }
  return items.map((i) => foldWhitespace(i.join(' ')).replace(/[;,.]+$/u, '').trim()).filter(Boolean);
}

export function readDistribution(parts: Part[]): string[] {
  const part = parts.find((p) => p.kind === 'distribution');
  if (!part || part.kind !== 'distribution') return [];
  const [first, ...rest] = part.blocks.flat();
  const inline = NOI_NHAN_LINE.exec(first!.text)![1]!;
  return listItems([...(inline ? [{ n: first!.n, text: inline }] : []), ...rest]);
}

export interface SignatureFacts {
  authority?: (typeof AUTHORITY_MARKS)[number];
  onBehalfOf?: string;
  position?: string;
  name?: string;
}

export function readSignature(parts: Part[]): SignatureFacts | undefined {
  const part = parts.findLast((p) => p.kind === 'signature');
  if (!part || part.kind !== 'signature') return undefined;
  const sig: SignatureFacts = {};
  const positions: string[] = [];
  for (const { text } of part.blocks.flat()) {
    const auth = AUTHORITY_LINE.exec(text);
    if (auth && !sig.authority) {
      sig.authority = auth[1] as SignatureFacts['authority'];
      if (auth[2]) sig.onBehalfOf = auth[2];
    } else if (SIGNED_MARK_LINE.test(text)) continue;
    else if (PERSON_NAME_LINE.test(text)) sig.name = text;
    else positions.push(text);
  }
  if (positions.length) sig.position = positions.join(' ');
  return sig;
}

/** A list marker before a slogan: "1.", "(1)", "1)", "a)", "-", "–", "+", "•", "*" and other bullets. */
const SLOGAN_MARKER = /^(?:\(?\d{1,3}\s*[.)]|[a-zđ]\)|[-+•–—*·●○▪■◦])\s*/u;
function inlineSlogans(parts: Part[]): string[] {
  return parts.flatMap((p) => {
    if (p.kind !== 'paragraph') return [];
    const labelled = runInSlogans(plain(joinText(p.lines)));
    return labelled.length ? labelled : p.lines.flatMap((l) => quotedSlogans(plain(l.text)));
  });
}

export function readSlogans(parts: Part[]): string[] {
  const listed = parts.flatMap((part) => (part.kind === 'slogans' ? sloganItems(part) : []));
  return [...listed, ...inlineSlogans(parts).filter((s) => !listed.includes(s))];
}

/** Items that are tasks or topics ("Tuyên truyền ngày pháp luật …", "Tổ chức …", "Đối với các hộ dân …", "Tại trụ sở …"), not calls to put on a banner. */
const TASK_ITEM = /^(?:Tuyên truyền|Kỷ niệm|Tổ chức|Thực hiện|Triển khai|Treo|Căng|Phối hợp|Chỉ đạo|Đối với|Tại|Vận động|Đề nghị|Yêu cầu|Giao)(?!\p{L})/u;

/** A line wholly in parentheses inside a list ("(Tải slide bài giảng …)"): a page's inserted link, not the slogan's words. */
const ASIDE_LINE = /^\([^()]*\)$/u;

/**
 * The texts of one listed item: its lines but asides after the first, the marker dropped; items
 * run on after it in sequence ("… tái chế.  3. Trồng thêm …") split off; an item that is itself a
 * label with run-in slogans ("Khẩu hiệu chính: “A”, “B”.") gives those slogans.
 */
function itemTexts(item: readonly TextLine[]): string[] {
  const text = plain(joinText(item.filter((l, i) => i === 0 || !ASIDE_LINE.test(l.text))));
  const runIn = runInSlogans(text.replace(SLOGAN_MARKER, ''));
  if (runIn.length) return runIn;
  return splitRunOnItems(text).map((t) => unquote(t.replace(SLOGAN_MARKER, '').trim())).filter(Boolean);
}

/** "2. A.  3. B." → ["2. A.", "3. B."]: numbered items run on one line, split where the next number in sequence follows a full stop. */
function splitRunOnItems(text: string): string[] {
  const first = /^\(?(\d{1,3})\s*[.)]/u.exec(text);
  if (!first) return [text];
  const out: string[] = [];
  let rest = text, n = Number(first[1]);
  for (;;) {
    const next = new RegExp(`(?<=[.!?…]["”]?)\\s+(?=${n + 1}\\.\\s+\\S)`, 'u').exec(rest);
    if (!next) break;
    out.push(rest.slice(0, next.index));
    rest = rest.slice(next.index + next[0].length);
    n++;
  }
  return [...out, rest];
}

/** An item that is a label with its value ("Chủ đề: “Yêu thương và chia sẻ”.", "Thời gian: …"): what the campaign is, not a banner's words. */
const LABEL_ITEM = /^(?:Chủ đề|Thời gian|Địa điểm|Hình thức|Đối tượng|Mục đích)\s*:/u;

function sloganItems(part: Extract<Part, { kind: 'slogans' }>): string[] {
  const items = part.items.flatMap(itemTexts).filter((s) => s && !LABEL_ITEM.test(s));
  if (items.filter((s) => TASK_ITEM.test(s)).length * 2 >= items.length) return [];
  // A list punctuated as one sentence ("A;", "B;", "C.") ends its items with list marks, not the slogans' own.
  const listed = items.length > 1 && items.slice(0, -1).every((s) => /[;,]$/u.test(s));
  return items.map((s, i) => (listed ? s.replace(i === items.length - 1 ? /[;,.]$/u : /[;,]$/u, '').trimEnd() : s));
}

/** Body paragraphs as plain text (lines joined, emphasis marks dropped) with their first line. */
const bodyParagraphs = (parts: Part[]) =>
  parts
    .filter((p): p is Extract<Part, { kind: 'paragraph' }> => p.kind === 'paragraph')
    .map((p) => ({ text: plain(joinText(p.lines)), firstLine: p.lines[0]! }));

/**
 * The opening "Thực hiện …, <issuer> <verb> …" sentence: the documents it implements and the
 * issuing body that speaks. Also a web repost's "Ngày …, <issuer> ban hành <Type> số …".
 */
export interface OpeningFacts {
  implements: DocumentRef[];
  issuer?: { name: string; line: number };
  line?: number;
}

const SPEAKER_VERB = '(?:hướng dẫn|đề nghị|xây dựng|ban hành|yêu cầu|thông báo|chỉ đạo|triển khai|đề ra|kính đề nghị|báo cáo)';
const SPEAKER = new RegExp(`(?:,|\\.|\\))\\s+(\\p{Lu}[^,.;:()]{2,90}?)\\s+${SPEAKER_VERB}${WORD_END}`, 'u');

/** A page's title, date line and a caption can come before a directive's opening sentence. */
const OPENING_PARAGRAPHS = 5;
const OPENING = new RegExp(`^\\*?(?:Thực hiện|Triển khai thực hiện)${WORD_END}`, 'u');

export function readOpening(parts: Part[]): OpeningFacts {
  const para = bodyParagraphs(parts).slice(0, OPENING_PARAGRAPHS).find((p) => OPENING.test(p.firstLine.text));
  if (!para) return { implements: [] };
  const { text } = para;
  const speaker = SPEAKER.exec(text);
  const clauseEnd = speaker ? speaker.index : text.length;
  const refs: DocumentRef[] = findCitations(text)
    .filter((c) => c.start < clauseEnd)
    .map((c) => ({
      text: c.raw,
      ...(c.type ? { type: c.type } : {}),
      ...(c.number ? { number: c.number.printed } : {}),
      ...(c.date ? { date: c.date } : {}),
      ...(c.issuer ? { issuer: c.issuer } : {}),
    }));
  const line = para.firstLine.n;
  // "… Ban Thường trực Ủy ban MTTQ Việt Nam huyện đã triển khai …": the adverb is not the name's.
  const name = speaker?.[1]!.trim().replace(/\s+(?:đã|vừa|sẽ|cũng|tiếp tục|đồng thời)$/u, '');
  return { implements: refs, line, ...(name ? { issuer: { name, line } } : {}) };
}

/** "80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024)". */
export function readCommemorations(parts: Part[]) {
  const out: { text: string; occasion: string; years?: number; from: PartialDate; to: PartialDate }[] = [];
  const seen = new Set<string>();
  const RANGE = /\((\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–]\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\)/gu;
  for (const { text } of bodyParagraphs(parts)) {
    for (const m of text.matchAll(RANGE)) {
      const [d1, m1, y1, d2, m2, y2] = m.slice(1).map(Number) as [number, number, number, number, number, number];
      if (!isValidDateParts(y1, m1, d1) || !isValidDateParts(y2, m2, d2) || y2 <= y1) continue;
      const before = text.slice(0, m.index).split(/[;:()]/u).at(-1)!;
      // "… kỷ niệm 90 năm Ngày thành lập …": the last "N năm" before the dates, preferring one that
      // agrees with them (an earlier "tháng 01 năm 2020" is a date, not a count of years).
      const counts = [...before.matchAll(/(?<![\p{L}\p{N}])(\d{1,3})\s+năm\s+(?!\d)/gu)];
      const hit = counts.findLast((c) => Number(c[1]) === y2 - y1) ?? counts.at(-1);
      const counted = hit ? [hit[0], hit[1], before.slice(hit.index + hit[0].length)] as const : undefined;
      const occasion = (counted ? counted[2]! : before.replace(/^.*\s(?:và|chào mừng|kỷ niệm|như)\s+/iu, ''))
        .replace(/^[\s,]+|[\s,]+$/gu, '');
      if (!occasion) continue;
      const label = counted ? `${counted[1]} năm ${occasion}` : occasion;
      const entry = {
        text: `${label} ${m[0]}`,
        occasion,
        years: counted ? Number(counted[1]) : y2 - y1,
        from: formatPartialDate({ year: y1, month: m1, day: d1 }),
        to: formatPartialDate({ year: y2, month: m2, day: d2 }),
      };
      if (!seen.has(entry.text)) out.push(entry), seen.add(entry.text);
    }
  }
  return out;
}

const DEADLINE_CONTEXT = 240;

/** "… hoàn thành trước ngày 31/12/2024": the sentence up to the date, and the date. */
export function readDeadlines(parts: Part[]) {
  const out: { text: string; date: PartialDate }[] = [];
  const DEADLINE = /(?:trước|chậm nhất(?: là)?|hạn chót(?: là)?)\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/gu;
  const seen = new Set<string>();
  for (const { text } of bodyParagraphs(parts)) {
    for (const m of text.matchAll(DEADLINE)) {
      const [d, mo, y] = m.slice(1).map(Number) as [number, number, number];
      if (!isValidDateParts(y, mo, d)) continue;
      // From the clause's start, at most DEADLINE_CONTEXT characters before the date (a run-on line
      // is not a clause), each deadline once.
      const after = (sep: string) => { const i = text.lastIndexOf(sep, m.index); return i < 0 ? 0 : i + sep.length; };
      const start = Math.max(after('. '), after('; '), m.index - DEADLINE_CONTEXT, 0);
      const entry = { text: text.slice(start, m.index + m[0].length).replace(/^[-+]\s*/u, '').trim(), date: formatPartialDate({ year: y, month: mo, day: d }) };
      const key = `${entry.date} ${entry.text}`;
      if (!seen.has(key)) { seen.add(key); out.push(entry); }
    }
  }
  return out;
}

/** Issuer code from the ký hiệu: party "HD/BTGTW" → BTGTW; state "CĐ-TTg" → TTg, công văn "TTCS-TTTQ" → TTCS. */
export function issuerCodeOf(n: DocumentNumber | undefined): string | undefined {
  if (!n) return undefined;
  const s = n.symbol.replace(/\s+/g, '');
  if (n.style === 'party') return s.split('/')[1]?.split(/[-–]/u)[0] || undefined;
  if (n.style === 'state') {
    const groups = s.replace(/^\d{4}\//, '').split(/[-–]/u);
    const isType = Object.values(DOCUMENT_TYPES).some((t) => (t.codes as readonly string[]).includes(groups[0]!));
    return (isType ? groups[1] : groups[0]) || undefined;
  }
  return undefined;
}


