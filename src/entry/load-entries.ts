/**
 * Reading the whole content folder: every entry file read and checked, and the corpus-wide rules
 * (no two files for the same document). Used by the Astro loader and by `npm run check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readEntryFile, type ContentProblem } from './entry-file.ts';
import type { Directive } from '../model/directive.ts';
import { mentionsOfEntry } from './entry-mentions.ts';
import { lunarOfEntry } from './entry-lunar.ts';
import type { LunarMention } from '../lunar/find.ts';
import { buildGraph } from '../graph/build.ts';
import { implementsProblems } from '../graph/implements-cycles.ts';
import type { Mention } from '../citations/mentions.ts';
import type { EntryCache } from './entry-cache.ts';
import { fileNameProblems } from './file-names.ts';

export interface LoadedEntry {
  id: string;
  /** Path relative to the project root, for messages and for reading the body at render time. */
  file: string;
  text: string;
  data: Directive;
  /** Citations of its text, resolved as far as the text allows (the graph does the rest). */
  mentions: Mention[];
  /** Lunar dates and festivals its text names (Giỗ Tổ Hùng Vương 10/3 âm lịch …). */
  lunar?: LunarMention[];
}

export const ENTRY_FILE = /^[^_.][^/]*\.mdx$/;

export function listEntryFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => ENTRY_FILE.test(n)).sort();
}

/** What reading one entry file yields: its metadata and resolved citations, or its problems. */
export interface EntryReading {
  data?: Directive;
  mentions?: Mention[];
  lunar?: LunarMention[];
  problems: ContentProblem[];
  /** What the build survives but a person should know (see entry-notes.ts). */
  warnings?: ContentProblem[];
}

/** Reads one entry file's text (pure; what the reading threads of read-pool.ts run). */
export function readEntry(file: string, text: string): EntryReading {
  const entry = readEntryFile(file, text);
  const warnings = entry.warnings;
  if (!entry.data || !entry.tree || entry.problems.length) return { problems: entry.problems, warnings };
  try {
    return { data: entry.data, mentions: mentionsOfEntry(entry.tree, entry.bodyLine, entry.data), lunar: lunarOfEntry(entry.tree, entry.data), problems: [], warnings };
  } catch (e) {
    // One entry the citation finder cannot read is that entry's problem, never the whole build's.
    return { problems: [{ file, line: entry.bodyLine, field: 'body', message: `citations cannot be read: ${(e as Error).message}` }], warnings };
  }
}

interface Source { id: string; file: string; text: string; unreadable?: string }
type Loaded = { entries: LoadedEntry[]; problems: ContentProblem[]; warnings: ContentProblem[] };
/** Reads the texts given (in order), returning one reading each. */
export type ReadMany = (sources: Array<{ file: string; text: string }>) => EntryReading[] | Promise<EntryReading[]>;

/**
 * Every entry of the folder, read and checked, with the corpus-wide problems. With a cache (see
 * entry-cache.ts) an unchanged file is not parsed again.
 */
export function loadEntries(root: string, dir: string, options: { cache?: EntryCache } = {}): Loaded {
  const sources = listSources(root, dir);
  if (!Array.isArray(sources)) return sources;
  const { hits, misses } = lookUp(sources, options.cache);
  return assemble(sources, hits, misses.map((s) => readEntry(s.file, s.text)), misses, options.cache);
}

/** loadEntries, with the files not in the cache read by `readMany` (e.g. on several threads). */
export async function loadEntriesWith(root: string, dir: string, options: { cache?: EntryCache; readMany: ReadMany }): Promise<Loaded> {
  const sources = listSources(root, dir);
  if (!Array.isArray(sources)) return sources;
  const { hits, misses } = lookUp(sources, options.cache);
  return assemble(sources, hits, misses.length ? await options.readMany(misses) : [], misses, options.cache);
}

function listSources(root: string, dir: string): Source[] | Loaded {
  const abs = resolve(root, dir);
  if (!existsSync(abs)) return { entries: [], problems: [{ file: dir, line: 1, field: '(folder)', message: 'content folder does not exist' }], warnings: [] };
  return listEntryFiles(abs).map((name) => {
    const source = { id: name.replace(/\.mdx$/, ''), file: relative(root, join(abs, name)), text: '' };
    try {
      return { ...source, text: readFileSync(join(abs, name), 'utf8') };
    } catch (e) {
      // A folder named x.mdx, a dangling link, no permission: that file's problem, not the others'.
      return { ...source, unreadable: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    }
  });
}

function lookUp(sources: Source[], cache: EntryCache | undefined) {
  const hits = new Map<Source, EntryReading>();
  const misses: Source[] = [];
  for (const s of sources) {
    if (s.unreadable) { hits.set(s, { problems: [{ file: s.file, line: 1, field: '(file)', message: s.unreadable }] }); continue; }
    const hit = cache?.get(s.text);
    if (hit) hits.set(s, { ...hit, problems: [], warnings: hit.warnings ?? [] });
    else misses.push(s);
  }
  return { hits, misses };
}

function assemble(sources: Source[], hits: Map<Source, EntryReading>, readings: EntryReading[], read: Source[], cache: EntryCache | undefined): Loaded {
  const fresh = new Map(read.map((s, i) => [s, readings[i]!]));
  const entries: LoadedEntry[] = [];
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const s of sources) {
    const reading = fresh.get(s) ?? hits.get(s)!;
    problems.push(...reading.problems);
    warnings.push(...(reading.warnings ?? []));
    if (!reading.data || !reading.mentions) continue;
    const lunar = reading.lunar ?? [];
    entries.push({ id: s.id, file: s.file, text: s.text, data: reading.data, mentions: reading.mentions, lunar });
    if (fresh.has(s)) cache?.set(s.text, { data: reading.data, mentions: reading.mentions, lunar, ...(reading.warnings?.length ? { warnings: reading.warnings } : {}) });
  }
  cache?.save();
  problems.push(...fileNameProblems(sources.map((s) => s.file)).map((p) => ({ file: p.file, line: 1, field: '(file name)', message: p.message })), ...duplicateProblems(entries), ...implementsLoopProblems(entries));
  return { entries, problems, warnings };
}

/** A directive implementing itself, or a loop of implements: named with the line of its "implements:" field. */
export function implementsLoopProblems(entries: LoadedEntry[]): ContentProblem[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return implementsProblems(entries, buildGraph(entries)).map((p) => {
    const e = byId.get(p.entry)!;
    const line = e.text.split('\n').findIndex((l) => l.startsWith('implements:')) + 1;
    return { file: e.file, line: line || 1, field: 'implements', message: p.message };
  });
}

/** The same document (number and date) imported twice is an error naming both files. */
export function duplicateProblems(entries: LoadedEntry[]): ContentProblem[] {
  const seen = new Map<string, LoadedEntry>();
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    const n = e.data.number;
    if (!n || !/^\d/.test(n.printed) || !e.data.date) continue;
    const key = `${e.data.type}|${n.key}|${e.data.date}`;
    const first = seen.get(key);
    if (first) problems.push({ file: e.file, line: 1, field: 'number', message: `same document as ${first.file} (${n.printed}, ${e.data.date})` });
    else seen.set(key, e);
  }
  return problems;
}
