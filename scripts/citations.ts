/**
 * npm run citations -- <files or folders>: the citations found in raw directive texts, as JSON
 * (as printed, normalised key, type, issuing body, date, subject, resolution status within the text, line).
 * Exit code 1 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { expandInputs } from '../src/import/import-files.ts';
import { readSource } from '../src/import/formats/read-source.ts';
import { citationsOfText } from '../src/import/citations-of-text.ts';
import { readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: npm run citations -- <files or folders>';
const { positionals: inputs } = readCommandLine(USAGE, { options: {}, allowPositionals: true });
if (!inputs.length) usageError(USAGE, 'no file or folder given');
let failed = 0;
const out = [];
for (const item of expandInputs(inputs)) {
  const { file } = item;
  if (item.status !== 'listed') {
    failed++;
    out.push({ file, error: item.status === 'skipped' ? `skipped: ${item.message}` : item.message });
    continue;
  }
  try {
    out.push({ file, citations: citationsOfText((await readSource(readFileSync(file), file)).text) });
  } catch (e) {
    failed++;
    out.push({ file, error: (e as Error).message });
  }
}
console.log(JSON.stringify(out, null, 2));
process.exit(failed ? 1 : 0);
