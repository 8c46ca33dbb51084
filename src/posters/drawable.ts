/**
 * What a poster can draw of a text, the way a typesetter sets copy the font does not cover:
 * characters that show nothing (zero-width spaces and joiners, word joiner, byte-order mark, soft
 * hyphen, bidi controls, variation selectors) are left out of the drawing; any other character no
 * poster font has (★, →, an emoji, a letter of another script) is set as its usual substitute when
 * the fonts have that (‑ → -, № → Nº), and otherwise left out, with the space around it folded.
 * Letters of Vietnamese and digits are never left out (see isLetter). Only the drawing changes: the text as
 * written stays in the entry, the page, the poster's title and the PDF's text layer.
 *
 * Pure (the fonts are given); `undrawable` says, for a check, which visible characters a text
 * would lose.
 */
import type { LoadedFont } from './font-face.ts';
import { NBSP, type PreparedSlogan } from './text.ts';

/** Format characters (Cf: ZWSP, ZWNJ, ZWJ, WJ, BOM, soft hyphen, bidi marks…), variation selectors, CGJ. */
const INVISIBLE = /[\p{Cf}\u034f\u180b-\u180d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

/** A typesetter's substitutes for characters a font lacks, first the one the fonts can draw. */
const SUBSTITUTES: Record<string, string[]> = {
  '\u2010': ['-'], '\u2011': ['-'], '\u2012': ['\u2013', '-'], '\u2212': ['-'], '\u2015': ['\u2014'],
  '\u2116': ['N\u00ba', 'No'], '\u2024': ['.'], '\u2027': ['\u00b7'],
  '\u2032': ["'"], '\u2033': ['"'], '\u2044': ['/'], '\u2215': ['/'],
};

export const isInvisible = (ch: string) => INVISIBLE.test(ch);
/** Marks of the Vietnamese alphabet: grave, acute, circumflex, tilde, breve, hook above, horn, dot below. */
const VIETNAMESE_MARKS = /^[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]*$/;
/**
 * Letters of Vietnamese and digits 0–9: what every slogan is written in, and what the poster fonts
 * are chosen to have. Never left out of a drawing: a font without them is the wrong font, which the
 * glyph gate reports. Any other character (another script, a rare mark, a symbol) is the content's.
 */
export const isLetter = (ch: string): boolean => {
  if (/^[A-Za-z0-9\u0110\u0111]$/.test(ch)) return true;
  const [base, ...marks] = ch.normalize('NFD');
  return marks.length > 0 && /^[A-Za-z]$/.test(base!) && VIETNAMESE_MARKS.test(marks.join(''));
};

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
export const describeChar = (ch: string) => `"${ch}" (${hex(ch)})`;

const inEvery = (fonts: LoadedFont[], ch: string) => fonts.every((f) => f.face.hasGlyphForCodePoint(ch.codePointAt(0)!));

/** How one character is drawn: as itself, as a substitute, or not at all ('' ). */
function drawChar(ch: string, fonts: LoadedFont[]): string {
  if (isInvisible(ch)) return '';
  // A Vietnamese letter or a digit is never left out: a font without it is the wrong font (the glyph gate says so).
  if (/\s/u.test(ch) || isLetter(ch) || inEvery(fonts, ch)) return ch;
  return SUBSTITUTES[ch]?.find((s) => [...s].every((c) => inEvery(fonts, c))) ?? '';
}

/** The text as the fonts can draw it (see above); spaces left doubled or at an end by a drop folded. */
export function drawableText(text: string, fonts: LoadedFont[]): string {
  let out = '';
  let dropped = false;
  for (const ch of text) {
    const drawn = drawChar(ch, fonts);
    if (!drawn && !isInvisible(ch)) dropped = true;
    out += drawn;
  }
  // Only a visible character left out leaves a gap ("★ Việt Nam" → " Việt Nam"); invisible ones sat between letters.
  return dropped ? out.replace(/([ \u00a0])[ \u00a0]+/g, '$1').replace(/^[ \u00a0]+|[ \u00a0]+$/g, '') : out;
}

/** A prepared slogan with what the poster draws limited to what the fonts can draw. */
export function drawableSlogan(p: PreparedSlogan, fonts: LoadedFont[]): PreparedSlogan {
  const drawn = drawableText(p.display, fonts);
  if (drawn === p.display) return p;
  // Nothing drawable (a slogan of emoji alone): a blank poster, which the check reports, not a failed build.
  const display = drawn.trim() ? drawn : NBSP;
  return { ...p, display, units: display === NBSP ? [NBSP] : display.split(' ').filter(Boolean) };
}

export interface Undrawable {
  /** The visible character, as written. */
  char: string;
  /** What the poster draws instead ('' = nothing). */
  drawn: string;
  /** A Vietnamese letter or a digit: the fonts are wrong, the poster cannot be drawn (an error). */
  letter: boolean;
}

/** Visible characters of `text` (as the poster sets it) the fonts cannot draw, each once, in order. */
export function undrawable(text: string, fonts: LoadedFont[]): Undrawable[] {
  const seen = new Set<string>();
  const out: Undrawable[] = [];
  for (const ch of text.normalize('NFC')) {
    if (seen.has(ch) || isInvisible(ch) || /\s/u.test(ch) || inEvery(fonts, ch)) continue;
    seen.add(ch);
    out.push({ char: ch, drawn: isLetter(ch) ? '' : drawChar(ch, fonts), letter: isLetter(ch) });
  }
  return out;
}
