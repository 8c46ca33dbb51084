/**
 * The importer over files: walk folders, read each source (text, Word, PDF, web page, scan), import
 * it, write entries without clobbering hand edits. One bad file never stops the others; each outcome
 * names its file.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ImportError } from './source-text.ts';
import { importText, sha256Hex, type ImportResult } from './import-text.ts';
import { readSource, type SourceText } from './formats/read-source.ts';
import { SOURCE_EXTENSIONS, sourceKind, UnsupportedSource } from './formats/source-kind.ts';
import { serializeEntry } from '../entry/entry-file.ts';
import { comparePaths } from '../lib/files.ts';
import type { Warning } from './extract.ts';
import { findEntryOf, reimportEntry } from './reimport-file.ts';
import { writeWhole } from '../lib/write-whole.ts';
import type { ReimportReport } from './reimport.ts';

export type Outcome =
  | { status: 'written' | 'dry-run'; file: string; entry: string; result: ImportResult; source: SourceText }
  | { status: 'unchanged' | 'kept' | 'updated'; file: string; entry: string; result: ImportResult; source: SourceText; report: ReimportReport; backup?: string; bodyLine: number }
  /** Not imported, with the reason: a file of a kind not read, or an entry left as it is (reimport.ts). */
  | { status: 'skipped'; file: string; message: string; entry?: string; result?: ImportResult }
  | { status: 'failed'; file: string; line?: number; message: string };

export interface ImportFilesOptions {
  out: string;
  force: boolean;
  /** Do not write (for --json). */
  dryRun: boolean;
  imported: string;
  /** The web address the file's text was published at (a saved page's own address wins). */
  url?: string;
}

/** A file to import, or an entry of a folder that is not one (skipped or unreadable), named. */
export type Listed = { status: 'listed'; file: string } | Extract<Outcome, { status: 'failed' | 'skipped' }>;

const errCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
const isSource = (name: string) => SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/**
 * Files named on the command line as they are; folders walked recursively in a stable order (names
 * compared by code point). Hidden files and folders (".git") are passed over silently; files of
 * other kinds are listed as skipped with the reason; dangling or looping symbolic links and
 * unreadable folders are listed as failed. Nothing here aborts the walk. Folders in `exclude` (the
 * entries' output folder) are not walked.
 */
export function expandInputs(inputs: string[], opts: { exclude?: string[] } = {}): Listed[] {
  const listed: Listed[] = [];
  // Folders not to walk (the entries' own folder, when it lies inside a source folder): as walked.
  const seenDirs = new Set<string>((opts.exclude ?? []).flatMap((d) => { try { return [realpathSync(d)]; } catch { return []; } }));
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      listed.push({ status: 'failed', file: dir, message: `cannot read folder: ${errCode(e)}` });
      return;
    }
    if (seenDirs.has(real)) return; // a link back to a folder already walked
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort(comparePaths);
    } catch (e) {
      listed.push({ status: 'failed', file: dir, message: `cannot read folder: ${errCode(e)}` });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      let kind: 'dir' | 'file' | 'other';
      try {
        const st = statSync(p); // follows links
        kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
      } catch (e) {
        const code = errCode(e);
        const link = (() => { try { return lstatSync(p).isSymbolicLink(); } catch { return false; } })();
        listed.push({
          status: 'failed', file: p,
          message: link && code === 'ENOENT' ? 'dangling symbolic link (its target does not exist)'
            : link && code === 'ELOOP' ? 'symbolic link loop'
            : `cannot read: ${code}`,
        });
        continue;
      }
      if (kind === 'dir') walk(p);
      else if (kind === 'other') listed.push({ status: 'skipped', file: p, message: 'not a regular file (a device, socket or pipe)' });
      else if (isSource(name)) listed.push({ status: 'listed', file: p });
      else {
        const k = sourceKind(new Uint8Array(), name);
        listed.push({ status: 'skipped', file: p, message: k.kind === 'unsupported' ? k.reason : 'not a source file' });
      }
    }
  };
  for (const input of inputs) {
    let dir = false;
    try { dir = existsSync(input) && statSync(input).isDirectory(); } catch { /* reported when read */ }
    if (dir) walk(input);
    else listed.push({ status: 'listed', file: input }); // a named file is tried whatever its name; a missing one fails on read
  }
  return listed;
}

export async function importFile(file: string, opts: ImportFilesOptions): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { status: 'failed', file, message: `cannot read: ${errCode(e)}` };
  }
  let result: ImportResult;
  let source: SourceText;
  try {
    source = await readSource(bytes, basename(file));
    // The text extracted from the file is what the entry must hold (the lossless check compares
    // against it); the hash is the file's own bytes, so the entry still names its exact source.
    const url = source.url ?? opts.url;
    result = importText(source.text, { source: basename(file), sha256: sha256Hex(bytes), imported: opts.imported, ...(url ? { url } : {}) });
    // Plain text is what an entry without provenance.format was read from: only other formats are
    // named, so entries imported from text stay as they were (re-imports find them unchanged).
    if (source.format !== 'text') result.data.provenance.format = source.format;
    if (source.conversion) result.data.provenance.conversion = source.conversion;
  } catch (e) {
    if (e instanceof UnsupportedSource) return { status: 'skipped', file, message: e.reason };
    if (e instanceof ImportError) return { status: 'failed', file, ...(e.line ? { line: e.line } : {}), message: e.message };
    return { status: 'failed', file, message: `unexpected error: ${(e as Error)?.stack ?? e}` };
  }
  const entry = join(opts.out, `${result.slug}.mdx`);
  if (opts.dryRun) return { status: 'dry-run', file, entry, result, source };
  let content: string;
  try {
    content = serializeEntry(result.data, result.body);
  } catch (e) {
    // Metadata too large to write (a fuzz input gave thousands of deadlines, each a line long):
    // this file fails, the run goes on.
    return { status: 'failed', file, message: `unexpected error: the entry cannot be serialised: ${(e as Error)?.stack ?? e}` };
  }
  try {
    // An entry of this source exists: merged with the editors' work (reimport.ts), never clobbered.
    const existing = findEntryOf(opts.out, entry, result);
    if (existing) {
      const o = reimportEntry(existing, result, { force: opts.force });
      return o.status === 'failed' ? { ...o, file } : o.status === 'skipped' ? { ...o, file, entry: existing, result } : { ...o, file, entry: existing, result, source };
    }
    mkdirSync(opts.out, { recursive: true });
    writeWhole(entry, content);
  } catch (e) {
    return { status: 'failed', file, message: `cannot write ${relative('.', entry)}: ${errCode(e)}` };
  }
  return { status: 'written', file, entry, result, source };
}

export function formatWarning(file: string, w: Warning): string {
  return `  ! ${file}:${w.line}: ${w.field}: ${w.message}`;
}
