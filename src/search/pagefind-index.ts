/**
 * The Pagefind index of the directive pages, in parts (parts.ts), through a cache. Each page marks
 * what is indexed: the article (data-pagefind-body) minus its navigation and attribute table
 * (data-pagefind-ignore), plus the hidden record of src/components/SearchRecord.astro (metadata,
 * the đ alias, filters, sort key). Other pages are not indexed at all.
 *
 * A part is indexed by Pagefind (its Node API, the pinned binary from npm) only when its digest —
 * Pagefind's version and options, and each page's path and bytes — is not in the cache; then
 * Pagefind drops that part's index before the next one starts, so memory is bounded by the part
 * size. The newest part is the primary bundle (outputPath); each other part is a folder in it,
 * holding only its index files (the search page merges it with Pagefind's own script and WASM).
 */
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../lib/files.ts';
import { installedVersion } from '../lib/package-version.ts';
import { placeCached } from '../lib/place-cached.ts';
import { pruneCache } from '../lib/prune-cache.ts';
import { patchMergedSearch } from './pagefind-merge.ts';
import { searchParts, type SearchPart } from './parts.ts';
import { SORT_KEY } from './record-keys.ts';

/** Pagefind's bundled UIs, which the site does not use (its own script is src/search/ui.ts). */
const UNUSED = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];
/** Pagefind's script, worker and WASM: the primary bundle's serve every part. */
const SHARED = /^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]*\.pagefind)$/;
/** The two scripts holding Pagefind's merged search (patched: pagefind-merge.ts). */
const MERGING_SCRIPTS = ['pagefind.js', 'pagefind-worker.js'];

const INDEX_OPTIONS = { forceLanguage: 'vi' } as const;
const PAGEFIND_VERSION = installedVersion('pagefind');

export interface IndexPage {
  id: string;
  /** The page's file relative to the site folder ("van-ban/x/index.html"). */
  sourcePath: string;
}

export interface IndexResult {
  pages: number;
  parts: SearchPart[];
  /** Parts Pagefind indexed in this run (the others came from the cache). */
  indexed: number;
  /** Cached parts removed: unused by this build and older than KEEP_DAYS (src/lib/prune-cache.ts). */
  pruned: number;
  seconds: number;
}

const sortKeyPattern = new RegExp(`data-pagefind-sort="${SORT_KEY}"[^>]*>([^<]*)<`);

/** The sort key a page's search record holds; an error naming the file when it has none. */
export function pageSortKey(html: string, file: string): string {
  const m = sortKeyPattern.exec(html);
  if (!m) throw new Error(`${file}: no search record sort key (data-pagefind-sort="${SORT_KEY}")`);
  return m[1]!;
}


/**
 * Pagefind's files for one part, written into `dir` (an unused folder). The part's pages are
 * hard-linked into a folder of their own (`staging`, on the cache's file system) for Pagefind to
 * read itself: at 1,700 pages 13.5 s instead of 18.1 s for the same pages sent through its Node API.
 */
async function indexPart(site: string, pages: IndexPage[], dir: string, staging: string): Promise<void> {
  rmSync(staging, { recursive: true, force: true });
  for (const p of pages) {
    mkdirSync(dirname(join(staging, p.sourcePath)), { recursive: true });
    placeCached(join(site, p.sourcePath), join(staging, p.sourcePath));
  }
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    if (pages.length) {
      const added = await index.addDirectory({ path: staging });
      if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
      if (added.page_count !== pages.length) throw new Error(`pagefind: ${added.page_count} pages indexed of the part's ${pages.length}`);
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
    rmSync(staging, { recursive: true, force: true });
  }
  for (const f of UNUSED) rmSync(join(dir, f), { force: true });
}

export async function writeSearchIndex(opts: { site: string; pages: IndexPage[]; outputPath: string; cacheDir: string; partSize: number }): Promise<IndexResult> {
  const t0 = performance.now();
  const byId = new Map<string, IndexPage & { hash: string }>();
  const docs = opts.pages.map((p) => {
    const html = readFileSync(join(opts.site, p.sourcePath));
    byId.set(p.id, { ...p, hash: createHash('sha1').update(html).digest('hex') });
    return { id: p.id, key: pageSortKey(html.toString('utf8'), p.sourcePath) };
  });
  const parts = searchParts(docs, opts.partSize);
  if (!parts.length) parts.push({ name: '', ids: [] }); // no directives: an empty index, so the search page still loads
  rmSync(opts.outputPath, { recursive: true, force: true });
  let indexed = 0;
  const used = new Set<string>();
  try {
    for (const [i, part] of parts.entries()) {
      const pages = part.ids.map((id) => byId.get(id)!);
      const digest = createHash('sha256').update(JSON.stringify({ pagefind: PAGEFIND_VERSION, options: INDEX_OPTIONS, unused: UNUSED, read: 'directory', pages: pages.map((p) => [p.sourcePath, p.hash]) })).digest('hex');
      const cached = join(opts.cacheDir, digest.slice(0, 2), digest);
      used.add(digest);
      if (!existsSync(cached)) {
        const temp = `${cached}.${process.pid}.${Date.now()}.tmp`;
        mkdirSync(dirname(cached), { recursive: true });
        await indexPart(opts.site, pages, temp, `${temp}.pages`);
        indexed++;
        try {
          renameSync(temp, cached); // whole or not at all
        } catch (e) {
          rmSync(temp, { recursive: true, force: true });
          if (!existsSync(cached)) throw e; // else another build wrote the same part first
        }
      }
      const to = i === 0 ? opts.outputPath : join(opts.outputPath, part.name);
      for (const f of listFiles(cached)) {
        if (i > 0 && SHARED.test(f)) continue;
        mkdirSync(dirname(join(to, f)), { recursive: true });
        placeCached(join(cached, f), join(to, f));
      }
    }
  } finally {
    await pagefind.close();
  }
  for (const f of MERGING_SCRIPTS) {
    const file = join(opts.outputPath, f);
    const patched = patchMergedSearch(readFileSync(file, 'utf8'), f);
    rmSync(file); // a hard link into the cache: write a new file, never through the link
    writeFileSync(file, patched);
  }
  const { removed } = pruneCache(opts.cacheDir, used);
  return { pages: opts.pages.length, parts, indexed, pruned: removed, seconds: (performance.now() - t0) / 1000 };
}
