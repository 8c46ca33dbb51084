/**
 * After the build (astro:build:done), every HTML page of the output gets its Content-Security-
 * Policy meta tag (csp.ts): the hashes of that page's own inline styles, and 'wasm-unsafe-eval'
 * on the search page only. Ours rather than Astro's `security.csp`: that one gives every page
 * the hashes of every page's styles plus Astro's island scripts (none of which the site uses),
 * cannot scope a source to one page without code in the page, and writes its tag after the
 * title and meta tags; ours is exact per page and first in <head> after the charset.
 * Runs after the search integration (listed after it in astro.config.mjs), which writes pages'
 * neighbours (the Pagefind bundle, the search script), not pages.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/files.ts';
import { ROUTES } from '../lib/links.ts';
import { withCsp } from './csp.ts';

/** Pages (paths in the output, "/"-separated) where Pagefind's WebAssembly may be compiled. */
export const WASM_PAGES: ReadonlySet<string> = new Set([`${ROUTES.search()}index.html`]);

/** Every .html file under a folder, "/"-separated relative paths, sorted. */
export function htmlFiles(root: string): string[] {
  return listFiles(root).filter((p) => p.endsWith('.html'));
}

export function csp(): AstroIntegration {
  return {
    name: 'chidao-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const t0 = performance.now();
        const files = htmlFiles(site);
        for (const f of files) {
          const file = join(site, f);
          try {
            writeFileSync(file, withCsp(readFileSync(file, 'utf8'), { wasm: WASM_PAGES.has(f) }).html);
          } catch (e) {
            throw new Error(`${f}: ${(e as Error).message}`);
          }
        }
        const s = ((performance.now() - t0) / 1000).toFixed(1);
        logger.info(`Content-Security-Policy on ${files.length} pages in ${s} s ('wasm-unsafe-eval' on ${[...WASM_PAGES].join(', ')})`);
      },
    },
  };
}
