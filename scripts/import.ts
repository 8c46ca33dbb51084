/**
 * npm run import -- <files or folders> [--out content/directives] [--json] [--force]
 *
 * Turns raw directive text into MDX entries. --json prints the extracted metadata instead of
 * writing. An existing entry that differs from what the importer would write (edited by hand) is
 * kept unless --force. Sources: .txt .text .md, .docx, .pdf (text layer, or OCR of a scan), .html
 * .htm, images (OCR); folders are read recursively. Exit code 1 if any file failed or was skipped.
 */
import { parseArgs } from 'node:util';
import { expandInputs, formatWarning, importFile } from '../src/import/import-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content/directives' },
    json: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    date: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.log('usage: npm run import -- <files or folders> [--out content/directives] [--json] [--force] [--date YYYY-MM-DD]');
  process.exit(positionals.length === 0 && !values.help ? 2 : 0);
}

const imported = values.date ?? new Date().toISOString().slice(0, 10);
const listed = expandInputs(positionals, { exclude: [values.out!] });
const counts = { imported: 0, unchanged: 0, kept: 0, failed: 0, skipped: 0 };
const json: unknown[] = [];
for (const item of listed) {
  const { file } = item;
  const o = item.status === 'listed' ? await importFile(file, { out: values.out!, force: values.force!, dryRun: values.json!, imported }) : item;
  if (o.status === 'failed') {
    counts.failed++;
    console.error(`✗ ${file}${o.line ? `:${o.line}` : ''}: ${o.message}`);
    if (values.json) json.push({ file, error: o.message, ...(o.line ? { line: o.line } : {}) });
    continue;
  }
  if (o.status === 'skipped') {
    counts.skipped++;
    console.error(`– ${file}: skipped: ${o.reason}`);
    if (values.json) json.push({ file, skipped: o.reason });
    continue;
  }
  const warnings = o.result.warnings;
  const { format, conversion } = o.result.data.provenance;
  if (values.json) {
    counts.imported++;
    json.push({ file, entry: o.entry, slug: o.result.slug, metadata: o.result.data, warnings, notes: o.source.notes });
    continue;
  }
  if (o.status === 'written') counts.imported++;
  else if (o.status === 'unchanged') counts.unchanged++;
  else if (o.status === 'kept-edited') counts.kept++;
  const verb = { written: 'imported', unchanged: 'unchanged', 'kept-edited': 'kept (edited by hand; --force to overwrite)', 'dry-run': '' }[o.status];
  const how = format && format !== 'text' ? ` [${format}${conversion ? `, ${conversion}` : ''}]` : conversion ? ` [${conversion}]` : '';
  console.log(`✓ ${file} → ${o.entry}: ${verb}${how}${warnings.length ? ` (${warnings.length} warnings)` : ''}`);
  for (const n of o.source.notes) console.log(`  · ${file}: ${n}`);
  for (const w of warnings) console.log(formatWarning(file, w));
}
if (values.json) console.log(JSON.stringify(json, null, 2));
console.error(`${counts.imported} imported, ${counts.unchanged} unchanged, ${counts.kept} kept, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed || counts.skipped ? 1 : 0);
