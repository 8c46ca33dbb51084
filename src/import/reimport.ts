/**
 * Re-importing a source over an entry that already exists: what to write, and what to tell the
 * editor. Pure: no files.
 *
 * The importer owns the fields it extracts; a person owns the fields listed in
 * `provenance.editedFields` (dotted paths: "topics", "issuer.parent"; "body" for the text). So:
 *
 * - the entry on disk equals what the importer reads now, with the edited fields as they are and
 *   whatever the import date → **unchanged**, nothing written;
 * - the source is the same file (same sha256) but some field not listed as edited differs from what
 *   the importer reads → **kept**, nothing written: it is a hand edit nobody listed, or the
 *   importer now reads the file differently, and only a person can tell (list the field in
 *   editedFields, or --force);
 * - the source changed → **updated**: every field the importer owns is taken from the new source,
 *   every edited field is kept, and where the new source reads an edited field differently, that
 *   is reported (a conflict for the editor to settle);
 * - --force → the importer's reading replaces the entry, edited fields included (listed as
 *   overwritten); the caller keeps a backup of what it replaced.
 *
 * "Importer version" is the importer's output itself: the entry it would write now is compared
 * with the one on disk, minus provenance.imported. An importer change that reads a file the same
 * way is no change for that file; one that reads it differently shows as the fields it changed.
 */
import type { Directive } from '../model/directive.ts';

export interface EntryContent {
  data: Directive;
  body: string;
}

export type ReimportStatus = 'unchanged' | 'kept' | 'updated';

export interface Conflict {
  field: string;
  /** What the entry holds (the editor's value, kept). */
  kept: unknown;
  /** What the new source reads. */
  source: unknown;
}

export interface ReimportReport {
  status: ReimportStatus;
  /** What the entry should hold (the existing entry when nothing is to be written). */
  entry: EntryContent;
  /** Whether `entry` must be written (replacing the file). */
  write: boolean;
  /** Fields taken from the new import ("body" for the text; provenance fields left out). */
  updated: string[];
  /** Edited fields kept as the editor left them. */
  kept: string[];
  /** Edited fields the new source reads differently (source changed, entry updated, field kept). */
  conflicts: Conflict[];
  /** Fields not listed as edited that differ from the importer's reading of an unchanged source (kept). */
  unlisted: string[];
  /** --force: edited fields replaced by the importer's reading. */
  overwritten: string[];
  /** Lines of the body (1-based, in the new body) that differ from the old body. */
  bodyLines: { first: number; last: number } | undefined;
}

/** Paths never compared: the day of import says when, not what. */
const IGNORED = new Set(['provenance.imported']);
/** Compared as one value (a map of field → where it was read, not fields of the directive). */
const WHOLE = new Set(['provenance.fieldSources']);

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length) || (isPlainObject(v) && !Object.keys(v).length);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => a[k] !== undefined || b[k] !== undefined));
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/** Dotted paths where two values differ: into objects, arrays and scalars compared whole. */
export function differingPaths(a: unknown, b: unknown, prefix = ''): string[] {
  if (IGNORED.has(prefix)) return [];
  if (isPlainObject(a) && isPlainObject(b) && !WHOLE.has(prefix)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differingPaths(a[k], b[k], prefix ? `${prefix}.${k}` : k));
  }
  return sameValue(a, b) ? [] : [prefix];
}

/** The value at a dotted path ("issuer.parent", "slogans.2"), or undefined. */
export function getPath(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** `value` with the dotted path set to `to` (removed when undefined); objects made on the way. */
export function setPath<T>(value: T, path: string, to: unknown): T {
  const keys = path.split('.');
  const copy = structuredClone(value) as Record<string, unknown>;
  let v = copy;
  for (const key of keys.slice(0, -1)) {
    if (v[key] === null || typeof v[key] !== 'object') {
      if (to === undefined) return copy as T;
      v[key] = {};
    }
    v = v[key] as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (to === undefined) {
    if (Array.isArray(v)) v.splice(Number(last), 1);
    else delete v[last];
  } else v[last] = structuredClone(to);
  return copy as T;
}

/** Lines (1-based, of `next`) between the common start and the common end of two texts. */
export function changedLines(previous: string, next: string): { first: number; last: number } | undefined {
  if (previous === next) return undefined;
  const a = previous.split('\n'), b = next.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { first: start + 1, last: Math.max(start + 1, b.length - end) };
}

const BODY = 'body';
/** Paths an editor may list that are not fields to carry over. */
const NOT_CARRIED = new Set(['provenance.editedFields', 'provenance.imported']);

/** The existing entry with the new import's fields, except the edited ones. */
function carryEdits(existing: EntryContent, fresh: EntryContent, edited: string[]): EntryContent {
  let data = setPath(fresh.data, 'provenance.editedFields', [...edited]);
  let body = fresh.body;
  for (const path of edited) {
    if (NOT_CARRIED.has(path)) continue;
    if (path === BODY) body = existing.body;
    else data = setPath(data, path, getPath(existing.data, path));
  }
  return { data, body };
}

const reported = (paths: string[]) => paths.filter((p) => !p.startsWith('provenance.'));

export function mergeReimport(existing: EntryContent, fresh: EntryContent, options: { force: boolean }): ReimportReport {
  const edited = existing.data.provenance.editedFields.filter((p) => !NOT_CARRIED.has(p));
  const differs = (p: string) => !sameValue(getPath(existing.data, p), getPath(fresh.data, p));
  const editedDiffering = edited.filter((p) => (p === BODY ? existing.body !== fresh.body : differs(p)));
  // The source disagrees with an edited field where it reads something there: a field the importer
  // finds empty (topics, a parent body never printed) is one the editor filled in, not a conflict.
  const disagreeing = editedDiffering.filter((p) => p === BODY || !isEmpty(getPath(fresh.data, p)));
  const target = options.force ? fresh : carryEdits(existing, fresh, existing.data.provenance.editedFields);
  const fields = differingPaths(existing.data, target.data);
  const bodyLines = changedLines(existing.body, target.body);
  const changed = [...fields, ...(bodyLines ? [BODY] : [])];
  const none = { updated: [], kept: [], conflicts: [], unlisted: [], overwritten: [], bodyLines: undefined };
  if (!changed.length) {
    return { ...none, status: 'unchanged', entry: existing, write: false, kept: options.force ? [] : edited };
  }
  const sameSource = existing.data.provenance.sha256 === fresh.data.provenance.sha256;
  if (options.force) {
    return {
      ...none, status: 'updated', entry: fresh, write: true, updated: reported(changed), bodyLines,
      overwritten: editedDiffering,
      unlisted: sameSource ? reported(changed).filter((p) => !edited.includes(p)) : [],
    };
  }
  if (sameSource) {
    return { ...none, status: 'kept', entry: existing, write: false, kept: edited, unlisted: reported(changed) };
  }
  return {
    ...none, status: 'updated', entry: target, write: true, updated: reported(changed), kept: edited, bodyLines,
    conflicts: disagreeing.map((field) => ({
      field,
      kept: field === BODY ? undefined : getPath(existing.data, field),
      source: field === BODY ? undefined : getPath(fresh.data, field),
    })),
  };
}

/** One line per fact of the report, for the import's output. */
export function describeReimport(r: ReimportReport, bodyStartLine = 1): string[] {
  const lines: string[] = [];
  const show = (v: unknown) => (v === undefined ? '(nothing)' : JSON.stringify(v));
  if (r.updated.length) {
    const where = r.bodyLines
      ? ` (body: ${r.bodyLines.first === r.bodyLines.last ? `line ${bodyStartLine + r.bodyLines.first - 1}` : `lines ${bodyStartLine + r.bodyLines.first - 1}–${bodyStartLine + r.bodyLines.last - 1}`})`
      : '';
    lines.push(`updated from the source: ${r.updated.join(', ')}${where}`);
  } else if (r.status === 'updated') lines.push('updated from the source: provenance only');
  if (r.kept.length) lines.push(`kept as edited: ${r.kept.join(', ')}`);
  for (const c of r.conflicts) {
    lines.push(c.field === BODY
      ? 'the new source differs from the edited body (kept): compare them'
      : `the new source reads ${c.field} as ${show(c.source)}; kept the edited ${show(c.kept)}`);
  }
  if (r.unlisted.length) {
    lines.push(r.status === 'kept'
      ? `differs from what the importer reads in the same source, not listed in provenance.editedFields: ${r.unlisted.join(', ')} — kept; list them as edited, or --force to take the importer's reading`
      : `replaced, though the source is the same: ${r.unlisted.join(', ')}`);
  }
  if (r.overwritten.length) lines.push(`--force overwrote edited fields: ${r.overwritten.join(', ')}`);
  return lines;
}
