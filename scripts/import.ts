/**
 * npm run import -- <files or folders> [--out content/directives] [--json] [--force]
 *
 * Turns raw directive text into MDX entries. --json prints the extracted metadata instead of
 * writing. Re-importing a source over its entry merges (src/import/reimport.ts): the fields the
 * importer reads are updated, the fields listed in provenance.editedFields are kept, and each entry
 * says what was updated and kept; --force takes the importer's reading whole. Every replaced entry
 * is first copied to <out>/.chidao-backups/. Sources: .txt .text .md, .docx, .pdf (text layer, or
 * OCR of a scan), .html .htm, images (OCR); folders are read recursively, and files of other kinds
 * are listed as skipped. Exit code 1 if any file failed or was skipped.
 * --url ADDRESS: the web address a single text was published at (a saved .html states its own):
 * recorded in provenance, and read for the publisher's level when the text does not give it.
 */
import { relative } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { formatProblem, readEntryFile } from '../src/entry/entry-file.ts';
import { expandInputs, formatWarning, importFile } from '../src/import/import-files.ts';
import { describeReimport } from '../src/import/reimport.ts';
import { readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: npm run import -- <files or folders> [--out content/directives] [--json] [--force] [--date YYYY-MM-DD] [--url ADDRESS]';
const { values, positionals } = readCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content/directives' },
    json: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    date: { type: 'string' },
    url: { type: 'string' },
  },
});
if (positionals.length === 0) usageError(USAGE, 'no file or folder given');
if (values.url !== undefined && !/^https?:\/\/[^/\s]+/i.test(values.url)) usageError(USAGE, `--url: "${values.url}" is not an http(s) address`);

const imported = values.date ?? new Date().toISOString().slice(0, 10);
const listed = expandInputs(positionals, { exclude: [values.out!] });
if (values.url !== undefined && listed.length !== 1) usageError(USAGE, `--url names the address of one text; ${listed.length} files were given`);
const counts = { imported: 0, updated: 0, unchanged: 0, kept: 0, failed: 0, skipped: 0 };
const json: unknown[] = [];
for (const item of listed) {
  const { file } = item;
  const o = item.status === 'listed' ? await importFile(file, { out: values.out!, force: values.force!, dryRun: values.json!, imported, ...(values.url ? { url: values.url } : {}) }) : item;
  if (o.status === 'failed' || o.status === 'skipped') {
    counts[o.status]++;
    const line = o.status === 'failed' ? o.line : undefined;
    console.error(`${o.status === 'failed' ? '✗' : '–'} ${file}${line ? `:${line}` : ''}: ${o.status === 'skipped' ? 'skipped: ' : ''}${o.message}`);
    if (values.json) json.push({ file, [o.status === 'failed' ? 'error' : 'skipped']: o.message, ...(line ? { line } : {}) });
    continue;
  }
  const warnings = o.result.warnings;
  if (values.json) {
    json.push({ file, entry: o.entry, slug: o.result.slug, metadata: o.result.data, warnings, notes: o.source.notes });
    continue;
  }
  if (o.status === 'written') counts.imported++;
  else if (o.status !== 'dry-run') counts[o.status]++;
  const verb = o.status === 'written' ? 'imported' : o.status === 'kept' ? 'kept (differs from the source; see below)' : o.status;
  const { format, conversion } = o.result.data.provenance;
  const how = format && format !== 'text' ? ` [${format}${conversion ? `, ${conversion}` : ''}]` : conversion ? ` [${conversion}]` : '';
  console.log(`✓ ${file} → ${o.entry}: ${verb}${how}${warnings.length ? ` (${warnings.length} warnings)` : ''}`);
  for (const n of o.source.notes) console.log(`  · ${file}: ${n}`);
  if ('report' in o) {
    for (const line of describeReimport(o.report, o.bodyLine)) console.log(`  · ${line}`);
    if (o.backup) console.log(`  · the previous entry is kept in ${relative('.', o.backup)}`);
  }
  for (const w of warnings) console.log(formatWarning(file, w));
  // What the check will say of the entry (a symbol its posters leave out, a size beyond a directive's), said now.
  if (o.status !== 'dry-run' && existsSync(o.entry)) {
    for (const w of readEntryFile(relative('.', o.entry), readFileSync(o.entry, 'utf8')).warnings) console.log(`  ! ${formatProblem(w)}`);
  }
}
if (values.json) console.log(JSON.stringify(json, null, 2));
console.error(Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', '));
process.exit(counts.failed || counts.skipped ? 1 : 0);
