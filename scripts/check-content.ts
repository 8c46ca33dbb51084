/**
 * npm run check [-- <folder>]: validate every directive entry without building the site.
 * Prints each problem as file:line: field: message; exit code 1 if any.
 */
import { loadEntries } from '../src/entry/load-entries.ts';
import { formatProblem } from '../src/entry/entry-file.ts';

const dir = process.argv[2] ?? process.env.CHIDAO_CONTENT_DIR ?? 'content/directives';
const { entries, problems } = loadEntries(process.cwd(), dir);
for (const p of problems) console.error(formatProblem(p));
console.log(`${entries.length} entries valid, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
