/**
 * The comparisons the realworld scoring rules are built from (../shared/realworld/README.md,
 * "How to score"): the normalised key of a number, date agreement, fuzzy name similarity and the
 * normal form of a slogan. Pure functions, no I/O.
 */
import { NAME_ABBREVIATIONS } from '../text/abbreviations.ts';

/**
 * The README's key(): '\-' → '-', NFD, drop combining marks, đ/Đ → d, lower case, keep [a-z0-9].
 * Unlike chidao's numberKey, leading zeros are KEPT ("05-CT/TW" → "05cttw"): gold lists both variants.
 */
export function goldKey(s: string): string {
  return s
    .replace(/\\-/g, '-')
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * How a predicted date agrees with a gold one (ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null):
 *  - exact     equal strings (also both partial: gold "2025-11", predicted "2025-11");
 *  - partial   same year, and the same month when both give one ("2025-11-18" vs "2025-11-20",
 *              "2025-11" vs "2025-11-18", "2025" vs "2025-11-18");
 *  - wrong     a date that is neither;
 *  - missing   gold has a date, the prediction none;
 *  - invented  the prediction has a date, gold none;
 *  - none      neither has one.
 */
export type DateAgreement = 'exact' | 'partial' | 'wrong' | 'missing' | 'invented' | 'none';

export function compareDates(gold: string | null, predicted: string | null): DateAgreement {
  if (gold === null) return predicted === null ? 'none' : 'invented';
  if (predicted === null) return 'missing';
  if (gold === predicted) return 'exact';
  const [gy, gm] = gold.split('-');
  const [py, pm] = predicted.split('-');
  if (gy !== py) return 'wrong';
  return gm === undefined || pm === undefined || gm === pm ? 'partial' : 'wrong';
}


/** Words of a name, accents and case folded, abbreviations expanded: "UBND xã Quang Trung" → uy ban nhan dan xa quang trung. */
export function nameTokens(s: string): string[] {
  const words = s
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.flatMap((w) => (NAME_ABBREVIATIONS[w] ?? w).split(' '));
}

/** A gold issuer without its context in parentheses: "Ủy ban nhân dân tỉnh Sơn La (Sơn La)" → "Ủy ban nhân dân tỉnh Sơn La". */
export function withoutContext(s: string): string {
  return s.replace(/\s*\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Token overlap of two names: the Dice coefficient 2·|A∩B| / (|A| + |B|) over the SETS of
 * nameTokens. 1 for the same words in any order, 0 for no word in common or an empty side.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = new Set(nameTokens(a));
  const y = new Set(nameTokens(b));
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Names are "the same" from this similarity up (issuers, name-only citations). */
export const NAME_THRESHOLD = 0.6;

/** A leading list marker: "1.", "1)", "a)", "-", "–", "—", "•", "+", "*". */
const LIST_MARKER = /^(?:\d{1,3}[.)]|[a-zđ]\)|[-–—•+*])\s*/u;

/** NFC, white space collapsed and trimmed, a leading list marker removed. */
export function normaliseSlogan(s: string): string {
  const collapsed = s.normalize('NFC').replace(/[\s\u00a0\u202f\u2000-\u200a\u3000]+/gu, ' ').trim();
  return collapsed.replace(LIST_MARKER, '').trim();
}
