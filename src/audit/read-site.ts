/**
 * The file side of the "nothing lost" audit (nothing-lost.ts): entries read from a content folder,
 * pages from a build folder. Used through src/audit/run.ts by the build integration
 * (src/integrations/audit.ts) and by `npm run audit` (scripts/audit-dist.ts).
 *
 * An entry's body is parsed by the project's own parseBody, split from the frontmatter exactly as
 * readEntryFile does, so a paragraph is what it is everywhere else. The frontmatter is not parsed
 * as a whole — the audit needs only `slogans`, and the YAML parser costs nearly as much as the MDX
 * one: the `slogans:` block alone is read. Anything unusual there, or in the body, and the entry
 * is read by readEntryFile itself.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkBody, parseBody, type MdNode } from '../entry/body.ts';
import { formatProblem, readEntryFile } from '../entry/entry-file.ts';
import { listEntryFiles } from '../entry/load-entries.ts';
import { ROUTES } from '../lib/links.ts';
import { nfc } from '../text/fold.ts';
import { paragraphsOf, type AuditEntry, type AuditProblem, type AuditSlogan, type BuiltSite } from './nothing-lost.ts';

const notFound = (e: unknown) => ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

/** A build folder as the audit reads it. */
export function distSite(dist: string): BuiltSite {
  return {
    readPage(path) {
      try {
        return readFileSync(join(dist, path, 'index.html'), 'utf8');
      } catch (e) {
        if (notFound(e)) return undefined;
        throw e;
      }
    },
    *directivePages() {
      const dir = join(dist, ROUTES.directive(''));
      if (!existsSync(dir)) return;
      for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (d.isDirectory() && existsSync(join(dir, d.name, 'index.html'))) yield d.name;
      }
    },
  };
}

/** One buffer that every file is read into, in turn: 10,000 fresh buffers cost more than the reading. */
let shared = Buffer.allocUnsafe(1 << 17);

/** A file's bytes, in the shared buffer: valid until the next call. */
function readShared(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    let n = 0;
    for (;;) {
      if (n === shared.length) {
        const grown = Buffer.allocUnsafe(shared.length * 2);
        shared.copy(grown);
        shared = grown;
      }
      const read = readSync(fd, shared, n, shared.length - n, null);
      if (read === 0) return shared.subarray(0, n);
      n += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** A text file (an entry), read through the shared buffer. */
export const readText = (path: string): string => readShared(path).toString('utf8');

/** A directive page's bytes (in the shared buffer: valid until the next read), or undefined when there is none. */
export function readDirectivePage(dist: string, id: string): Buffer | undefined {
  try {
    return readShared(join(dist, ROUTES.directive(id), 'index.html'));
  } catch (e) {
    if (notFound(e)) return undefined;
    throw e;
  }
}

/**
 * The line of each slogan of the frontmatter: the i-th "- " item under `slogans:`, else the line
 * of `slogans:` itself (a flow list `[…]`), else 1.
 */
export function sloganLines(text: string, count: number): number[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^slogans[ \t]*:/.test(l));
  const items: number[] = [];
  if (at >= 0) {
    for (let i = at + 1; i < lines.length && !/^(?:[^\s#-]|---)/.test(lines[i]!); i++) {
      if (/^\s*-(?:\s|$)/.test(lines[i]!)) items.push(i + 1);
    }
  }
  return Array.from({ length: count }, (_, i) => items[i] ?? (at >= 0 ? at + 1 : 1));
}

/** As readEntryFile (src/entry/entry-file.ts) splits a file: frontmatter, then blank lines, then the body. */
const FRONTMATTER = /^---\r?\n([^]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The `slogans` field of a frontmatter, read from its own block (a top-level key, the lines up to
 * the next top-level key), or undefined when that is not plain enough to read alone (the caller
 * then reads the whole file). Trimmed, as the schema's text fields.
 */
export function frontmatterSlogans(yaml: string): string[] | undefined {
  if (/^slogans:[ \t]*\[\][ \t]*\r?$/m.test(yaml) && yaml.indexOf('slogans') === yaml.lastIndexOf('slogans')) return [];
  const lines = yaml.split(/\r?\n/);
  const starts = lines.flatMap((l, i) => (/^slogans[ \t]*:/.test(l) ? [i] : []));
  // None, or a key written otherwise ("slogans": …, a flow mapping): only the whole parse can tell.
  if (starts.length === 0) return yaml.includes('slogans') ? undefined : [];
  if (starts.length > 1) return undefined;
  const from = starts[0]!;
  let to = from + 1;
  while (to < lines.length && !/^[^\s#-]/.test(lines[to]!)) to++;
  let value: unknown;
  try {
    value = (parseYaml(lines.slice(from, to).join('\n')) as { slogans?: unknown } | null)?.slogans;
  } catch {
    return undefined;
  }
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string' && s.trim())) return undefined;
  return value.map((s: string) => s.trim());
}

function auditEntryOf(id: string, file: string, text: string, tree: MdNode, bodyLine: number, slogans: readonly string[]): AuditEntry {
  const lines = slogans.length ? sloganLines(text, slogans.length) : [];
  const sl: AuditSlogan[] = slogans.map((s, i) => ({ text: s, line: lines[i]! }));
  return { id, file, paragraphs: paragraphsOf(tree, bodyLine), slogans: sl };
}

/**
 * One entry file as the audit needs it, or the problem that keeps it from being read (a file
 * with content problems never builds; `npm run check` lists them all). `exact` reads it with
 * readEntryFile, frontmatter and all.
 */
export function readAuditEntry(file: string, id: string, text: string, exact = false): { entry: AuditEntry } | { problem: AuditProblem } {
  const fm = exact ? null : FRONTMATTER.exec(text);
  const slogans = fm && frontmatterSlogans(fm[1]!);
  if (fm && slogans) {
    const head = fm[0] + /^(?:[ \t]*\r?\n)*/.exec(text.slice(fm[0].length))![0];
    let tree: MdNode | undefined;
    try {
      tree = parseBody(nfc(text.slice(head.length)));
    } catch { /* readEntryFile reports it */ }
    // A body entries may not hold (checkBody): readEntryFile words the problem.
    if (tree && !checkBody(tree).length) return { entry: auditEntryOf(id, file, text, tree, head.split('\n').length, slogans) };
  }
  const e = readEntryFile(file, text);
  if (!e.data || !e.tree || e.problems.length) {
    const p = e.problems[0] ?? { file, line: 1, field: '(file)', message: 'unreadable' };
    return { problem: { file, line: p.line, message: `cannot audit an entry with content problems (npm run check): ${formatProblem(p)}` } };
  }
  return { entry: auditEntryOf(id, file, text, e.tree, e.bodyLine, e.data.slogans) };
}

export interface EntryFile {
  /** As problems name it: relative to the project root. */
  file: string;
  id: string;
  /** Absolute. */
  path: string;
}

/**
 * The entry files of a content folder (as loadEntries lists them), named relative to the root
 * (absolute when outside it), or undefined if the folder does not exist.
 */
export function entryFiles(root: string, contentDir: string): EntryFile[] | undefined {
  const abs = resolve(root, contentDir);
  if (!existsSync(abs)) return undefined;
  return listEntryFiles(abs).map((name) => {
    const path = join(abs, name);
    const file = relative(root, path);
    return { file: file.startsWith('..') ? path : file, id: name.replace(/\.mdx$/, ''), path };
  });
}
