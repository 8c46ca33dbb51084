/**
 * npm run verify-offline -- <folder>: checks an offline copy against its SHA256SUMS (every file
 * listed present and unchanged, no file added). Exit code 0 when it matches, 1 otherwise.
 */
import { resolve } from 'node:path';
import { verifyFolder } from '../src/offline/package.ts';
import { readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: npm run verify-offline -- <folder of the offline copy>';
const { positionals } = readCommandLine(USAGE, { options: {}, allowPositionals: true });
const [folder, ...more] = positionals;
if (!folder) usageError(USAGE, 'the folder of the offline copy is missing');
if (more.length) usageError(USAGE, `one folder only (also given: ${more.join(' ')})`);
try {
  const r = verifyFolder(resolve(folder));
  for (const p of r.changed) console.error(`changed: ${p}`);
  for (const p of r.missing) console.error(`missing: ${p}`);
  for (const p of r.extra) console.error(`extra: ${p}`);
  if (r.ok) console.log(`OK: ${r.checked} files match SHA256SUMS`);
  else console.error(`FAILED: ${r.changed.length} changed, ${r.missing.length} missing, ${r.extra.length} extra (${r.checked} checked)`);
  process.exit(r.ok ? 0 : 1);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
}
