/**
 * The day the forward calendar counts from: the day of the build, in Vietnam (UTC+7, no summer
 * time), or the day the builder names with CHIDAO_TODAY=YYYY-MM-DD (tests, reproducible builds).
 * Never the import day: a site rebuilt in 2027 from texts imported in 2026 must look ahead from
 * 2027. Pure: the clock is a parameter.
 */
import { parsePartialDate } from '../model/partial-date.ts';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

export function buildDay(named: string | undefined, now: Date = new Date()): string {
  if (named !== undefined && named !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(named) || !parsePartialDate(named)) throw new Error(`CHIDAO_TODAY must be a real day written YYYY-MM-DD, not "${named}"`);
    return named;
  }
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
