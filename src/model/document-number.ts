/**
 * Document numbers ("số và ký hiệu") as printed, and the normalised key used to match them.
 *
 * Party style (Hướng dẫn 36-HD/VPTW):  <seq>-<TYPE>/<ISSUER>        173-HD/BTGTW, 18-NQ/TW
 * State style (Nghị định 30/2020):     <seq>/<TYPE>-<ISSUER>[-UNIT]  112/CĐ-TTg, 05/BNV-VP
 * State legal (VBQPPL):                <seq>/<year>/<TYPE>-<ISSUER>  30/2020/NĐ-CP
 * The sequence may be blank in a header left for the clerk to fill ("Số: /TTCS-TTTQ").
 * Reposts swap the separators ("18/NQ-TW"), put spaces or en dashes inside ("21- HD/BTGTW"):
 * the key ignores all of that, so every spelling of one number has one key.
 */
import { foldAccents } from '../text/fold.ts';

export interface DocumentNumber {
  /** Exactly as printed, after NFC; '' when the document has no number line at all. */
  printed: string;
  /** Matching key: accents folded, đ→d, lower case, only [a-z0-9]. '' when nothing was printed. */
  key: string;
  /** The sequence number, or null when printed blank ("Số: /TTCS-TTTQ"). */
  seq: number | null;
  /** The ký hiệu part after the sequence ("HD/BTGTW", "CĐ-TTg", "TTCS-TTTQ"), as printed. */
  symbol: string;
  /** Which separator grammar the printed form follows. */
  style: 'party' | 'state' | 'unknown';
}

/**
 * The key of any spelling of a number: "18-NQ/TW", "18/NQ-TW", "18 NQ TW" → "18nqtw";
 * leading zeros of the sequence are dropped ("08-HD/BTGTU" and "8-HD/BTGTU" → "8hdbtgtu").
 */
export function numberKey(printed: string): string {
  return foldAccents(printed).replace(/[^a-z0-9]/g, '').replace(/^0+(?=\d)/, '');
}

const DASH = '[-‐‑‒–—]';
const LETTERS = "[\\p{L}\\p{N}.]+";
// seq (optional) then the first separator, then the symbol.
const PARTY = new RegExp(`^(\\d+)?\\s*${DASH}\\s*(${LETTERS}\\s*/\\s*${LETTERS}(?:\\s*${DASH}\\s*${LETTERS})*)$`, 'u');
const STATE = new RegExp(`^(\\d+)?\\s*/\\s*((?:\\d{4}\\s*/\\s*)?${LETTERS}(?:\\s*${DASH}\\s*${LETTERS})+)$`, 'u');

/** Parse a printed number. Never throws; an unparseable text keeps style 'unknown'. */
export function parseDocumentNumber(printedRaw: string): DocumentNumber {
  const printed = printedRaw.normalize('NFC').trim();
  const key = numberKey(printed);
  let m = PARTY.exec(printed);
  if (m) return { printed, key, seq: m[1] ? Number(m[1]) : null, symbol: m[2]!, style: 'party' };
  m = STATE.exec(printed);
  if (m) return { printed, key, seq: m[1] ? Number(m[1]) : null, symbol: m[2]!, style: 'state' };
  const seq = /^(\d+)/.exec(printed);
  return { printed, key, seq: seq ? Number(seq[1]) : null, symbol: printed.replace(/^\d+\s*/, ''), style: 'unknown' };
}
