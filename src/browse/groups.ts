/**
 * Browsing: the directive lists of the site, grouped by type, issuing body, level, topic and
 * year → month. Pure functions over entries ({id, data}); pages only render what they return.
 *
 * Every list is in compareDirectives order (newest first, a partial date as its period, undated
 * last). Entries that lack the grouping field (no date, no issuer, no level) are returned apart,
 * so pages can show them under their own heading instead of dropping them.
 */
import { LEVELS, type Directive, type Entry, type Level } from '../model/directive.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { compareDirectives } from '../lib/labels.ts';
import { slugify } from '../text/fold.ts';
import { compareKeys } from '../text/compare.ts';

/** What browsing needs of an entry (defined in the model; here too for the pages that group). */
export type { Entry };

export interface Group<T extends Entry> {
  /** URL segment: ASCII, from the label (accents folded). */
  slug: string;
  /** As written in the newest entry of the group. */
  label: string;
  entries: T[];
}

export interface MonthGroup<T extends Entry> { year: number; month: number; entries: T[] }
export interface YearGroup<T extends Entry> {
  year: number;
  /** Months with at least one entry, newest first. */
  months: MonthGroup<T>[];
  /** Entries dated by the year only ("năm 2024"): shown under their own heading. */
  withoutMonth: T[];
  /** Every entry of the year. */
  entries: T[];
}
export interface DateTree<T extends Entry> { years: YearGroup<T>[]; undated: T[] }

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** A sorted copy, in compareDirectives order. */
export function sortEntries<T extends Entry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareDirectives);
}

/** "Ban Tuyên giáo Tỉnh ủy" → "ban-tuyen-giao-tinh-uy"; never empty. */
export const slugOf = (label: string): string => slugify(label) || 'khac';

/**
 * Groups by keys drawn from each entry (an entry may fall in several groups, e.g. topics).
 * Spellings that fold to one slug ("Tỉnh ủy" / "Tỉnh uỷ", letter case) are one group, labelled
 * as in its newest entry. Groups are sorted by label (Vietnamese order).
 */
function groupBy<T extends Entry>(entries: readonly T[], labelsOf: (d: Directive) => readonly string[]): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const e of sortEntries(entries)) {
    for (const label of new Set(labelsOf(e.data).map((l) => l.trim()).filter(Boolean))) {
      const slug = slugOf(label);
      const g = groups.get(slug) ?? { slug, label, entries: [] };
      if (g.entries.at(-1) !== e) g.entries.push(e);
      groups.set(slug, g);
    }
  }
  return [...groups.values()].sort((a, b) => collator.compare(a.label, b.label) || compareKeys(a.slug, b.slug));
}

/** One group per document type present; the slug is the type's stored value ("huong-dan"). */
export function groupByType<T extends Entry>(entries: readonly T[]): Group<T>[] {
  const groups = new Map<DocumentType, Group<T>>();
  for (const e of sortEntries(entries)) {
    const g = groups.get(e.data.type) ?? { slug: e.data.type, label: DOCUMENT_TYPES[e.data.type].name, entries: [] };
    g.entries.push(e);
    groups.set(e.data.type, g);
  }
  return [...groups.values()].sort((a, b) => collator.compare(a.label, b.label));
}

/** One group per issuing body (by name); entries with no issuer apart. */
export function groupByIssuer<T extends Entry>(entries: readonly T[]): { groups: Group<T>[]; none: T[] } {
  return {
    groups: groupBy(entries, (d) => (d.issuer ? [d.issuer.name] : [])),
    none: sortEntries(entries.filter((e) => !e.data.issuer)),
  };
}

/** One group per topic; an entry with several topics is in each. */
export function groupByTopic<T extends Entry>(entries: readonly T[]): { groups: Group<T>[]; none: T[] } {
  return {
    groups: groupBy(entries, (d) => d.topics),
    none: sortEntries(entries.filter((e) => e.data.topics.length === 0)),
  };
}

/** The four levels in order (central → commune), empty ones included; entries with no level apart. */
export function groupByLevel<T extends Entry>(entries: readonly T[]): { levels: { level: Level; entries: T[] }[]; none: T[] } {
  const sorted = sortEntries(entries);
  return {
    levels: LEVELS.map((level) => ({ level, entries: sorted.filter((e) => e.data.issuer?.level === level) })),
    none: sorted.filter((e) => !e.data.issuer?.level),
  };
}

/**
 * Year → month, newest first. A date known to the month goes under its month; known to the year
 * only, under the year's `withoutMonth`; no date at all, under `undated`.
 */
export function groupByDate<T extends Entry>(entries: readonly T[]): DateTree<T> {
  const years = new Map<number, YearGroup<T>>();
  const undated: T[] = [];
  for (const e of sortEntries(entries)) {
    const p = e.data.date ? parsePartialDate(e.data.date) : undefined;
    if (!p) { undated.push(e); continue; }
    const y = years.get(p.year) ?? { year: p.year, months: [], withoutMonth: [], entries: [] };
    years.set(p.year, y);
    y.entries.push(e);
    if (p.month === undefined) { y.withoutMonth.push(e); continue; }
    let m = y.months.find((g) => g.month === p.month);
    if (!m) y.months.push((m = { year: p.year, month: p.month, entries: [] }));
    m.entries.push(e);
  }
  // Sorted input keeps years and months in newest-first order already; sort anyway, cheaply.
  const list = [...years.values()].sort((a, b) => b.year - a.year);
  for (const y of list) y.months.sort((a, b) => b.month - a.month);
  return { years: list, undated };
}
