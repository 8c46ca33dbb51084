/**
 * Choosing a legacy decoding, and undoing Unicode mojibake, by how Vietnamese the result looks
 * (vietnamese.ts). Both choose only when one reading is clearly Vietnamese and clearly better than
 * the others; otherwise they return undefined and the caller refuses or keeps the text as it is.
 */
import { cp1252Bytes } from './cp1252.ts';
import { decodeTCVN3 } from './tcvn3.ts';
import { decodeVNI } from './vni.ts';
import { decodeWindows1258 } from './windows1258.ts';
import { looksVietnamese, scoreVietnamese, type VietnameseScore } from './vietnamese.ts';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';

export const LEGACY_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI', 'windows-1258': 'Windows-1258' };

const DECODERS: Record<LegacyEncoding, (bytes: Uint8Array) => string | undefined> = {
  tcvn3: decodeTCVN3,
  vni: decodeVNI,
  'windows-1258': decodeWindows1258,
};

export interface LegacyText {
  text: string;
  encoding: LegacyEncoding;
  /** For provenance.conversion: "TCVN3 (ABC) → Unicode". */
  conversion: string;
}

/** Rank of a reading: valid syllables with diacritics, then common syllables. */
const weight = (s: VietnameseScore) => s.markedValid + s.common;

/**
 * Bytes that are not UTF-8 → the legacy reading that is clearly Vietnamese and clearly the best
 * (its weight at least 1.25 times that of any other Vietnamese-looking reading), or undefined.
 */
export function detectLegacy(bytes: Uint8Array): LegacyText | undefined {
  // A UTF-8 file with a damaged byte is not a legacy file: its Vietnamese letters are valid UTF-8
  // sequences. Read as Windows-1258 it would become mojibake ("Sá»‘"); it is refused instead,
  // naming the line of the bad byte.
  if (isDamagedUtf8(bytes)) return undefined;
  const readings = (Object.keys(DECODERS) as LegacyEncoding[]).flatMap((encoding) => {
    const text = DECODERS[encoding](bytes);
    return text === undefined ? [] : [{ encoding, text, score: scoreVietnamese(text) }];
  }).filter((r) => looksVietnamese(r.score)).sort((a, b) => weight(b.score) - weight(a.score));
  const [best, second] = readings;
  if (!best || (second && weight(best.score) < 1.25 * weight(second.score))) return undefined;
  return { text: best.text, encoding: best.encoding, conversion: `${LEGACY_NAMES[best.encoding]} → Unicode` };
}

/**
 * Mostly valid UTF-8: at least MIN_UTF8_SEQUENCES well-formed multi-byte sequences, and at least
 * four for each byte that is not part of one.
 */
const MIN_UTF8_SEQUENCES = 8;
export function isDamagedUtf8(bytes: Uint8Array): boolean {
  let valid = 0, invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 1) { i++; continue; }
    const ok = len > 0 && i + len <= bytes.length && [...bytes.subarray(i + 1, i + len)].every((c) => c >= 0x80 && c <= 0xbf);
    if (ok) { valid++; i += len; } else { invalid++; i++; }
  }
  return valid >= MIN_UTF8_SEQUENCES && valid >= 4 * invalid;
}

// ------------------------------------------------------------------------------------ mojibake

export type MojibakeSource = 'tcvn3' | 'vni' | 'utf-8';

const MOJIBAKE_DECODERS: Record<MojibakeSource, (bytes: Uint8Array) => string | undefined> = {
  tcvn3: decodeTCVN3,
  vni: decodeVNI,
  'utf-8': (bytes) => { try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return undefined; } },
};

const MOJIBAKE_NAMES: Record<MojibakeSource, string> = { tcvn3: 'TCVN3', vni: 'VNI', 'utf-8': 'UTF-8' };

export interface RepairedText {
  text: string;
  source: MojibakeSource;
  /** Lines (1-based) that were repaired. */
  lines: number[];
  /** For provenance.conversion: "Unicode mojibake of TCVN3 repaired". */
  conversion: string;
}

const sum = (scores: VietnameseScore[]): VietnameseScore => scores.reduce((a, s) => ({
  words: a.words + s.words, valid: a.valid + s.valid, marked: a.marked + s.marked, markedValid: a.markedValid + s.markedValid, common: a.common + s.common,
}), { words: 0, valid: 0, marked: 0, markedValid: 0, common: 0 });

/** Vietnamese letters (NFC) outside ASCII, both cases. */
const VIETNAMESE_LETTERS = new Set([...'áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ'].flatMap((c) => [c, c.toUpperCase()]));
/** Characters a Vietnamese text uses besides letters: quotes, dashes, ellipsis, spaces. */
const TEXT_SYMBOLS = /[“”‘’–—…•\u00a0°]/u;
/** A character outside ASCII that no Vietnamese text spells with: "©", "¸", "Ö", "§", "ï"… */
const hasForeignCharacter = (line: string) => [...line].some((c) => c > '\x7f' && !VIETNAMESE_LETTERS.has(c) && !TEXT_SYMBOLS.test(c));

/**
 * Unicode text that is legacy bytes shown through a Western (Windows-1252 or Latin-1) font and saved
 * as Unicode ("Thùc hiÖn c¸c" for TCVN3, "Thöïc hieän caùc" for VNI, "Thá»±c hiá»‡n" for UTF-8): each
 * character is mapped back to its byte and the bytes decoded with the legacy table.
 *
 * Per line, so a document where only some lines were pasted from a legacy file is repaired too. The
 * decision is taken twice:
 *   - for the document: over the lines that map back to bytes and decode to something else, the
 *     input must score badly (fewer than half of its words with diacritics valid syllables) and the
 *     repaired lines must be clearly Vietnamese (`looksVietnamese`) with at least 20 % more valid words;
 *   - for each of those lines: it is replaced when it holds a character no Vietnamese text spells
 *     with ("©", "Ö", "ï", "€") and the repair holds none, its words with diacritics nearly all
 *     valid syllables ("â€“" → "–"), or when the repair makes
 *     more common syllables (or as many and more valid ones) — so a real Unicode line that happens
 *     to map back ("Tháng Tám" would read "Thỏng Tỏm" in TCVN3) stays as it is; a line the scores
 *     cannot decide ("Sôn", VNI for "Sơn") follows the nearest lines with non-ASCII letters.
 * Real Vietnamese Unicode is never touched: its letters with tones mostly have no Windows-1252 byte,
 * and what maps back scores well already.
 */
export function repairMojibake(text: string): RepairedText | undefined {
  const lines = text.split('\n');
  let best: { source: MojibakeSource; repaired: Map<number, string>; score: VietnameseScore } | undefined;
  for (const source of Object.keys(MOJIBAKE_DECODERS) as MojibakeSource[]) {
    const candidates = new Map<number, { from: VietnameseScore; to: VietnameseScore; text: string }>();
    lines.forEach((line, i) => {
      if (!/[^\x00-\x7f]/.test(line)) return;
      const bytes = cp1252Bytes(line);
      const repaired = bytes && MOJIBAKE_DECODERS[source](bytes);
      if (repaired === undefined || repaired === line) return;
      candidates.set(i, { from: scoreVietnamese(line), to: scoreVietnamese(repaired), text: repaired.normalize('NFC') });
    });
    const from = sum([...candidates.values()].map((c) => c.from)), to = sum([...candidates.values()].map((c) => c.to));
    const documentIsMojibake = from.markedValid < 0.5 * from.marked && looksVietnamese(to) && to.valid >= from.valid + 0.2 * to.words;
    if (!documentIsMojibake) continue;
    const repaired = new Map<number, string>();
    const ties: number[] = [];
    for (const [i, c] of candidates) {
      const better = (hasForeignCharacter(lines[i]!) && !hasForeignCharacter(c.text) && c.to.markedValid >= 0.9 * c.to.marked)
        || c.to.common > c.from.common || (c.to.common === c.from.common && c.to.valid > c.from.valid);
      if (better) repaired.set(i, c.text);
      else if (c.to.common === c.from.common && c.to.valid === c.from.valid) ties.push(i);
    }
    // A line the scores cannot decide ("Sôn" / "Sơn") goes with its block: repaired when the nearest
    // line above or below that holds letters outside ASCII was repaired.
    // Two sweeps carry a repair through a run of such lines, from above and from below.
    const marked = lines.flatMap((line, i) => (/[^\x00-\x7f]/.test(line) ? [i] : []));
    const isTie = new Set(ties);
    for (const order of [marked, [...marked].reverse()]) {
      let previousRepaired = false;
      for (const i of order) {
        if (isTie.has(i) && previousRepaired && !repaired.has(i)) repaired.set(i, candidates.get(i)!.text);
        previousRepaired = repaired.has(i);
      }
    }
    const score = sum([...repaired.keys()].map((i) => candidates.get(i)!.to));
    if (repaired.size && (!best || weight(score) > weight(best.score))) best = { source, repaired, score };
  }
  if (!best) return undefined;
  const { source, repaired } = best;
  return {
    text: lines.map((line, i) => repaired.get(i) ?? line).join('\n'),
    source,
    lines: [...repaired.keys()].map((i) => i + 1),
    conversion: `Unicode mojibake of ${MOJIBAKE_NAMES[source]} repaired`,
  };
}
