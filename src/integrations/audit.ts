/**
 * "Nothing lost" (src/audit): the build fails unless every entry has its directive page (and no
 * page is without an entry), every paragraph of every entry is in its page's text, in order, and
 * every slogan is in the gallery with a page of its own. Every problem is listed with its entry
 * file and line.
 *
 * The entries are read from astro:build:start on, by helper processes on all cores but one, while
 * Astro builds the pages; at astro:build:done only the pages are read and compared (src/audit/run.ts).
 * What reading an entry gave is kept in Astro's cache folder (chidao-audit/): a rebuild parses only
 * the entries whose file changed (10,000 parses, most of a rebuild's CPU time, otherwise); every
 * page is checked in every build.
 * Listed last, so it audits the pages as the other integrations leave them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { auditMessage, startAudit, type AuditRun } from '../audit/run.ts';
import { inStage } from '../lib/stages.ts';

export class NothingLostError extends Error {
  override name = 'NothingLostError';
}

export function audit(options: { contentDir?: string } = {}): AstroIntegration {
  let root = process.cwd();
  let cacheDir: string | undefined;
  let run: AuditRun | undefined;
  const start = () => startAudit({
    root,
    contentDir: options.contentDir ?? process.env.CHIDAO_CONTENT_DIR ?? 'content/directives',
    besideBuild: true,
    ...(cacheDir ? { cacheDir: join(cacheDir, 'chidao-audit') } : {}),
  });
  return {
    name: 'chidao-audit',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = config.cacheDir ? fileURLToPath(config.cacheDir) : undefined;
      },
      'astro:build:start': () => { run = start(); },
      'astro:build:done': ({ dir, logger }) => inStage('audit', async () => {
        const r = run ?? start();
        run = undefined;
        try {
          const report = await r.check(fileURLToPath(dir));
          if (report.problems.length) throw new NothingLostError(auditMessage(report.problems));
          logger.info(`nothing lost: ${report.entries} directive pages, ${report.paragraphs} paragraphs, ${report.slogans} slogans checked in ${report.checkSeconds.toFixed(1)} s (entries read in ${report.readSeconds.toFixed(1)} s, during the build)`);
        } finally {
          await r.close();
        }
      }),
    },
  };
}
