/**
 * Reading the whole content folder: every entry file read and checked, and the corpus-wide rules
 * (no two files for the same document). Used by the Astro loader and by `npm run check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readEntryFile, type ContentProblem } from './entry-file.ts';
import type { Directive } from '../model/directive.ts';
import { mentionsOfEntry } from '../citations/of-entry.ts';
import { buildGraph } from '../graph/build.ts';
import { implementsProblems } from '../graph/implements-cycles.ts';
import type { Mention } from '../citations/mentions.ts';

export interface LoadedEntry {
  id: string;
  /** Path relative to the project root, for messages and for reading the body at render time. */
  file: string;
  text: string;
  data: Directive;
  /** Citations of its text, resolved as far as the text allows (the graph does the rest). */
  mentions: Mention[];
}

export const ENTRY_FILE = /^[^_.][^/]*\.mdx$/;

export function listEntryFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => ENTRY_FILE.test(n)).sort();
}

export function loadEntries(root: string, dir: string): { entries: LoadedEntry[]; problems: ContentProblem[] } {
  const entries: LoadedEntry[] = [];
  const problems: ContentProblem[] = [];
  const abs = resolve(root, dir);
  if (!existsSync(abs)) return { entries, problems: [{ file: dir, line: 1, field: '(folder)', message: 'content folder does not exist' }] };
  for (const name of listEntryFiles(abs)) {
    const file = relative(root, join(abs, name));
    const text = readFileSync(join(abs, name), 'utf8');
    const entry = readEntryFile(file, text);
    problems.push(...entry.problems);
    if (entry.data && entry.tree && !entry.problems.length) {
      const mentions = mentionsOfEntry(entry.tree, entry.bodyLine, entry.data);
      entries.push({ id: name.replace(/\.mdx$/, ''), file, text, data: entry.data, mentions });
    }
  }
  problems.push(...duplicateProblems(entries), ...implementsLoopProblems(entries));
  return { entries, problems };
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
