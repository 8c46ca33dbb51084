/**
 * VNI (VNI-Windows; fonts VNI-Times, VNI-Helve…): a base letter followed by a modifier byte for its
 * shape and tone ("ự" = "ö" 0xF6 + "ï" 0xEF; "ệ" = "e" + "ä" 0xE4), and single bytes for đ, ơ, ư, the
 * toned i's and ỵ. Capitals take the modifier 0x20 lower ("Ự" = 0xD6 0xCF).
 *
 * Table: VNI-WIN as published in UniKey's converter (Pham Kim Long, VnConv `ukengine/data.cpp`,
 * DoubleByteTables "VNI-WIN"; e.g. github.com/vn-input/ibus-unikey), checked letter by letter: each
 * entry there is a 16-bit word, low byte the base, high byte the modifier. Bytes 0x80–0x9F, and
 * 0xA0–0xBF, which VNI does not use for letters, are the Windows-1252 characters.
 *
 * Decoding accepts a modifier of either case after a base of either case (the font draws the mark;
 * some files mix them) and takes the case of the base letter; encoding writes the matching case.
 */
import { CP1252_CHARS } from './cp1252.ts';

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const; // none, acute, grave, hook, tilde, dot
/** Lower-case modifier bytes by tone, for a plain vowel, a circumflex and a breve (none = no byte). */
const PLAIN = [undefined, 0xf9, 0xf8, 0xfb, 0xf5, 0xef] as const;
const CIRCUMFLEX = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4] as const;
const BREVE = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb] as const;
/** Single-byte lower-case letters (capitals 0x20 lower). */
const SINGLE: Record<string, number> = { 'đ': 0xf1, 'ơ': 0xf4, 'ư': 0xf6, 'í': 0xed, 'ì': 0xec, 'ỉ': 0xe6, 'ĩ': 0xf3, 'ị': 0xf2, 'ỵ': 0xee };

/** Every Vietnamese letter (NFC, lower case) → its VNI bytes (lower case). */
const LOWER = new Map<string, number[]>();
for (const v of 'aeouy') {
  TONES.forEach((t, i) => LOWER.set((v + t).normalize('NFC'), PLAIN[i] === undefined ? [v.charCodeAt(0)] : [v.charCodeAt(0), PLAIN[i]!]));
}
for (const v of 'aeo') TONES.forEach((t, i) => LOWER.set((v + '\u0302' + t).normalize('NFC'), [v.charCodeAt(0), CIRCUMFLEX[i]!]));
TONES.forEach((t, i) => LOWER.set(('a\u0306' + t).normalize('NFC'), [0x61, BREVE[i]!]));
for (const [base, byte] of [['ơ', 0xf4], ['ư', 0xf6]] as const) {
  TONES.forEach((t, i) => LOWER.set((base + t).normalize('NFC'), PLAIN[i] === undefined ? [byte] : [byte, PLAIN[i]!]));
}
LOWER.set('i', [0x69]);
for (const [c, b] of Object.entries(SINGLE)) LOWER.set(c, [b]);

const upperBytes = (bytes: number[]) => bytes.map((b) => (b >= 0xe0 ? b - 0x20 : b >= 0x61 && b <= 0x7a ? b - 0x20 : b));

/** Unicode letter → VNI bytes, both cases. */
const ENCODE = new Map<string, number[]>();
for (const [c, bytes] of LOWER) { ENCODE.set(c, bytes); ENCODE.set(c.toUpperCase(), upperBytes(bytes)); }

/** Decoding: a base (one byte) followed by a modifier → letter; and single bytes → letter. */
const WITH_MODIFIER = new Map<number, string>(); // key: base << 8 | modifier (both lower case)
const SINGLE_BYTE = new Map<number, string>();
for (const [c, bytes] of ENCODE) {
  if (bytes.length === 2) WITH_MODIFIER.set(bytes[0]! << 8 | bytes[1]!, c);
  else if (bytes[0]! >= 0x80) SINGLE_BYTE.set(bytes[0]!, c);
}
// Unambiguous spellings VNI's own keyboard does not write but converters sometimes do: i + tone
// modifier for the single-byte í ì ỉ ĩ ị, and y + dot for ỵ.
TONES.forEach((t, i) => { if (PLAIN[i] !== undefined) WITH_MODIFIER.set(0x69 << 8 | PLAIN[i]!, ('i' + t).normalize('NFC')); });
WITH_MODIFIER.set(0x79 << 8 | 0xef, 'ỵ');
const MODIFIERS = new Set([...WITH_MODIFIER.keys()].map((k) => k & 0xff));

/** VNI bytes → Unicode (NFC), or undefined if a modifier follows no letter it can mark, or a byte means nothing. */
export function decodeVNI(bytes: Uint8Array): string | undefined {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!, next = bytes[i + 1];
    if (next !== undefined && MODIFIERS.has(next)) {
      const letter = withModifier(b, next);
      if (letter !== undefined) { text += letter; i++; continue; }
    }
    if (MODIFIERS.has(b)) return undefined;
    const c = SINGLE_BYTE.get(b) ?? (b < 0x80 ? String.fromCharCode(b) : b <= 0xbf && CP1252_CHARS[b]!.charCodeAt(0) > 0x9f ? CP1252_CHARS[b] : undefined);
    if (c === undefined) return undefined;
    text += c;
  }
  return text;
}

/** The letter `base` + `modifier` make, either byte in either case; the letter takes the base's case. */
function withModifier(base: number, modifier: number): string | undefined {
  const upperBase = (base >= 0x41 && base <= 0x5a) || (base >= 0xc0 && base <= 0xdf);
  const lowerBase = upperBase ? base + 0x20 : base;
  const letter = WITH_MODIFIER.get(lowerBase << 8 | (modifier < 0xe0 ? modifier + 0x20 : modifier));
  return letter === undefined ? undefined : upperBase ? letter.toUpperCase() : letter;
}

/** Unicode → VNI bytes (for fixtures and tests). Throws on a character VNI cannot hold. */
export function encodeVNI(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    const bytes = ENCODE.get(c);
    if (bytes) { out.push(...bytes); continue; }
    const code = c.codePointAt(0)!;
    if (code < 0x80) { out.push(code); continue; }
    const b = CP1252_CHARS.findIndex((x, i) => i >= 0x80 && i <= 0xbf && x === c && code > 0x9f);
    if (b < 0) throw new RangeError(`VNI has no code for ${JSON.stringify(c)} (U+${code.toString(16).toUpperCase()})`);
    out.push(b);
  }
  return Uint8Array.from(out);
}
