/**
 * Plain-text reports of eval:import: the per-file table, the totals with the targets, the
 * definitions (--explain) and the mismatches of one file (--verbose). Pure: strings in, strings out.
 */
import type { FileScore, FieldScore } from './score.ts';
import { TARGETS, targetMet, valueOf, type Ratio, type Target, type Totals } from './totals.ts';

const pct = (r: Ratio) => {
  const v = valueOf(r);
  return v === null ? '–' : `${(100 * v).toFixed(1)} %`;
};
const frac = (num: number, den: number) => (den ? `${num}/${den}` : '–');

function mark(f: FieldScore): string {
  if (!f.counted) return '–';
  return f.right ? '✓' : '✗';
}

function importCell(s: FileScore): string {
  return s.crashed !== undefined ? 'CRASH' : s.refused !== undefined ? 'REFUSED' : 'ok';
}

function dateCell(s: FileScore): string {
  return s.date.agreement === 'partial' ? '~' : mark(s.date);
}

function issuerCell(s: FileScore): string {
  if (!s.issuer.counted) return '–';
  if (s.issuer.similarity === null) return s.issuer.predicted === null ? '✗ none' : '✗ extra';
  return `${s.issuer.right ? '✓' : '✗'} ${s.issuer.similarity.toFixed(2)}`;
}

function citationDatesCell(s: FileScore): string {
  const d = s.citations.dates;
  const withGold = s.citations.hits.filter((h) => h.gold.date !== null).length;
  const notes = [d.partial ? `${d.partial}~` : '', d.invented ? `${d.invented} inv` : ''].filter(Boolean);
  return [frac(d.exact, withGold), ...notes].join(' ');
}

/** Columns padded to their widest cell; the first row is the heading, a rule under it. */
export function renderColumns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: readonly string[]) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export const FILE_COLUMNS = ['NN', 'file', 'import', 'type', 'number', 'date', 'issuer', 'level', 'system', 'slogans P', 'slogans R', 'cit. P', 'cit. R', 'cit. dates', 'name-only'] as const;

export function fileRow(s: FileScore): string[] {
  const sl = s.slogans;
  const c = s.citations;
  return [
    s.id, s.file.length > 40 ? `${s.file.slice(0, 39)}…` : s.file, importCell(s),
    mark(s.type), mark(s.number), dateCell(s), issuerCell(s), mark(s.level), mark(s.system),
    frac(sl.truePositives, sl.predicted), frac(sl.truePositives, sl.gold),
    frac(c.truePositives, c.predicted), frac(c.truePositives, c.gold),
    citationDatesCell(s), frac(c.nameOnly.found, c.nameOnly.gold),
  ];
}

export function fileTable(scores: readonly FileScore[]): string {
  return renderColumns([[...FILE_COLUMNS], ...scores.map(fileRow)]);
}

function targetText(t: Target): string {
  return 'atMost' in t ? `≤ ${t.atMost}` : `≥ ${Math.round(t.atLeast * 100)} %`;
}

/** Totals: the targeted metrics with met/missed, then the informative ones. */
export function totalsTable(totals: Totals): string {
  const rows: string[][] = [['metric', 'value', 'counts', 'target', '']];
  for (const t of TARGETS) {
    const met = targetMet(t, totals);
    const status = met === null ? 'n/a' : met ? 'met' : 'MISSED';
    const den = t.metric === 'refused' ? totals.files - totals.controlsRefused.den : totals.files;
    if ('atMost' in t) rows.push([t.label, String(totals[t.metric]), `${totals[t.metric]}/${den}`, targetText(t), status]);
    else rows.push([t.label, pct(totals[t.metric]), frac(totals[t.metric].num, totals[t.metric].den), targetText(t), status]);
  }
  const info = (label: string, r: Ratio | number) => rows.push(typeof r === 'number' ? [label, String(r), '', '', ''] : [label, pct(r), frac(r.num, r.den), '', '']);
  info('controls refused', totals.controlsRefused);
  info('system (informative)', totals.system);
  info('own date partial (~)', totals.datePartial);
  info('cit. dates partial', totals.citationDatesPartial);
  info('cit. dates wrong', totals.citationDatesWrong);
  info('cit. dates missing', totals.citationDatesMissing);
  info('cit. dates invented', totals.citationDatesInvented);
  info('traps hit (in FPs)', totals.traps);
  info('own number dropped', totals.selfDropped);
  info('name-only recall', totals.nameOnlyRecall);
  return renderColumns(rows);
}

export const DEFINITIONS = `How eval:import scores (../shared/realworld/README.md, "How to score"; targets from issue 17)

Per file the importer (importText) reads the text; the citation finder (findCitations) reads the
whole text, also when the importer refuses it.

import      ok; REFUSED = ImportError (the text is turned down, with its reason); CRASH = any other
            exception. A refused or crashed file predicts nothing for its identity and slogans.
            Targets: refused 0 (of the directives), crashed 0 (counts of files). A file whose gold
            names no own type, number or date and no slogans is a control (a meeting report, a
            news item about something else): refusing it is right, counted as "controls refused", and its identity
            (type, level, system …) is not scored.
type        gold self.type vs the type's Vietnamese name (DOCUMENT_TYPES), case-insensitive; "khac"
            counts as no type (null), and null = null is right. Over ALL files.
number      right when key(predicted) is in self.keys (README key(): leading zeros kept, gold lists
            both variants), or both are null. A number printed without its sequence ("/KH-UBND")
            counts as null. Over files where gold OR the prediction has a number ("–" otherwise),
            so a number invented for a text that prints none is wrong.
date        exact ISO match (a partial gold "2025-11" needs "2025-11"). Over files where gold OR
            the prediction has a date. "~" = partial: same year, and same month where both give
            one — counted as not right, shown apart.
issuer      similarity = Dice coefficient 2|A∩B|/(|A|+|B|) of the word SETS of the two names, accents
            and case folded, MTTQ/UBND/HĐND/… expanded, gold's "(context)" removed; right from 0.60
            up. Over files where gold OR the prediction names one. Informative (fuzzy) but targeted.
level       gold level ("ward" = commune) = issuer.level. Over ALL files (gold always has one).
system      gold system ("mass_org" = mass) = system. Over ALL files. Informative, no target.
slogans     after NFC, trimming, collapsing white space and removing a leading list marker (1. 1)
            a) - – — • + *), each gold slogan matched by at most one equal prediction. In a
            slogans_last_truncated file the last gold slogan also matches a prediction that it is a
            prefix of (or that is a prefix of it); unmatched, it is excused (not counted).
            P = matched / predicted, R = matched / gold counted; "–" when the denominator is 0.
citations   numbered only. Each prediction's number → key(); the finder's own-number header line
            ("Số: …", flagged header) is not a prediction; keys in self.keys are dropped (neither
            hit nor miss); one prediction per key, dated by the first mention with a date (a later fuller date refines a year). A
            prediction is a hit when its key is in a not-yet-hit gold citation's keys or bare_keys;
            otherwise a false positive — marked "trap" when its span overlaps a not_citations text
            (or its key is that text's key), "duplicate" when it is a second spelling of a gold
            citation already hit, "cut short or run on" when its key and an unhit gold key start
            alike (--verbose). P = hits / predictions, R = hits / gold numbered citations.
cit. dates  over hits whose gold date is not null: exact ISO match / those hits ("n/d"); "k~" =
            partial (same year/month), "k inv" = invented: a hit with a date where gold has none.
name-only   recall only: a gold name_only citation is found when a prediction without a number has
            similarity (as for issuers, against as_written or any also_written) ≥ 0.60; one-to-one,
            best pairs first. No precision (the gold list is deliberately restricted).
totals      micro-averaged: numerators and denominators summed over files, then divided; per
            folder and over all folders. "n/a" = nothing counted.`;

const q = (s: string | null | undefined) => (s === null || s === undefined ? '—' : JSON.stringify(s));
const at = (line: number | undefined) => (line === undefined ? '' : `line ${line}: `);

/** What differs from gold in one file, for engineers improving the importer; '' when nothing does. */
export function mismatches(s: FileScore): string {
  const out: string[] = [];
  if (s.refused !== undefined) out.push(`  REFUSED: ${s.refused}`);
  if (s.crashed !== undefined) out.push(`  CRASHED: ${s.crashed}`);
  const fieldLine = (name: string, f: FieldScore, extra = '') => {
    if (f.counted && !f.right) out.push(`  ${name.padEnd(9)} gold ${q(f.gold)}  got ${q(f.predicted)}${extra}`);
  };
  fieldLine('type', s.type);
  fieldLine('number', s.number);
  fieldLine('date', s.date, s.date.agreement === 'partial' ? '  (partial)' : '');
  fieldLine('issuer', s.issuer, s.issuer.similarity === null ? '' : `  (similarity ${s.issuer.similarity.toFixed(2)})`);
  fieldLine('level', s.level);
  fieldLine('system', s.system);
  const sl = s.slogans;
  for (const m of sl.missed) out.push(`  slogan missed   ${q(m)}`);
  for (const e of sl.extra) out.push(`  slogan extra    ${q(e)}`);
  if (sl.excused !== undefined) out.push(`  slogan excused  ${q(sl.excused)} (cut by the truncation, not found)`);
  const c = s.citations;
  for (const m of c.missed) out.push(`  citation missed ${m.keys[0]}  ${q(m.as_written)}`);
  for (const f of c.falsePositives) {
    const why = f.trap !== undefined ? `  [trap: ${f.trap}]`
      : f.duplicateOf !== undefined ? `  [duplicate of ${q(f.duplicateOf)}]`
      : f.partOf !== undefined ? `  [number read cut short or run on: gold ${q(f.partOf)}]` : '';
    out.push(`  citation extra  ${f.key}  ${at(f.predicted.line)}${q(f.predicted.raw)}${why}`);
  }
  for (const h of c.hits.filter((h) => h.date !== 'exact' && h.date !== 'none')) {
    out.push(`  citation date   ${h.key}  gold ${q(h.gold.date)}  got ${q(h.predicted.date)}  (${h.date})  ${at(h.predicted.line)}${q(h.predicted.raw)}`);
  }
  for (const m of c.nameOnly.missed) {
    const closest = m.closest ? `  (closest found: ${q(m.closest.raw)}, ${m.closest.similarity.toFixed(2)})` : '  (no name-only reference found near it)';
    out.push(`  name-only missed ${q(m.gold.as_written)}${closest}`);
  }
  if (!out.length) return '';
  const wrong = (f: FieldScore) => f.counted && !f.right;
  const fields = new Set<string>([
    ...(wrong(s.type) ? ['type'] : []), ...(wrong(s.number) ? ['number'] : []), ...(wrong(s.date) ? ['date'] : []),
    ...(wrong(s.issuer) || wrong(s.level) ? ['issuer'] : []), ...(wrong(s.system) ? ['system'] : []),
    ...(sl.missed.length || sl.extra.length ? ['slogans'] : []),
  ]);
  const warnings = s.warnings.filter((w) => fields.has(w.slice(0, w.indexOf(':'))));
  for (const w of warnings) out.push(`  importer warned ${w}`);
  return [`${s.id} ${s.file}`, ...out].join('\n');
}
