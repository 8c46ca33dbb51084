/**
 * Proper case for a body's name printed in capitals (or in any case), after Nghị định 30/2020
 * Phụ lục II: a capital on the word for the kind of body and on the first word of each part of its
 * field ("Sở Văn hóa, Thể thao và Du lịch", "Ban Tuyên giáo", "Cục Thông tin cơ sở"); place names
 * capitalised syllable by syllable ("tỉnh Đắk Lắk", "Tỉnh ủy Cao Bằng"); fixed names as they are
 * spelt ("Ủy ban nhân dân", "Mặt trận Tổ quốc Việt Nam", "Hồ Chí Minh"); abbreviations kept
 * ("UBND", "MTTQ"). Only letter case changes.
 */
import { cleanName, isSyllable } from './text.ts';
import { FIXED_FORMS, HEADS, TERRITORIAL_COMMITTEES, UNITS } from './words.ts';

const TOKEN = /[\p{L}\p{M}\p{N}./]+|\s+|[^\s\p{L}\p{M}\p{N}]/gu;
const isWord = (t: string) => /[\p{L}\p{N}]/u.test(t);
const lower = (w: string) => w.toLowerCase();
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
/** Words after which a place name stops: the next part of a flattened line, a term, a second body. */
const PLACE_STOPS = new Set(['ban', 'ủy', 'đảng', 'khóa', 'nhiệm', 'về', 'lần']);
/** Party committees of an agency: the next words name the agency ("Đảng ủy Văn phòng UBND tỉnh"). */
const AGENCY_COMMITTEES = new Set(['đảng ủy', 'đảng bộ', 'chi bộ', 'đảng đoàn', 'ban cán sự đảng']);
const ROMAN = /^[IVXLC]+$/iu;

interface Cursor {
  words: string[];
  out: string[];
  i: number;
}

/** The longest phrase of `phrases` (lower case, space separated) starting at word i, as its word count. */
function matchAt(words: readonly string[], i: number, phrases: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const p of phrases) {
    const parts = p.toLowerCase().split(' ');
    if (parts.every((w, k) => lower(words[i + k] ?? '') === w) && (!best || parts.length > best.split(' ').length)) best = p;
  }
  return best;
}

function isUnitAt(words: readonly string[], i: number): string | undefined {
  const unit = matchAt(words, i, UNITS);
  if (!unit) return undefined;
  if (unit === 'xã' && lower(words[i + 1] ?? '') === 'hội') return undefined; // "xã hội" is society
  return unit;
}

/** Place name after a unit or a territorial committee: every syllable capitalised. */
function takePlace(c: Cursor): void {
  while (c.i < c.words.length) {
    const w = c.words[c.i]!;
    if (PLACE_STOPS.has(lower(w))) return;
    c.out[c.i] = isSyllable(w) ? capital(w) : w;
    c.i += 1;
  }
}

/**
 * Proper case for one body name. Words are read left to right; at each word the first rule that
 * applies wins: a fixed name, a unit with its place name, the kind of body, an abbreviation, then
 * an ordinary word (capital only when it starts a part of the field).
 */
export function properCase(name: string): string {
  const tokens = cleanName(name).match(TOKEN) ?? [];
  const wordAt: number[] = [];
  tokens.forEach((t, k) => isWord(t) && wordAt.push(k));
  const words = wordAt.map((k) => tokens[k]!);
  const c: Cursor = { words, out: [...words], i: 0 };
  let partStart = true;
  let afterAgencyCommittee = false;
  let properName = false;
  const separatorBefore = (i: number) => {
    const from = i === 0 ? 0 : wordAt[i - 1]! + 1;
    return tokens.slice(from, wordAt[i]).join('').trim();
  };

  while (c.i < words.length) {
    const i = c.i;
    const w = words[i]!;
    const sep = separatorBefore(i);
    if (sep === ',' || sep === '-' || sep === '–' || lower(w) === 'và') partStart = true;
    if (lower(w) === 'và') { c.out[i] = 'và'; c.i += 1; continue; }

    const committee = matchAt(words, i, Object.keys(TERRITORIAL_COMMITTEES));
    const fixed: string | undefined = matchAt(words, i, FIXED_FORMS);
    const head: string | undefined = i === 0 || afterAgencyCommittee || sep === '-' ? matchAt(words, i, HEADS) : undefined;
    const unit = isUnitAt(words, i);
    const longest: string | undefined = [fixed, head].filter(Boolean).sort((a, b) => b!.split(' ').length - a!.split(' ').length)[0];

    if (committee || (unit && !(longest && longest.split(' ').length > unit.split(' ').length))) {
      const n = (committee ?? unit)!.split(' ').length;
      for (let k = 0; k < n; k += 1) c.out[i + k] = committee && k === 0 ? capital(words[i]!) : unit?.startsWith('tp') ? words[i]!.toUpperCase() : lower(words[i + k]!);
      c.i += n;
      takePlace(c);
      partStart = false;
    } else if (fixed && longest === fixed) {
      fixed.split(' ').forEach((f, k) => (c.out[i + k] = f === lower(f) ? lower(words[i + k]!) : capital(words[i + k]!)));
      c.i += fixed.split(' ').length;
      afterAgencyCommittee = AGENCY_COMMITTEES.has(lower(fixed)) || (i === 0 && fixed === 'Trung ương'); // "Trung ương Hội Nông dân"
      partStart = false;
      continue;
    } else if (longest) {
      const n = longest.split(' ').length;
      for (let k = 0; k < n; k += 1) c.out[i + k] = k === 0 ? capital(words[i]!) : lower(words[i + k]!);
      c.i += n;
      partStart = true;
    } else if (/^khoá$|^khóa$/iu.test(words[i - 1] ?? '') && ROMAN.test(w)) {
      c.out[i] = w.toUpperCase(); // "khóa XXI"
      c.i += 1;
    } else if (!isSyllable(w)) {
      c.i += 1; // abbreviation or number: as printed
      // "Trường THCS Tràng Cát", "Trường PTDTBT Tiểu học …": after a kind's abbreviation comes a proper name.
      properName = /^\p{Lu}{2,}$/u.test(w) && i > 0;
      afterAgencyCommittee = false;
      continue;
    } else {
      c.out[i] = partStart || properName || i === 0 ? capital(w) : lower(w);
      c.i += 1;
      partStart = false;
      afterAgencyCommittee = false;
      continue;
    }
    properName = false;
    afterAgencyCommittee = false;
  }
  wordAt.forEach((k, n) => (tokens[k] = c.out[n]!));
  return tokens.join('');
}
