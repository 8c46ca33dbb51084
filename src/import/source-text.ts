/**
 * Bytes of a source file → the text the importer works on, or a clear refusal.
 * Accepts UTF-8 (with or without BOM), UTF-16 with a BOM, and UTF-16 without one (told by its NUL
 * bytes: one in every other byte of mostly-Latin text). Bytes that are not UTF-8 are tried as the
 * legacy Vietnamese encodings TCVN3 (ABC), VNI and Windows-1258, and UTF-8 text is checked for
 * mojibake (legacy bytes shown through a Western font and saved as Unicode); a conversion is made
 * only when its result is clearly Vietnamese (src/import/legacy/), and is named.
 * Refuses empty files, binary files, undecodable bytes and control characters (naming the line of
 * the first NUL, bad byte or control character), because silently dropping or replacing a character
 * would alter the text.
 */
import { detectLegacy, repairMojibake } from './legacy/detect.ts';

export class ImportError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'ImportError';
    this.line = line;
  }
}

export interface DecodedText {
  /** The text: NFC, LF line breaks. */
  text: string;
  /** What the bytes were read as: utf-8, utf-16le, utf-16be, tcvn3, vni, windows-1258. */
  encoding: string;
  /** A conversion made to reach the text, named for provenance.conversion ("TCVN3 (ABC) → Unicode"). */
  conversion?: string;
}

/** The text of a source file (see decodeText). */
export function decodeSource(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportError('empty file');
  let read: DecodedText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) read = { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) read = { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  else {
    const nul = bytes.indexOf(0);
    // A UTF-8 byte-order mark says UTF-8: its NULs are binary, never BOM-less UTF-16.
    const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const utf16 = nul >= 0 && !utf8Bom ? utf16WithoutBom(bytes) : undefined;
    if (nul >= 0 && !utf16) throw new ImportError('binary file (contains NUL bytes), not text', lineAt(bytes.subarray(0, nul), 'utf-8'));
    read = utf16 ?? decodeUtf8OrLegacy(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  }
  let text = read.text.normalize('NFC').replace(/\r\n?/g, '\n');
  if (read.conversion === undefined) {
    const repaired = repairMojibake(text);
    if (repaired) {
      text = repaired.text;
      read = { ...read, conversion: repaired.conversion };
    }
  }
  if (text.trim() === '') throw new ImportError('empty file (only white space)');
  const bad = CONTROL.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new ImportError(`control or replacement character U+${code} in the text (binary data or a broken conversion)`, line);
  }
  return { ...read, text };
}

/** Control characters (binary data) and the replacement character (a broken conversion). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff]/u;

/** UTF-8, or else a legacy Vietnamese encoding that reads clearly as Vietnamese, or the refusal. */
function decodeUtf8OrLegacy(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const legacy = detectLegacy(bytes);
    if (legacy) return legacy;
    return { text: decode(bytes, 'utf-8'), encoding: 'utf-8' }; // throws, naming the line
  }
}

/**
 * UTF-16 without a BOM: an even number of bytes, a NUL as the high byte of at least 3 in 10 code
 * units (Latin letters, digits, spaces, line breaks; Vietnamese letters are U+00xx–U+01xx and U+1Exx)
 * and as the low byte of almost none (at most 1 in 100), valid UTF-16, and no control character in
 * the text. Binary data fails one of these (and is refused as binary, naming the first NUL's line).
 */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const units = bytes.length / 2;
  let even = 0, odd = 0;
  for (let i = 0; i < bytes.length; i += 2) { if (bytes[i] === 0) even++; if (bytes[i + 1] === 0) odd++; }
  const [high, low, encoding] = odd >= even ? [odd, even, 'utf-16le' as const] : [even, odd, 'utf-16be' as const];
  if (high < 0.3 * units || low > 0.01 * units) return undefined;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return CONTROL.test(text) ? undefined : { text, encoding };
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function decode(bytes: Uint8Array, encoding: Encoding): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      encoding === 'utf-8'
        ? 'not valid UTF-8, nor clearly Vietnamese in TCVN3, VNI or Windows-1258 (save the file as UTF-8)'
        : `not valid ${encoding.toUpperCase()}`,
      lineAt(bytes.subarray(0, firstUndecodable(bytes, encoding)), encoding),
    );
  }
}

/** The line (1-based; LF, CRLF or CR ends a line) at the end of `before`. */
function lineAt(before: Uint8Array, encoding: Encoding): number {
  return new TextDecoder(encoding).decode(before).split(/\r\n|\r|\n/).length;
}

/**
 * Offset of the first byte that cannot be decoded (a corrupted byte in an otherwise readable file
 * is at a line, which the refusal names). Bisects on the longest prefix that streams without an
 * error; a sequence cut short by the end of the file is an error only at the end.
 */
function firstUndecodable(bytes: Uint8Array, encoding: Encoding): number {
  const streams = (n: number) => {
    try { new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream: true }); return true; } catch { return false; }
  };
  if (streams(bytes.length)) return bytes.length;
  let ok = 0, bad = bytes.length;
  while (bad - ok > 1) {
    const mid = (ok + bad) >> 1;
    if (streams(mid)) ok = mid; else bad = mid;
  }
  return ok;
}
