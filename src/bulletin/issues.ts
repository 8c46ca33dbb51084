/**
 * The monthly bulletin (Bản tin Thông báo nội bộ): which directives each month's issue carries.
 * Pure: no clock, no Astro.
 *
 * An issue exists for every month in which a directive was issued or a deadline falls. It has
 * three parts, each directive in one part only (the first that fits):
 *   1. `issued`   — directives dated in the month;
 *   2. `due`      — other directives with a deadline in the month (issued earlier, or undated);
 *   3. `yearOnly` — directives of the issue's year whose date gives the year only ("năm 2024",
 *                   the day and month left blank as in the seeds): they may belong to this month
 *                   or any other, so every issue of that year names them rather than guessing one.
 * Nothing vanishes: directives with no month (the year only, or no date at all) are also listed
 * together in `undated`, the bulletin's own page for them, whether or not some issue carries them.
 */
import type { Entry } from '../model/directive.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { sortEntries } from '../browse/groups.ts';
import { deadlineEvents } from '../calendar/deadlines.ts';
import { compareKeys } from '../text/compare.ts';

export type { Entry };

export interface Issue<T extends Entry> {
  year: number;
  month: number;
  /** URL segment and --month value: "2024-12". */
  slug: string;
  issued: T[];
  due: T[];
  yearOnly: T[];
}

export interface UndatedBulletin<T extends Entry> {
  /** Dated by the year only, newest year first. */
  years: { year: number; entries: T[] }[];
  /** No date at all. */
  none: T[];
}

export interface BulletinPlan<T extends Entry> {
  /** Newest first. */
  issues: Issue<T>[];
  undated: UndatedBulletin<T>;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2024-12". */
export const issueSlug = (year: number, month: number) => `${year}-${pad2(month)}`;

/** "2024-12" → {year, month}; anything else (2024-13, 2024-1, 12/2024) → undefined. */
export function parseIssueSlug(s: string): { year: number; month: number } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]), month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** Every issue (newest first) and the undated page, from the whole collection. */
export function planBulletins<T extends Entry>(entries: readonly T[]): BulletinPlan<T> {
  const sorted = sortEntries(entries);
  const issues = new Map<string, Issue<T>>();
  const issue = (year: number, month: number) => {
    const slug = issueSlug(year, month);
    let i = issues.get(slug);
    if (!i) issues.set(slug, (i = { year, month, slug, issued: [], due: [], yearOnly: [] }));
    return i;
  };
  const yearOnly = new Map<number, T[]>();
  const none: T[] = [];
  for (const e of sorted) {
    const p = e.data.date ? parsePartialDate(e.data.date) : undefined;
    if (!p) none.push(e);
    else if (p.month === undefined) yearOnly.set(p.year, [...(yearOnly.get(p.year) ?? []), e]);
    else issue(p.year, p.month).issued.push(e);
  }
  // Deadlines in date order: a directive is due in a month at its first deadline there.
  for (const d of deadlineEvents(sorted)) {
    if (d.parts.month === undefined) continue;
    const i = issue(d.parts.year, d.parts.month);
    if (!i.issued.includes(d.entry) && !i.due.includes(d.entry)) i.due.push(d.entry);
  }
  for (const i of issues.values()) {
    i.yearOnly = (yearOnly.get(i.year) ?? []).filter((e) => !i.due.includes(e));
  }
  return {
    issues: [...issues.values()].sort((a, b) => compareKeys(b.slug, a.slug)),
    undated: {
      years: [...yearOnly].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, entries: list })),
      none,
    },
  };
}

/** The directives of an issue in the order it prints them. */
export const issueEntries = <T extends Entry>(i: Issue<T>): T[] => [...i.issued, ...i.due, ...i.yearOnly];

/** The directives of the undated page in the order it prints them. */
export const undatedEntries = <T extends Entry>(u: UndatedBulletin<T>): T[] => [...u.years.flatMap((y) => y.entries), ...u.none];
