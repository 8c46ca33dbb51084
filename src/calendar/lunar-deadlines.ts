/**
 * Deadlines written in the lunar calendar, placed on their solar day (see lunarDeadlineEvents). Pure.
 */
import { createHash } from 'node:crypto';
import { lunarToSolar } from '../lunar/convert.ts';
import type { LunarMention } from '../lunar/find.ts';
import { compareKeys } from '../text/compare.ts';
import type { DeadlineEvent } from './deadlines.ts';
import type { Entry } from './events.ts';
import { pad2 } from './lunar-events.ts';

/**
 * Deadlines a directive writes in the lunar calendar ("hoàn thành trước ngày 25 tháng Chạp năm
 * Giáp Thìn"), as deadlines on their solar day — only those whose year the text states (a lunar
 * day without its year is no day at all). The clause keeps the lunar words; the day is the solar one.
 */
export function lunarDeadlineEvents<T extends Entry>(entries: readonly T[], mentionsOf: (entry: T) => readonly LunarMention[]): DeadlineEvent<T>[] {
  const out: DeadlineEvent<T>[] = [];
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const m of mentionsOf(entry)) {
      if (!m.deadline || m.year === undefined) continue;
      const s = lunarToSolar({ day: m.day, month: m.month, year: m.year, leap: m.leap });
      if (!s) continue; // a day that lunar year does not have: never moved
      const date = `${s.year}-${pad2(s.month)}-${pad2(s.day)}`;
      const text = m.clause ?? m.text;
      const key = `${date}|${entry.id}|${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, uid: `${createHash('sha256').update(`deadline|${key}`).digest('hex').slice(0, 24)}@chidao`, date, parts: { year: s.year, month: s.month, day: s.day }, text, entry });
    }
  }
  return out;
}

/** The solar deadlines and the lunar ones together, in the order deadlineEvents gives. */
export function withLunarDeadlines<T extends Entry>(deadlines: readonly DeadlineEvent<T>[], lunar: readonly DeadlineEvent<T>[]): DeadlineEvent<T>[] {
  return [...deadlines, ...lunar].sort((a, b) => compareKeys(a.date, b.date) || compareKeys(a.key, b.key));
}
