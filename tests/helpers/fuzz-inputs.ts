/**
 * The importer fuzz suite's inputs and properties, shared by tests/unit/import-fuzz.test.ts (the
 * bounded CI slice) and scripts/fuzz-import.ts (the full run, `npm run fuzz`).
 *
 * Inputs are real directives (../shared/seeds and a few texts of ../shared/bench/make-corpus.mjs)
 * put through mutations as plain data — truncations, shuffled, duplicated and deleted lines,
 * inserted snippets (HTML, MDX, Markdown markers, control characters, stray braces…), whitespace
 * swaps, NFD, very long lines, repeats into huge files — then encoded (UTF-8 or UTF-16, with or
 * without BOM, LF/CRLF/CR line breaks) and possibly damaged at the byte level (binary junk, a cut
 * inside a UTF-8 sequence), plus random lines of snippets and whole files that are empty, blank,
 * random bytes or binary formats. Real-shaped Word, PDF and web-page files (tests/fixtures/formats)
 * are damaged too: bytes flipped, cut or inserted, their XML or markup broken, nested thousands deep.
 * Mutations are data, so fast-check shrinks a failure to a short readable list of them.
 *
 * Each input is written to a temporary file and imported exactly as `npm run import` does
 * (importFile, dry run). `judge` then checks the outcome against an independent reading of the
 * bytes (`referenceDecode`: its own UTF-8 validator and line counting, not decodeSource):
 *   - accepted: the entry serialises and reads back (readEntryFile) with no problem — schema valid
 *     and MDX safe —, its metadata survives the YAML round trip, its file name is a safe slug,
 *     and its body holds the whole input text: the project's lossless check, and independently
 *     every run of non-space characters of the decoded input, in order, nothing added;
 *   - refused: an ImportError (never "unexpected error" or "internal error") of a known, clear
 *     kind, the kind the bytes call for, naming the file, and the line when the problem is at one.
 * A damaged document (judgeDocument) must give a clear refusal or skip, or an entry that reads back
 * valid and holds every word of the text extracted from it.
 */
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { importFile, type Outcome } from '../../src/import/import-files.ts';
import { checkLossless } from '../../src/import/lossless.ts';
import { readEntryFile, serializeEntry } from '../../src/entry/entry-file.ts';
import { readBodyText } from '../../src/entry/body.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED = join(ROOT, '..', 'shared');

// ---------------------------------------------------------------------------------------- bases

export interface BaseText {
  name: string;
  text: string;
}

/**
 * The real seeds and `corpus` texts of the synthetic corpus generator (fixed generator seed, so
 * the same texts every run). The generator writes to a temporary folder, removed at once.
 */
export function loadBases(corpus = 6): BaseText[] {
  const seedsDir = join(SHARED, 'seeds');
  const bases = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: `seed ${f}`, text: readFileSync(join(seedsDir, f), 'utf8') }));
  if (corpus > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-fuzz-corpus-'));
    try {
      execFileSync(process.execPath, [join(SHARED, 'bench', 'make-corpus.mjs'), '--count', String(corpus), '--seed', 'fuzz', '--out', dir, '--format', 'txt'], { stdio: ['ignore', 'ignore', 'pipe'] });
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
        bases.push({ name: `corpus ${f}`, text: readFileSync(join(dir, f), 'utf8') });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return bases;
}

// ------------------------------------------------------------------------------------ mutations

/** Positions are any natural number, taken modulo the length they index: shrinking goes to 0. */
export type TextMutation =
  | { op: 'truncate'; at: number }
  | { op: 'keep-lines'; from: number; count: number }
  | { op: 'swap-lines'; swaps: [number, number][] }
  | { op: 'reverse-lines' }
  | { op: 'duplicate-lines'; from: number; count: number; to: number }
  | { op: 'delete-lines'; from: number; count: number }
  | { op: 'insert-line'; at: number; text: string }
  | { op: 'insert-inline'; at: number; text: string }
  /** Edit a line near the start (header) or the end (signature, Nơi nhận) of the text. */
  | { op: 'edit-line'; line: number; fromEnd: boolean; how: 'prepend' | 'append' | 'replace'; text: string }
  | { op: 'replace-spaces'; with: string; every: number }
  | { op: 'indent'; with: string; every: number }
  /** A line near the start or the end repeated into one very long line ("Số: 1-KH/TU Số: 1-KH/TU …"). */
  | { op: 'stretch-line'; line: number; fromEnd: boolean; times: number }
  | { op: 'nfd'; from: number; count: number }
  | { op: 'long-line'; at: number; unit: string; times: number }
  | { op: 'blank-lines'; at: number; count: number; ws: string }
  | { op: 'repeat'; times: number };

export type ByteMutation =
  | { op: 'insert-bytes'; at: number; bytes: number[] }
  | { op: 'cut-bytes'; at: number };

export type Encoding = { charset: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: boolean; eol: 'lf' | 'crlf' | 'cr' | 'mixed' };

export type MutatedCase = { kind: 'mutated'; base: number; mutations: TextMutation[]; encoding: Encoding; bytes: ByteMutation[] };

/**
 * A real-shaped Word, PDF or web-page file (tests/fixtures/formats) damaged: bytes flipped, cut or
 * inserted anywhere (inside compressed streams and zip headers too), or — in the XML of a .docx or
 * the markup of a page — tags broken, huge nesting, stray snippets, an end cut off.
 */
export type DocumentDamage =
  | { op: 'flip'; at: number; xor: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert-bytes'; at: number; bytes: number[] }
  | { op: 'markup'; at: number; how: 'open-tag' | 'close-tag' | 'nesting' | 'snippet' | 'cut-end'; depth: number; snippet: string };
export type DocumentCase = { kind: 'document'; doc: number; damage: DocumentDamage[] };

/** The documents fuzzed, from tests/fixtures/formats (small ones: each input is read in full). */
export const DOCUMENTS = ['seed-000.docx', 'rw-02.docx', 'rw-19.pdf', 'rw-02.pdf', 'rw-13.html', 'seed-000-windows-1258.htm'] as const;

export type FuzzCase =
  | MutatedCase
  | DocumentCase
  | { kind: 'random-text'; lines: string[]; encoding: Encoding }
  | { kind: 'raw'; what: 'empty' | 'blank' | 'junk' | 'binary'; bytes: number[] };

/** Text that MDX, Markdown or HTML would read as code or markup, and text that is merely odd. */
export const SNIPPETS = [
  '<img src=x onerror=alert(1)>', '</script>', '<script>alert(1)</script>', "import x from 'y'", 'import {a} from "b"',
  'export const a=1', 'export default function X() {}', '{1+1}', '{', '}', '}{', '<Foo/>', '<Foo>', '</Foo>', '<>', '</>',
  '<Header>', '</Header>', '<Slogans>', '</Signature>', '<Header x="1">', '<!-- c -->', '<br>', '<', '>', '<<', '>>', '->', '<-',
  '`', '``', '```', '```js', '~~~', '`code`', '$x$', '$$', '\\', '\\\\', '\\n', '&amp;', '&lt;', '&#65;', '&', '&&',
  '# ', '## Tiêu đề', '#', '- ', '+ ', '* ', '> ', '1. ', '1) ', '10. ', '(1) ', 'a) ', 'I. ', 'I- ', '---', '===', '***', '___',
  '* * *', '- - -', '|a|b|', '| --- |', '[x](javascript:alert(1))', '[x]', '[^1]', '![i](x.png)', '<http://a.vn>',
  'http://a.vn/a_b?x=1&y=2', 'https://x.gov.vn/{id}', 'www.chinhphu.vn', 'WWW.A.VN', 'email: btg@tinhuy.vn', 'mailto:a@b.vn',
  'xmpp:a@b.vn', 'a_b_c', '_x_', '__x__', '*x*', '**x**', '***x***', '*', '**', '*x', 'x*', '~x~', '~~x~~', ':::note', '^x^',
  '    ', '\t', '\u00a0', '\u202f', '\u3000', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d', '\u00ad', '\u0301', '\u0338',
  '\u0000', '\u0007', '\u001b[31m', '\u000b', '\f', '\u007f', '\u0085', '\u009f', '\ufffd', '\ufffe', '\uffff', '\r',
  '\u202e', '\ud83c\uddfb\ud83c\uddf3', '😀', '𝐀', 'ﬁ', 'Å', 'A\u030a',
  'Số: 12-KH/ĐU', 'Số 1', 'V/v tuyên truyền', 'Hà Nội, ngày 05 tháng 12 năm 2024', 'ngày 31 tháng 02 năm 2024', 'KẾ HOẠCH', 'HƯỚNG DẪN',
  'Kính gửi:', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'Nguyễn Văn A', 'Khẩu hiệu tuyên truyền:', 'KHẨU HIỆU', '¹ Chú thích',
  'Thực hiện Hướng dẫn số 08-HD/BTGTU, Ban Tuyên giáo hướng dẫn như sau:', '(22/12/1944 - 22/12/2024)', 'trước ngày 31/12/2024',
  'Xem tiếp', '…', '...', '(còn nữa)', '"', '“”', "'", '(', ')', ':', ';', '!', '?', '.', ',', 'đ', 'Đ',
];

const snippet = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...SNIPPETS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SNIPPETS), fc.integer({ min: 10, max: 300 })).map(([s, k]) => s.repeat(k)) },
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...SNIPPETS), { minLength: 1, maxLength: 6 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'{}<>`*_[]()#&\\|~!-+=.:;$^"\'/ \t\u00a0'), maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const pos = fc.nat({ max: 1_000_000 });
const whitespace = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', '\u202f', '\u2002', '\ufeff', ' \t \u00a0');

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: pos }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('keep-lines' as const), from: pos, count: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('swap-lines' as const), swaps: fc.array(fc.tuple(pos, pos), { minLength: 1, maxLength: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reverse-lines' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-lines' as const), from: pos, count: fc.integer({ min: 1, max: 10 }), to: pos }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete-lines' as const), from: pos, count: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('insert-line' as const), at: pos, text: snippet }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('insert-inline' as const), at: pos, text: snippet }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('edit-line' as const), line: fc.nat({ max: 30 }), fromEnd: fc.boolean(), how: fc.constantFrom('prepend' as const, 'append' as const, 'replace' as const), text: snippet }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('stretch-line' as const), line: fc.nat({ max: 30 }), fromEnd: fc.boolean(), times: fc.integer({ min: 2, max: 3000 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('replace-spaces' as const), with: whitespace, every: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('indent' as const), with: whitespace, every: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('nfd' as const), from: pos, count: fc.integer({ min: 1, max: 1000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('long-line' as const), at: pos, unit: fc.oneof(fc.constantFrom('a', 'Đảng ', 'x,', '*', '_', '{', '<', '`', ')', '.', '\u00a0', 'số 1-HD/TW ', 'Thực hiện ', 'www.a.vn '), snippet), times: fc.integer({ min: 100, max: 20_000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('blank-lines' as const), at: pos, count: fc.integer({ min: 1, max: 5 }), ws: fc.oneof(fc.constant(''), whitespace) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), times: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2, max: 5 }) }, { weight: 1, arbitrary: fc.integer({ min: 20, max: 40 }) }) }) },
);

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ op: fc.constant('insert-bytes' as const), at: pos, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cut-bytes' as const), at: pos }) },
);

export const encoding: fc.Arbitrary<Encoding> = fc.record({
  charset: fc.oneof({ weight: 8, arbitrary: fc.constant('utf-8' as const) }, { weight: 1, arbitrary: fc.constantFrom('utf-16le' as const, 'utf-16be' as const) }),
  bom: fc.boolean(),
  eol: fc.constantFrom('lf' as const, 'lf' as const, 'crlf' as const, 'cr' as const, 'mixed' as const),
});

/** Every kind of input; `bases` is the number of base texts (loadBases().length). */
export function fuzzCase(bases: number): fc.Arbitrary<FuzzCase> {
  const mutated = fc.record({
    kind: fc.constant('mutated' as const),
    base: fc.nat({ max: bases - 1 }),
    mutations: fc.array(textMutation, { maxLength: 5 }),
    encoding,
    bytes: fc.oneof({ weight: 5, arbitrary: fc.constant<ByteMutation[]>([]) }, { weight: 1, arbitrary: fc.array(byteMutation, { minLength: 1, maxLength: 3 }) }),
  });
  const line = fc.oneof(snippet, fc.constantFrom(...SNIPPETS), fc.constant(''), fc.string({ unit: 'grapheme-ascii', maxLength: 40 }));
  const randomText = fc.record({ kind: fc.constant('random-text' as const), lines: fc.array(line, { maxLength: 30 }), encoding });
  const raw = fc.oneof(
    fc.record({ kind: fc.constant('raw' as const), what: fc.constant('empty' as const), bytes: fc.constant<number[]>([]) }),
    fc.record({ kind: fc.constant('raw' as const), what: fc.constant('blank' as const), bytes: fc.array(fc.constantFrom(0x20, 0x09, 0x0a, 0x0d), { maxLength: 50 }) }),
    fc.record({ kind: fc.constant('raw' as const), what: fc.constant('junk' as const), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 2000 }) }),
    fc.record({
      kind: fc.constant('raw' as const), what: fc.constant('binary' as const),
      bytes: fc.tuple(fc.constantFrom(
        [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a], [0x50, 0x4b, 0x03, 0x04],
        [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xff, 0xd8, 0xff, 0xe0], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf],
      ), fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4000 })).map(([h, t]) => [...h, ...t]),
    }),
  );
  const damage: fc.Arbitrary<DocumentDamage> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('flip' as const), at: pos, xor: fc.integer({ min: 1, max: 255 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: pos }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('insert-bytes' as const), at: pos, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }) },
    { weight: 4, arbitrary: fc.record({
      op: fc.constant('markup' as const), at: pos,
      how: fc.constantFrom('open-tag' as const, 'close-tag' as const, 'nesting' as const, 'snippet' as const, 'cut-end' as const),
      depth: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 50, max: 20_000 })),
      snippet: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constantFrom('<w:p>', '</w:r>', '<w:t>', '&#0;', '&#x1F;', '&bogus;', ']]>', '<![CDATA[', '<?x ?>', '<w:br/>', '<w:numPr><w:numId w:val="99"/></w:numPr>', '<w:footnoteReference w:id="7"/>', '<meta charset="x-none">', '<table><tr><td>')),
    }) },
  );
  const document = fc.record({ kind: fc.constant('document' as const), doc: fc.nat({ max: DOCUMENTS.length - 1 }), damage: fc.array(damage, { minLength: 1, maxLength: 3 }) });
  return fc.oneof({ weight: 14, arbitrary: mutated }, { weight: 3, arbitrary: randomText }, { weight: 1, arbitrary: raw }, { weight: 2, arbitrary: document });
}

// ------------------------------------------------------------------------------ applying them

/**
 * How big the huge inputs get: a repeated text up to `file` characters, a long line up to `line`.
 * Lines are kept shorter than files because the MDX parser (satteri 0.10) is quadratic in the
 * number of escapes on one line of non-ASCII text: a 670 kB line takes 40 s to parse.
 */
export interface Limits { file: number; line: number }
export const FULL_LIMITS: Limits = { file: 1_500_000, line: 300_000 };
const at = (n: number, length: number) => (length ? n % (length + 1) : 0);

export function applyTextMutation(text: string, m: TextMutation, limits: Limits = FULL_LIMITS): string {
  const lines = text.split('\n');
  const n = lines.length;
  switch (m.op) {
    case 'truncate': return text.slice(0, at(m.at, text.length));
    case 'keep-lines': { const f = m.from % n; return lines.slice(f, f + m.count).join('\n'); }
    case 'swap-lines': {
      for (const [a, b] of m.swaps) { const i = a % n, j = b % n; [lines[i], lines[j]] = [lines[j]!, lines[i]!]; }
      return lines.join('\n');
    }
    case 'reverse-lines': return lines.reverse().join('\n');
    case 'duplicate-lines': { const f = m.from % n; lines.splice(at(m.to, n), 0, ...lines.slice(f, f + m.count)); return lines.join('\n'); }
    case 'delete-lines': lines.splice(m.from % n, m.count); return lines.join('\n');
    case 'insert-line': lines.splice(at(m.at, n), 0, m.text); return lines.join('\n');
    case 'insert-inline': { const i = at(m.at, text.length); return text.slice(0, i) + m.text + text.slice(i); }
    case 'edit-line': {
      const i = m.fromEnd ? Math.max(0, n - 1 - (m.line % n)) : m.line % n;
      lines[i] = m.how === 'prepend' ? m.text + lines[i] : m.how === 'append' ? lines[i] + m.text : m.text;
      return lines.join('\n');
    }
    case 'stretch-line': {
      const i = m.fromEnd ? Math.max(0, n - 1 - (m.line % n)) : m.line % n;
      lines[i] = Array<string>(Math.min(m.times, Math.floor(limits.line / (lines[i]!.length + 1)) || 1)).fill(lines[i]!).join(' ');
      return lines.join('\n');
    }
    case 'replace-spaces': { let k = 0; return text.replace(/ /g, (s) => (k++ % m.every === 0 ? m.with : s)); }
    case 'indent': return lines.map((l, i) => (i % m.every === 0 ? m.with + l : l)).join('\n');
    case 'nfd': { const f = at(m.from, text.length); return text.slice(0, f) + text.slice(f, f + m.count).normalize('NFD') + text.slice(f + m.count); }
    case 'long-line': lines.splice(at(m.at, n), 0, m.unit.repeat(Math.min(m.times, Math.floor(limits.line / Math.max(1, m.unit.length))))); return lines.join('\n');
    case 'blank-lines': lines.splice(at(m.at, n), 0, ...Array<string>(m.count).fill(m.ws)); return lines.join('\n');
    case 'repeat': return Array<string>(Math.max(1, Math.min(m.times, Math.floor(limits.file / (text.length + 2))))).fill(text).join('\n\n');
  }
}

function encode(text: string, e: Encoding): Uint8Array {
  // Line breaks written as asked; never a CR right before an LF (or after a CR the text already
  // has there), which would turn two line breaks into one CRLF.
  let i = 0;
  const t = e.eol === 'lf' ? text : text.replace(/(?<!\r)\n/g, (_, at: number) => {
    const eol = e.eol === 'crlf' ? '\r\n' : e.eol === 'cr' ? '\r' : ['\n', '\r\n', '\r'][i++ % 3]!;
    return eol === '\r' && text[at + 1] === '\n' ? '\r\n' : eol;
  });
  const s = (e.bom ? '\ufeff' : '') + t.toWellFormed();
  if (e.charset === 'utf-8') return new TextEncoder().encode(s);
  const out = new Uint8Array(s.length * 2);
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const [lo, hi] = [c & 0xff, c >> 8];
    out[2 * k] = e.charset === 'utf-16le' ? lo : hi;
    out[2 * k + 1] = e.charset === 'utf-16le' ? hi : lo;
  }
  return out;
}

/** A case's bytes, and the text they were made from when no byte was damaged afterwards. */
export function materialize(c: FuzzCase, bases: readonly BaseText[], limits: Limits = FULL_LIMITS): { bytes: Uint8Array; text?: string } {
  if (c.kind === 'raw') return { bytes: Uint8Array.from(c.bytes) };
  if (c.kind === 'document') return { bytes: damageDocument(c) };
  const text = c.kind === 'random-text' ? c.lines.join('\n') : c.mutations.reduce((t, m) => applyTextMutation(t, m, limits), bases[c.base]!.text);
  let bytes = encode(text, c.encoding);
  // The bytes stand for the text unless damaged below, or UTF-16 without the BOM that says so;
  // a leading U+FEFF of UTF-8 text is a BOM whether the encoder put it there or the text did.
  const faithful = c.encoding.charset === 'utf-8' || c.encoding.bom;
  const stated = c.encoding.charset === 'utf-8' && !c.encoding.bom ? text.replace(/^\ufeff/, '') : text;
  if (c.kind === 'random-text' || !c.bytes.length) return faithful ? { bytes, text: stated } : { bytes };
  for (const m of c.bytes) {
    const i = at(m.at, bytes.length);
    bytes = m.op === 'cut-bytes' ? bytes.subarray(0, i) : Uint8Array.from([...bytes.subarray(0, i), ...m.bytes, ...bytes.subarray(i)]);
  }
  return { bytes };
}

const documentBytes = new Map<string, Uint8Array>();
function loadDocument(name: string): Uint8Array {
  let b = documentBytes.get(name);
  if (!b) { b = new Uint8Array(readFileSync(join(ROOT, 'tests', 'fixtures', 'formats', name))); documentBytes.set(name, b); }
  return b;
}

/** The file name a case is imported under: the document's extension, else .txt. */
export const caseFileName = (c: FuzzCase) => (c.kind === 'document' ? `directive${/\.[a-z]+$/.exec(DOCUMENTS[c.doc]!)![0]}` : 'directive.txt');

/** Markup damage on a text (a .docx's document.xml, a page's HTML), positions taken modulo its length. */
function damageMarkup(text: string, d: Extract<DocumentDamage, { op: 'markup' }>): string {
  const i = at(d.at, text.length);
  const insert = (s: string) => text.slice(0, i) + s + text.slice(i);
  switch (d.how) {
    case 'open-tag': return insert(d.snippet.startsWith('<') ? d.snippet : `<${d.snippet}`);
    case 'close-tag': return insert('</w:p></body></w:t>');
    case 'nesting': return insert(`${'<w:sdt><w:sdtContent><div><span>'.repeat(d.depth)}${d.snippet}${'</span></div></w:sdtContent></w:sdt>'.repeat(d.depth % 3 ? d.depth : 0)}`);
    case 'snippet': return insert(d.snippet);
    case 'cut-end': return text.slice(0, i);
  }
}

export function damageDocument(c: DocumentCase): Uint8Array {
  const name = DOCUMENTS[c.doc]!;
  let bytes = loadDocument(name);
  for (const d of c.damage) {
    if (d.op === 'markup') {
      if (name.endsWith('.docx')) {
        // Rewrite word/document.xml inside a sound zip; a zip already broken is left as it is.
        let files: Record<string, Uint8Array>;
        try { files = unzipSync(bytes); } catch { continue; }
        const xml = files['word/document.xml'];
        if (!xml) continue;
        files['word/document.xml'] = strToU8(damageMarkup(strFromU8(xml), d));
        bytes = zipSync(files);
      } else if (!name.endsWith('.pdf')) {
        bytes = new Uint8Array(Buffer.from(damageMarkup(Buffer.from(bytes).toString('latin1'), d), 'latin1'));
      } else {
        bytes = Uint8Array.from([...bytes.subarray(0, at(d.at, bytes.length)), ...Buffer.from(d.snippet, 'latin1')]);
      }
      continue;
    }
    const i = at(d.at, bytes.length);
    if (d.op === 'flip') { if (i < bytes.length) { bytes = Uint8Array.from(bytes); bytes[i] = bytes[i]! ^ d.xor; } }
    else if (d.op === 'truncate') bytes = bytes.subarray(0, i);
    else bytes = Uint8Array.from([...bytes.subarray(0, i), ...d.bytes, ...bytes.subarray(i)]);
  }
  return bytes;
}

/** A short description of a case for failure reports (the bytes themselves are saved by the script). */
export function describeCase(c: FuzzCase, bases: readonly BaseText[]): string {
  const clip = (v: unknown) => { const s = JSON.stringify(v); return s.length > 200 ? `${s.slice(0, 200)}…(${s.length} chars)` : s; };
  if (c.kind === 'raw') return `raw ${c.what} (${c.bytes.length} bytes)`;
  if (c.kind === 'document') return `document ${DOCUMENTS[c.doc]} ${c.damage.map(clip).join(' ')}`;
  if (c.kind === 'random-text') return `random text ${clip(c.lines)} ${clip(c.encoding)}`;
  return `${bases[c.base]!.name} ${c.mutations.map(clip).join(' ')} ${clip(c.encoding)}${c.bytes.length ? ` bytes ${clip(c.bytes)}` : ''}`;
}

// -------------------------------------------------------------- independent reading of the bytes

export type RefusalKind = 'empty' | 'binary' | 'encoding' | 'control' | 'not-directive' | 'format';

/** Every refusal message the importer may give, by kind; any other message is a failure. */
export const REFUSALS: Record<RefusalKind, { message: RegExp; line: 'none' | 'required' | 'optional' }> = {
  empty: { message: /^empty file( \(only white space\))?$/, line: 'none' },
  binary: { message: /^binary file \(contains NUL bytes\), not text$/, line: 'required' },
  encoding: { message: /^not valid (UTF-8, nor clearly Vietnamese in TCVN3, VNI or Windows-1258 \(save the file as UTF-8\)|UTF-16LE|UTF-16BE)$/, line: 'required' },
  control: { message: /^control or replacement character U\+[0-9A-F]{4,6} in the text \(binary data or a broken conversion\)$/, line: 'required' },
  'not-directive': { message: /^not a directive: /, line: 'required' },
  /** A file that is not text (Word, PDF, web page, image, archive) and cannot be read as its kind. */
  format: {
    message: /^(?:not a source the importer reads: |damaged (?:PDF|\.docx|zip)|password-protected PDF|PDF(?: of \d+ pages)?: |web page: |Word document: |image: |scanned PDF|OCR: )/,
    line: 'optional',
  },
};

/**
 * The kind of file the first bytes announce (independently of the importer's own detection): such
 * files are read as that kind whatever their name, never as text.
 */
export function announcedKind(b: Uint8Array): 'image' | 'pdf' | 'zip' | 'ole' | 'rtf' | undefined {
  const is = (sig: number[]) => sig.every((x, i) => b[i] === x);
  if (is([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || is([0xff, 0xd8, 0xff]) || is([0x49, 0x49, 0x2a, 0x00]) || is([0x4d, 0x4d, 0x00, 0x2a])) return 'image';
  if (Buffer.from(b.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return 'pdf';
  if (is([0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (is([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (is([0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  return undefined;
}

export const refusalKind = (message: string): RefusalKind | undefined =>
  (Object.keys(REFUSALS) as RefusalKind[]).find((k) => REFUSALS[k].message.test(message));

/** Lines are ended by LF, CRLF or a lone CR (the importer reads all three as one line break). */
function lineOfByte(bytes: Uint8Array, end: number, width: 1 | 2 = 1, le = true): number {
  let line = 1;
  const unit = (i: number) => (width === 1 ? bytes[i]! : le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  for (let i = 0; i + width <= end; i += width) {
    const u = unit(i);
    if (u === 0x0a) line++;
    else if (u === 0x0d && !(i + 2 * width <= bytes.length && unit(i + width) === 0x0a)) line++;
  }
  return line;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7), or -1. */
export function firstInvalidUtf8(b: Uint8Array, from = 0): number {
  let i = from;
  while (i < b.length) {
    const x = b[i]!;
    let need = 0, lo = 0x80, hi = 0xbf;
    if (x < 0x80) { i++; continue; }
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x === 0xe0) { need = 2; lo = 0xa0; }
    else if ((x >= 0xe1 && x <= 0xec) || x === 0xee || x === 0xef) need = 2;
    else if (x === 0xed) { need = 2; hi = 0x9f; }
    else if (x === 0xf0) { need = 3; lo = 0x90; }
    else if (x >= 0xf1 && x <= 0xf3) need = 3;
    else if (x === 0xf4) { need = 3; hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const y = b[i + k];
      if (y === undefined || y < (k === 1 ? lo : 0x80) || y > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** First unpaired surrogate (or a dangling odd byte) of UTF-16 data, as a byte offset, or -1. */
function firstInvalidUtf16(b: Uint8Array, from: number, le: boolean): number {
  const unit = (i: number) => (le ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  let i = from;
  for (; i + 1 < b.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= b.length) return i;
      const v = unit(i + 2);
      if (v < 0xdc00 || v > 0xdfff) return i;
      i += 2;
    }
  }
  return i < b.length ? i : -1;
}

/**
 * UTF-16 without a BOM, as the importer reads it: even length, a zero high byte in at least 30 % of
 * the code units and a zero low byte in at most 1 %, no unpaired surrogate, no control character;
 * the text, or undefined (then the NUL makes it binary).
 */
function bomlessUtf16(b: Uint8Array): string | undefined {
  if (b.length % 2) return undefined;
  let zeroEven = 0, zeroOdd = 0;
  for (let i = 0; i < b.length; i += 2) { if (!b[i]) zeroEven++; if (!b[i + 1]) zeroOdd++; }
  const le = zeroOdd >= zeroEven, units = b.length / 2;
  if (Math.max(zeroEven, zeroOdd) < 0.3 * units || Math.min(zeroEven, zeroOdd) > 0.01 * units) return undefined;
  if (firstInvalidUtf16(b, 0, le) >= 0) return undefined;
  let text = '';
  for (let i = 0; i + 1 < b.length; i += 2) text += String.fromCharCode(le ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  return CONTROL.test(text) ? undefined : text;
}

/** What the importer must make of these bytes: the text it imports, or the refusal it gives. */
export type Reference = { text: string } | { refuse: RefusalKind; line?: number };

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff]/u;

export function referenceDecode(b: Uint8Array): Reference {
  if (b.length === 0) return { refuse: 'empty' };
  let text: string;
  const utf16 = b[0] === 0xff && b[1] === 0xfe ? 'le' : b[0] === 0xfe && b[1] === 0xff ? 'be' : undefined;
  if (utf16) {
    const le = utf16 === 'le';
    const bad = firstInvalidUtf16(b, 2, le);
    if (bad >= 0) return { refuse: 'encoding', line: lineOfByte(b.subarray(2), bad - 2, 2, le) };
    text = '';
    for (let i = 2; i + 1 < b.length; i += 2) text += String.fromCharCode(le ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  } else {
    const nul = b.indexOf(0);
    const bomless = nul >= 0 && !(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ? bomlessUtf16(b) : undefined;
    if (nul >= 0 && bomless === undefined) return { refuse: 'binary', line: lineOfByte(b, nul) };
    if (bomless !== undefined) return finish(bomless);
    const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    const bad = firstInvalidUtf8(b, start);
    if (bad >= 0) return { refuse: 'encoding', line: lineOfByte(b.subarray(start), bad - start) };
    text = Buffer.from(b.subarray(start)).toString('utf8');
  }
  return finish(text);
}

function finish(decoded: string): Reference {
  const text = decoded.split(/\r\n|\r|\n/).join('\n').normalize('NFC');
  if (!/[^\s]/u.test(text)) return { refuse: 'empty' };
  const m = CONTROL.exec(text);
  if (m) return { refuse: 'control', line: text.slice(0, m.index).split('\n').length };
  return { text };
}

// ------------------------------------------------------------------------------------ judging

export type Verdict =
  | { status: 'accepted'; warnings: number }
  | { status: 'refused'; kind: RefusalKind; line?: number }
  | { status: 'failed'; problem: string };

const tokens = (s: string) => s.split(/\s+/u).filter(Boolean);
const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}…` : s);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every run of non-space characters of `source`, in order, in `back` — and nothing more. */
export function sameWords(source: string, back: string): string | undefined {
  const a = tokens(source), b = tokens(back);
  let from = 0;
  for (let i = 0; i < a.length; i++) {
    const hit = back.indexOf(a[i]!, from);
    if (hit < 0) return `word ${i + 1} of ${a.length} ${JSON.stringify(clip(a[i]!, 80))} missing after ${JSON.stringify(clip(back.slice(Math.max(0, from - 60), from), 80))}`;
    from = hit + a[i]!.length;
  }
  if (a.length !== b.length) return `the entry has ${b.length} words, the source ${a.length}`;
  const k = a.findIndex((w, i) => w !== b[i]);
  return k < 0 ? undefined : `word ${k + 1}: source ${JSON.stringify(clip(a[k]!, 80))}, entry ${JSON.stringify(clip(b[k]!, 80))}`;
}

/**
 * Judge one import of a damaged document: a clear refusal (or a skip naming the reason), or an
 * entry that reads back valid, MDX-safe and holding every word of the text extracted from the file.
 * There is no independent extraction to compare with: the property is "no crash, nothing lost".
 */
/** A failed import's refusal kind, or why it is not a clean refusal (an uncaught or internal error, an unknown message). */
function classifyFailure(message: string, line: number | undefined): { problem: string } | { kind: RefusalKind } {
  if (message.startsWith('unexpected error')) return { problem: `uncaught error: ${clip(message, 2000)}` };
  if (message.startsWith('internal error')) return { problem: `internal error on line ${line ?? '?'}: ${clip(message, 1000)}` };
  const kind = refusalKind(message);
  return kind ? { kind } : { problem: `refused with an unknown message kind: ${clip(message)}` };
}

export function judgeDocument(file: string, outcome: Outcome): Verdict {
  const fail = (problem: string): Verdict => ({ status: 'failed', problem });
  if (outcome.file !== file) return fail(`outcome names ${outcome.file}, not the file ${file}`);
  if (outcome.status === 'skipped') return outcome.message.trim() ? { status: 'refused', kind: 'format' } : fail('skipped without a reason');
  if (outcome.status === 'failed') {
    const { message, line } = outcome;
    const c = classifyFailure(message, line);
    if ('problem' in c) return fail(c.problem);
    return { status: 'refused', kind: c.kind, ...(line ? { line } : {}) };
  }
  const { result, entry, source } = outcome;
  const name = entry.split(/[\\/]/).at(-1)!;
  if (!SLUG.test(result.slug)) return fail(`unsafe entry file name ${JSON.stringify(clip(name, 120))}`);
  const back = readEntryFile(name, serializeEntry(result.data, result.body));
  if (back.problems.length) return fail(`the entry does not read back cleanly: ${back.problems.slice(0, 3).map((p) => `${p.line}: ${p.field}: ${clip(p.message, 200)}`).join('; ')}`);
  if (!back.data || !back.tree) return fail('the entry read back without data or body tree');
  if (!isDeepStrictEqual(back.data, result.data)) return fail('metadata changed in the YAML round trip');
  if ((back.data.provenance.format ?? 'text') !== source.format) return fail(`provenance.format ${back.data.provenance.format}, read as ${source.format}`);
  const lossless = checkLossless(source.text, back.tree);
  if (!lossless.ok) return fail(`lossless check: ${lossless.detail}`);
  const words = sameWords(source.text, readBodyText(back.tree).text);
  if (words) return fail(`text read back from the entry: ${words}`);
  return { status: 'accepted', warnings: result.warnings.length };
}

/** Judge one import of `bytes` from `file` against the properties (see the top of this file). */
export function judge(file: string, bytes: Uint8Array, outcome: Outcome, madeFrom?: string): Verdict {
  const ref = referenceDecode(bytes);
  const fail = (problem: string): Verdict => ({ status: 'failed', problem });
  if (madeFrom !== undefined && 'text' in ref) {
    const expected = madeFrom.toWellFormed().split(/\r\n|\r|\n/).join('\n').normalize('NFC');
    if (ref.text !== expected) return fail('test harness: the reference decoding differs from the text the case was made from');
  }
  if (outcome.file !== file) return fail(`outcome names ${outcome.file}, not the file ${file}`);
  const announced = bytes.length ? announcedKind(bytes) : undefined;
  if (outcome.status === 'skipped') {
    return announced && announced !== 'image' && announced !== 'pdf' ? { status: 'refused', kind: 'format' } : fail(`skipped as "${outcome.message}", but the bytes are ${announced ?? 'text'}`);
  }
  if (announced && outcome.status === 'failed' && refusalKind(outcome.message) === 'format') return { status: 'refused', kind: 'format', ...(outcome.line ? { line: outcome.line } : {}) };
  if (announced && outcome.status !== 'failed') return fail(`accepted, but the bytes announce ${announced}`);
  if (outcome.status === 'failed') {
    const { message, line } = outcome;
    const c = classifyFailure(message, line);
    if ('problem' in c) return fail(c.problem);
    const { kind } = c;
    const expected = 'refuse' in ref ? ref.refuse : 'not-directive';
    if (kind !== expected) return fail(`refused as ${kind} (${clip(message)}), expected ${'text' in ref ? 'an entry or "not a directive"' : expected}`);
    const wantLine = kind === 'not-directive' ? 1 : 'refuse' in ref ? ref.line : undefined;
    if (REFUSALS[kind].line === 'required' && line !== wantLine) return fail(`refused as ${kind} at line ${line ?? '(none)'}, expected line ${wantLine}: ${clip(message)}`);
    if (REFUSALS[kind].line === 'none' && line !== undefined) return fail(`refused as ${kind} with a line (${line}) for a whole-file problem`);
    return { status: 'refused', kind, ...(line ? { line } : {}) };
  }
  if (!('text' in ref)) return fail(`accepted, but the bytes call for a refusal (${ref.refuse}${ref.line ? ` at line ${ref.line}` : ''})`);
  const source = ref.text;
  const { result, entry } = outcome;
  const name = entry.split(/[\\/]/).at(-1)!;
  if (!SLUG.test(result.slug) || Buffer.byteLength(name) > 255) return fail(`unsafe entry file name ${JSON.stringify(clip(name, 120))} (${Buffer.byteLength(name)} bytes)`);
  const lineCount = source.split('\n').length;
  const badWarning = result.warnings.find((w) => !(Number.isInteger(w.line) && w.line >= 1 && w.line <= lineCount) || !w.message.trim());
  if (badWarning) return fail(`warning with a line outside the file (1–${lineCount}) or no message: ${JSON.stringify(badWarning)}`);
  const written = serializeEntry(result.data, result.body);
  const back = readEntryFile(name, written);
  if (back.problems.length) return fail(`the entry does not read back cleanly: ${back.problems.slice(0, 3).map((p) => `${p.line}: ${p.field}: ${clip(p.message, 200)}`).join('; ')}`);
  if (!back.data || !back.tree) return fail('the entry read back without data or body tree');
  if (!isDeepStrictEqual(back.data, result.data)) return fail(`metadata changed in the YAML round trip: ${clip(JSON.stringify(result.data), 400)} → ${clip(JSON.stringify(back.data), 400)}`);
  const lossless = checkLossless(source, back.tree);
  if (!lossless.ok) return fail(`lossless check: ${lossless.detail}`);
  const words = sameWords(source, readBodyText(back.tree).text);
  if (words) return fail(`text read back from the entry: ${words}`);
  return { status: 'accepted', warnings: result.warnings.length };
}

// ------------------------------------------------------------------------------------ running

export interface Runner {
  bases: BaseText[];
  /** Import one case as the CLI does (dry run), from a file in a private temporary folder. */
  run(c: FuzzCase): Promise<{ verdict: Verdict; bytes: Uint8Array; ms: number }>;
  dispose(): void;
}

export function makeRunner(bases: BaseText[] = loadBases(), limits: Limits = FULL_LIMITS): Runner {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-fuzz-'));
  return {
    bases,
    async run(c) {
      const { bytes, text } = materialize(c, bases, limits);
      const file = join(dir, caseFileName(c));
      writeFileSync(file, bytes);
      const t0 = performance.now();
      let outcome: Outcome;
      try {
        outcome = await importFile(file, { out: join(dir, 'out'), force: false, dryRun: true, imported: '2026-01-01' });
      } catch (e) {
        return { verdict: { status: 'failed', problem: `importFile threw: ${(e as Error).stack ?? e}` }, bytes, ms: performance.now() - t0 };
      }
      const ms = performance.now() - t0;
      let verdict: Verdict;
      try {
        verdict = c.kind === 'document' ? judgeDocument(file, outcome) : judge(file, bytes, outcome, text);
      } catch (e) {
        verdict = { status: 'failed', problem: `checking the entry threw: ${(e as Error).stack ?? e}` };
      }
      return { verdict, bytes, ms };
    },
    dispose() { rmSync(dir, { recursive: true, force: true }); },
  };
}
