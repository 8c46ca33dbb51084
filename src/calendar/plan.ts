/**
 * Which months the calendar shows, seen from the build day: the twelve months ahead (from the
 * build day's month, shown even when empty, so "nothing in January" is said), and a page for every
 * month holding something between the first month a directive names and the last month ahead.
 * Each month: the anniversaries falling in it that year (anniversaries.ts), the deadlines dated in
 * it (they happen once), and the commemorations known to that month only. Pure.
 */
import { compareKeys } from '../text/compare.ts';
import { anniversaries, occurrencesInMonth, type Anniversary, type Occurrence } from './anniversaries.ts';
import type { DeadlineEvent } from './deadlines.ts';
import { eventsByMonth, type CalendarEvent, type Entry } from './events.ts';
import { lunarOccurrencesInMonth, statedLunarMonths, type LunarAnniversary, type LunarOccurrence } from './lunar-events.ts';

export interface PlanMonth<T extends Entry> {
  year: number;
  month: number;
  /** Anniversaries of that year, by day. */
  days: Occurrence<T>[];
  /** Lunar anniversaries (Giỗ Tổ Hùng Vương …) falling in the month that year, by day. */
  lunar: LunarOccurrence<T>[];
  /** Deadlines dated in the month (to the day or to the month only), by date. */
  deadlines: DeadlineEvent<T>[];
  /** Commemorations a directive dates to this month only ("tháng 12/2024"): they do not repeat. */
  withoutDay: CalendarEvent<T>[];
}

export interface CalendarPlan<T extends Entry> {
  today: string;
  anniversaries: Anniversary<T>[];
  lunarAnniversaries: LunarAnniversary<T>[];
  /** The build day's month and the eleven after it. */
  ahead: PlanMonth<T>[];
  /** Every month with something in it, oldest first: one page each. */
  pages: PlanMonth<T>[];
  /** Commemorations known to the year only, by year. */
  withoutMonth: { year: number; events: CalendarEvent<T>[] }[];
}

const index = (year: number, month: number) => year * 12 + (month - 1);
const fromIndex = (i: number) => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });

export const isEmptyMonth = (m: PlanMonth<Entry>) => m.days.length + m.lunar.length + m.deadlines.length + m.withoutDay.length === 0;

/** The first and last day the plan covers: the first month with something in it, the last month ahead. */
export function planSpan(plan: CalendarPlan<Entry>): { from: string; through: string } {
  const first = plan.pages[0] ?? plan.ahead[0]!;
  const last = plan.ahead.at(-1)!;
  const lastDay = new Date(Date.UTC(last.year, last.month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${first.year}-${pad(first.month)}-01`, through: `${last.year}-${pad(last.month)}-${pad(lastDay)}` };
}

export function calendarPlan<T extends Entry>(
  events: readonly CalendarEvent<T>[], deadlines: readonly DeadlineEvent<T>[], today: string, lunar: readonly LunarAnniversary<T>[] = [],
): CalendarPlan<T> {
  const annivs = anniversaries(events);
  const { months: monthOnly, withoutMonth } = eventsByMonth(events);
  const todayIndex = index(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
  const stated = [
    ...events.filter((e) => e.parts.month !== undefined).map((e) => index(e.parts.year, e.parts.month!)),
    ...deadlines.filter((d) => d.parts.month !== undefined).map((d) => index(d.parts.year, d.parts.month!)),
    ...statedLunarMonths(lunar).map((m) => index(m.year, m.month)),
  ];
  // A loop, not Math.min(...list): thousands of directives would overflow the argument list.
  const first = stated.reduce((a, b) => Math.min(a, b), todayIndex);
  const last = stated.reduce((a, b) => Math.max(a, b), todayIndex + 11);
  const monthOf = (i: number): PlanMonth<T> => {
    const { year, month } = fromIndex(i);
    return {
      year, month,
      days: occurrencesInMonth(annivs, year, month),
      lunar: lunarOccurrencesInMonth(lunar, year, month),
      deadlines: deadlines.filter((d) => d.parts.year === year && d.parts.month === month).sort((a, b) => compareKeys(a.date, b.date) || compareKeys(a.key, b.key)),
      withoutDay: monthOnly.find((m) => m.year === year && m.month === month)?.withoutDay ?? [],
    };
  };
  const all = Array.from({ length: last - first + 1 }, (_, k) => monthOf(first + k));
  return {
    today,
    anniversaries: annivs,
    lunarAnniversaries: [...lunar],
    ahead: all.slice(todayIndex - first, todayIndex - first + 12),
    pages: all.filter((m) => !isEmptyMonth(m)),
    withoutMonth,
  };
}
