/**
 * Bytes of a source file → the text the importer works on, or a clear refusal.
 * Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM. Refuses empty files, binary files,
 * undecodable bytes and control characters (naming the line of the first NUL, bad byte or control
 * character), because silently dropping or replacing a character would alter the text.
 */
export class ImportError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'ImportError';
    this.line = line;
  }
}

export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('empty file');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode(bytes.subarray(2), 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode(bytes.subarray(2), 'utf-16be');
  else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw new ImportError('binary file (contains NUL bytes), not text', lineAt(bytes.subarray(0, nul), 'utf-8'));
    text = decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes, 'utf-8');
  }
  text = text.normalize('NFC').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError('empty file (only white space)');
  const bad = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff]/u.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new ImportError(`control or replacement character U+${code} in the text (binary data or a broken conversion)`, line);
  }
  return text;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function decode(bytes: Uint8Array, encoding: Encoding): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      encoding === 'utf-8'
        ? 'not valid UTF-8 (save the file as UTF-8; legacy TCVN3/VNI encodings are not supported)'
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
