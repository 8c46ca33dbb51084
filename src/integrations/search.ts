/**
 * Search, after the pages are written: the Pagefind index of the directive pages into pagefind/,
 * in parts through a cache (src/search/pagefind-index.ts), and the search page's classic script.
 * `npm run build` (scripts/build.ts) does it in a process of its own once Astro's has ended
 * (CHIDAO_SEARCH=after tells this integration to leave it), so Pagefind's memory never adds to
 * the peak Astro holds; a bare `astro build` still does it here, at astro:build:done. The
 * number-lookup shards are pages of their own (src/pages/tim-kiem/so/[shard].js.ts), built from
 * the citation graph like every page.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROUTES } from '../lib/links.ts';
import { bundleSearchScript } from '../search/bundle.ts';
import { writeSearchIndex, type IndexPage } from '../search/pagefind-index.ts';
import { searchPartSize } from '../search/parts.ts';
import { inStage } from '../lib/stages.ts';

/** The directive pages of a built site (van-ban/<id>/index.html). */
function directivePages(site: string): IndexPage[] {
  const dir = join(site, ROUTES.directive(''));
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => ({ id: d.name, sourcePath: `${ROUTES.directive(d.name)}index.html` }));
}

/** The merged parts the search page lists (data-parts), in its order. */
export function listedParts(searchPageHtml: string): string[] {
  const m = /<div id="tim-kiem"[^>]*?\sdata-parts(?:="([^"]*)")?[\s>]/.exec(searchPageHtml); // empty: written bare
  if (!m) throw new Error(`${ROUTES.search()}index.html: no data-parts attribute`);
  return (m[1] ?? '').split(' ').filter(Boolean);
}

/**
 * Writes the search page's script and the index of a built site, and checks the search page
 * lists the parts written. Returns the line to log.
 */
export async function indexSite(o: { root: string; site: string; cacheDir: string }): Promise<string> {
  const script = join(o.site, ROUTES.searchScript());
  mkdirSync(dirname(script), { recursive: true });
  writeFileSync(script, await bundleSearchScript(o.root));
  const r = await inStage('search', () => writeSearchIndex({
    site: o.site, pages: directivePages(o.site), outputPath: join(o.site, ROUTES.pagefind()),
    cacheDir: join(o.cacheDir, 'chidao-search'), partSize: searchPartSize(),
  }));
  // The search page merged what it was told to merge: it must be what was written.
  const page = join(o.site, ROUTES.search(), 'index.html');
  const listed = listedParts(readFileSync(page, 'utf8'));
  const written = r.parts.slice(1).map((p) => p.name);
  if (listed.join(' ') !== written.join(' ')) {
    throw new Error(`${ROUTES.search()}index.html lists search parts [${listed.join(' ')}] but the directive pages make [${written.join(' ')}]`);
  }
  return `${ROUTES.pagefind()}: ${r.pages} directive pages in ${r.parts.length} part(s), ${r.indexed} indexed, the rest from the cache${r.pruned ? ` (${r.pruned} old part(s) removed from it)` : ''}, in ${r.seconds.toFixed(1)} s`;
}

/** Set by scripts/build.ts, which indexes the site once Astro's process has ended. */
export const SEARCH_AFTER_ENV = 'CHIDAO_SEARCH';

export function search(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = join(root, 'node_modules/.astro');
  return {
    name: 'chidao-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEARCH_AFTER_ENV] === 'after') {
          logger.info('search index: written by scripts/build.ts once this process has ended');
          return;
        }
        logger.info(await indexSite({ root, site: fileURLToPath(dir), cacheDir }));
      },
    },
  };
}
