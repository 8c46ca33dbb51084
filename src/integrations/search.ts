/**
 * Search, after the pages are written (astro:build:done): the Pagefind index of the directive
 * pages into pagefind/, and the search page's classic script. The number-lookup shards are pages of
 * their own (src/pages/tim-kiem/so/[shard].js.ts), built from the citation graph like every page.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROUTES } from '../lib/links.ts';
import { bundleSearchScript } from '../search/bundle.ts';
import { writePagefindIndex } from '../search/pagefind-index.ts';
import { inStage } from '../lib/stages.ts';

export function search(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'chidao-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const script = join(site, ROUTES.searchScript());
        mkdirSync(dirname(script), { recursive: true });
        writeFileSync(script, await bundleSearchScript(root));
        const r = await inStage('search', () => writePagefindIndex({
          site, glob: `${ROUTES.directive('*')}index.html`, outputPath: join(site, ROUTES.pagefind()),
        }));
        logger.info(`${ROUTES.pagefind()}: ${r.pages} directive pages indexed in ${r.seconds.toFixed(1)} s`);
      },
    },
  };
}
