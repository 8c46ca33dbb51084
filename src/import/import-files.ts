/**
 * The importer over files: expand folders, import each source, write entries without clobbering
 * hand edits. One bad file never stops the others; each outcome names its file.
 */
import { existsSync, readdirSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { decodeSource, ImportError } from './source-text.ts';
import { importText, sha256Hex, type ImportResult } from './import-text.ts';
import { serializeEntry } from '../entry/entry-file.ts';
import type { Warning } from './extract.ts';
import { findEntryOf, reimportEntry } from './reimport-file.ts';
import { writeWhole } from '../lib/write-whole.ts';
import type { ReimportReport } from './reimport.ts';

export type Outcome =
  | { status: 'written' | 'dry-run'; file: string; entry: string; result: ImportResult }
  | { status: 'unchanged' | 'kept' | 'updated'; file: string; entry: string; result: ImportResult; report: ReimportReport; backup?: string; bodyLine: number }
  | { status: 'skipped'; file: string; entry: string; result: ImportResult; message: string }
  | { status: 'failed'; file: string; line?: number; message: string };

export interface ImportFilesOptions {
  out: string;
  force: boolean;
  /** Do not write (for --json). */
  dryRun: boolean;
  imported: string;
}

const SOURCE_EXTENSIONS = /\.(txt|text|md)$/i;

export function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) { files.push(input); continue; } // reported as failed on read
    if (statSync(input).isDirectory()) {
      for (const name of readdirSync(input).sort()) {
        const p = join(input, name);
        if (statSync(p).isFile() && SOURCE_EXTENSIONS.test(name)) files.push(p);
      }
    } else files.push(input);
  }
  return files;
}

export function importFile(file: string, opts: ImportFilesOptions): Outcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { status: 'failed', file, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  let result: ImportResult;
  try {
    const text = decodeSource(bytes);
    result = importText(text, { source: basename(file), sha256: sha256Hex(bytes), imported: opts.imported });
  } catch (e) {
    if (e instanceof ImportError) return { status: 'failed', file, ...(e.line ? { line: e.line } : {}), message: e.message };
    return { status: 'failed', file, message: `unexpected error: ${(e as Error).stack ?? e}` };
  }
  const entry = join(opts.out, `${result.slug}.mdx`);
  if (opts.dryRun) return { status: 'dry-run', file, entry, result };
  const content = serializeEntry(result.data, result.body);
  try {
    // An entry of this source exists: merged with the editors' work (reimport.ts), never clobbered.
    const existing = findEntryOf(opts.out, entry, result);
    if (existing) {
      const o = reimportEntry(existing, result, { force: opts.force });
      return o.status === 'failed' ? { ...o, file } : { ...o, file, entry: existing, result };
    }
    mkdirSync(opts.out, { recursive: true });
    writeWhole(entry, content);
  } catch (e) {
    return { status: 'failed', file, message: `cannot write ${relative('.', entry)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  return { status: 'written', file, entry, result };
}

export function formatWarning(file: string, w: Warning): string {
  return `  ! ${file}:${w.line}: ${w.field}: ${w.message}`;
}
