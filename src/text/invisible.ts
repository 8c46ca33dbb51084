/**
 * Characters that show nothing yet change how text displays or compares: bidi embeddings, overrides
 * and isolates (a number can be made to read backwards), zero-width spaces and joiners, marks,
 * soft hyphens, a byte-order mark inside the text. Kept — the text stays as written — but named.
 */
export const INVISIBLE: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN', 0x061c: 'ARABIC LETTER MARK', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER', 0x2061: 'FUNCTION APPLICATION', 0x2062: 'INVISIBLE TIMES', 0x2063: 'INVISIBLE SEPARATOR', 0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark inside the text)',
};
export const INVISIBLE_RE = new RegExp(`[${Object.keys(INVISIBLE).map((c) => `\\u${Number(c).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** `s` without the invisible characters, for the readers. Never for the entry's text, which keeps every one. */
export const withoutInvisible = (s: string) => s.replace(INVISIBLE_RE, '');
