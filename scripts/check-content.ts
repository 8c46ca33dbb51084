/**
 * npm run check [-- <content folder>] [--dist <build folder>]
 *  1. validates every directive entry (file:line: field: message), exit 1 on any problem — all that
 *     could stop the build for one entry: metadata, body, links, file names, characters no poster
 *     can draw; warns (exit 0) of what the build survives: a symbol a poster leaves out, sizes;
 *  2. lists citations left ambiguous (several documents bear the number) or known by number only
 *     (no date, no term), with file and line — for an editor to settle; not an error;
 *  3. when a build exists (dist/ or --dist), fails on any internal link pointing to nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadEntries } from '../src/entry/load-entries.ts';
import { formatProblem } from '../src/entry/entry-file.ts';
import { buildGraph } from '../src/graph/build.ts';
import { documentLabel } from '../src/graph/document-labels.ts';
import { brokenInternalLinks } from '../src/audit/internal-links.ts';
import { readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: npm run check [-- <content folder>] [--dist <build folder>] [--base /sub/]';
const { values, positionals } = readCommandLine(USAGE, { allowPositionals: true, options: { dist: { type: 'string' }, base: { type: 'string' } } });
if (positionals.length > 1) usageError(USAGE, `one content folder only (also given: ${positionals.slice(1).join(' ')})`);
const dir = positionals[0] ?? process.env.CHIDAO_CONTENT_DIR ?? 'content/directives';
const { entries, problems, warnings } = loadEntries(process.cwd(), dir);
for (const p of problems) console.error(formatProblem(p));
for (const w of warnings) console.error(`${formatProblem(w)} (warning)`);
console.log(`${entries.length} entries valid, ${problems.length} problem(s), ${warnings.length} warning(s)`);

const graph = buildGraph(entries);
const files = new Map(entries.map((e) => [e.id, e.file]));
let ambiguous = 0, numberOnly = 0;
for (const refs of graph.references.values()) {
  for (const r of refs) {
    if (!r) continue;
    if (r.status === 'ambiguous') {
      ambiguous++;
      console.log(`${files.get(r.from)}:${r.line}: ambiguous: "${r.raw}" may be ${r.candidates!.map((c) => documentLabel(graph.documents.get(c)!)).join(' or ')}`);
    } else if (r.target && r.status !== 'named') {
      const d = graph.documents.get(r.target)!;
      if (!d.entry && !d.date && !d.term) {
        numberOnly++;
        console.log(`${files.get(r.from)}:${r.line}: unresolved: "${r.raw}" — no date or term anywhere for ${d.number?.printed}`);
      }
    }
  }
}
console.log(`${graph.documents.size} documents, ${ambiguous} ambiguous citation(s), ${numberOnly} known by number only`);

const dist = values.dist ?? 'dist';
let broken = 0;
if (existsSync(join(dist, 'index.html'))) {
  const links = brokenInternalLinks(dist, values.base ?? process.env.CHIDAO_BASE ?? '/');
  for (const l of links) console.error(`${dist}/${l.page}: broken link: ${l.href}`);
  broken = links.length;
  console.log(`internal links in ${dist}/: ${broken} broken`);
} else {
  console.log(`no build in ${dist}/: internal links not checked`);
}
process.exit(problems.length || broken ? 1 : 0);
