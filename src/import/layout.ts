/**
 * Directive text → its parts in source order: header (number, subject, place and date, type and
 * title), recipients (Kính gửi), body paragraphs and headings, the slogan list, footnotes,
 * distribution list (Nơi nhận) and signature. Every source line lands in exactly one part, in
 * order; nothing is dropped or rewritten here (the MDX writer writes each line as it is, escaped).
 */
import { locateDirective, type Located } from './page.ts';
import {
  AUTHORITY_LINE, CAPS_LINE, ENDS_SENTENCE, FOOTNOTE_START, ITEM_START, KINH_GUI_LINE, NOI_NHAN_LINE,
  NUMBERED, NUMBER_LINE, PARTY_MOTTO, PERSON_NAME_LINE, PLACE_DATE_LINE, ROMAN_HEADING, RULE_LINE,
  SIGNED_MARK_LINE, SLOGAN_HEADING, STATE_MOTTO, STATE_MOTTO_2, SUBJECT_LINE, TYPE_TITLE_LINE, withoutDecoration,
} from './patterns.ts';
import { PARTY_MOTTO_SOURCE, STATE_MOTTO_2_SOURCE, STATE_MOTTO_SOURCE } from '../text/mottos.ts';
import { withoutInvisible } from '../text/invisible.ts';

export interface Line {
  /** 1-based line number in the source file. */
  n: number;
  /**
   * The line as the recognisers read it: trimmed, every run of white space (tabs, no-break and
   * other Unicode spaces, as pasted from Word, PDFs and web pages) one space.
   */
  text: string;
  /** The line as written, only trimmed: what the MDX writer keeps. */
  raw: string;
}
export type Block = Line[];

export type Part =
  | { kind: 'header'; blocks: Block[] }
  | { kind: 'recipients'; block: Block }
  | { kind: 'heading'; level: 2 | 3 | 4 | 5; line: Line }
  /** Lines of one paragraph; `joined` lines were split by a page break and read as one line. */
  | { kind: 'paragraph'; lines: Line[]; joined: boolean }
  | { kind: 'slogans'; heading: Line | undefined; items: Line[][] }
  | { kind: 'footnote'; lines: Line[] }
  | { kind: 'distribution'; blocks: Block[] }
  | { kind: 'signature'; blocks: Block[] }
  /** Lines of the file outside the directive: a web page's navigation before it, its footer after. */
  | { kind: 'page'; position: 'before' | 'after'; blocks: Block[] };

/** A line that is only a table's cell border, as a portal renders a header table ("|", "| |"). */
const CELL_BORDER = /^[|│┃¦](?:\s*[|│┃¦])*$/u;

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') {
      if (current.length) blocks.push(current);
      current = [];
    // Zero-width spaces and other invisible characters are not read; the raw line keeps them (a line of
    // only them stays a line: its characters must reach the entry).
    } else current.push({ n: i + 1, text: withoutInvisible(t).replace(/\s+/gu, ' ').trim(), raw: t });
  });
  if (current.length) blocks.push(current);
  return blocks;
}

/** The left column's capitals, then the motto of the right column, flattened into one line: "ĐƯỜNG HỒ CHÍ MINH VIỆT NAM Độc lập – Tự do – Hạnh phúc". */
const CAPS_THEN_MOTTO = new RegExp(`^[\\p{Lu}\\d\\s.,&\\-–]+\\s(?:${STATE_MOTTO_2_SOURCE}|${STATE_MOTTO_SOURCE}|${PARTY_MOTTO_SOURCE})$`, 'u');

/** A rule a flattened header runs on after its motto ("… Hạnh phúc ---------------", "… Hạnh phúc********"). */
const TRAILING_RULE = /(?<=[\p{L}\d)])\s*[-_=*]{3,}$|\s+\.{3,}$/u;

/**
 * A markdown table's row ("| BAN CHỈ ĐẠO … | CỘNG HÒA … |", "| Số: 252/KH-… | Hà Nội, ngày … |"): a
 * Word header table as pandoc and the legal datasets write it. A header row when one of its cells
 * is a header line; the rule under the first row ("|---|---|") too.
 */
const TABLE_ROW = /^\|(.*)\|$/u;
const TABLE_RULE_CELL = /^:?-{3,}:?$/u;

const isHeaderLine = (line: string): boolean => {
  const row = TABLE_ROW.exec(line);
  if (!row) return isHeaderLineAsIs(line.replace(TRAILING_RULE, ''));
  const cells = row[1]!.split('|').map((c) => c.trim()).filter(Boolean);
  return cells.length > 0 && (cells.every((c) => TABLE_RULE_CELL.test(c)) || cells.some((c) => isHeaderLineAsIs(c.replace(TRAILING_RULE, ''))));
};
const isHeaderLineAsIs = (t: string) =>
  CELL_BORDER.test(t) || NUMBER_LINE.test(t) || CAPS_THEN_MOTTO.test(t) || SUBJECT_LINE.test(t) || PLACE_DATE_LINE.test(t.replace(RUN_ON_KINH_GUI, '')) || TYPE_TITLE_LINE.test(t) ||
  PARTY_MOTTO.test(t) || STATE_MOTTO.test(t) || STATE_MOTTO_2.test(t) || RULE_LINE.test(t) ||
  (CAPS_LINE.test(withoutDecoration(t)) && t.length <= 80 && !ROMAN_HEADING.test(t) && !NUMBERED.test(t));

/** "Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:": a flattened copy runs the recipients' label on after the date. */
const RUN_ON_KINH_GUI = /\s+Kính\s+gửi\s*:.*$/u;

/** A header block: its first line is a header line (continuations of "V/v …" or the title may follow). */
const isHeaderBlock = (b: Block) => isHeaderLine(b[0]!.text) || (b.length <= 3 && PLACE_DATE_LINE.test(b.map((l) => l.text).join(' ')));

/**
 * A short block between two header blocks is a piece of the header a copy set apart ("XÃ HOẰNG
 * THẮNG Độc lập Tự do Hạnh phúc", its motto typed without dashes, between the first row and "Số:"):
 * one or two short lines, no sentence, no grounds.
 */
const bridgesHeader = (b: Block, next: Block | undefined) =>
  !!next && isHeaderBlock(next) && b.length <= 2 && b.every((l) => l.text.length <= 90 && !/[.;]$/u.test(l.text)) && !startsText(b[0]!.text);

/** Number of leading blocks that form the header, and whether a title block follows a lone type word. */
function headerLength(blocks: Block[]): number {
  let i = 0;
  while (i < blocks.length && (isHeaderBlock(blocks[i]!) || KINH_GUI_LINE.test(blocks[i]![0]!.text) || (i > 0 && bridgesHeader(blocks[i]!, blocks[i + 1])))) {
    const last = blocks[i]!.at(-1)!.text;
    i++;
    // "HƯỚNG DẪN" alone, then a blank line, then the title: the title belongs to the header.
    const next = blocks[i];
    if (TYPE_TITLE_LINE.test(last) && next && next.length <= 4 && !ENDS_SENTENCE.test(next.at(-1)!.text) &&
        !/^(Thực hiện|Căn cứ|Triển khai)/u.test(next[0]!.text)) i++;
  }
  return i;
}

const isSignatureLine = (t: string) =>
  AUTHORITY_LINE.test(t) || SIGNED_MARK_LINE.test(t) || PERSON_NAME_LINE.test(t) || (CAPS_LINE.test(t) && t.length <= 60);
const isSignatureBlock = (b: Block) => b.every((l) => isSignatureLine(l.text));
/** A signature has a position or authority in capitals and ends with a person's name. */
function isSignatureRun(blocks: Block[]): boolean {
  const lines = blocks.flat();
  return lines.length >= 2 && lines.every((l) => isSignatureLine(l.text)) &&
    PERSON_NAME_LINE.test(lines.at(-1)!.text) && lines.some((l) => CAPS_LINE.test(l.text) || AUTHORITY_LINE.test(l.text));
}

/** Split the tail (distribution and signature, in either order) off the end of the blocks. */
function splitTail(blocks: Block[]): { bodyEnd: number; tail: Part[] } {
  let noiNhan = -1;
  for (let i = blocks.length - 1; i >= 0; i--) if (NOI_NHAN_LINE.test(blocks[i]![0]!.text)) { noiNhan = i; break; }
  // Signature at the very end (after the list, or with no list at all).
  let sigStart = blocks.length;
  while (sigStart > 0 && sigStart - 1 > noiNhan && isSignatureBlock(blocks[sigStart - 1]!)) sigStart--;
  if (!isSignatureRun(blocks.slice(sigStart))) sigStart = blocks.length;
  if (noiNhan < 0) {
    return { bodyEnd: sigStart, tail: sigStart < blocks.length ? [{ kind: 'signature', blocks: blocks.slice(sigStart) }] : [] };
  }
  // A signature just before "Nơi nhận:" (State layout typed top to bottom).
  let sigBefore = noiNhan;
  while (sigBefore > 0 && isSignatureBlock(blocks[sigBefore - 1]!)) sigBefore--;
  const tail: Part[] = [];
  let bodyEnd = noiNhan;
  if (sigBefore < noiNhan && isSignatureRun(blocks.slice(sigBefore, noiNhan))) {
    tail.push({ kind: 'signature', blocks: blocks.slice(sigBefore, noiNhan) });
    bodyEnd = sigBefore;
  }
  tail.push({ kind: 'distribution', blocks: blocks.slice(noiNhan, sigStart) });
  if (sigStart < blocks.length) tail.push({ kind: 'signature', blocks: blocks.slice(sigStart) });
  return { bodyEnd, tail };
}

function headingLevel(line: string): 2 | 3 | 4 | 5 | undefined {
  if (line.length > 160 || /[.;,]$/u.test(line)) return undefined;
  if (ROMAN_HEADING.test(line)) return 2;
  const m = NUMBERED.exec(line);
  if (!m) return undefined;
  const depth = m[1]!.split('.').length;
  return Math.min(2 + depth, 5) as 3 | 4 | 5;
}

/**
 * Page breaks of the source (PDF → text) cut paragraphs in two. Read them as one when the first
 * does not end a sentence and the second cannot start an item: it starts in lower case, or the
 * first is a long line (headings are short).
 */
function continuesAcrossBreak(a: Block, b: Block): boolean {
  const last = a.at(-1)!.text;
  const first = b[0]!.text;
  if (ENDS_SENTENCE.test(last) || ITEM_START.test(first) || FOOTNOTE_START.test(first)) return false;
  if (NOI_NHAN_LINE.test(first) || SLOGAN_HEADING.test(first)) return false;
  if (/^\*?\p{Ll}/u.test(first)) return true;
  return a.length === 1 && last.length >= 60 && headingLevel(last) === undefined;
}

/**
 * A heading that names the list it stands over, as a noun phrase: "*Thông điệp Tuần lễ Quốc gia
 * nước sạch …", "Các thông điệp truyền thông:", "Khẩu hiệu cổ động" — short, no sentence inside;
 * numbered, it may end with a full stop ("4. Một số khẩu hiệu tuyên truyền."). Messages (thông
 * điệp) of a campaign are put on banners like slogans.
 */
const LIST_TITLE = /^(?:[*•-]\s*)?(?:(?:Một số|Các|Những|Nội dung(?: các)?)\s+)?(?:khẩu hiệu|thông điệp)(?![\p{L}])[^.:;!?“”"]{0,100}:?$/iu;
const NUMBERED_LIST_TITLE = /^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)\-–]\s*(?:(?:Một số|Các|Những|Nội dung(?: các)?)\s+)?(?:khẩu hiệu|thông điệp)(?![\p{L}])[^.:;!?“”"]{0,80}[.:]?$/iu;

/**
 * A heading that announces slogans: "V. KHẨU HIỆU TUYÊN TRUYỀN", "3. Một số khẩu hiệu tuyên
 * truyền:", "Khẩu hiệu:", "… 11 khẩu hiệu tuyên truyền … cụ thể như sau:", "Nội dung băng rôn:".
 * A sentence that merely mentions slogans ("treo băng rôn, khẩu hiệu tại trụ sở …") is not one.
 */
export function isSloganHeading(t: string): boolean {
  if (LIST_TITLE.test(t) || NUMBERED_LIST_TITLE.test(t)) return true;
  if (!SLOGAN_HEADING.test(t)) return false;
  // "… lựa chọn một số khẩu hiệu tuyên truyền … như:": a sentence that ends by announcing a list.
  if (/:\s*\**$/u.test(t)) return t.length <= 400;
  return t.length <= 220 && !ENDS_SENTENCE.test(t) && (headingLevel(t) !== undefined || t.length <= 60);
}

type Marker = 'number' | 'letter' | 'dash' | 'quote' | 'none';

/**
 * How a slogan item is marked, and its number for a numbered list; for a list mark, which one
 * ("-", "–" and "—" are one mark as typists mix them; "+", "*", "•" … each its own).
 */
function markerOf(t: string): { kind: Marker; n?: number; mark?: string } {
  let m: RegExpExecArray | null;
  // "2.1. …" is a sub-section's number, not an item's.
  if ((m = /^\(?(\d{1,3})\s*[.)](?!\d)\s*\S/u.exec(t))) return { kind: 'number', n: Number(m[1]) };
  if (/^[a-zđ]\)\s*\S/u.test(t)) return { kind: 'letter' };
  if ((m = /^([-+•–—*·●○▪■◦])\s*\S/u.exec(t))) return { kind: 'dash', mark: /[-–—]/u.test(m[1]!) ? '-' : m[1]! };
  if (/^["“”‘']/u.test(t)) return { kind: 'quote' };
  return { kind: 'none' };
}

/** The text of the line after line `k` of block `j`, across a blank line. */
function lineAfter(blocks: readonly Block[], j: number, k: number): string | undefined {
  return blocks[j]![k + 1]?.text ?? blocks[j + 1]?.[0]?.text;
}

/** Items run on one line after item `n` ("2. A.  3. B."): the number of the last one, in sequence. */
function lastRunOnNumber(t: string, n: number): number {
  while (new RegExp(`[.!?…]["”]?\\s+${n + 1}\\.\\s+\\S`, 'u').test(t)) n++;
  return n;
}

/**
 * A quoted slogan is the whole line: the quote closes at its end (a full stop or a collector's credit
 * after it at most). "“Tháng hành động …” năm 2021 với Chủ đề: …" is a sentence that opens with a name.
 */
const QUOTED_WHOLE = /^["“'‘][^"“”]+["”'’][\s.!;,]*(?:\([^()]{1,40}\)[\s.]*)?$/u;

/** Longest line an unmarked slogan can be: slogans are short calls, not paragraphs. */
const MAX_UNMARKED_SLOGAN = 220;

/**
 * A line that can be a slogan without a list mark: short, a call ("… muôn năm!") or a phrase
 * without closing punctuation — not a sentence ending in "." or ",", not "Thời gian: …" (a label
 * and its value), not a byline, not a heading.
 */
const isUnmarkedSlogan = (t: string) =>
  t.length <= MAX_UNMARKED_SLOGAN && !/[.,;:]["”)]*$/u.test(t) && !/^[^:]{1,60}:\s+\S/u.test(t) &&
  !PERSON_NAME_LINE.test(t) && !/^\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+)+ - \p{Lu}/u.test(t) &&
  headingLevel(t) === undefined && !isSloganHeading(t);

/**
 * The items of a slogan list starting at block `from`: every line marked like the first item
 * (the numbers in sequence), or every short line when the items are unmarked; a line that does not
 * start an item and follows one that does not end continues it. The list ends at a section
 * heading, "Nơi nhận", a line marked otherwise, or a long sentence.
 */
function readSloganList(blocks: Block[], from: number): { items: Line[][]; next: number } {
  const items: Line[][] = [];
  let style: Marker | undefined;
  let dash: string | undefined;
  let lastNumber = 0;
  let j = from;
  outer: for (; j < blocks.length; j++) {
    for (const [k, line] of blocks[j]!.entries()) {
      const t = line.text;
      // A line that announces ("…, gồm có:", "2. Tham khảo … khẩu hiệu …:") starts another list, never a slogan.
      if (ROMAN_HEADING.test(t) || NOI_NHAN_LINE.test(t) || AUTHORITY_LINE.test(t) || /:\s*\**$/u.test(t)) {
        if (k > 0) { blocks.splice(j, 1, blocks[j]!.slice(0, k), blocks[j]!.slice(k)); j++; }
        break outer;
      }
      const mark = markerOf(t);
      style ??= mark.kind;
      dash ??= mark.mark;
      const prev = items.at(-1);
      // A line in parentheses between numbered items ("(Tải slide bài giảng …)", a page's inserted link) stays with the item before.
      const aside = prev && style === 'number' && /^\([^()]*\)$/u.test(t) && markerOf(lineAfter(blocks, j, k) ?? '').n === lastNumber + 1;
      const continues = aside || (prev && !ENDS_SENTENCE.test(prev.at(-1)!.text) && mark.kind === 'none' && /^\*?[\p{Ll}(]/u.test(t));
      const starts =
        style === 'number' ? mark.kind === 'number' && (items.length === 0 || mark.n === lastNumber + 1) :
        style === 'none' ? mark.kind === 'none' && isUnmarkedSlogan(t) :
        style === 'quote' ? mark.kind === 'quote' && QUOTED_WHOLE.test(t) :
        mark.kind === style && mark.mark === dash; // "+ A", "+ B", then "* C": the list under it ended
      if (starts) {
        items.push([line]);
        if (mark.n !== undefined) lastNumber = lastRunOnNumber(t, mark.n);
      } else if (continues) prev!.push(line);
      else {
        if (k > 0) { // the list ended inside this block: the rest of it is body text
          blocks.splice(j, 1, blocks[j]!.slice(0, k), blocks[j]!.slice(k));
          j++;
        }
        break outer;
      }
    }
  }
  // One unmarked line under "Thời gian treo cờ, khẩu hiệu:" is an answer, not a list of slogans.
  if (style === 'none' && items.length < 2) return { items: [], next: from };
  return { items, next: j };
}

function bodyParts(blocks: Block[]): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    const first = block[0]!;
    if (block.length === 1 && isSloganHeading(first.text)) {
      const { items, next } = readSloganList(blocks, i + 1);
      if (items.length) {
        parts.push({ kind: 'slogans', heading: first, items });
        i = next;
        continue;
      }
    }
    if (FOOTNOTE_START.test(first.text)) {
      parts.push({ kind: 'footnote', lines: block });
      i++;
      continue;
    }
    const level = block.length === 1 ? headingLevel(first.text) : undefined;
    const next = blocks[i + 1];
    if (level !== undefined && !(next && /^\*?\p{Ll}/u.test(next[0]!.text) && !ENDS_SENTENCE.test(first.text) && first.text.length > 80)) {
      parts.push({ kind: 'heading', level, line: first });
      i++;
      continue;
    }
    // Join page-broken pieces into one paragraph.
    let lines = [...block];
    let joined = false;
    while (i + 1 < blocks.length && continuesAcrossBreak(lines, blocks[i + 1]!)) {
      lines = [...lines, ...blocks[i + 1]!];
      joined = true;
      i++;
    }
    parts.push({ kind: 'paragraph', lines, joined });
    i++;
  }
  return parts;
}

/**
 * Split a body block where a new paragraph plainly starts: after a line that ends a sentence, at
 * a list item, a heading or a slogan heading. Web pages and Word exports often put one paragraph
 * per line with no blank line between; PDF text wraps a paragraph over lines that do not end a
 * sentence, which stay together (and page-broken pieces are joined again by continuesAcrossBreak).
 */
function paragraphBlocks(block: Block): Block[] {
  const out: Block[] = [[block[0]!]];
  for (let k = 1; k < block.length; k++) {
    const prev = block[k - 1]!.text, line = block[k]!.text;
    const boundary = ENDS_SENTENCE.test(prev) || ITEM_START.test(line) || ROMAN_HEADING.test(line) ||
      isSloganHeading(prev) || isSloganHeading(line) || headingLevel(prev) !== undefined;
    if (boundary) out.push([block[k]!]);
    else out.at(-1)!.push(block[k]!);
  }
  return out;
}

/** Blocks cut at a line number: the lines before `n` and the lines from `n`. */
function cutBlocks(blocks: Block[], n: number): [Block[], Block[]] {
  const before: Block[] = [], after: Block[] = [];
  for (const b of blocks) {
    const head = b.filter((l) => l.n < n), tail = b.filter((l) => l.n >= n);
    if (head.length) before.push(head);
    if (tail.length) after.push(tail);
  }
  return [before, after];
}

export interface Layout {
  parts: Part[];
  located: Located;
}

export function layout(text: string): Part[] {
  return layoutWithPage(text).parts;
}

/** The parts of a file: the page around the directive (if any), then the directive's parts. */
export function layoutWithPage(text: string): Layout {
  const located = locateDirective(text);
  const [before, rest] = cutBlocks(toBlocks(text), located.first);
  const [inside, after] = cutBlocks(rest, located.last + 1);
  const parts = directiveParts(inside);
  if (before.length) parts.unshift({ kind: 'page', position: 'before', blocks: before });
  if (after.length) parts.push({ kind: 'page', position: 'after', blocks: after });
  return { parts, located };
}

/** A line that starts the text after a header: its grounds, its opening, a section, a long sentence. */
const startsText = (t: string) =>
  /^(?:Thực hiện|Căn cứ|Triển khai|Nhằm|Để|Kính gửi|Theo)(?!\p{L})/u.test(t) || ROMAN_HEADING.test(t) || (t.length >= 100 && !CAPS_LINE.test(t));

/**
 * Without blank lines (a web page or a PDF's text), the header and the text run together in one
 * block: the header ends where the text plainly starts.
 */
function splitHeaderFromText(blocks: Block[]): Block[] {
  return blocks.flatMap((b, i) => {
    if (i > 3) return [b];
    const k = b.findIndex((l, j) => j > 0 && startsText(l.text));
    return k > 0 ? [b.slice(0, k), b.slice(k)] : [b];
  });
}

/**
 * "Kính gửi:" and its list run into the text with no blank line (a web page): the recipients end
 * at the first line after one item at least that is no item — not marked "-", "–", "+", "•", and a
 * sentence ("Trung tâm … xây dựng Định hướng … như sau:").
 */
const RECIPIENT_ITEM = /^[-–—+•*]\s*\S/u;
function splitRecipientsFromText(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => {
    if (!KINH_GUI_LINE.test(b[0]!.text)) return [b];
    const k = b.findIndex((l, j) => j > 1 && !RECIPIENT_ITEM.test(l.text) && RECIPIENT_ITEM.test(b[j - 1]!.text) && (l.text.length >= 60 || /[:.]$/u.test(l.text)));
    return k > 0 ? [b.slice(0, k), b.slice(k)] : [b];
  });
}

/**
 * A header's place and date broken over a narrow cell's lines, which a copy then set apart as
 * paragraphs ("Sơn" / "La, ngày 11 tháng 3" / "năm 2020", each after a blank line): the two or
 * three one-line blocks that together are the place and date are one block, as in the Word file;
 * so are "Số:" and the number under it.
 */
const CELL_FRAGMENT_BLOCKS = 20;
function joinBrokenHeaderCells(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // "Số:" alone, then the number in the next block ("Số:" / "122/KH-TMNVK", a blank line between): one cell.
    const next = blocks[i + 1];
    if (i < CELL_FRAGMENT_BLOCKS && /^Số\s*:?$/u.test(b.at(-1)!.text) && next && /^(?:\d|\/\s*\p{Lu})/u.test(next[0]!.text)) {
      out.push([...b, ...next]);
      i += 1;
      continue;
    }
    const run = i < CELL_FRAGMENT_BLOCKS && b.length === 1 && !PLACE_DATE_LINE.test(b[0]!.text)
      ? [3, 2].find((k) => blocks.slice(i, i + k).length === k && blocks.slice(i, i + k).every((x) => x.length === 1 && x[0]!.text.length <= 60) &&
        PLACE_DATE_LINE.test(blocks.slice(i, i + k).map((x) => x[0]!.text).join(' ')))
      : undefined;
    if (run) {
      out.push(blocks.slice(i, i + run).flat());
      i += run - 1;
    } else out.push(b);
  }
  return out;
}

function directiveParts(input: Block[]): Part[] {
  const blocks = splitRecipientsFromText(splitHeaderFromText(joinBrokenHeaderCells(input)));
  const h = headerLength(blocks);
  const parts: Part[] = [];
  const headerBlocks: Block[] = [];
  for (const b of blocks.slice(0, h)) {
    if (KINH_GUI_LINE.test(b[0]!.text)) {
      if (headerBlocks.length) parts.push({ kind: 'header', blocks: headerBlocks.splice(0) });
      parts.push({ kind: 'recipients', block: b });
    } else headerBlocks.push(b);
  }
  if (headerBlocks.length) parts.push({ kind: 'header', blocks: headerBlocks });
  const rest = blocks.slice(h);
  const { bodyEnd, tail } = splitTail(rest);
  parts.push(...bodyParts(rest.slice(0, bodyEnd).flatMap(paragraphBlocks)), ...tail);
  return parts;
}

/** Every line of a part, in order (for checks and line numbers). */
export function partLines(p: Part): Line[] {
  switch (p.kind) {
    case 'header': case 'distribution': case 'signature': case 'page': return p.blocks.flat();
    case 'recipients': return p.block;
    case 'heading': return [p.line];
    case 'paragraph': case 'footnote': return p.lines;
    case 'slogans': return [...(p.heading ? [p.heading] : []), ...p.items.flat()];
  }
}
