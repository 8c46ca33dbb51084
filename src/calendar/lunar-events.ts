/**
 * Lunar commemorations (Giỗ Tổ Hùng Vương 10/3 âm lịch, Tết Nguyên đán, Tết Trung thu …) as
 * calendar events. They recur on the same lunar day, so on a different solar day each year: each
 * lunar year's solar day is computed (lunar.ts, Vietnam's UTC+7); no yearly rule of a solar
 * calendar can express that, so the .ics writes one event per year (ics.ts).
 *
 * One anniversary per named festival of LUNAR_OCCASIONS, whatever the spelling, with every
 * directive naming it. A year a directive states ("Lễ Giỗ Tổ Hùng Vương năm 2021", "Tết Nguyên
 * đán Tân Sửu") is marked as stated that year. Pure: no clock.
 */
import { createHash } from 'node:crypto';
import { sortEntries } from '../browse/groups.ts';
import type { Entry } from './events.ts';
import { canChi, yearlyLunarDay } from '../lunar/convert.ts';
import { compareKeys } from '../text/compare.ts';
import type { LunarMention, NamedDay } from '../lunar/find.ts';

export interface LunarSource<T extends Entry> {
  entry: T;
  /** The mention, as the directive writes it. */
  mention: LunarMention;
}

export interface LunarAnniversary<T extends Entry> {
  /** "L03-10|<occasion>". */
  key: string;
  occasion: NamedDay;
  /** The lunar month and day. */
  month: number;
  day: number;
  /** Every directive naming it, each once (its first mention stating a year, else its first). */
  sources: LunarSource<T>[];
}

export interface LunarOccurrence<T extends Entry> {
  /** The solar day, YYYY-MM-DD. */
  date: string;
  /** The lunar year it falls in. */
  lunarYear: number;
  anniversary: LunarAnniversary<T>;
  /** The directives stating this very year. */
  stated: LunarSource<T>[];
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** "10/3 âm lịch". */
export const lunarLabel = (a: { month: number; day: number }) => `${a.day}/${a.month} âm lịch`;

/** "10/3 âm lịch năm Ất Tỵ". */
export const lunarYearLabel = (o: LunarOccurrence<Entry>) => `${lunarLabel(o.anniversary)} năm ${canChi(o.lunarYear)}`;

/** A stable UID for one year's event (the .ics has one per year). */
export const lunarUid = (a: LunarAnniversary<Entry>, lunarYear: number) =>
  `${createHash('sha256').update(`lunar|${a.key}|${lunarYear}`).digest('hex').slice(0, 24)}@chidao`;

/**
 * The lunar anniversaries the entries name, by lunar date then name. `mentionsOf` gives an entry's
 * lunar mentions (found in its text when it is read: src/lunar/find.ts, src/entry/entry-lunar.ts).
 */
export function lunarAnniversaries<T extends Entry>(entries: readonly T[], mentionsOf: (entry: T) => readonly LunarMention[]): LunarAnniversary<T>[] {
  const byKey = new Map<string, LunarAnniversary<T>>();
  for (const entry of sortEntries(entries)) {
    const mine = new Map<string, LunarMention>();
    for (const m of mentionsOf(entry)) {
      if (!m.occasion || m.deadline) continue;
      const key = `L${pad2(m.occasion.month)}-${pad2(m.occasion.day)}|${m.occasion.name}`;
      const had = mine.get(key);
      if (!had || (had.year === undefined && m.year !== undefined)) mine.set(key, m);
    }
    for (const [key, mention] of mine) {
      const a = byKey.get(key) ?? byKey.set(key, { key, occasion: mention.occasion!, month: mention.occasion!.month, day: mention.occasion!.day, sources: [] }).get(key)!;
      a.sources.push({ entry, mention });
    }
  }
  return [...byKey.values()].sort((x, y) => x.month - y.month || x.day - y.day || (x.key < y.key ? -1 : 1));
}

/** The anniversary in lunar year `lunarYear`, on its solar day. */
export function lunarOccurrence<T extends Entry>(a: LunarAnniversary<T>, lunarYear: number): LunarOccurrence<T> {
  const s = yearlyLunarDay(a.month, a.day, false, lunarYear);
  return { date: `${s.year}-${pad2(s.month)}-${pad2(s.day)}`, lunarYear, anniversary: a, stated: a.sources.filter((src) => src.mention.year === lunarYear) };
}

/** Every lunar anniversary falling in a solar month, by day. A lunar year starts in January or February, so two lunar years can reach a month. */
export function lunarOccurrencesInMonth<T extends Entry>(annivs: readonly LunarAnniversary<T>[], year: number, month: number): LunarOccurrence<T>[] {
  const prefix = `${year}-${pad2(month)}-`;
  return annivs.flatMap((a) => [year - 1, year].map((ly) => lunarOccurrence(a, ly)).filter((o) => o.date.startsWith(prefix)))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.anniversary.key < y.anniversary.key ? -1 : 1));
}

/** Every occurrence from `from` to `through` (YYYY-MM-DD, inclusive), by date. */
export function lunarOccurrencesBetween<T extends Entry>(annivs: readonly LunarAnniversary<T>[], from: string, through: string): LunarOccurrence<T>[] {
  const out: LunarOccurrence<T>[] = [];
  for (let ly = Number(from.slice(0, 4)) - 1; ly <= Number(through.slice(0, 4)); ly++) {
    for (const a of annivs) {
      const o = lunarOccurrence(a, ly);
      if (o.date >= from && o.date <= through) out.push(o);
    }
  }
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.anniversary.key < y.anniversary.key ? -1 : 1));
}

/** The solar months holding a year a directive states (the calendar's pages reach back to them). */
export function statedLunarMonths<T extends Entry>(annivs: readonly LunarAnniversary<T>[]): { year: number; month: number }[] {
  return annivs.flatMap((a) => a.sources.flatMap((s) => {
    if (s.mention.year === undefined) return [];
    const d = lunarOccurrence(a, s.mention.year).date;
    return [{ year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)) }];
  }));
}

/** The next occurrence of each lunar anniversary on or after `day` (YYYY-MM-DD), soonest first. */
export function upcomingLunar<T extends Entry>(annivs: readonly LunarAnniversary<T>[], day: string, n: number): LunarOccurrence<T>[] {
  const y = Number(day.slice(0, 4));
  return annivs.map((a) => [y - 1, y, y + 1].map((ly) => lunarOccurrence(a, ly)).find((o) => o.date >= day)!)
    .sort((x, z) => compareKeys(x.date, z.date) || compareKeys(x.anniversary.key, z.anniversary.key)).slice(0, n);
}
