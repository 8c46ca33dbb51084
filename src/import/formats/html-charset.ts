/**
 * The character encoding of a saved web page: byte-order mark, then <meta charset> or
 * <meta http-equiv="Content-Type" content="…; charset=…"> in the first 4 kB (as browsers prescan),
 * else UTF-8 if the bytes are valid UTF-8 (also when a single-byte charset is declared but the bytes are
 * UTF-8 with multi-byte characters: a page re-saved as UTF-8 that kept its old tag). Pure.
 */
import { ImportError } from '../source-text.ts';

export interface DecodedPage {
  html: string;
  charset: string;
  declared: boolean;
  /** The charset the page declares when its bytes are UTF-8 instead. */
  mismatch?: string;
}

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
  const utf8 = (() => { try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return undefined; } })();
  // A page re-saved as UTF-8 often keeps its old <meta charset=windows-1258>: bytes that are valid
  // UTF-8 with multi-byte characters are not text in a single-byte code page, whatever the tag says.
  if (charset && charset !== 'utf-8' && utf8 !== undefined && bytes.some((b) => b >= 0x80)) {
    return { html: utf8, charset: 'utf-8', declared: false, mismatch: charset };
  }
  if (charset) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset, { fatal: true });
    } catch {
      throw new ImportError(`web page: unknown charset "${charset}" declared in its <meta>; re-save the page as UTF-8`);
    }
    return { html: strict(bytes, decoder.encoding, decoder), charset: decoder.encoding, declared: true };
  }
  if (utf8 !== undefined) return { html: utf8, charset: 'utf-8', declared: false };
  throw new ImportError('web page: no charset declared and the bytes are not UTF-8; re-save the page as UTF-8 (or add <meta charset="windows-1258"> if that is what it is)');
}

function strict(bytes: Uint8Array, encoding: string, decoder = new TextDecoder(encoding, { fatal: true })): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ImportError(`web page: bytes that are not valid ${encoding} although the page declares it; re-save the page as UTF-8`);
  }
}
