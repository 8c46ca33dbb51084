/**
 * The calendar plan of the site being built, computed once per build for every page that asks
 * (the index, each month page): the same build day for all of them. The only Astro-aware file of
 * src/calendar.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDay } from './build-day.ts';
import { deadlineEvents } from './deadlines.ts';
import { commemorationEvents } from './events.ts';
import { lunarAnniversaries } from './lunar-events.ts';
import { lunarDeadlineEvents, withLunarDeadlines } from './lunar-deadlines.ts';
import { calendarPlan, type CalendarPlan } from './plan.ts';

/** Every deadline of the site: those of the metadata and those its texts write in the lunar calendar. */
export const siteDeadlines = (list: readonly CollectionEntry<'directives'>[]) =>
  withLunarDeadlines(deadlineEvents(list), lunarDeadlineEvents(list, (e) => e.data.lunar));

let memo: Promise<CalendarPlan<CollectionEntry<'directives'>>> | undefined;

export function sitePlan(): Promise<CalendarPlan<CollectionEntry<'directives'>>> {
  memo ??= getCollection('directives').then((list) => calendarPlan(
    commemorationEvents(list), siteDeadlines(list), buildDay(process.env.CHIDAO_TODAY), lunarAnniversaries(list, (e) => e.data.lunar),
  ));
  return memo;
}
