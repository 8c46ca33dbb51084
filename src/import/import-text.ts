/**
 * One source text → a directive entry (validated metadata + MDX body) and the warnings for what
 * could not be found. Pure: the caller reads and writes files.
 */
import { createHash } from 'node:crypto';
import { layoutWithPage, partLines, type Part } from './layout.ts';
import { readPortalTable, type PortalFacts } from './portal-table.ts';
import { choose, type Origin } from './field-sources.ts';
import { issuerGuessOf, looseContains, sameBody } from './issuer/names.ts';
import {
  LEAD_PARAGRAPHS, readDirectingStatement, readLegalPortalTitle, readNoticeStatement, readOwnTypeMention, readPageTitle, readReportedDocument, readSelfReference, readSourceCredit, readTitleCitation,
  relayingBody, type TextLine,
} from './news-lead.ts';
import { isFurniture, isHeaderAnchor, isMenuLine } from './page.ts';
import { INVISIBLE, INVISIBLE_RE, withoutInvisible } from '../text/invisible.ts';
import {
  completeIssuer, lacksPlace, issuerFromHeader, issuerFromSentence, issuerFromSignature, issuerFromTitle, levelOfBareBody, levelOfIssuer, levelOfPlaceOfIssue, levelOfUnnamedCity, systemOf, type IssuerGuess,
  levelOfSite,
} from './issuer/index.ts';
import { writeBody } from './mdx-writer.ts';
import { checkLossless } from './lossless.ts';
import { checkBody, parseBody } from '../entry/body.ts';
import { ImportError } from './source-text.ts';
import {
  issuerCodeOf, readCommemorations, readDeadlines, readDistribution, readFlatHeader, readHeader,
  readOpening, readRecipients, readSignature, readSlogans, type HeaderFacts, type Warning,
} from './extract.ts';
import { directiveSchema, type Directive, type DirectiveInput } from '../model/directive.ts';
import { numberKey, parseDocumentNumber } from '../model/document-number.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import { slugify } from '../text/fold.ts';
import { ENDS_SENTENCE } from './patterns.ts';
import { caseFromText } from './issuer/text-case.ts';
import { isCongVanNumber, typeFromCode } from '../citations/ky-hieu.ts';
import { isAllCaps } from './issuer/text.ts';
import { describeDamage, readTextDamage, readThroughScrambledTitle, readThroughStrippedHeader } from './text-damage.ts';
import { readTemplateMark } from './template.ts';
import { headlessSloganRun } from './run-in-slogans.ts';
import { readAnnexReference } from './annex-reference.ts';

/** An object's fields that hold a value: spread over another, it keeps the other's where it has none. */
const definedOnly = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export interface ImportOptions {
  /** Source file name recorded in provenance. */
  source: string;
  /** SHA-256 of the source bytes. */
  sha256: string;
  /** Import day, YYYY-MM-DD (passed in so imports are reproducible). */
  imported: string;
  /**
   * The web address the text was published at (a saved page's own address, or given on import):
   * recorded, and read for the publisher's level when the text does not give the issuer's.
   */
  url?: string;
}

export interface ImportResult {
  slug: string;
  data: Directive;
  body: string;
  warnings: Warning[];
}

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

const TRUNCATION = /(?:…|\.\.\.|\(còn nữa\)|Xem tiếp.*|Xem chi tiết.*|Tải về.*|file đính kèm.*)$/iu;

function completeness(parts: Part[]): 'complete' | 'truncated' {
  const hasTail = parts.some((p) => p.kind === 'signature' || p.kind === 'distribution');
  const last = parts.filter((p) => p.kind === 'paragraph').at(-1);
  const lastText = last ? partLines(last).at(-1)!.text : '';
  if (TRUNCATION.test(lastText)) return 'truncated';
  return hasTail || ENDS_SENTENCE.test(lastText) ? 'complete' : 'truncated';
}

function bodyFor(parts: Part[], text: string, warnings: Warning[]): string {
  let body = writeBody(parts);
  let tree = parseBody(body);
  let check = checkLossless(text, tree);
  if (!check.ok) {
    // Asterisks that do not read back as the emphasis they seem to be: keep them as characters.
    body = writeBody(parts, true);
    tree = parseBody(body);
    check = checkLossless(text, tree);
    warnings.push({ field: 'body', line: 1, message: 'asterisks kept as literal characters: as emphasis they would not read back as written' });
  }
  if (!check.ok) throw new ImportError(`internal error, refusing to write a lossy entry: ${check.detail}`);
  const problems = checkBody(tree);
  if (problems.length) throw new ImportError(`internal error, generated MDX is not safe: ${problems[0]!.message}`, problems[0]!.line);
  return body;
}

/** Longest number part of a slug: "Số:" may head a whole long line, and file names stop at 255 bytes. */
const MAX_SLUG_NUMBER = 60;

function slugFor(data: DirectiveInput, sha256: string): string {
  const full = data.number?.printed && /^\d/.test(data.number.printed) ? slugify(data.number.printed) : 'khong-so';
  const num = full.slice(0, MAX_SLUG_NUMBER).replace(/-+$/, '');
  const date = data.date ?? 'khong-ngay';
  // A shortened number no longer tells entries apart: the hash of the source does.
  const complete = num !== 'khong-so' && num === full && /^\d{4}-\d{2}-\d{2}$/.test(date);
  return [data.type, num, date, complete ? '' : sha256.slice(0, 8)].filter(Boolean).join('-');
}


/** One warning per invisible character met: its code, name, count and first line. */
export function invisibleCharacterWarnings(text: string): Warning[] {
  const seen = new Map<number, { line: number; count: number }>();
  for (const m of text.matchAll(INVISIBLE_RE)) {
    const cp = m[0].codePointAt(0)!;
    const hit = seen.get(cp);
    if (hit) hit.count++;
    else seen.set(cp, { line: text.slice(0, m.index).split('\n').length, count: 1 });
  }
  return [...seen].map(([cp, { line, count }]) => ({
    field: 'text', line,
    message: `invisible character U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${INVISIBLE[cp]}${count > 1 ? ` (${count} times)` : ''}: kept as written, but it can make the text display differently from what it holds — check the source`,
  }));
}

/** Lines of the parts given, as plain lines with their numbers. */
const linesOf = (parts: Part[]): TextLine[] => parts.flatMap(partLines).map((l) => ({ n: l.n, text: l.text }));

/** How many lines from the directive's start its header can take (a flattened table puts each cell on a line). */
const HEADER_LINES = 40;

/** Body paragraphs joined into one line each (a PDF's wrapped lines read as the sentence they are). */
/**
 * The text's paragraphs as the lead and statement readers see them, with the sentence that
 * announces a slogan list ("UBND xã Vinh Hiền thông báo treo cờ và khẩu hiệu như sau:"): it may be
 * the body speaking.
 */
function paragraphLines(parts: Part[]): TextLine[] {
  return parts.flatMap((p) => {
    const ls = p.kind === 'paragraph' ? partLines(p) : p.kind === 'slogans' && p.heading ? [p.heading] : [];
    return ls.length ? [{ n: ls[0]!.n, text: ls.map((l) => l.text).join(' ').replace(/\*+/g, '') }] : [];
  });
}

const GROUNDS = /^(?:Căn cứ|Thực hiện|Triển khai thực hiện)(?!\p{L})/u;
const untilGrounds = <L extends { text: string }>(lines: L[]): L[] => {
  const at = lines.findIndex((l) => GROUNDS.test(l.text.trim()));
  return at < 0 ? lines : lines.slice(0, at);
};

/**
 * A lead opens a page: past a numbered section heading ("1. Ngày hội … là gì?", "II. NỘI DUNG") or a
 * table of contents, a "Ngày …, <body> ra Nghị quyết số …" is the article's history, not its lead.
 */
const SECTION_START = /^(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+\S|Mục lục(?!\p{L}))/u;
const untilSection = <L extends { text: string }>(lines: L[]): L[] => {
  const at = lines.findIndex((l) => SECTION_START.test(l.text.trim()));
  return at < 0 ? lines : lines.slice(0, at);
};

/**
 * Under the Youth Union's name where a motto stands, its central bodies are named bare ("BAN CHẤP
 * HÀNH TRUNG ƯƠNG"): they are the Union's, not the Party's.
 */
const YOUTH_CENTRAL = /^Ban (?:Chấp hành|Bí thư|Thường vụ) Trung ương$/iu;
const ofYouthUnion = (motto: string | undefined, name: string | undefined) =>
  motto === 'mass' && name && YOUTH_CENTRAL.test(name) ? `${name} Đoàn TNCS Hồ Chí Minh` : name;

/**
 * A place and date with nothing of a header around it (no number, motto, type heading, subject or
 * issuer block) is a page's date line — a print view's day of printing — not the document's.
 */
const headerFramesDate = (h: HeaderFacts) => !!(h.number || h.motto || h.typeWord || h.subject || h.capsLines.length);

/** White space other than the space and the tab: no-break, figure, thin, narrow no-break and ideographic spaces. */
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/** How many of the text's first lines can hold the page's heading naming its document. */
const TITLE_LINES = 3;

/** How far into a text with no header a portal's attribute block is looked for. */
const PORTAL_LINES = 80;

export function importText(source: string, opts: ImportOptions): ImportResult {
  // Line ends as readSource gives them: a lone "\r" (old Mac files) or "\r\n" ends a line like "\n".
  // Written as they came, a lone "\r" would start a new line inside the entry's MDX ("\r- …" a list).
  const text = source.replace(/\r\n?/g, '\n');
  // The readers' copy of the lines: a no-break or other Unicode space (pasted from Word, PDFs and web
  // pages) read as a space, invisible characters (zero-width spaces, joiners, bidi marks) not read at
  // all; line numbers hold. The entry keeps the text as it came.
  const lines = withoutInvisible(text.replace(UNICODE_SPACES, ' ')).split('\n');
  // …and as a sentence reads, runs of spaces as one (a header's wide column gaps are the header reader's to see).
  const readingLines = lines.map((t) => t.replace(/[ \t]{2,}/gu, ' '));
  const { parts, located } = layoutWithPage(text);
  const warnings: Warning[] = invisibleCharacterWarnings(text);
  const warn = (field: string, line: number, message: string) => warnings.push({ field, line, message });
  const pageBefore = linesOf(parts.filter((p) => p.kind === 'page' && p.position === 'before'));
  const pageAfter = linesOf(parts.filter((p) => p.kind === 'page' && p.position === 'after'));
  if (pageBefore.length || pageAfter.length) {
    warn('text', located.first, `the directive is lines ${located.first}–${located.last} of the file${pageBefore.length ? `; lines 1–${located.first - 1} are the web page before it` : ''}${pageAfter.length ? `; lines ${pageAfter[0]!.n}–${pageAfter.at(-1)!.n} are the page after it` : ''} (kept in the entry, not shown as the directive's text)`);
  }
  const laidOut = readHeader(parts, warnings);
  const flat = laidOut.number || laidOut.placeDateLine ? undefined : readFlatHeader(parts, warnings);
  const header: typeof laidOut = flat ? { ...flat, ...definedOnly(laidOut), capsLines: [...laidOut.capsLines, ...flat.capsLines] } : laidOut;
  const opening = readOpening(parts);
  // A portal's attribute block is above the text; on a page cut before the text, the block is all there is.
  const portalAbove: PortalFacts = readPortalTable(pageBefore);
  const portal: PortalFacts = Object.keys(portalAbove).length || header.number ? portalAbove : readPortalTable(linesOf(parts).slice(0, PORTAL_LINES));
  const paragraphs = paragraphLines(parts);
  // The page's heading lines: a headline, perhaps a byline, then the document's own title line
  // ("Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v …") — above the grounds.
  const topLines = [...pageBefore, ...untilGrounds(linesOf(parts.filter((p) => p.kind !== 'page')).slice(0, TITLE_LINES))].filter((l) => !isFurniture(l.text));
  const bottomLines = [...linesOf(parts.filter((p) => p.kind !== 'page')).slice(-3), ...pageAfter];
  // A lead may stand above the header it announces ("… ngày 21/01/2021 UBND xã đã ban hành kế hoạch số 05/KH-UBND …").
  // Counted past the page's furniture (a visitor counter's "Hôm nay:", "Tất cả:" before the story).
  const leadLines = [...pageBefore.filter((l) => !isFurniture(l.text) && !isMenuLine(l.text)), ...untilSection(paragraphs.filter((l) => !isFurniture(l.text)).slice(0, LEAD_PARAGRAPHS))];
  // The page's posting date gives a lead's missing year: above the text, below it, or among its first lines ("(10:31 | 10/02/2023)").
  const postingLines = [...pageBefore, ...pageAfter, ...linesOf(parts.filter((p) => p.kind !== 'page')).slice(0, 2 * LEAD_PARAGRAPHS).filter((l) => isFurniture(l.text))];
  const leadFound = readSelfReference(leadLines, postingLines);
  // "Ngày …, Ban Tuyên giáo Trung ương có Công văn số … . Ban Thường trực Ủy ban MTTQ tỉnh đề nghị …
  // cụ thể như sau:": the lead names what another body's text carries out; the page is that text.
  const relayedBy = leadFound?.issuer ? relayingBody(paragraphs, leadFound.line, leadFound.issuer) : undefined;
  // A text under its own numbered header is not the lead's document when the lead names another
  // number or none ("(Sau đây viết tắt là BHXH các tỉnh) Bộ Y tế có Công văn số 627/BYT-BH …" in a
  // letter numbered 296/BHXH-CSYT; "Bộ Tài chính đang … trình Chính phủ ban hành Nghị định …").
  const headed = header.number?.value.seq != null && !(leadFound?.number && leadFound.number.key === header.number.value.key);
  const lead = relayedBy || headed ? undefined : leadFound;
  if (relayedBy) warn('number', leadFound!.line, `the lead names ${leadFound!.number?.printed ?? 'a document'} of ${leadFound!.issuer}, but ${relayedBy} speaks in the text that follows: taken as the document it carries out, not as this one`);
  const self = lead ?? readLegalPortalTitle(topLines) ?? readTitleCitation(topLines) ?? readSourceCredit(bottomLines);
  const selfFrom: Origin = !lead ? 'title' : lead.line === opening.line ? 'opening' : 'news-lead';
  // The page's title: above the directive, or its first lines when the page gives no header.
  // A title stands above the grounds: from "Căn cứ …"/"Thực hiện …" on, a line "Công văn số … của …" is a ground, not the title.
  const firstLines = untilGrounds(linesOf(parts.filter((p) => p.kind !== 'page' && p.kind !== 'header')).slice(0, LEAD_PARAGRAPHS));
  const pageTitle = readPageTitle([...pageBefore, ...firstLines].filter((l) => !isFurniture(l.text)));
  const listed = readSlogans(parts);
  // A page that is nothing but a slogan list run onto one line, with no heading.
  const slogans = listed.length ? listed : headlessSloganRun(readingLines.slice(located.first - 1, located.last));
  const headerEnd = parts.find((p) => p.kind !== 'header' && p.kind !== 'recipients' && p.kind !== 'page');
  const bodyLine = headerEnd ? partLines(headerEnd)[0]!.n : located.first;

  const ownMention = readOwnTypeMention(paragraphs, pageAfter, [header.number?.value.key, portal.number && numberKey(portal.number.value), self?.number?.key].filter((k): k is string => !!k));
  const notice = readNoticeStatement(paragraphs);
  const reported = readReportedDocument(paragraphs);
  const typeWordHit = !!(header.typeWord || portal.type || self?.type || pageTitle || notice || reported);
  // A directive's text opens with its grounds ("Căn cứ …") or the document it carries out ("Thực hiện …").
  const opens = opening.line !== undefined || paragraphs.slice(0, LEAD_PARAGRAPHS).some((p) => /^(?:Căn cứ|Thực hiện|Triển khai thực hiện)(?!\p{L})/u.test(p.text));
  const directing = readDirectingStatement(paragraphs);
  const damage = readTextDamage(lines.join('\n'));
  // Scrambled accents hide the type word from every reader: its title line still names type and number.
  const throughDamage = damage?.kind === 'scrambled-diacritics' && !typeWordHit && !header.number ? readThroughScrambledTitle(readingLines) : undefined;
  // Lost accented letters leave the type heading as "HNG DN" and the date as "ngay thang 01 nm 2017".
  const throughStripped = damage?.kind === 'stripped-letters' && !typeWordHit ? readThroughStrippedHeader(readingLines) : undefined;
  if (!typeWordHit && !header.subject && !header.number && !portal.number && !self && !opens && !slogans.length && !directing && !throughDamage && !throughStripped?.type) {
    // Damaged text hides what would have been found: say so, not only what was not found.
    if (damage) throw new ImportError(`not a directive: nothing makes it one as it reads, and ${describeDamage(damage)}`, 1);
    throw new ImportError(
      'not a directive: found no type heading (HƯỚNG DẪN, KẾ HOẠCH …), no "Số:" line, no "V/v" subject, no portal attribute table, no lead naming a document ("… ban hành Kế hoạch số …"), no page title naming one, no opening "Thực hiện …" sentence, no body directing others ("UBND xã đề nghị các cơ quan …") and no slogans',
      1,
    );
  }

  if (damage) warn('text', damage.line, describeDamage(damage));
  if (throughStripped?.type) warn('type', throughStripped.type.line, `type${throughStripped.date ? ' and date' : ''} read from the header through its lost accented letters (${DOCUMENT_TYPES[throughStripped.type.value].name}${throughStripped.date ? `, ${throughStripped.date.value}` : ''}): the text is kept as it came — check them against the original file`);
  if (throughDamage) warn('type', throughDamage.line, `type and number read from the title line through its scrambled accents (${DOCUMENT_TYPES[throughDamage.type].name} ${throughDamage.number.printed}): the text is kept as it came — check them against a clean copy`);
  if (pageTitle?.draft) warn('type', pageTitle.line, `the page carries a draft ("Dự thảo ${DOCUMENT_TYPES[pageTitle.type].name} …"), not a document in force: check that it was issued before publishing it`);

  const sameText = (a: string, b: string) => numberKey(a) === numberKey(b);
  // A header-less copy whose number and date survive in its annex's heading ("(Ban hành kèm theo Quyết định số …)").
  const template = readTemplateMark(lines);
  if (template) throw new ImportError(`not a directive: a template to fill in (mẫu), its year left blank: "${template.text.slice(0, 80)}"`, template.line);
  // Line by line, for the sentence readers (annex reference, level from the text).
  const numbered = readingLines.map((t, i) => ({ n: i + 1, text: t }));
  const annex = header.number || portal.number || self?.number ? undefined : readAnnexReference(numbered, header.typeWord?.value);
  const number = choose<string>('number', [
    header.number && { value: header.number.value.printed, from: 'header', line: header.number.line },
    portal.number && { value: portal.number.value, from: 'portal-table', line: portal.number.line },
    self?.number && { value: self.number.printed, from: selfFrom, line: self.line },
    annex && { value: annex.number.printed, from: 'annex', line: annex.line },
    throughDamage && { value: throughDamage.number.printed, from: 'title', line: throughDamage.line },
  ], sameText, (v) => v, warn);
  let numberValue = number ? (number.from === 'header' ? header.number!.value : parseDocumentNumber(number.value)) : undefined;
  // A header printed before the clerk filled the number in ("Số:   /KH-UBND"), and a page that
  // gives it whole ("… ban hành kế hoạch số 05/KH-UBND"): the same symbol, so the same document.
  const filled = numberValue?.seq === null && self?.number?.seq != null && numberKey(self.number.symbol) === numberKey(numberValue.symbol) ? self.number : undefined;
  if (filled) {
    warn('number', self!.line, `the header leaves the number blank ("${numberValue!.printed}"); the page's lead gives it whole: ${filled.printed}`);
    numberValue = filled;
  }
  if (self?.number && number?.from === 'news-lead') warn('number', self.line, `no header: number${self.date ? ' and date' : ''} taken from the page's lead sentence`);

  const selfCodeType = self?.number && !self.type ? typeFromCode(self.number) : undefined;
  const typeFound = choose<DocumentType>('type', [
    header.typeWord && { value: header.typeWord.value, from: 'header', line: header.typeWord.line },
    header.subject && { value: 'cong-van' as DocumentType, from: 'header', line: header.subject.line },
    portal.type && { value: portal.type.value, from: 'portal-table', line: portal.type.line },
    self?.type && { value: self.type, from: selfFrom, line: self.line },
    // "… đã có Văn bản số 108/CV-BTGTU": the type is the number's code.
    selfCodeType && { value: selfCodeType, from: 'number-code', line: self!.line },
    pageTitle && { value: pageTitle.type, from: 'title', line: pageTitle.line },
    notice && { value: notice.type, from: 'body', line: notice.line },
    throughDamage && { value: throughDamage.type, from: 'title', line: throughDamage.line },
    throughStripped?.type && { value: throughStripped.type.value, from: 'header', line: throughStripped.type.line },
    ownMention && { value: ownMention.type, from: 'body', line: ownMention.line },
    reported && { value: reported.type, from: 'body', line: reported.line },
  ], (a, b) => a === b, (v) => DOCUMENT_TYPES[v].name, warn);
  const codeType = typeFromCode(numberValue) ?? (isCongVanNumber(numberValue) ? 'cong-van' : undefined);
  const type: DocumentType = typeFound?.value ?? codeType ?? 'khac';
  if (type === 'khac') warn('type', bodyLine, 'no type heading, "V/v" subject, portal type, lead or title naming the type, or type code in the number: type left as "khac"');

  const dateFound = choose<string>('date', [
    header.date !== undefined && headerFramesDate(header) ? { value: header.date, from: 'header', line: header.placeDateLine! } : undefined,
    portal.date && { value: portal.date.value, from: 'portal-table', line: portal.date.line },
    self?.date ? { value: self.date, from: selfFrom, line: self.line } : undefined,
    annex?.date ? { value: annex.date, from: 'annex', line: annex.line } : undefined,
    throughStripped?.type && throughStripped.date ? { value: throughStripped.date.value, from: 'header', line: throughStripped.date.line } : undefined,
  ], (a, b) => a === b || a.startsWith(b) || b.startsWith(a), (v) => v, warn);
  if (self?.yearFromPage && dateFound?.from === 'news-lead') warn('date', self.line, `the lead gives the day and month without the year: year ${self.date!.slice(0, 4)} taken from the page's date — check it`);

  // The issuing body: the header's issuer block, a portal's "Nơi ban hành", the text's own statement
  // (opening sentence or news lead), a page title "<Loại> của <cơ quan> …", a signature "T/M …".
  // A block in capitals with nothing of a header around it (no number, motto, type heading, subject or
  // place and date, read or left in a flattened line) is a site's masthead ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA") when the page's
  // lead names the body that issued ("Ban Tuyên giáo Tỉnh ủy Thanh Hóa vừa ban hành Kế hoạch …").
  const headerLines = lines.slice(located.first - 1, Math.min(located.last, located.first - 1 + HEADER_LINES));
  const mastheadOnly = !!self?.issuer && !header.number && !header.motto && !header.typeWord && !header.subject && header.placeDateLine === undefined &&
    !headerLines.some(isHeaderAnchor);
  const headerGuess = mastheadOnly ? undefined : issuerFromHeader(headerLines);
  const sentenceGuess = relayedBy ? issuerGuessOf(relayedBy)
    : self?.issuer ? issuerFromSentence(self.issuer) ?? issuerGuessOf(self.issuer)
    // Paragraph by paragraph: a title run into the next paragraph must not hide who speaks.
    : leadLines.map((l) => issuerFromSentence(l.text)).find(Boolean);
  const titleHit = topLines.map((l) => ({ l, g: issuerFromTitle(l.text) })).find((x) => x.g);
  const sigPart = parts.findLast((p) => p.kind === 'signature');
  const sigIssuer = sigPart ? issuerFromSignature(partLines(sigPart).map((l) => l.text)) : undefined;
  const at = (g: { lines: number[] } | undefined, base: number) => (g?.lines.length ? base + g.lines[0]! : base);
  const issuerFound = choose<IssuerGuess>('issuer', [
    headerGuess && { value: headerGuess, from: 'header', line: at(headerGuess, located.first) },
    portal.issuer && { value: issuerGuessOf(portal.issuer.value), from: 'portal-table', line: portal.issuer.line },
    sentenceGuess && { value: sentenceGuess, from: self?.issuer ? selfFrom : 'opening', line: self?.issuer ? self.line : opening.line ?? bodyLine },
    titleHit && { value: titleHit.g!, from: 'title', line: titleHit.l.n },
    // Further in: the body directing others ("…, Trung tâm Hỗ trợ sinh viên đề nghị các đơn vị …").
    directing && { value: issuerGuessOf(directing.issuer), from: 'body', line: directing.line },
    sigIssuer?.name ? { value: issuerGuessOf(sigIssuer.name), from: 'signature', line: partLines(sigPart!)[0]!.n } : undefined,
  ], sameBody, (v) => v.name, warn, ['header', 'portal-table']);
  // A body named short in one place ("Ban Thường vụ" signing) takes its committee and place from another.
  // The page's title may say it whole as a sentence ("Ban Thường trực UBMTTQ Việt Nam huyện Phong Điền ban hành Kế hoạch …").
  const holdsFound = (g: IssuerGuess | undefined) => !!g && g !== issuerFound?.value && looseContains(g.name, issuerFound?.value.name ?? '');
  // Read only when no other source holds the name: the title's sentences are read no further otherwise.
  const fuller = [headerGuess, sentenceGuess, titleHit?.g].find(holdsFound)
    ?? (issuerFound ? topLines.map((l) => issuerFromSentence(l.text)).find(holdsFound) : undefined);
  const chosen = issuerFound && fuller && (!issuerFound.value.level || lacksPlace(issuerFound.value.name)) ? completeIssuer(issuerFound.value.name, fuller.name) : issuerFound?.value;
  // A name read from capitals takes the text's own casing of its proper nouns ("Trường Sơn").
  const fromCapitals = issuerFound && [lines[issuerFound.line - 1] ?? '', issuerFound.value.name].some((t) => isAllCaps(t.replace(/[^\p{L}]/gu, '')));
  const issuerName = ofYouthUnion(header.motto, chosen && fromCapitals ? caseFromText(chosen.name, lines) : chosen?.name);
  if (!issuerName) warn('issuer', opening.line ?? bodyLine, 'issuing body not found in the header, a portal table, an opening "Thực hiện …, <cơ quan> <hướng dẫn|đề nghị|…>" sentence, a lead, the page title or the signature');
  const code = issuerCodeOf(numberValue);
  const dated = (n: string | undefined) => (n ? levelOfIssuer(n, dateFound?.value) : undefined);
  const levelByName = dated(issuerName) ?? dated(chosen?.parent) ?? chosen?.level ?? [headerGuess, sentenceGuess, titleHit?.g].map((g) => g?.level).find(Boolean);
  // "UBND thành phố" with the city's name only elsewhere in the text ("… HĐND thành phố Ninh Bình …").
  const placeLevel = !levelByName && issuerName && header.placeDateLine !== undefined ? levelOfPlaceOfIssue(issuerName, header.place, dateFound?.value) : undefined;
  const levelByText = !levelByName && issuerName
    ? levelOfUnnamedCity(issuerName, numbered, dateFound?.value) ?? (placeLevel ? { level: placeLevel, line: header.placeDateLine! } : undefined) ?? levelOfBareBody(issuerName, numbered)
    : undefined;
  const levelBySite = !levelByName && !levelByText && opts.url ? levelOfSite(opts.url, numbered) : undefined;
  if (levelBySite) warn('issuer.level', levelBySite.line ?? bodyLine, `level "${levelBySite.level}" read from the page's address ${opts.url}: ${levelBySite.why} — the text does not say it`);
  const level = levelByName ?? levelByText?.level ?? (issuerName ? levelBySite?.level : undefined);
  const parent = chosen?.parent && fromCapitals ? caseFromText(chosen.parent, lines) : chosen?.parent;
  const system = (header.motto === 'mass' ? undefined : chosen?.system) ?? systemOf({ motto: header.motto, number: numberValue, issuer: issuerName });
  if (!system) warn('system', bodyLine, 'could not tell Party, State or mass organisation from the header, number or issuer');

  if (!number) warn('number', located.first, 'no "Số:" line in the header, no number in a portal table or lead');
  else if (numberValue!.seq === null) warn('number', number.line, `number printed without its sequence: "Số: ${numberValue!.printed}"`);
  if (!dateFound) warn('date', located.first, 'no "<nơi>, ngày … tháng … năm …" line in the header, no date in a portal table or lead');
  else if (!/-\d\d-\d\d$/.test(dateFound.value)) warn('date', dateFound.line, `partial date: only ${dateFound.value} is printed`);
  const title = header.subject?.value ?? header.title?.value ?? portal.title?.value ?? self?.title;
  if (!title) warn('title', located.first, 'no "V/v …" subject and no title under the type heading');
  const signature = readSignature(parts);
  if (!signature) warn('signature', partLines(parts.at(-1)!).at(-1)!.n, 'no signature block (position in capitals, then the name) at the end');
  if (!opening.implements.length) warn('implements', opening.line ?? bodyLine, 'no "Thực hiện <văn bản> …" opening: the document it implements is unknown');

  const fieldSources: Record<string, { from: Origin; line: number }> = {};
  const record = (field: string, f: { from: Origin; line: number } | undefined) => { if (f) fieldSources[field] = { from: f.from, line: f.line }; };
  record('number', filled ? { from: selfFrom, line: self!.line } : number);
  record('type', typeFound ?? (codeType && number ? { from: 'number-code', line: number.line } : undefined));
  record('date', dateFound);
  record('issuer', issuerFound);
  if (levelByName && issuerFound) record('issuer.level', { from: 'issuer-name', line: issuerFound.line });
  if (levelByText) record('issuer.level', { from: 'body', line: levelByText.line });
  if (levelBySite) record(issuerName ? 'issuer.level' : 'siteLevel', { from: 'page-address', line: levelBySite.line ?? bodyLine });
  const date = dateFound?.value;
  const data: DirectiveInput = {
    ...(system ? { system } : {}),
    type,
    ...(numberValue ? { number: { printed: numberValue.printed, key: numberKey(numberValue.printed) } } : {}),
    ...(issuerName ? { issuer: { name: issuerName, ...(code ? { code } : {}), ...(level ? { level } : {}), ...(parent ? { parent } : {}) } } : {}),
    ...(header.place ? { place: header.place } : {}),
    ...(date ? { date } : {}),
    ...(title ? { title } : {}),
    recipients: readRecipients(parts),
    distribution: readDistribution(parts),
    ...(signature && Object.keys(signature).length ? { signature } : {}),
    // A lead in the opening sentence ("Thực hiện …, Ban … có Hướng dẫn số 151-HD/BTGTW") names the text itself.
    implements: opening.implements.filter((r) => !numberValue?.seq || !r.number || numberKey(r.number) !== numberValue.key),
    slogans,
    commemorations: readCommemorations(parts),
    deadlines: readDeadlines(parts),
    topics: [],
    provenance: {
      source: opts.source, sha256: opts.sha256, imported: opts.imported, completeness: completeness(parts),
      ...(opts.url ? { url: opts.url } : {}),
      ...(levelBySite && !issuerName ? { siteLevel: levelBySite.level } : {}),
      ...(pageBefore.length || pageAfter.length ? { bodyLines: { first: located.first, last: located.last } } : {}),
      fieldSources,
      editedFields: [],
    },
  };
  const parsed = directiveSchema.safeParse(data);
  if (!parsed.success) throw new ImportError(`internal error, extracted metadata does not validate: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { slug: slugFor(data, opts.sha256), data: parsed.data, body: bodyFor(parts, text, warnings), warnings };
}

