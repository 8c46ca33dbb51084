/**
 * A plain-text source (.txt, .text, .md) → its text, through the importer's own decoding
 * (source-text.ts: UTF-8 or UTF-16, refusing binary data and broken bytes). The one place where
 * the text readers meet the text decoder: a decoder that also converts legacy encodings and names
 * the conversion plugs in here, and the conversion then reaches provenance.conversion.
 */
import { decodeSource } from '../source-text.ts';

export interface PlainText { text: string; conversion?: string }

export function readPlainText(bytes: Uint8Array): PlainText {
  return { text: decodeSource(bytes) };
}
