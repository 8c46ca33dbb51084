/**
 * Directive text → its parts in source order: header (number, subject, place and date, type and
 * title), recipients (Kính gửi), body paragraphs and headings, the slogan list, footnotes,
 * distribution list (Nơi nhận) and signature. Every source line lands in exactly one part, in
 * order; nothing is dropped or rewritten here (the MDX writer writes each line as it is, escaped).
 */
import {
  AUTHORITY_LINE, CAPS_LINE, ENDS_SENTENCE, FOOTNOTE_START, ITEM_START, KINH_GUI_LINE, NOI_NHAN_LINE,
  NUMBERED, NUMBER_LINE, PARTY_MOTTO, PERSON_NAME_LINE, PLACE_DATE_LINE, ROMAN_HEADING, RULE_LINE,
  SIGNED_MARK_LINE, SLOGAN_HEADING, STATE_MOTTO, STATE_MOTTO_2, SUBJECT_LINE, TYPE_TITLE_LINE,
} from './patterns.ts';

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
  | { kind: 'signature'; blocks: Block[] };

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push({ n: i + 1, text: t.replace(/\s+/gu, ' '), raw: t });
  });
  if (current.length) blocks.push(current);
  return blocks;
}

const isHeaderLine = (t: string) =>
  NUMBER_LINE.test(t) || SUBJECT_LINE.test(t) || PLACE_DATE_LINE.test(t) || TYPE_TITLE_LINE.test(t) ||
  PARTY_MOTTO.test(t) || STATE_MOTTO.test(t) || STATE_MOTTO_2.test(t) || RULE_LINE.test(t) ||
  (CAPS_LINE.test(t) && t.length <= 80 && !ROMAN_HEADING.test(t) && !NUMBERED.test(t));

/** A header block: its first line is a header line (continuations of "V/v …" or the title may follow). */
const isHeaderBlock = (b: Block) => isHeaderLine(b[0]!.text);

/** Number of leading blocks that form the header, and whether a title block follows a lone type word. */
function headerLength(blocks: Block[]): number {
  let i = 0;
  while (i < blocks.length && (isHeaderBlock(blocks[i]!) || KINH_GUI_LINE.test(blocks[i]![0]!.text))) {
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

function bodyParts(blocks: Block[]): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    const first = block[0]!;
    const isSloganHeading = block.length === 1 && SLOGAN_HEADING.test(first.text) &&
      (headingLevel(first.text) !== undefined || first.text.length <= 60);
    if (isSloganHeading) {
      // The slogan list runs to the next section heading of the same or higher rank.
      const items: Line[][] = [];
      let j = i + 1;
      for (; j < blocks.length; j++) {
        const b = blocks[j]!;
        if (b.length === 1 && ROMAN_HEADING.test(b[0]!.text)) break;
        for (const line of b) {
          const prev = items.at(-1);
          if (prev && !ITEM_START.test(line.text) && !ENDS_SENTENCE.test(prev.at(-1)!.text)) prev.push(line);
          else items.push([line]);
        }
      }
      parts.push({ kind: 'slogans', heading: first, items });
      i = j;
      continue;
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

export function layout(text: string): Part[] {
  const blocks = toBlocks(text);
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
  parts.push(...bodyParts(rest.slice(0, bodyEnd)), ...tail);
  return parts;
}

/** Every line of a part, in order (for checks and line numbers). */
export function partLines(p: Part): Line[] {
  switch (p.kind) {
    case 'header': case 'distribution': case 'signature': return p.blocks.flat();
    case 'recipients': return p.block;
    case 'heading': return [p.line];
    case 'paragraph': case 'footnote': return p.lines;
    case 'slogans': return [...(p.heading ? [p.heading] : []), ...p.items.flat()];
  }
}
