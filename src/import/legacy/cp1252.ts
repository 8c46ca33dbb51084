/**
 * Windows-1252 as a byte ↔ character table, used in both directions:
 *   - bytes 0x80–0x9F of TCVN3 and VNI files are the Windows symbols (“ ” ‘ ’ – — … •), which the
 *     ABC and VNI fonts kept at the Windows positions;
 *   - Unicode mojibake (legacy bytes shown through a Western font and saved as Unicode) is undone by
 *     mapping each character back to its Windows-1252 byte.
 * Built from the WHATWG decoder, so the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) read as the C1 controls U+0081… — which is also what a Latin-1 reading produces.
 */
const decoder = new TextDecoder('windows-1252');

/** Character of each byte 0x00–0xFF. */
export const CP1252_CHARS: readonly string[] = Array.from({ length: 256 }, (_, b) => decoder.decode(Uint8Array.of(b)));

const BYTE_OF = new Map<string, number>(CP1252_CHARS.map((c, b) => [c, b]));
// Latin-1 readings of 0x80–0x9F (C1 controls) map back to the same bytes.
for (let b = 0x80; b <= 0x9f; b++) BYTE_OF.set(String.fromCharCode(b), b);

/** The Windows-1252 (or Latin-1) byte of each character, or undefined if a character has none. */
export function cp1252Bytes(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = BYTE_OF.get(text[i]!);
    if (b === undefined) return undefined;
    out[i] = b;
  }
  return out;
}

/** Windows symbols at 0x80–0x9F (the defined ones), kept by the TCVN3 and VNI fonts. */
export const isWindowsSymbolByte = (b: number) => b >= 0x80 && b <= 0x9f && CP1252_CHARS[b]!.charCodeAt(0) > 0x9f;
