/**
 * The commemoration calendar: every directive's `commemorations` turned into dated events.
 *
 * An event is the anniversary day (`to`, e.g. 2024-11-28 for "204 năm Ngày sinh Ph.Ăng-ghen
 * (28/11/1820 - 28/11/2024)"). Many directives list the same anniversary; they make one event
 * with several sources, so the calendar shows each day once and says which directives ask for it.
 * Identity is the day plus the occasion folded (case, accents, spaces), which also gives the
 * event a UID that stays the same from build to build. Pure: no clock, no Astro.
 */
import { createHash } from 'node:crypto';
import type { Directive, Entry } from '../model/directive.ts';
import { parsePartialDate, type DateParts, type PartialDate } from '../model/partial-date.ts';
import { foldAccents, foldWhitespace } from '../text/fold.ts';
import { sortEntries } from '../browse/groups.ts';

/** The entry shape of the calendar, from the one place it is imported (so it moves in one line). */
export type { Entry };

export type Commemoration = Directive['commemorations'][number];

export interface EventSource<T extends Entry> {
  entry: T;
  /** The commemoration as that directive lists it. */
  commemoration: Commemoration;
}

export interface CalendarEvent<T extends Entry> {
  /** Stable identity: "<to>|<folded occasion>". */
  key: string;
  /** Stable across builds and corpora: derived from `key` only. */
  uid: string;
  /** The anniversary day as stored (may be partial: "2024-12", "2024"). */
  date: PartialDate;
  parts: DateParts;
  /** As written in the newest source directive. */
  text: string;
  occasion: string;
  from: PartialDate;
  years?: number;
  /** Every directive listing it, in compareDirectives order (newest first). */
  sources: EventSource<T>[];
}

export const occasionKey = (occasion: string) => foldWhitespace(foldAccents(occasion)).replace(/[^\p{L}\p{N} ]/gu, '');

/** All events, in date order (oldest first; within a day by occasion); same input, same output. */
export function commemorationEvents<T extends Entry>(entries: readonly T[]): CalendarEvent<T>[] {
  const events = new Map<string, CalendarEvent<T>>();
  // Entries already among an event's sources (a day named by thousands of directives: no scan).
  const sourceIds = new Map<string, Set<string>>();
  for (const entry of sortEntries(entries)) {
    for (const c of entry.data.commemorations) {
      const parts = parsePartialDate(c.to);
      if (!parts) continue; // the schema refuses such dates; never guess
      const key = `${c.to}|${occasionKey(c.occasion)}`;
      let ev = events.get(key);
      if (!ev) {
        ev = {
          key, uid: `${createHash('sha256').update(key).digest('hex').slice(0, 24)}@chidao`,
          date: c.to, parts, text: c.text, occasion: c.occasion, from: c.from, sources: [],
        };
        if (c.years !== undefined) ev.years = c.years;
        events.set(key, ev);
      }
      const ids = sourceIds.get(key) ?? sourceIds.set(key, new Set()).get(key)!;
      if (!ids.has(entry.id)) { ids.add(entry.id); ev.sources.push({ entry, commemoration: c }); }
    }
  }
  return [...events.values()].sort(compareEvents);
}

/** By date (a partial date sorts before the days of its period), then by key. */
export function compareEvents(a: { date: string; key: string }, b: { date: string; key: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Events known to the day. */
export const dayEvents = <T extends Entry>(events: readonly CalendarEvent<T>[]) => events.filter((e) => e.parts.day !== undefined);

export interface CalendarMonth<T extends Entry> {
  year: number;
  month: number;
  /** Known to the day, in date order. */
  days: CalendarEvent<T>[];
  /** Known to the month only ("tháng 12/2024"). */
  withoutDay: CalendarEvent<T>[];
}
export interface CalendarTree<T extends Entry> {
  months: CalendarMonth<T>[];
  /** Known to the year only, by year. */
  withoutMonth: { year: number; events: CalendarEvent<T>[] }[];
}

/** Months with events, oldest first (a calendar reads forward); year-only events apart. */
export function eventsByMonth<T extends Entry>(events: readonly CalendarEvent<T>[]): CalendarTree<T> {
  const months = new Map<string, CalendarMonth<T>>();
  const years = new Map<number, CalendarEvent<T>[]>();
  for (const ev of [...events].sort(compareEvents)) {
    const { year, month, day } = ev.parts;
    if (month === undefined) { years.set(year, [...(years.get(year) ?? []), ev]); continue; }
    const k = `${year}-${String(month).padStart(2, '0')}`;
    const m = months.get(k) ?? { year, month, days: [], withoutDay: [] };
    months.set(k, m);
    (day === undefined ? m.withoutDay : m.days).push(ev);
  }
  return {
    months: [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, m]) => m),
    withoutMonth: [...years.entries()].sort(([a], [b]) => a - b).map(([year, evs]) => ({ year, events: evs })),
  };
}

/**
 * The weeks of a month as rows of seven cells, Monday first (Vietnamese calendars start on
 * Thứ Hai); cells outside the month are null.
 */
export function monthGrid(year: number, month: number): (number | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
  const lead = (first + 6) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** 0 = Thứ Hai … 6 = Chủ nhật. */
export function weekdayIndex(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}
