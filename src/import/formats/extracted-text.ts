/**
 * The common end of every extractor: Unicode NFC, LF line ends, no trailing blanks, at most one
 * blank line in a row, and a refusal for text that is empty or holds control characters (which
 * would mean a broken file or a broken extraction; silently dropping them could alter the text).
 */
import { ImportError } from '../source-text.ts';

export function finishText(raw: string, what: string): string {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n*$/, '\n');
  if (text.trim() === '') throw new ImportError(`${what}: no text found`);
  const bad = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff]/u.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new ImportError(`${what}: control or replacement character U+${code} in the extracted text (a damaged file or a font without Unicode mapping)`, line);
  }
  return text;
}
