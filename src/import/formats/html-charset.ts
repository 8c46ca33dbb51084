/**
 * The character encoding of a saved web page: byte-order mark, then <meta charset> or
 * <meta http-equiv="Content-Type" content="…; charset=…"> in the first 4 kB (as browsers prescan),
 * else UTF-8 if the bytes are valid UTF-8. Pure.
 */
import { ImportError } from '../source-text.ts';

export interface DecodedPage { html: string; charset: string; declared: boolean }

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head.trimStart());
  return xml?.[1]?.toLowerCase();
}

export function decodeHtml(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: strict(bytes.subarray(3), 'utf-8'), charset: 'utf-8', declared: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: strict(bytes.subarray(2), 'utf-16le'), charset: 'utf-16le', declared: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: strict(bytes.subarray(2), 'utf-16be'), charset: 'utf-16be', declared: true };
  let charset = declaredCharset(bytes);
  // A page saved from a browser is written in UTF-8 whatever its <meta> still says about UTF-16.
  if (charset?.startsWith('utf-16') || charset === 'unicode') charset = 'utf-8';
  if (charset) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset, { fatal: true });
    } catch {
      throw new ImportError(`web page: unknown charset "${charset}" declared in its <meta>; re-save the page as UTF-8`);
    }
    return { html: strict(bytes, decoder.encoding, decoder), charset: decoder.encoding, declared: true };
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', declared: false };
  } catch {
    throw new ImportError('web page: no charset declared and the bytes are not UTF-8; re-save the page as UTF-8 (or add <meta charset="windows-1258"> if that is what it is)');
  }
}

function strict(bytes: Uint8Array, encoding: string, decoder = new TextDecoder(encoding, { fatal: true })): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ImportError(`web page: bytes that are not valid ${encoding} although the page declares it; re-save the page as UTF-8`);
  }
}
