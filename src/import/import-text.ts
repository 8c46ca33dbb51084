/**
 * One source text → a directive entry (validated metadata + MDX body) and the warnings for what
 * could not be found. Pure: the caller reads and writes files.
 */
import { createHash } from 'node:crypto';
import { layout, partLines, type Part } from './layout.ts';
import { writeBody } from './mdx-writer.ts';
import { checkLossless } from './lossless.ts';
import { checkBody, parseBody } from '../entry/body.ts';
import { ImportError } from './source-text.ts';
import {
  issuerCodeOf, levelOf, parentOf, readCommemorations, readDeadlines, readDistribution, readHeader,
  readOpening, readRecipients, readSelfReference, readSignature, readSlogans, systemOf, typeFromCode, type Warning,
} from './extract.ts';
import { directiveSchema, type Directive, type DirectiveInput } from '../model/directive.ts';
import { numberKey } from '../model/document-number.ts';
import type { DocumentType } from '../model/document-type.ts';
import { slugify } from '../text/fold.ts';
import { ENDS_SENTENCE } from './patterns.ts';

export interface ImportOptions {
  /** Source file name recorded in provenance. */
  source: string;
  /** SHA-256 of the source bytes. */
  sha256: string;
  /** Import day, YYYY-MM-DD (passed in so imports are reproducible). */
  imported: string;
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

/**
 * Characters that show nothing yet change how text displays or compares: bidi embeddings, overrides
 * and isolates (a number can be made to read backwards), zero-width spaces and joiners, marks,
 * soft hyphens, a byte-order mark inside the text. Kept — the text stays as written — but named.
 */
const INVISIBLE: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN', 0x061c: 'ARABIC LETTER MARK', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER', 0x2061: 'FUNCTION APPLICATION', 0x2062: 'INVISIBLE TIMES', 0x2063: 'INVISIBLE SEPARATOR', 0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark inside the text)',
};
const INVISIBLE_RE = new RegExp(`[${Object.keys(INVISIBLE).map((c) => `\\u${Number(c).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

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

export function importText(text: string, opts: ImportOptions): ImportResult {
  const parts = layout(text);
  const warnings: Warning[] = invisibleCharacterWarnings(text);
  const warn = (field: string, line: number, message: string) => warnings.push({ field, line, message });
  const header = readHeader(parts, warnings);
  const opening = readOpening(parts);
  const self = header.number ? undefined : readSelfReference(parts);
  if (self) {
    header.number = { value: self.number, line: self.line };
    warn('number', self.line, `no header: number${self.date ? ' and date' : ''} taken from the opening sentence`);
    if (!header.date && self.date) header.date = self.date;
    if (!header.typeWord && self.type) header.typeWord = { value: self.type, line: self.line };
  }
  const slogans = readSlogans(parts);
  const headerEnd = parts.find((p) => p.kind !== 'header' && p.kind !== 'recipients');
  const bodyLine = headerEnd ? partLines(headerEnd)[0]!.n : 1;

  if (!header.typeWord && !header.subject && !header.number && !opening.line && !slogans.length) {
    throw new ImportError(
      'not a directive: found no type heading (HƯỚNG DẪN, KẾ HOẠCH …), no "Số:" line, no "V/v" subject, no opening "Thực hiện …" sentence and no slogans',
      1,
    );
  }

  const type: DocumentType =
    header.typeWord?.value ?? (header.subject ? 'cong-van' : undefined) ?? typeFromCode(header.number?.value) ?? 'khac';
  if (type === 'khac') warn('type', bodyLine, 'no type heading, "V/v" subject or type code in the number: type left as "khac"');

  const issuerName = opening.issuer?.name ?? self?.issuer;
  if (!issuerName) warn('issuer', opening.line ?? bodyLine, 'issuing body not stated in an opening "Thực hiện …, <cơ quan> <hướng dẫn|đề nghị|…>" sentence');
  const code = issuerCodeOf(header.number?.value);
  const level = issuerName ? levelOf(issuerName) : undefined;
  const parent = issuerName ? parentOf(issuerName) : undefined;
  const system = systemOf({ motto: header.motto, number: header.number?.value, issuer: issuerName });
  if (!system) warn('system', bodyLine, 'could not tell Party, State or mass organisation from the header, number or issuer');

  if (!header.number) warn('number', 1, 'no "Số:" line in the header');
  else if (header.number.value.seq === null) warn('number', header.number.line, `number printed without its sequence: "Số: ${header.number.value.printed}"`);
  if (self?.date) { /* stated in the opening sentence */ } else if (!header.placeDateLine) warn('date', 1, 'no "<nơi>, ngày … tháng … năm …" line in the header');
  else if (!header.date || !/-\d\d-\d\d$/.test(header.date)) warn('date', header.placeDateLine, `partial date: only ${header.date ?? 'nothing'} is printed`);
  const title = header.subject?.value ?? header.title?.value ?? self?.title;
  if (!title) warn('title', 1, 'no "V/v …" subject and no title under the type heading');
  const signature = readSignature(parts);
  if (!signature) warn('signature', partLines(parts.at(-1)!).at(-1)!.n, 'no signature block (position in capitals, then the name) at the end');
  if (!opening.implements.length) warn('implements', opening.line ?? bodyLine, 'no "Thực hiện <văn bản> …" opening: the document it implements is unknown');

  const data: DirectiveInput = {
    ...(system ? { system } : {}),
    type,
    ...(header.number ? { number: { printed: header.number.value.printed, key: numberKey(header.number.value.printed) } } : {}),
    ...(issuerName ? { issuer: { name: issuerName, ...(code ? { code } : {}), ...(level ? { level } : {}), ...(parent ? { parent } : {}) } } : {}),
    ...(header.place ? { place: header.place } : {}),
    ...(header.date ? { date: header.date } : {}),
    ...(title ? { title } : {}),
    recipients: readRecipients(parts),
    distribution: readDistribution(parts),
    ...(signature && Object.keys(signature).length ? { signature } : {}),
    implements: opening.implements,
    slogans,
    commemorations: readCommemorations(parts),
    deadlines: readDeadlines(parts),
    topics: [],
    provenance: { source: opts.source, sha256: opts.sha256, imported: opts.imported, completeness: completeness(parts), editedFields: [] },
  };
  const parsed = directiveSchema.safeParse(data);
  if (!parsed.success) throw new ImportError(`internal error, extracted metadata does not validate: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { slug: slugFor(data, opts.sha256), data: parsed.data, body: bodyFor(parts, text, warnings), warnings };
}

