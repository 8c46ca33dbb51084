/**
 * File scores → totals (micro-averaged: counts summed over files, then divided) and the issue's
 * targets (issue 17, "Done when") marked met or missed. Pure functions.
 */
import type { FileScore, FieldScore } from './score.ts';

/** A fraction kept as its two counts; `value` is null when nothing was counted. */
export interface Ratio { num: number; den: number }
export const ratio = (num: number, den: number): Ratio => ({ num, den });
export const valueOf = (r: Ratio): number | null => (r.den ? r.num / r.den : null);

export interface Totals {
  files: number;
  /** Directives refused (controls that are not directives are counted apart). */
  refused: number;
  /** Controls (not directives, see FileScore.notDirective) refused, of all controls. */
  controlsRefused: Ratio;
  crashed: number;
  type: Ratio;
  number: Ratio;
  date: Ratio;
  /** Files whose own date agrees only partly (same year, month where both give one). */
  datePartial: number;
  issuer: Ratio;
  level: Ratio;
  system: Ratio;
  slogansPrecision: Ratio;
  slogansRecall: Ratio;
  citationsPrecision: Ratio;
  citationsRecall: Ratio;
  /** Exact dates over citation hits whose gold date is not null. */
  citationDates: Ratio;
  citationDatesPartial: number;
  citationDatesWrong: number;
  citationDatesMissing: number;
  /** Hits that carry a date where gold has none. */
  citationDatesInvented: number;
  /** False positives that fell into a not_citations text. */
  traps: number;
  /** Predictions dropped because their key is the document's own. */
  selfDropped: number;
  nameOnlyRecall: Ratio;
}

const field = (scores: readonly FileScore[], pick: (s: FileScore) => FieldScore): Ratio => {
  const counted = scores.map(pick).filter((f) => f.counted);
  return ratio(counted.filter((f) => f.right).length, counted.length);
};
const sum = (scores: readonly FileScore[], pick: (s: FileScore) => number) => scores.reduce((n, s) => n + pick(s), 0);

export function totalsOf(all: readonly FileScore[]): Totals {
  // A control rightly refused has no identity to score: its type, level and system are not misses.
  const scores = all.filter((s) => !(s.notDirective && s.refused !== undefined));
  const withGoldDate = (s: FileScore) => s.citations.hits.filter((h) => h.gold.date !== null).length;
  return {
    files: all.length,
    refused: all.filter((s) => s.refused !== undefined && !s.notDirective).length,
    controlsRefused: ratio(all.filter((s) => s.refused !== undefined && s.notDirective).length, all.filter((s) => s.notDirective).length),
    crashed: all.filter((s) => s.crashed !== undefined).length,
    type: field(scores, (s) => s.type),
    number: field(scores, (s) => s.number),
    date: field(scores, (s) => s.date),
    datePartial: scores.filter((s) => s.date.agreement === 'partial').length,
    issuer: field(scores, (s) => s.issuer),
    level: field(scores, (s) => s.level),
    system: field(scores, (s) => s.system),
    slogansPrecision: ratio(sum(scores, (s) => s.slogans.truePositives), sum(scores, (s) => s.slogans.predicted)),
    slogansRecall: ratio(sum(scores, (s) => s.slogans.truePositives), sum(scores, (s) => s.slogans.gold)),
    citationsPrecision: ratio(sum(scores, (s) => s.citations.truePositives), sum(scores, (s) => s.citations.predicted)),
    citationsRecall: ratio(sum(scores, (s) => s.citations.truePositives), sum(scores, (s) => s.citations.gold)),
    citationDates: ratio(sum(scores, (s) => s.citations.dates.exact), sum(scores, withGoldDate)),
    citationDatesPartial: sum(scores, (s) => s.citations.dates.partial),
    citationDatesWrong: sum(scores, (s) => s.citations.dates.wrong),
    citationDatesMissing: sum(scores, (s) => s.citations.dates.missing),
    citationDatesInvented: sum(scores, (s) => s.citations.dates.invented),
    traps: sum(scores, (s) => s.citations.falsePositives.filter((f) => f.trap !== undefined).length),
    selfDropped: sum(scores, (s) => s.citations.selfDropped),
    nameOnlyRecall: ratio(sum(scores, (s) => s.citations.nameOnly.found), sum(scores, (s) => s.citations.nameOnly.gold)),
  };
}

type RatioMetric = { [K in keyof Totals]: Totals[K] extends Ratio ? K : never }[keyof Totals];
type CountMetric = 'refused' | 'crashed';

export type Target =
  | { label: string; metric: RatioMetric; atLeast: number }
  | { label: string; metric: CountMetric; atMost: number };

/** Issue 17, "Done when". Crashes are not named there; none is the obvious bar. */
export const TARGETS: readonly Target[] = [
  { label: 'refused', metric: 'refused', atMost: 0 },
  { label: 'crashed', metric: 'crashed', atMost: 0 },
  { label: 'type', metric: 'type', atLeast: 0.95 },
  { label: 'own number', metric: 'number', atLeast: 0.95 },
  { label: 'date', metric: 'date', atLeast: 0.95 },
  { label: 'issuer', metric: 'issuer', atLeast: 0.9 },
  { label: 'level', metric: 'level', atLeast: 0.95 },
  { label: 'slogans recall', metric: 'slogansRecall', atLeast: 0.95 },
  { label: 'slogans precision', metric: 'slogansPrecision', atLeast: 0.98 },
  { label: 'citations recall', metric: 'citationsRecall', atLeast: 0.97 },
  { label: 'citations precision', metric: 'citationsPrecision', atLeast: 0.97 },
  { label: 'citation dates', metric: 'citationDates', atLeast: 0.95 },
];

/** met: reached; missed: not; null: nothing was counted (no denominator). */
export function targetMet(t: Target, totals: Totals): boolean | null {
  if ('atMost' in t) return totals[t.metric] <= t.atMost;
  const v = valueOf(totals[t.metric]);
  return v === null ? null : v >= t.atLeast;
}
