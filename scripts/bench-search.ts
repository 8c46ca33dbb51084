/**
 * Search benchmark: bytes transferred and time to results after the last keystroke, in Chromium,
 * over http on localhost, on a built site (a synthetic corpus: see the usage below).
 *
 *   node scripts/bench-search.ts <dist> [--runs 3] [--delay 80] [query …]
 *
 * Make a corpus: node ../shared/bench/make-corpus.mjs --count 1000 --out RAW --format txt;
 * node scripts/import.ts RAW --out CONTENT --date 2026-11-23;
 * CHIDAO_CONTENT_DIR=CONTENT node node_modules/astro/bin/astro.mjs build --outDir DIST.
 *
 * Each run opens the search page in a fresh browser context (empty cache), focuses the box (which
 * starts loading Pagefind, as a reader's click does) and types the query key by key (`--delay` ms
 * apart) — "cold" bytes are everything the page loaded, itself included; then, in the same page,
 * the next query ("warm": library loaded, bytes of that query only). The server counts every
 * byte it sends, the worker's requests included; "gzip" is what the same files weigh compressed
 * (Pagefind's index files are gzip already), for a server that compresses. Times come from the
 * page: from the last keydown to the number block (data-number-done) and to the full results
 * (data-done, first page of full-text hits with excerpts). Long tasks show whether the page froze.
 * A query written "enter:18-NQ/TW" is typed, then Enter is pressed (timed from Enter): a number
 * query's full-text search, which the page runs only on request.
 * Not a test: figures vary with the machine; report them with the machine and the corpus size.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/chromium.ts';
import { listedParts } from '../src/integrations/search.ts';
import { numberOption, readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: node scripts/bench-search.ts <dist with tim-kiem/> [--runs N] [--delay MS] [--files] [query …]';
const { values, positionals } = readCommandLine(USAGE, {
  options: { runs: { type: 'string', default: '3' }, delay: { type: 'string', default: '80' }, files: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const runs = numberOption(USAGE, 'runs', values.runs, { min: 1 })!;
const delay = numberOption(USAGE, 'delay', values.delay)!;
const showFiles = values.files;
const [dist, ...args] = positionals;
if (!dist || !existsSync(join(dist, 'tim-kiem/index.html'))) usageError(USAGE, dist ? `${dist}: no tim-kiem/index.html (not a build of the site)` : 'the build folder is missing');
// "enter:<query>": type it, then press Enter (a number query's full-text search, on request).
const queries = args.length ? args : ['18-NQ/TW', '8144/BTTTT-TTCS', '59/CD-UBND', '08-HD/BTGTU', 'NQ 18', '18', 'enter:18-NQ/TW', 'enter:8144/BTTTT-TTCS', 'chi dao', 'tuyên truyền', 'nghị quyết'];

// --- a static server that counts what it sends ---------------------------------------------------
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
let log: { path: string; bytes: number; gzip: number }[] = [];
const gzCache = new Map<string, number>();
const gzipped = (file: string, body: Buffer) => {
  let n = gzCache.get(file);
  if (n === undefined) {
    // Pagefind's .pf_* and .pagefind files are gzip streams already.
    n = /\.(pf_\w+|pagefind)$/.test(file) ? body.length : gzipSync(body, { level: 6 }).length;
    gzCache.set(file, n);
  }
  return n;
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  const body = readFileSync(file);
  log.push({ path, bytes: body.length, gzip: gzipped(file, body) });
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
  res.end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// --- in-page timing ----------------------------------------------------------------------------------
const INIT = () => {
  const w = window as unknown as { __b: { lastKey: number; marks: Record<string, number>; long: number[] } };
  w.__b = { lastKey: 0, marks: {}, long: [] };
  addEventListener('keydown', () => { w.__b.lastKey = performance.now(); w.__b.marks = {}; w.__b.long = []; }, true);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__b.long.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
  addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('tim-kiem');
    if (!root) return;
    new MutationObserver((ms) => {
      for (const m of ms) {
        const v = root.getAttribute(m.attributeName!);
        if (v !== null && v !== '' && !(m.attributeName! in w.__b.marks)) w.__b.marks[m.attributeName!] = performance.now();
      }
    }).observe(root, { attributes: true, attributeFilter: ['data-number-done', 'data-done'] });
  });
};

const kb = (n: number) => (n / 1024).toFixed(0);
interface Row { query: string; cold: boolean; number?: number; all: number; bytes: number; gzip: number; requests: number; longest: number; hits: number }
const rows: Row[] = [];
const browser = await launchChromium();

async function measure(page: import('playwright-core').Page, query: string, cold: boolean): Promise<Row> {
  if (!cold) {
    await page.fill('#tk-q', '');
    await page.waitForTimeout(300);
    log = [];
  }
  const enter = query.startsWith('enter:');
  const typed = enter ? query.slice('enter:'.length) : query;
  const expected = typed.normalize('NFC').replace(/\s+/g, ' ').trim();
  const done = () => page.waitForFunction((q) => document.getElementById('tim-kiem')!.dataset.done === q, expected, { timeout: 120_000, polling: 10 });
  await page.locator('#tk-q').pressSequentially(typed, { delay });
  await done();
  if (enter) { // then Enter: the full-text search too (timed from the Enter key)
    await page.press('#tk-q', 'Enter');
    await done();
  }
  await page.waitForTimeout(200); // late requests (prefetches) still count
  const b = await page.evaluate(() => (window as unknown as { __b: { lastKey: number; marks: Record<string, number>; long: number[] } }).__b);
  const hits = await page.$$eval('#tk-ket-qua a.kq', (as) => as.length);
  const row: Row = {
    query, cold, all: b.marks['data-done']! - b.lastKey,
    bytes: log.reduce((s, r) => s + r.bytes, 0), gzip: log.reduce((s, r) => s + r.gzip, 0), requests: log.length,
    longest: Math.max(0, ...b.long), hits,
  };
  if (b.marks['data-number-done'] !== undefined) row.number = b.marks['data-number-done'] - b.lastKey;
  if (showFiles) console.log(`${query} (${cold ? 'cold' : 'warm'}):\n${log.map((r) => `  ${kb(r.bytes).padStart(5)} KiB  ${r.path}`).join('\n')}`);
  return row;
}

for (let run = 0; run < runs; run++) {
  for (const [i, query] of queries.entries()) {
    const context = await browser.newContext();
    await context.addInitScript(INIT);
    const page = await context.newPage();
    log = []; // cold: everything the page loads counts, the page itself included
    await page.goto(`${base}/tim-kiem/`, { waitUntil: 'load' });
    await page.focus('#tk-q');
    rows.push(await measure(page, query, true));
    rows.push(await measure(page, queries[(i + 1) % queries.length]!, false));
    await context.close();
  }
}
await browser.close();
server.close();

// --- report ------------------------------------------------------------------------------------------
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
// The index may come in parts (src/search/parts.ts): the primary bundle and the folders the search page merges.
const parts = ['', ...listedParts(readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8')).map((p) => `${p}/`)];
const pages = parts.reduce((n, p) => n + JSON.parse(readFileSync(join(dist, `pagefind/${p}pagefind-entry.json`), 'utf8')).languages.vi.page_count, 0);
console.log(`# search benchmark: ${pages} directive pages in ${parts.length} index part(s), ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${runs} run(s), keys ${delay} ms apart`);
console.log('query | cache | number block ms | all results ms | KiB sent (raw) | KiB if gzip | requests | longest task ms | results');
console.log('---|---|---|---|---|---|---|---|---');
for (const cold of [true, false]) {
  for (const query of queries) {
    const rs = rows.filter((r) => r.query === query && r.cold === cold);
    if (!rs.length) continue;
    const n = rs.filter((r) => r.number !== undefined).map((r) => r.number!);
    console.log([
      query, cold ? 'cold' : 'warm', n.length ? median(n).toFixed(0) : '—', median(rs.map((r) => r.all)).toFixed(0),
      kb(median(rs.map((r) => r.bytes))), kb(median(rs.map((r) => r.gzip))), median(rs.map((r) => r.requests)),
      median(rs.map((r) => r.longest)), rs[0]!.hits,
    ].join(' | '));
  }
}
