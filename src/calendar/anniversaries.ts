/**
 * Anniversaries repeat every year. A directive states one year's anniversary ("204 năm Ngày sinh
 * Ph.Ăng-ghen (28/11/1820 - 28/11/2024)"); the calendar looks forward from the build day, so the
 * same day comes back each year.
 *
 * What a year shows (decided in issue 22):
 *  - a year a directive states: that directive's words and count, verbatim;
 *  - any other year: the occasion and a count computed from the base year — only when the
 *    directives give the commemorated event's year and every count they state agrees with it
 *    (204 = 2024 − 1820); otherwise no count at all, never a wrong one.
 *  - 29 February comes back in leap years only, as RRULE:FREQ=YEARLY does in every calendar app
 *    (RFC 5545 §3.3.10 drops invalid dates); it is never moved to 28/2 or 1/3.
 *  - no anniversary before or in the base year (the event's own day is not an anniversary).
 *
 * Identity: the day of the year plus the occasion folded, so "79 năm Quốc khánh … 2024" and
 * "80 năm Quốc khánh … 2025" are one anniversary stated in two years. Pure: no clock.
 */
import { createHash } from 'node:crypto';
import { parsePartialDate, type PartialDate } from '../model/partial-date.ts';
import { compareKeys } from '../text/compare.ts';
import { dayEvents, occasionKey, type CalendarEvent, type Entry } from './events.ts';

export interface Anniversary<T extends Entry> {
  /** "MM-DD|<folded occasion>". */
  key: string;
  /** Stable across builds: derived from `key` only. */
  uid: string;
  month: number;
  day: number;
  /** As the newest stated year writes it. */
  occasion: string;
  /** The commemorated event's day as the newest stated year gives it ("1820-11-28"). */
  from: PartialDate;
  /** The commemorated event's year, when every stated count agrees with it: other years are counted from it. */
  baseYear?: number;
  /** Each year a directive states, oldest first (one event per year). */
  stated: CalendarEvent<T>[];
}

export interface Occurrence<T extends Entry> {
  /** YYYY-MM-DD. */
  date: string;
  year: number;
  anniversary: Anniversary<T>;
  /** The directives' own event, when they state this year. */
  stated?: CalendarEvent<T>;
  /** Years since the event: the stated count, or one counted from the base year. */
  years?: number;
  /** True when `years` is computed here, not written in a directive. */
  counted: boolean;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The event's year, when the dates and every stated count agree on it. */
function baseYearOf(stated: readonly CalendarEvent<unknown & Entry>[], month: number, day: number): number | undefined {
  let base: number | undefined;
  for (const ev of stated) {
    const from = parsePartialDate(ev.from);
    if (!from) return undefined;
    // "(01/9/1945 - 02/9/2025)" is not a plain anniversary of the first day: count nothing.
    if ((from.month !== undefined && from.month !== month) || (from.day !== undefined && from.day !== day)) return undefined;
    if (base !== undefined && base !== from.year) return undefined;
    if (ev.years !== undefined && ev.years !== ev.parts.year - from.year) return undefined;
    base = from.year;
  }
  return base;
}

/** Anniversaries of the events known to the day, by day of the year, then key. */
export function anniversaries<T extends Entry>(events: readonly CalendarEvent<T>[]): Anniversary<T>[] {
  const groups = new Map<string, CalendarEvent<T>[]>();
  for (const ev of dayEvents(events)) {
    const key = `${pad2(ev.parts.month!)}-${pad2(ev.parts.day!)}|${occasionKey(ev.occasion)}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(ev);
  }
  const out: Anniversary<T>[] = [];
  for (const [key, evs] of groups) {
    // One event per stated year: two spellings of one year's occasion keep the first in date order.
    const byYear = new Map<number, CalendarEvent<T>>();
    for (const ev of [...evs].sort((a, b) => compareKeys(a.key, b.key))) if (!byYear.has(ev.parts.year)) byYear.set(ev.parts.year, ev);
    const stated = [...byYear.values()].sort((a, b) => a.parts.year - b.parts.year);
    const newest = stated.at(-1)!;
    const month = newest.parts.month!, day = newest.parts.day!;
    const a: Anniversary<T> = {
      key, uid: `${createHash('sha256').update(`yearly|${key}`).digest('hex').slice(0, 24)}@chidao`,
      month, day, occasion: newest.occasion, from: newest.from, stated,
    };
    const base = baseYearOf(stated, month, day);
    if (base !== undefined) a.baseYear = base;
    out.push(a);
  }
  return out.sort((x, y) => x.month - y.month || x.day - y.day || compareKeys(x.key, y.key));
}

/** The anniversary in `year`, or undefined when there is none (29/2 of a common year, at or before the event). */
export function occurrenceIn<T extends Entry>(a: Anniversary<T>, year: number): Occurrence<T> | undefined {
  if (a.month === 2 && a.day === 29 && !isLeapYear(year)) return undefined;
  const fromYear = parsePartialDate(a.from)?.year;
  if (fromYear !== undefined && year <= fromYear) return undefined;
  const date = `${year}-${pad2(a.month)}-${pad2(a.day)}`;
  const stated = a.stated.find((e) => e.parts.year === year);
  const occ: Occurrence<T> = { date, year, anniversary: a, counted: false };
  if (stated) {
    occ.stated = stated;
    if (stated.years !== undefined) occ.years = stated.years;
  } else if (a.baseYear !== undefined) {
    occ.years = year - a.baseYear;
    occ.counted = true;
  }
  return occ;
}

/** The first occurrence on or after `day` (YYYY-MM-DD); 29/2 waits at most eight years (2096 → 2104). */
export function nextOccurrence<T extends Entry>(a: Anniversary<T>, day: string): Occurrence<T> | undefined {
  const start = Number(day.slice(0, 4));
  for (let y = start; y <= start + 8; y++) {
    const occ = occurrenceIn(a, y);
    if (occ && occ.date >= day) return occ;
  }
  return undefined;
}

export const compareOccurrences = <T extends Entry>(x: Occurrence<T>, y: Occurrence<T>) =>
  compareKeys(x.date, y.date) || compareKeys(x.anniversary.key, y.anniversary.key);

/** The next occurrence of each anniversary from `day`, soonest first, `n` of them. */
export function upcomingOccurrences<T extends Entry>(annivs: readonly Anniversary<T>[], day: string, n: number): Occurrence<T>[] {
  return annivs.map((a) => nextOccurrence(a, day)).filter((o) => o !== undefined).sort(compareOccurrences).slice(0, n);
}

/** Every anniversary falling in a month of a year, by day. */
export function occurrencesInMonth<T extends Entry>(annivs: readonly Anniversary<T>[], year: number, month: number): Occurrence<T>[] {
  return annivs.filter((a) => a.month === month).map((a) => occurrenceIn(a, year)).filter((o) => o !== undefined).sort(compareOccurrences);
}
