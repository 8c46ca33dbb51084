/**
 * Runs Pagefind (its Node API, the pinned binary from npm) over the built directive pages. Each
 * page marks what is indexed: the article (data-pagefind-body) minus its navigation and attribute
 * table (data-pagefind-ignore), plus the hidden record of src/components/SearchRecord.astro
 * (metadata, the đ alias, filters, sort key). Other pages are not indexed at all.
 */
import * as pagefind from 'pagefind';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** Pagefind's bundled UIs, which the site does not use (its own script is src/search/ui.ts). */
const UNUSED = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

export interface IndexResult { pages: number; seconds: number }

export async function writePagefindIndex(opts: { site: string; glob: string; outputPath: string }): Promise<IndexResult> {
  const t0 = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: opts.site, glob: opts.glob });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: opts.outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    for (const f of UNUSED) rmSync(join(opts.outputPath, f), { force: true });
    return { pages: added.page_count, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await pagefind.close();
  }
}
