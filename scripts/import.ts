/**
 * npm run import -- <files or folders> [--out content/directives] [--json] [--force]
 *
 * Turns raw directive text into MDX entries. --json prints the extracted metadata instead of
 * writing. An existing entry that differs from what the importer would write (edited by hand) is
 * kept unless --force. Exit code 1 if any file failed.
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
const files = expandInputs(positionals);
let failed = 0;
const json: unknown[] = [];
for (const file of files) {
  const o = importFile(file, { out: values.out!, force: values.force!, dryRun: values.json!, imported });
  if (o.status === 'failed') {
    failed++;
    console.error(`✗ ${file}${o.line ? `:${o.line}` : ''}: ${o.message}`);
    if (values.json) json.push({ file, error: o.message, ...(o.line ? { line: o.line } : {}) });
    continue;
  }
  const warnings = o.result.warnings;
  if (values.json) {
    json.push({ file, entry: o.entry, slug: o.result.slug, metadata: o.result.data, warnings });
    continue;
  }
  const verb = { written: 'imported', unchanged: 'unchanged', 'kept-edited': 'kept (edited by hand; --force to overwrite)', 'dry-run': '' }[o.status];
  console.log(`✓ ${file} → ${o.entry}: ${verb}${warnings.length ? ` (${warnings.length} warnings)` : ''}`);
  for (const w of warnings) console.log(formatWarning(file, w));
}
if (values.json) console.log(JSON.stringify(json, null, 2));
console.error(`${files.length - failed} imported, ${failed} failed`);
process.exit(failed ? 1 : 0);
