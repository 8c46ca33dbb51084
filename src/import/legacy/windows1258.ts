/**
 * Windows-1258 (Microsoft's Vietnamese code page): precomposed Latin-1 letters plus ă â ê ô ơ ư đ,
 * and the five tones as combining marks after the letter (0xCC grave, 0xEC acute, 0xD2 hook,
 * 0xDE tilde, 0xF2 dot below), so "ự" is "ư" 0xFD + 0xF2. Decoded by the WHATWG decoder (the table
 * of unicode.org's MAPPINGS/VENDORS/MICSFT/WindowsBestFit/bestfit1258.txt) and composed to NFC.
 */
const decoder = new TextDecoder('windows-1258');
const CHARS: readonly string[] = Array.from({ length: 256 }, (_, b) => decoder.decode(Uint8Array.of(b)));
const BYTE_OF = new Map<string, number>(CHARS.map((c, b) => [c, b]));
/** The five tone marks, which Windows-1258 writes after the letter. */
const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** Undefined bytes (the decoder reads them as C1 controls). */
const UNDEFINED = new Set([0x81, 0x8a, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9d, 0x9e].filter((b) => CHARS[b]!.charCodeAt(0) === b));

/** Windows-1258 bytes → Unicode (NFC), or undefined if a byte is undefined in the code page. */
export function decodeWindows1258(bytes: Uint8Array): string | undefined {
  return firstNonWindows1258Byte(bytes) < 0 ? decoder.decode(bytes).normalize('NFC') : undefined;
}

/** Offset of the first byte Windows-1258 leaves undefined, or -1. */
function firstNonWindows1258Byte(bytes: Uint8Array): number {
  return bytes.findIndex((b) => UNDEFINED.has(b));
}

/**
 * Unicode → Windows-1258 bytes (for fixtures and tests), as Windows writes it: a precomposed
 * character when the code page has one, else the letter without its tone + the tone mark.
 * Throws on a character it cannot hold.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    const direct = BYTE_OF.get(c);
    if (direct !== undefined) { out.push(direct); continue; }
    const parts = [...c.normalize('NFD')];
    const at = parts.findIndex((p) => TONE_MARKS.includes(p));
    const tone = at > 0 ? parts.splice(at, 1)[0]! : '';
    const b = BYTE_OF.get(parts.join('').normalize('NFC')), t = BYTE_OF.get(tone);
    if (b === undefined || t === undefined) {
      throw new RangeError(`Windows-1258 has no code for ${JSON.stringify(c)} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`);
    }
    out.push(b, t);
  }
  return Uint8Array.from(out);
}
