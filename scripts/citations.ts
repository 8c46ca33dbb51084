/**
 * npm run citations -- <files or folders>: the citations found in raw directive texts, as JSON
 * (as printed, normalised key, type, issuing body, date, resolution status within the text, line).
 * Exit code 1 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { expandInputs } from '../src/import/import-files.ts';
import { readSource } from '../src/import/formats/read-source.ts';
import { citationsOfText } from '../src/import/citations-of-text.ts';

const inputs = process.argv.slice(2);
if (!inputs.length) {
  console.error('usage: npm run citations -- <files or folders>');
  process.exit(2);
}
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
