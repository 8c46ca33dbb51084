/**
 * npm run bulletin -- --month 2024-12 [--out FILE.pdf] [--dist DIR]: the month's issue of the
 * bulletin (Bản tin Thông báo nội bộ) printed to an A4 PDF from a finished build, by Debian's
 * Chromium. The build must exist (npm run build) and hold an issue for that month.
 */
import { writeFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { readCommandLine, usageError } from './lib/arguments.ts';
import { bulletinProblem, printBulletin } from './lib/bulletin-pdf.ts';
import { parseIssueSlug } from '../src/bulletin/issues.ts';

const USAGE = 'usage: npm run bulletin -- --month YYYY-MM [--out FILE.pdf] [--dist DIR]\n' +
  '  writes the month\'s bulletin issue as an A4 PDF (default ban-tin-YYYY-MM.pdf) from the build in DIR (default dist/; run `npm run build` first)';
const { values } = readCommandLine(USAGE, {
  options: { month: { type: 'string' }, out: { type: 'string' }, dist: { type: 'string' } },
});
if (values.month === undefined) usageError(USAGE, '--month is missing');
const month = parseIssueSlug(values.month);
if (!month) usageError(USAGE, `--month ${JSON.stringify(values.month)}: expected a year and month written YYYY-MM, e.g. 2024-12`);
const slug = values.month.trim();
const dist = (values.dist ?? 'dist').replace(/\/+$/, '') || '/';
const out = values.out ?? `ban-tin-${slug}.pdf`;

const problem = bulletinProblem(dist, slug);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const pdf = await printBulletin(dist, slug);
writeFileSync(out, pdf);
const pages = (await getDocumentProxy(pdf.slice())).numPages;
console.log(`${out}: bulletin ${slug}, ${pages} A4 page${pages === 1 ? '' : 's'}, ${Math.round(pdf.byteLength / 1024)} kB`);
