/**
 * The "nothing lost" audit of a build (src/audit): every entry of a content folder has its page
 * in the build folder, with every paragraph of its text, and every slogan is in the gallery and
 * has its page. The build runs the same audit (src/integrations/audit.ts); this runs it on any
 * pair of folders, to check a build or time the audit.
 *
 *   npm run audit -- [--content content/directives] [--dist dist] [--processes n]
 *
 * Exit status 1 if anything is missing (every problem listed with its file and line), else 0.
 */
import { numberOption, readCommandLine } from './lib/arguments.ts';
import { resolve } from 'node:path';
import { auditMessage, startAudit } from '../src/audit/run.ts';

const USAGE = 'usage: npm run audit -- [--content content/directives] [--dist dist] [--processes n] [--max 200]';
const { values } = readCommandLine(USAGE, {
  options: {
    content: { type: 'string', default: process.env.CHIDAO_CONTENT_DIR ?? 'content/directives' },
    dist: { type: 'string', default: 'dist' },
    /** Helper processes (default: one per core, up to 4, from 400 entries). */
    processes: { type: 'string' },
    max: { type: 'string', default: '200' },
  },
});

const processes = numberOption(USAGE, 'processes', values.processes, { min: 1 });
const max = numberOption(USAGE, 'max', values.max)!;

const t = performance.now();
const run = startAudit({ root: process.cwd(), contentDir: values.content!, ...(processes ? { readers: processes, checkers: processes } : {}) });
try {
  const r = await run.check(resolve(values.dist!));
  const total = (performance.now() - t) / 1000;
  if (r.problems.length) console.error(auditMessage(r.problems, max));
  console.log(`nothing lost: ${r.entries} entries, ${r.paragraphs} paragraphs, ${r.slogans} slogans audited against ${values.dist}: ${r.problems.length} problem(s); ${total.toFixed(2)} s (entries read in ${r.readSeconds.toFixed(2)} s, build checked in ${r.checkSeconds.toFixed(2)} s)`);
  process.exitCode = r.problems.length ? 1 : 0;
} finally {
  await run.close();
}
