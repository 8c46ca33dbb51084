/**
 * Re-importing over an entry file: finding the entry a source was imported into, merging
 * (reimport.ts), keeping a backup of whatever is replaced, writing. Nothing an editor wrote is
 * ever lost: an entry replaced in any way is first copied to <out>/.chidao-backups/, a folder the
 * content loader never reads (it reads only <out>/*.mdx).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeWhole } from '../lib/write-whole.ts';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readEntryFile, serializeEntry, splitEntry } from '../entry/entry-file.ts';
import { mergeReimport, type ReimportReport } from './reimport.ts';
import type { ImportResult } from './import-text.ts';
import { directiveSchema } from '../model/directive.ts';

export const BACKUP_DIR = '.chidao-backups';

/** Where a replaced entry is kept: <out>/.chidao-backups/<name>.<UTC time>.bak. */
export function backupPath(entry: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(entry, '..', BACKUP_DIR, `${basename(entry)}.${stamp}.bak`);
}

/** Copies the entry's current text to the backup folder; returns where. */
export function backUp(entry: string, text: string, now = new Date()): string {
  const to = backupPath(entry, now);
  mkdirSync(join(to, '..'), { recursive: true });
  writeFileSync(to, text, { flag: 'wx' });
  return to;
}

interface Identity { source?: string; type?: string; number?: string; date?: string }

function identityOf(text: string): Identity | undefined {
  const split = splitEntry(text);
  if (!split) return undefined;
  try {
    const d = parseYaml(split.yaml, { maxAliasCount: 0 }) as Record<string, any> | null;
    return { source: d?.provenance?.source, type: d?.type, number: d?.number?.printed, date: d?.date === undefined ? undefined : String(d.date) };
  } catch {
    return undefined;
  }
}

const sameIdentity = (a: Identity, b: Identity) =>
  a.source === b.source && a.type === b.type && a.number === b.number && a.date === b.date;

/**
 * The entry a source was imported into: the file the importer names, or else the entry of the same
 * folder imported from a file of the same name with the same type, number and date. A directive
 * without number and date has the hash of its source in its name, so a corrected source would
 * otherwise become a second entry beside the edited one (and its address would change).
 */
export function findEntryOf(out: string, named: string, result: ImportResult): string | undefined {
  if (existsSync(named)) return named;
  const d = result.data;
  const wanted: Identity = { source: d.provenance.source, type: d.type, number: d.number?.printed, date: d.date };
  return entriesBySource(out).get(wanted.source ?? '')?.find((e) => sameIdentity(e.id, wanted) && existsSync(e.file))?.file;
}

/**
 * The folder's entries by source file name, read once per run and folder (a run importing many
 * files into a large folder must not read the folder once per file). Entries this run writes are
 * found by their own name first, so the index need not follow them.
 */
const indexes = new Map<string, Map<string, Array<{ file: string; id: Identity }>>>();
function entriesBySource(out: string): Map<string, Array<{ file: string; id: Identity }>> {
  const key = resolve(out);
  let index = indexes.get(key);
  if (index) return index;
  index = new Map();
  indexes.set(key, index);
  if (!existsSync(out)) return index;
  for (const name of readdirSync(out).filter((n) => /^[^_.].*\.mdx$/.test(n)).sort()) {
    let text: string;
    try { text = readFileSync(join(out, name), 'utf8'); } catch { continue; }
    const id = identityOf(text);
    if (!id?.source) continue;
    index.set(id.source, [...(index.get(id.source) ?? []), { file: join(out, name), id }]);
  }
  return index;
}

export type ReimportOutcome =
  | { status: 'unchanged' | 'kept' | 'updated'; report: ReimportReport; backup?: string; bodyLine: number }
  | { status: 'skipped'; message: string }
  | { status: 'failed'; message: string };

/** Re-imports `result` over the existing entry file `entry`. */
export function reimportEntry(entry: string, result: ImportResult, options: { force: boolean; now?: Date }): ReimportOutcome {
  const text = readFileSync(entry, 'utf8');
  const existing = readEntryFile(entry, text);
  if (!existing.data) {
    if (!options.force) {
      const p = existing.problems[0];
      return { status: 'skipped', message: `${entry} exists but cannot be read (${p ? `line ${p.line}: ${p.field}: ${p.message}` : 'no metadata'}): left as it is; fix it, or --force to replace it (a backup is kept)` };
    }
    const backup = backUp(entry, text, options.now);
    writeWhole(entry, serializeEntry(result.data, result.body));
    const report: ReimportReport = {
      status: 'updated', entry: { data: result.data, body: result.body }, write: true, updated: ['(the whole entry, which could not be read)'],
      kept: [], conflicts: [], unlisted: [], overwritten: [], bodyLines: undefined,
    };
    return { status: 'updated', report, backup, bodyLine: bodyLineOf(serializeEntry(result.data, result.body)) };
  }
  const old = existing.data.provenance;
  if (old.sha256 !== result.data.provenance.sha256 && old.source !== result.data.provenance.source && !options.force) {
    return { status: 'failed', message: `${entry} already holds another source (${old.source}, sha256 ${old.sha256.slice(0, 12)}…) with the same type, number and date: a duplicate?` };
  }
  const report = mergeReimport({ data: existing.data, body: existing.body }, { data: result.data, body: result.body }, { force: options.force });
  if (report.write) {
    // Edited fields carried into what the new source reads may not make a valid entry (an edited
    // issuer.parent where the new source has no issuer at all): then nothing is written.
    const valid = directiveSchema.safeParse(report.entry.data);
    if (!valid.success) {
      const issue = valid.error.issues[0]!;
      return { status: 'skipped', message: `${entry}: the edited fields do not fit what the new source reads (${issue.path.join('.')}: ${issue.message}): left as it is; settle it by hand, or --force to take the importer's reading (a backup is kept)` };
    }
  }
  const content = serializeEntry(report.entry.data, report.entry.body);
  if (!report.write) return { status: report.status, report, bodyLine: existing.bodyLine };
  const backup = backUp(entry, text, options.now);
  writeWhole(entry, content);
  return { status: report.status, report, backup, bodyLine: bodyLineOf(content) };
}

const bodyLineOf = (content: string) => splitEntry(content)?.bodyLine ?? 1;
