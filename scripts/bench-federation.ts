/**
 * Federated search at scale, simulated on this machine (issue 21):
 *
 *   npm run bench:federation -- [--count 1000] [--sizes 1,10,100] [--runs 3] [--work DIR] [--full ID,…]
 *
 * The benchmark corpus (../shared/bench/make-corpus.mjs, --count directives) is split by issuer into
 * sites: one central site (every central issuer), one site per province (its province-level and
 * district-level issuers), one per commune. The commune with the most directives is the searching
 * site; its peers, in cascade order, are the central site, the 10 largest provinces, then the
 * largest communes — up to (largest size − 1) peers.
 *
 * What is built how:
 * - the searching site: a full `npm run build` (posters off) of its directives (imported with
 *   scripts/import.ts), its content/site.yaml listing every peer with `search: true` — timed;
 * - every peer: only what a peer's search needs — its Pagefind bundle indexed from records
 *   (Pagefind's Node API, addCustomRecord: the directive's text with its title, number, type, date
 *   and issuer; not its built page), its number-lookup shards (its directives and the documents they
 *   cite, from the corpus manifest) and its tim-kiem/chi-muc.js — timed per site. `--full ID,…`
 *   builds the listed peers in full as well, for the full build time of a large site.
 * Then for each size N (the searching site and N − 1 peers: its search page served with the peer
 * list cut to N − 1), in Chromium, each query in a fresh context (empty cache): bytes fetched
 * (own site, peers) and time, for a number typed (number block), the same number's full text
 * (Enter: every index merged) and words. Every site is served by one local HTTP server at
 * http://<id>.chidao.test:<port>/ (Chromium resolves the names to it), no compression, no caching.
 * Not a test: figures vary with the machine and its load; report them with both.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { CHROMIUM } from './lib/chromium.ts';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { statSync } from 'node:fs';
import { numberOption, readCommandLine } from './lib/arguments.ts';
import { parseDocumentNumber } from '../src/model/document-number.ts';
import { shardLookup, shardScript } from '../src/search/number-lookup.ts';
import type { LookupDoc } from '../src/search/number-match.ts';
import { SEARCH_INDEX_VERSION, searchIndexScript } from '../src/search/federation.ts';
import { ROUTES } from '../src/lib/links.ts';

const USAGE = 'usage: npm run bench:federation -- [--count 1000] [--sizes 1,10,100] [--runs 3] [--work DIR] [--full ID,…]';
const { values } = readCommandLine(USAGE, {
  options: {
    count: { type: 'string', default: '1000' }, sizes: { type: 'string', default: '1,10,100' }, runs: { type: 'string', default: '3' },
    work: { type: 'string' }, full: { type: 'string', default: '' },
  },
});
const count = numberOption(USAGE, 'count', values.count, { min: 10 })!;
const runs = numberOption(USAGE, 'runs', values.runs, { min: 1 })!;
const sizes = values.sizes.split(',').map((s) => numberOption(USAGE, 'sizes', s, { min: 1 })!);
const ROOT = resolve(import.meta.dirname, '..');
const work = resolve(values.work ?? join(ROOT, '.cache', `bench-federation-${count}`));
const node = process.execPath;

interface Directive { id: string; file: string; typeName: string; number: string | null; date: string | null; issuer: string; level: string; title: string; cites: Array<{ number: string; date: string | null; target?: string }> }
interface SiteGroup { id: string; office: string; docs: Directive[] }

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(node, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return r.stdout;
}

// --- the corpus, split by issuer ------------------------------------------------------------------
const raw = join(work, 'raw');
if (!existsSync(join(work, 'manifest.json'))) {
  rmSync(raw, { recursive: true, force: true });
  run([resolve(ROOT, '../shared/bench/make-corpus.mjs'), '--count', String(count), '--out', raw, '--format', 'txt']);
  renameSync(join(raw, 'manifest.json'), join(work, 'manifest.json'));
}
const manifest = JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8')) as { directives: Directive[] };
const all = manifest.directives;
const byId = new Map(all.map((d) => [d.id, d]));

const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
function siteOf(d: Directive): { id: string; office: string; level: string } {
  if (d.level === 'central') return { id: 'trung-uong', office: 'Các cơ quan Trung ương', level: 'central' };
  const province = /\(([^)]+)\)$/.exec(d.issuer)?.[1] ?? d.issuer.replace(/^.*?(Tỉnh ủy|Thành ủy|tỉnh|thành phố) /, '');
  if (d.level === 'commune') {
    const commune = d.issuer.replace(/^(Đảng ủy|Ủy ban nhân dân) xã /, '').replace(/ \(.*\)$/, '');
    return { id: `xa-${slug(commune)}-${slug(province)}`, office: `Xã ${commune} (${province})`, level: 'commune' };
  }
  return { id: `tinh-${slug(province)}`, office: `Tỉnh ${province}`, level: 'province' };
}
const groups = new Map<string, SiteGroup & { level: string }>();
for (const d of all) {
  const s = siteOf(d);
  const g = groups.get(s.id) ?? { id: s.id, office: s.office, level: s.level, docs: [] };
  g.docs.push(d);
  groups.set(s.id, g);
}
const bySize = (level: string) => [...groups.values()].filter((g) => g.level === level).sort((a, b) => b.docs.length - a.docs.length || (a.id < b.id ? -1 : 1));
const communes = bySize('commune');
const own = communes[0]!;
const maxPeers = Math.max(...sizes) - 1;
const peers = [...bySize('central'), ...bySize('province').slice(0, 10), ...communes.slice(1)].slice(0, maxPeers);
if (peers.length < maxPeers) throw new Error(`only ${peers.length} peer sites in ${count} directives; ${maxPeers} needed (raise --count)`);
// One local HTTP server answers every site by its Host name (<id>.chidao.test), which Chromium
// resolves to it (--host-resolver-rules): each site its own origin, as in a deployment, with no
// request interception in the way. Started first: the sites' addresses carry its port.
let serverPort = 0;
const siteUrl = (id: string) => `http://${id}.chidao.test:${serverPort}/`;
let counted = { own: 0, peers: 0, requests: 0 };
let peerCount = 0;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const id = (req.headers.host ?? '').split('.')[0]!;
  const url = new URL(req.url ?? '/', 'http://x');
  const dist = id === own.id ? join(work, 'full', own.id, 'dist') : join(work, 'sites', id);
  let file = join(dist, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  const body = id === own.id && url.pathname === `/${ROUTES.search()}` ? Buffer.from(pageWithPeers(peerCount)) : readFileSync(file);
  if (id === own.id) counted.own += body.length; else counted.peers += body.length;
  counted.requests++;
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
serverPort = (server.address() as AddressInfo).port;

// --- each peer: Pagefind from records, number lookup, search file --------------------------------
const sitesDir = join(work, 'sites');
const KEY = (d: { number: string | null }) => parseDocumentNumber(d.number ?? '');
function lookupFor(g: SiteGroup): LookupDoc[] {
  const docs = new Map<string, LookupDoc>();
  const mine = new Set(g.docs.map((d) => d.id));
  for (const d of g.docs) {
    const n = KEY(d);
    if (n.seq === null) continue;
    docs.set(d.id, { k: n.key, s: n.seq, p: d.number!, u: ROUTES.directive(d.id), n: 0, c: [], g: ROUTES.number(n.key), e: 1, h: d.title, i: d.issuer, ...(d.date ? { d: d.date } : {}) });
  }
  for (const d of g.docs) {
    for (const c of d.cites) {
      const t = c.target ? byId.get(c.target) : undefined;
      if (!t || mine.has(t.id)) continue;
      const n = KEY(t);
      if (n.seq === null) continue;
      const rec = docs.get(t.id) ?? { k: n.key, s: n.seq, p: t.number!, u: `tai-lieu/${t.id}/`, n: 0, c: [], g: ROUTES.number(n.key), i: t.issuer, ...(t.date ? { d: t.date } : {}) };
      rec.n++;
      if (rec.c.length < 5) rec.c.push([ROUTES.directive(d.id), `${d.typeName} ${d.number ?? d.title}`]);
      docs.set(t.id, rec);
    }
  }
  return [...docs.values()].sort((a, b) => a.s - b.s || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
}

async function peerSite(g: SiteGroup): Promise<{ seconds: number; bytes: number }> {
  const dir = join(sitesDir, g.id);
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  for (const d of g.docs) {
    const text = readFileSync(join(raw, d.file), 'utf8');
    const r = await index.addCustomRecord({
      url: `/${ROUTES.directive(d.id)}`, content: text, language: 'vi',
      meta: { title: d.title, ...(d.number ? { number: d.number } : {}), type: d.typeName, issuer: d.issuer, ...(d.date ? { date: d.date } : {}) },
      sort: { date: d.date ?? '0000' },
    });
    if (r.errors.length) throw new Error(r.errors.join('; '));
  }
  const w = await index.writeFiles({ outputPath: join(dir, ROUTES.pagefind()) });
  if (w.errors.length) throw new Error(w.errors.join('; '));
  await index.deleteIndex();
  const { starts, shards } = shardLookup(lookupFor(g));
  mkdirSync(join(dir, ROUTES.numberShards()), { recursive: true });
  let bytes = 0;
  shards.forEach((docs, i) => { const t = shardScript(i, docs); bytes += t.length; writeFileSync(join(dir, ROUTES.numberShard(i)), t); });
  writeFileSync(join(dir, ROUTES.searchIndex()), searchIndexScript({ v: SEARCH_INDEX_VERSION, id: g.id, office: g.office, parts: [], starts }));
  return { seconds: (performance.now() - t0) / 1000, bytes };
}

const fullBuild = (g: SiteGroup, peerList: SiteGroup[]): number => {
  const base = join(work, 'full', g.id);
  const content = join(base, 'directives');
  const rawOwn = join(base, 'raw');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(rawOwn, { recursive: true });
  for (const d of g.docs) copyFileSync(join(raw, d.file), join(rawOwn, d.file));
  run([join(ROOT, 'scripts/import.ts'), rawOwn, '--out', content, '--date', '2026-12-07']);
  const yaml = [`id: ${g.id}`, `office: "${g.office}"`, 'peers:', ...peerList.map((p) => `  - { id: ${p.id}, name: "${p.office}", url: "${siteUrl(p.id)}", search: true }`), ''].join('\n');
  writeFileSync(join(base, 'site.yaml'), peerList.length ? yaml : `id: ${g.id}\noffice: "${g.office}"\n`);
  const t0 = performance.now();
  run([join(ROOT, 'scripts/build.ts'), '--outDir', join(base, 'dist')], {
    CHIDAO_CONTENT_DIR: content, CHIDAO_SITE_CONFIG: join(base, 'site.yaml'), CHIDAO_CACHE_DIR: join(base, 'cache'),
    CHIDAO_SITE: siteUrl(g.id).slice(0, -1), CHIDAO_POSTERS: '0', CHIDAO_TODAY: '2026-12-07',
  });
  return (performance.now() - t0) / 1000;
};

console.error(`bench-federation: ${count} directives → ${groups.size} sites; searching site ${own.id} (${own.docs.length} directives), ${peers.length} peers`);
const peerTimes: Array<{ id: string; docs: number; seconds: number }> = [];
for (const [i, g] of peers.entries()) {
  const r = await peerSite(g);
  peerTimes.push({ id: g.id, docs: g.docs.length, seconds: r.seconds });
  if (i % 10 === 0) console.error(`  peer ${i + 1}/${peers.length}: ${g.id} (${g.docs.length} directives) ${r.seconds.toFixed(1)} s`);
}
await pagefind.close();
const ownBuild = fullBuild(own, peers);
const fullTimes: Array<{ id: string; docs: number; seconds: number }> = [{ id: own.id, docs: own.docs.length, seconds: ownBuild }];
for (const id of values.full.split(',').filter(Boolean)) {
  const g = groups.get(id);
  if (!g) throw new Error(`--full ${id}: no such site`);
  fullTimes.push({ id, docs: g.docs.length, seconds: fullBuild(g, []) });
  console.error(`  full build of ${id} (${g.docs.length} directives): ${fullTimes.at(-1)!.seconds.toFixed(1)} s`);
}
console.error(`  full build of ${own.id}: ${ownBuild.toFixed(1)} s`);

// --- measuring in Chromium --------------------------------------------------------------------------
const ownDist = join(work, 'full', own.id, 'dist');
const searchHtml = readFileSync(join(ownDist, ROUTES.search(), 'index.html'), 'utf8');
/** The searching site's search page with its peer list cut to `n` (the policy keeps every origin). */
function pageWithPeers(n: number): string {
  return searchHtml.replace(/\sdata-peers="([^"]*)"/, (_, attr: string) => {
    if (n === 0) return '';
    const list = JSON.parse(attr.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as unknown[];
    return ` data-peers="${JSON.stringify(list.slice(0, n)).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  });
}
// A number of the central site's (a peer from N = 2), and words.
const central = bySize('central')[0]!.docs.find((d) => KEY(d).seq !== null && !d.number!.includes('Đ'))!;
const QUERIES: Array<{ label: string; q: string; how: 'number' | 'enter' | 'words' }> = [
  { label: `number typed (${central.number})`, q: central.number!, how: 'number' },
  { label: `its full text (Enter)`, q: central.number!, how: 'enter' },
  { label: 'words (tuyên truyền)', q: 'tuyên truyền', how: 'words' },
];
interface Row { n: number; label: string; ms: number[]; own: number[]; peers: number[]; requests: number[]; found: number[] }
const rows: Row[] = [];
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--host-resolver-rules=MAP *.chidao.test 127.0.0.1`],
});
try {
  for (const n of sizes) {
    for (const query of QUERIES) {
      const row: Row = { n, label: query.label, ms: [], own: [], peers: [], requests: [], found: [] };
      for (let i = 0; i < runs; i++) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        peerCount = n - 1;
        const page = await ctx.newPage();
        await page.goto(`${siteUrl(own.id)}${ROUTES.search()}`);
        counted = { own: 0, peers: 0, requests: 0 };
        const done = (key: 'done' | 'numberDone') => page.waitForFunction(([k, w]) => document.getElementById('tim-kiem')?.dataset[k!] === w, [key, query.q], { timeout: 600_000 });
        let t0 = performance.now();
        if (query.how === 'words') {
          await page.fill('#tk-q', query.q);
          t0 = performance.now();
          await page.press('#tk-q', 'Enter');
          await done('done');
        } else {
          await page.fill('#tk-q', query.q);
          t0 = performance.now();
          await done('numberDone');
          if (query.how === 'enter') {
            await done('done');
            counted = { own: 0, peers: 0, requests: 0 };
            t0 = performance.now();
            await page.press('#tk-q', 'Enter');
            await done('done');
          }
        }
        row.ms.push(performance.now() - t0);
        row.own.push(counted.own); row.peers.push(counted.peers); row.requests.push(counted.requests);
        row.found.push(await page.locator(query.how === 'number' ? '#tk-so-hieu:not([hidden]) li.doc' : '#tk-toan-van:not([hidden]) li.hit').count());
        await ctx.close();
      }
      rows.push(row);
      console.error(`  N=${n} ${query.label}: ${median(row.ms).toFixed(0)} ms, ${(median(row.own) / 1024).toFixed(0)} + ${(median(row.peers) / 1024).toFixed(0)} KiB, ${median(row.requests)} requests`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; }
const kib = (n: number) => (n / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const sorted = [...peerTimes].sort((a, b) => a.seconds - b.seconds);
const out = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end; ${new Date().toISOString().slice(0, 16)} UTC.`,
  `Corpus: ${count} generated directives → ${groups.size} sites by issuer; searching site ${own.id} (${own.docs.length} directives); peers in cascade order: ${peers.slice(0, 1).map((p) => `${p.id} (${p.docs.length})`).join('')}, 10 provinces (${peers.slice(1, 11).map((p) => p.docs.length).join(', ')} directives), then ${Math.max(0, peers.length - 11)} communes (${peers.slice(11).map((p) => p.docs.length).reduce((a, b) => a + b, 0)} directives).`,
  '',
  '| site | directives | what | seconds |',
  '|---|---:|---|---:|',
  ...fullTimes.map((f) => `| ${f.id} | ${f.docs} | full \`npm run build\`, posters off | ${f.seconds.toFixed(1)} |`),
  ...(peers.length ? [`| ${peers.length} peers | ${sum(peers.map((p) => p.docs.length))} | Pagefind from records + number shards, per site: min / median / max | ${sorted[0]!.seconds.toFixed(2)} / ${sorted[Math.floor(sorted.length / 2)]!.seconds.toFixed(2)} / ${sorted.at(-1)!.seconds.toFixed(2)} |`] : []),
  ...(peers.length ? [`| central peer | ${peers[0]!.docs.length} | Pagefind from records + number shards | ${peerTimes[0]!.seconds.toFixed(2)} |`] : []),
  '',
  `| N sites | query | median ms | own KiB | peers' KiB | requests | results shown |`,
  '|---:|---|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.n} | ${r.label} | ${median(r.ms).toFixed(0)} | ${kib(median(r.own))} | ${kib(median(r.peers))} | ${median(r.requests)} | ${median(r.found)} |`),
  '',
  `${runs} cold runs each (fresh context); bytes as sent, uncompressed (Pagefind's index files are gzip already).`,
].join('\n');
writeFileSync(join(work, 'result.md'), `${out}\n`);
console.log(out);
