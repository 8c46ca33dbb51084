/**
 * Lunar dates (âm lịch) in a directive's text: "ngày 10/3 âm lịch", "mùng 10 tháng 3 (âm lịch)",
 * "10 tháng Ba năm Giáp Thìn", "26 tháng Chạp năm Canh Tý", "Rằm tháng Giêng", and the named
 * lunar festivals of LUNAR_OCCASIONS ("Tết Nguyên đán", "Tết Trung thu", "Giỗ Tổ Hùng Vương").
 *
 * A date counts as lunar only when the text says so: "âm lịch" after it, a year named in the
 * sexagenary cycle ("năm Canh Tý"), the month names only the lunar calendar uses (Giêng, Chạp), or
 * "Rằm". "10 tháng 3 năm 2024" stays solar. The year of a mention is what the text states — a year
 * after it ("Tân Sửu năm 2021"), a cycle name (the one nearest `near`, the directive's year), or a
 * solar date the text pairs it with ("ngày 21/4/2021 (tức 10/3 âm lịch)"), taken only when it
 * converts to that very lunar day — and otherwise unknown, never guessed. Pure: the text is read,
 * never changed.
 */
import { foldAccents } from '../text/fold.ts';
import { CAN, CHI, solarToLunar, yearOfCanChi } from './convert.ts';

export interface LunarOccasion {
  /** As the calendar names it. */
  name: string;
  month: number;
  day: number;
  /** Folded (lower case, no accents, đ → d) spellings that name it. */
  spellings: readonly string[];
  /** Folded words after a spelling that make it another thing ("Đại lễ Phật đản Liên hợp quốc (Vesak)" is held on solar days). */
  notBefore?: RegExp;
}

/**
 * The reviewed list of lunar festivals and commemorations a directive may name without a date.
 * Dates as Vietnamese calendars print them; Phật đản as the Giáo hội Phật giáo Việt Nam keeps it
 * (15/4) — but not the UN's Vesak ("Đại lễ Phật đản Liên hợp quốc"), set on solar days. Tết Thanh minh is left out: it is a solar term (around 5/4 dương lịch), not a lunar day.
 * "Tết" alone is left out too: it also names the solar New Year (Tết dương lịch).
 */
export const LUNAR_OCCASIONS: readonly LunarOccasion[] = [
  { name: 'Tết Nguyên đán', month: 1, day: 1, spellings: ['tet nguyen dan', 'tet co truyen'] },
  { name: 'Rằm tháng Giêng (Tết Nguyên tiêu)', month: 1, day: 15, spellings: ['ram thang gieng', 'tet nguyen tieu', 'tet thuong nguyen'] },
  { name: 'Tết Hàn thực', month: 3, day: 3, spellings: ['tet han thuc'] },
  { name: 'Giỗ Tổ Hùng Vương', month: 3, day: 10, spellings: ['gio to hung vuong', 'le hoi den hung'] },
  { name: 'Lễ Phật đản', month: 4, day: 15, spellings: ['le phat dan'], notBefore: /^\s*(?:lien hop quoc|\(?\s*vesak)/u },
  { name: 'Tết Đoan ngọ', month: 5, day: 5, spellings: ['tet doan ngo'] },
  { name: 'Lễ Vu lan (Rằm tháng Bảy)', month: 7, day: 15, spellings: ['le vu lan', 'ram thang bay'] },
  { name: 'Tết Trung thu', month: 8, day: 15, spellings: ['tet trung thu'] },
  { name: 'Tết ông Công, ông Táo', month: 12, day: 23, spellings: ['ong cong ong tao', 'ong cong, ong tao', 'tet ong tao'] },
];

/** A festival as a mention carries it: its name and lunar day. */
export type NamedDay = Pick<LunarOccasion, 'name' | 'month' | 'day'>;

export interface LunarMention {
  /** The words as the text writes them. */
  text: string;
  /** Where they start in the text. */
  index: number;
  month: number;
  day: number;
  /** "tháng 4 nhuận". */
  leap: boolean;
  /** The festival named there, from LUNAR_OCCASIONS (plain data: entries are cached and cloned). */
  occasion?: NamedDay;
  /** The lunar year, when the text states it. */
  year?: number;
  /** The solar day the text pairs with it, YYYY-MM-DD, checked to convert to this lunar day. */
  solar?: string;
  /** "trước ngày 25 tháng Chạp …": a deadline. */
  deadline: boolean;
  /** A deadline's clause as written, up to the date ("hoàn thành trước ngày 25 tháng Chạp năm Giáp Thìn"). */
  clause?: string;
}

const DEADLINE_CONTEXT = 240;

/** From the clause's start (after ". " or "; ", at most DEADLINE_CONTEXT characters back) to `end`, as readDeadlines cuts a solar one. */
function clauseOf(text: string, at: number, end: number): string {
  const after = (mark: string) => { const i = text.lastIndexOf(mark, at); return i < 0 ? 0 : i + mark.length; };
  const start = Math.max(after('. '), after('; '), after('\n'), at - DEADLINE_CONTEXT, 0);
  return withoutStrayParen(text.slice(start, end).replace(/^[-+]\s*/u, ''));
}

const MONTH_WORDS: Record<string, number> = {
  gieng: 1, hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, 'muoi mot': 11, mot: 11, 'muoi hai': 12, chap: 12,
};
const MONTH = '(\\d{1,2}|muoi mot|muoi hai|muoi|gieng|hai|ba|tu|nam|sau|bay|tam|chin|mot|chap)';
const CANS = CAN.map((c) => foldAccents(c));
const CHIS = CHI.map((c) => foldAccents(c));
const CAN_CHI = `(${CANS.join('|')})\\s+(${CHIS.join('|')})`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** A date: "[ngày] [mùng] 10 / 3 [nhuận]", "10 tháng Ba [nhuận]", "Rằm tháng Giêng". */
const DATE = new RegExp(`${B}(?:(?:ngay|mung|mong)\\s+){0,2}(?:(\\d{1,2})\\s*(?:[/-]|\\s+thang\\s+)|(ram)\\s+thang\\s+)${MONTH}(\\s+nhuan)?${E}`, 'gu');
const LUNAR_MARK = /^\s*[(,]?\s*(?:theo\s+|tuc\s+)?(?:am lich|al)(?![\p{L}\p{N}])\s*\)?/u;
const YEAR_AFTER = new RegExp(`^\\s*,?\\s*(?:nam\\s+)?${CAN_CHI}${E}(?:\\s*[,–-]?\\s*(?:nam\\s+)?(\\d{4})${E})?|^\\s*,?\\s*(?:nam\\s+)?((?:19|20)\\d\\d)${E}`, 'u');
const DEADLINE_BEFORE = /(?:truoc|cham nhat(?: la)?|han chot(?: la)?|khong muon hon)\s+(?:ngay\s+)?(?:(?:mung|mong)\s+)?$/u;
const SOLAR_BEFORE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?!.*\d{1,2}\/\d{1,2}\/\d{4})/u;

/** "10/3 âm lịch)" → "10/3 âm lịch": a closing parenthesis the words did not open is the text's, not theirs. */
const withoutStrayParen = (s: string) => (s.includes('(') ? s.trim() : s.replace(/\s*\)\s*$/u, '').trim());

/** Every spelling of LUNAR_OCCASIONS, longest first, in one pattern (one pass over the text). */
const BY_SPELLING = new Map(LUNAR_OCCASIONS.flatMap((o) => o.spellings.map((sp) => [sp, o] as const)));
const FESTIVAL = new RegExp(`${B}(?:${[...BY_SPELLING.keys()].sort((a, b) => b.length - a.length)
  .map((sp) => sp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})${E}`, 'gu');

/** Folded UTF-16 unit of each unit met, plus one (0: not folded yet); 0 + 1 where folding changes the length. */
const FOLDED = new Uint32Array(0x10000);
const UTF16 = new TextDecoder('utf-16le');

/** Folds the text one UTF-16 unit at a time, so offsets in it are offsets in the text. */
function foldKeepingOffsets(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f = FOLDED[c]!;
    if (f === 0) {
      const folded = foldAccents(String.fromCharCode(c));
      f = (folded.length === 1 ? folded.charCodeAt(0) : 0) + 1;
      FOLDED[c] = f;
    }
    out[i] = f - 1;
  }
  return UTF16.decode(out);
}

/** The year written after a date or a festival: a cycle name (`cycle`), a cycle name and a year, or a year. */
function yearAfter(folded: string, at: number, near: number | undefined): { year: number; end: number; cycle: boolean } | undefined {
  const m = YEAR_AFTER.exec(folded.slice(at, at + 40));
  if (!m) return undefined;
  if (m[4]) return { year: Number(m[4]), end: at + m[0].length, cycle: false };
  const stated = m[3] ? Number(m[3]) : undefined;
  const anchor = stated ?? near;
  if (anchor === undefined) return undefined;
  const year = yearOfCanChi(CANS.indexOf(m[1]!), CHIS.indexOf(m[2]!), anchor);
  // "Tân Sửu năm 2021": the name and the year agree, or neither is taken.
  if (year === undefined || (stated !== undefined && year !== stated)) return undefined;
  return { year, end: at + m[0].length, cycle: true };
}

/** A solar date just before (same clause, 60 characters) that converts to this lunar day. */
function pairedSolar(folded: string, at: number, month: number, day: number): { solar: string; year: number } | undefined {
  const before = folded.slice(Math.max(0, at - 60), at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.  '), 0));
  const m = SOLAR_BEFORE.exec(clause);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const l = solarToLunar({ year: y, month: mo, day: d });
  if (l.month !== month || l.day !== day) return undefined;
  return { solar: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, year: l.year };
}

/**
 * Every lunar date and named lunar festival of a text, in text order. A festival named next to
 * its date ("Giỗ Tổ Hùng Vương (mùng 10/3 âm lịch)") is one mention.
 */
export function findLunarDates(text: string, opts: { near?: number } = {}): LunarMention[] {
  const folded = foldKeepingOffsets(text);
  const found: LunarMention[] = [];
  for (const m of folded.matchAll(DATE)) {
    const day = m[1] ? Number(m[1]) : 15;
    const monthWord = m[3]!;
    const month = /^\d/.test(monthWord) ? Number(monthWord) : MONTH_WORDS[monthWord]!;
    if (day < 1 || day > 30 || month < 1 || month > 12) continue;
    let end = m.index + m[0].length;
    const mark = LUNAR_MARK.exec(folded.slice(end, end + 40));
    if (mark) end += mark[0].length;
    const stated = yearAfter(folded, end, opts.near);
    const lunarWord = /^(gieng|chap)$/.test(monthWord) || m[2] === 'ram';
    // Marked as lunar: "âm lịch", a year named in the cycle, Giêng, Chạp or Rằm ("10 tháng 3 năm 2024" is solar).
    if (!mark && !stated?.cycle && !lunarWord) continue;
    if (stated) end = stated.end;
    const mention: LunarMention = {
      text: withoutStrayParen(text.slice(m.index, end)), index: m.index, month, day, leap: Boolean(m[4]),
      deadline: DEADLINE_BEFORE.test(folded.slice(Math.max(0, m.index - 30), m.index)),
    };
    if (mention.deadline) mention.clause = clauseOf(text, m.index, end);
    const paired = pairedSolar(folded, m.index, month, day);
    if (stated) mention.year = stated.year;
    if (paired && (mention.year === undefined || mention.year === paired.year)) {
      mention.year = paired.year;
      mention.solar = paired.solar;
    }
    found.push(mention);
  }
  const dates = [...found];
  // The festivals, joined to a date of theirs written within 40 characters after the name (or 12 before it).
  for (const m of folded.matchAll(FESTIVAL)) {
    const occ = BY_SPELLING.get(m[0].replace(/\s+/gu, ' '))!;
    const end = m.index + m[0].length;
    if (occ.notBefore?.test(folded.slice(end, end + 30))) continue;
    // The dates are in text order: look only at those starting from 80 characters before the name.
    let lo = 0, hi = dates.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (dates[mid]!.index < m.index - 80) lo = mid + 1; else hi = mid; }
    let own: LunarMention | undefined;
    for (let i = lo; i < dates.length && dates[i]!.index <= end + 40; i++) {
      const f = dates[i]!;
      if (f.month !== occ.month || f.day !== occ.day || f.occasion) continue;
      if ((f.index >= m.index && f.index - end <= 40 && !/[;]/.test(folded.slice(end, f.index)))
        || (f.index < m.index && m.index - (f.index + f.text.length) <= 12 && !/[;]/.test(folded.slice(f.index + f.text.length, m.index)))) { own = f; break; }
    }
    const named: NamedDay = { name: occ.name, month: occ.month, day: occ.day };
    if (own) { own.occasion = named; continue; }
    const mention: LunarMention = { text: text.slice(m.index, end), index: m.index, month: occ.month, day: occ.day, leap: false, occasion: named, deadline: false };
    const stated = yearAfter(folded, end, opts.near);
    if (stated) {
      mention.year = stated.year;
      mention.text = text.slice(m.index, stated.end).trim();
    }
    found.push(mention);
  }
  return found.sort((a, b) => a.index - b.index);
}
