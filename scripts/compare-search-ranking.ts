/**
 * How far the search parts (src/search/parts.ts) move relevance ranking from one index:
 *
 *   node scripts/compare-search-ranking.ts <dist> [query …]
 *
 * Indexes the build's directive pages once more as a single Pagefind index (into
 * <dist>/pagefind-single/, removed after), then runs each query in Chromium against that index and
 * against the site's merged parts (its own patched pagefind.js), and prints, per query: the result
 * counts, how many of the single index's top 10 are in the parts' top 10, how many of the parts'
 * top 10 are in the single index's top 20, and where the single index's top 3 rank in the parts'
 * results (0: not in the first 100). A measurement, not a test: report it with the corpus.
 */
import * as pagefind from 'pagefind';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { listedParts } from '../src/integrations/search.ts';
import { ROUTES } from '../src/lib/links.ts';
import { readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: node scripts/compare-search-ranking.ts <dist> [query …]';
const { positionals: [distArg, ...rest] } = readCommandLine(USAGE, { options: {}, allowPositionals: true });
if (!distArg) usageError(USAGE, 'the build folder is missing');
const dist = resolve(distArg);
const queries = rest.length ? rest : ['tuyên truyền', 'chi dao', 'nghị quyết trung ương', 'an toàn giao thông', 'chuyển đổi số', 'phòng chống tham nhũng', 'bầu cử', 'biển đảo', 'dân vận khéo', 'kỷ niệm ngày thành lập'];
const parts = listedParts(readFileSync(join(dist, ROUTES.search(), 'index.html'), 'utf8'));
const single = join(dist, 'pagefind-single');

const t0 = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
const added = await index!.addDirectory({ path: dist, glob: `${ROUTES.directive('*')}index.html` });
await index!.writeFiles({ outputPath: single });
await pagefind.close();
console.log(`single index: ${added.page_count} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s; the site: ${parts.length + 1} part(s)`);

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/${ROUTES.search()}`);
  const rows = await page.evaluate(async ({ queries, parts, bundle }) => {
    const weights = JSON.parse(document.getElementById('tim-kiem')!.dataset.weights ?? '{}');
    const options = { baseUrl: '/', ranking: { metaWeights: weights } };
    type PF = { options(o: object): Promise<void>; init(): Promise<void>; mergeIndex(p: string, o: object): Promise<void>; search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }> };
    const load = (path: string) => import(path) as Promise<PF>;
    const one = await load('/pagefind-single/pagefind.js');
    const merged = await load(`/${bundle}pagefind.js`);
    await one.options(options); await one.init();
    await merged.options(options); await merged.init();
    for (const p of parts) await merged.mergeIndex(`/${bundle}${p}/`, options);
    const urls = (r: { results: Array<{ data(): Promise<{ url: string }> }> }, n: number) => Promise.all(r.results.slice(0, n).map(async (x) => (await x.data()).url));
    const out = [];
    for (const q of queries) {
      const a = await one.search(q);
      const b = await merged.search(q);
      const [a10, a20, b10, b100] = [await urls(a, 10), await urls(a, 20), await urls(b, 10), await urls(b, 100)];
      out.push({
        query: q, results: `${a.results.length} / ${b.results.length}`,
        'top 10 shared': b10.filter((u) => a10.includes(u)).length,
        'parts top 10 in single top 20': b10.filter((u) => a20.includes(u)).length,
        'single top 3 ranked in parts': a10.slice(0, 3).map((u) => b100.indexOf(u) + 1).join(', '),
      });
    }
    return out;
  }, { queries, parts, bundle: ROUTES.pagefind() });
  console.table(rows);
  const mean = (k: 'top 10 shared' | 'parts top 10 in single top 20') => (rows.reduce((n, r) => n + r[k], 0) / rows.length).toFixed(1);
  console.log(`mean top 10 shared: ${mean('top 10 shared')}; mean parts top 10 in single top 20: ${mean('parts top 10 in single top 20')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(single, { recursive: true, force: true });
}
