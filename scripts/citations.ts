/**
 * npm run citations -- <files or folders>: the citations found in raw directive texts, as JSON
 * (as printed, normalised key, type, issuing body, date, resolution status within the text, line).
 * Exit code 1 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { expandInputs } from '../src/import/import-files.ts';
import { decodeSource } from '../src/import/source-text.ts';
import { citationsOfText } from '../src/citations/of-text.ts';

const inputs = process.argv.slice(2);
if (!inputs.length) {
  console.error('usage: npm run citations -- <files or folders>');
  process.exit(2);
}
let failed = 0;
const out = [];
for (const file of expandInputs(inputs)) {
  try {
    out.push({ file, citations: citationsOfText(decodeSource(readFileSync(file))) });
  } catch (e) {
    failed++;
    out.push({ file, error: (e as Error).message });
  }
}
console.log(JSON.stringify(out, null, 2));
process.exit(failed ? 1 : 0);
