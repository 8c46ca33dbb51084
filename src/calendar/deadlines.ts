/**
 * Deadlines (thời hạn: "hoàn thành trước ngày 31/12/2024") as calendar events. Unlike
 * anniversaries they happen once: a deadline is upcoming until its day and never comes back.
 * One event per directive and deadline (two directives giving the same day set two tasks). Pure.
 */
import { createHash } from 'node:crypto';
import type { Directive } from '../model/directive.ts';
import { parsePartialDate, type DateParts, type PartialDate } from '../model/partial-date.ts';
import type { Entry } from './events.ts';
import { compareKeys } from '../text/compare.ts';

export type Deadline = Directive['deadlines'][number];

export interface DeadlineEvent<T extends Entry> {
  key: string;
  uid: string;
  date: PartialDate;
  parts: DateParts;
  /** The clause stating it, as written. */
  text: string;
  entry: T;
}

/** Every deadline of the entries, by date, then directive, then text; same input (in any order), same output. */
export function deadlineEvents<T extends Entry>(entries: readonly T[]): DeadlineEvent<T>[] {
  const out: DeadlineEvent<T>[] = [];
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const d of entry.data.deadlines) {
      const parts = parsePartialDate(d.date);
      if (!parts) continue; // the schema refuses such dates; never guess
      const key = `${d.date}|${entry.id}|${d.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, uid: `${createHash('sha256').update(`deadline|${key}`).digest('hex').slice(0, 24)}@chidao`, date: d.date, parts, text: d.text, entry });
    }
  }
  return out.sort((a, b) => compareKeys(a.date, b.date) || compareKeys(a.key, b.key));
}

/** The next `n` deadlines known to the day, on or after `day` (YYYY-MM-DD). */
export function upcomingDeadlines<T extends Entry>(deadlines: readonly DeadlineEvent<T>[], day: string, n: number): DeadlineEvent<T>[] {
  return deadlines.filter((d) => d.parts.day !== undefined && d.date >= day).slice(0, n);
}
