/**
 * What one directive shows in a bulletin issue: number, type, issuer, date, subject, what it asks
 * (its section headings and its deadlines, found by src/calendar/deadlines.ts) and its slogans.
 * Every text is the directive's own, as written; the item only chooses and orders. Pure.
 */
import type { Entry } from '../model/directive.ts';
import { dateLabel, LEVEL_PHRASE, numberLabel, typeLabel } from '../lib/labels.ts';
import { displayPartialDate } from '../model/partial-date.ts';
import { deadlineEvents } from '../calendar/deadlines.ts';

/** A section heading of the body (src/render/body-html.ts `headings`). */
export interface Heading { depth: number; text: string }

export interface BulletinItem {
  id: string;
  /** "Hướng dẫn". */
  type: string;
  /** "Hướng dẫn số 173-HD/BTGTW", "Hướng dẫn (không số)". */
  number: string;
  /** "Ban Tuyên giáo Tỉnh ủy Cao Bằng (cấp tỉnh)". */
  issuer?: string;
  /** "05/12/2024", "năm 2024", "Không rõ ngày". */
  date: string;
  subject?: string;
  /** The two highest levels of section headings present, `level` 0 or 1. */
  headings: { level: 0 | 1; text: string }[];
  /** Every deadline of the directive, by date; `inMonth` when it falls in the issue's month. */
  deadlines: { date: string; text: string; inMonth: boolean }[];
  slogans: string[];
  /** Print the headings, the slogans in two columns: only lists long enough to gain from it. */
  columns: { headings: boolean; slogans: boolean };
}

/** Lists from this many entries up run in two columns on paper; shorter ones read better in one. */
export const TWO_COLUMNS_FROM = { headings: 6, slogans: 4 } as const;

/** The headings of the two highest levels present, in the text's order. */
export function topHeadings(headings: readonly Heading[]): BulletinItem['headings'] {
  const depths = [...new Set(headings.map((h) => h.depth))].sort((a, b) => a - b);
  const [first, second] = depths;
  return headings
    .filter((h) => h.depth === first || h.depth === second)
    .map((h) => ({ level: h.depth === first ? 0 : 1, text: h.text }));
}

/**
 * The item of `entry` in the issue of `month` (omit it for the undated page), given the section
 * headings of its body.
 */
export function bulletinItem(entry: Entry, headings: readonly Heading[], month?: { year: number; month: number }): BulletinItem {
  const d = entry.data;
  const issuer = d.issuer ? `${d.issuer.name}${d.issuer.level ? ` (${LEVEL_PHRASE[d.issuer.level]})` : ''}` : undefined;
  const item = {
    id: entry.id,
    type: typeLabel(d),
    number: numberLabel(d),
    ...(issuer ? { issuer } : {}),
    date: dateLabel(d),
    ...(d.title ? { subject: d.title } : {}),
    headings: topHeadings(headings),
    deadlines: deadlineEvents([entry]).map((e) => ({
      date: displayPartialDate(e.date),
      text: e.text,
      inMonth: month !== undefined && e.parts.year === month.year && e.parts.month === month.month,
    })),
    slogans: [...d.slogans],
  };
  return { ...item, columns: { headings: item.headings.length >= TWO_COLUMNS_FROM.headings, slogans: item.slogans.length >= TWO_COLUMNS_FROM.slogans } };
}
