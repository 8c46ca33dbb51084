/**
 * A plain-text source (.txt, .text, .md) → its text, through the importer's own decoding
 * (source-text.ts decodeText: UTF-8 or UTF-16, legacy TCVN3/VNI/Windows-1258 and mojibake converted
 * and named, binary data and broken bytes refused). The conversion reaches provenance.conversion.
 */
import { decodeText } from '../source-text.ts';

export interface PlainText { text: string; conversion?: string }

export function readPlainText(bytes: Uint8Array): PlainText {
  const { text, conversion } = decodeText(bytes);
  return { text, ...(conversion ? { conversion } : {}) };
}
