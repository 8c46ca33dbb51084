/**
 * Bytes of a source file → the text the importer works on, or a clear refusal.
 * Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM. Refuses empty files, binary files,
 * undecodable bytes and control characters (naming the line), because silently dropping or
 * replacing a character would alter the text.
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
    if (bytes.includes(0)) throw new ImportError('binary file (contains NUL bytes), not text');
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

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      encoding === 'utf-8'
        ? 'not valid UTF-8 (save the file as UTF-8; legacy TCVN3/VNI encodings are not supported)'
        : `not valid ${encoding.toUpperCase()}`,
    );
  }
}
