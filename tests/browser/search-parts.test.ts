/**
 * The search index in parts (src/search/parts.ts): the same corpus — the seeds and 40 generated
 * directives — built with one index and with parts of at most 6 pages, searched in Chromium.
 * The parts must find the same pages (every page of results, "more" clicked to the end), in the
 * same date order when sorted newest first, with a filter and without words, over http and from
 * file:// in the offline copy. Ranking by relevance may differ (Pagefind scores each part with
 * its own statistics): only the sets are compared in that order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openSite, type Site } from '../helpers/browser.ts';
import { astroBuild } from '../helpers/build.ts';
import { makeOfflineCopy } from '../helpers/offline.ts';
import { ROOT } from '../helpers/seeds.ts';
import { pageSortKey } from '../../src/search/pagefind-index.ts';
import { listedParts } from '../../src/integrations/search.ts';

const DAY = '2026-11-23';
const PART_SIZE = 6;
mkdirSync(join(ROOT, '.cache'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.cache', 'search-parts-test-'));

function run(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

function build(content: string, dist: string, env: Record<string, string>): string {
  const r = astroBuild(dist, { CHIDAO_CONTENT_DIR: content, CHIDAO_CACHE_DIR: join(work, `cache-${env.CHIDAO_SEARCH_PART_SIZE ?? 'one'}`), CHIDAO_TODAY: DAY, CHIDAO_POSTERS: '0', ...env });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return r.stdout;
}

/** Every full-text hit of the query, in order: "more" is pressed until the list is whole. */
async function allHits(page: Page, q: string, sort: '' | 'moi', filter: Record<string, string> = {}): Promise<{ hits: string[]; status: string }> {
  const params = new URLSearchParams({ ...(q ? { q } : {}), ...filter, ...(sort ? { sap_xep: sort } : {}) });
  await page.goto(`${page.url().split('?')[0]}?${params}`);
  await page.waitForFunction((w) => document.getElementById('tim-kiem')?.dataset.done === w, q, { timeout: 30_000 });
  // Enter: a query that reads as a number shows the number block first; the full text on request.
  await page.press('#tk-q', 'Enter');
  await page.waitForFunction((w) => document.getElementById('tim-kiem')?.dataset.done === w, q, { timeout: 30_000 });
  for (let i = 0; i < 100 && await page.isVisible('#tk-toan-van button.more'); i++) {
    const before = await page.locator('#tk-toan-van li.hit').count();
    await page.click('#tk-toan-van button.more');
    await page.waitForFunction((n) => document.querySelectorAll('#tk-toan-van li.hit').length > n, before);
  }
  return page.evaluate(() => ({
    hits: [...document.querySelectorAll<HTMLAnchorElement>('#tk-toan-van li.hit > a.kq')].map((a) => decodeURI(a.href).replace(/^.*\/(van-ban\/[^/]+\/).*$/, '$1')),
    status: document.getElementById('tk-trang-thai')!.textContent ?? '',
  }));
}

const QUERIES: Array<[string, Record<string, string>]> = [['chi dao', {}], ['tuyên truyền', {}], ['nghị quyết', { loai: 'Kế hoạch' }], ['', { loai: 'Hướng dẫn' }]];

describe('search index in parts', () => {
  let one: string;
  let parts: string;
  let partsLog: string;
  let key: Map<string, string>;
  let sites: Site[] = [];

  beforeAll(async () => {
    const raw = join(work, 'raw');
    const content = join(work, 'content');
    run([resolve(ROOT, '../shared/bench/make-corpus.mjs'), '--count', '40', '--out', raw, '--format', 'txt']);
    // The ground truth beside the texts, not among them (the importer would skip it and exit 1).
    renameSync(join(raw, 'manifest.json'), join(work, 'manifest.json'));
    run([join(ROOT, 'scripts/import.ts'), raw, '--out', content, '--date', DAY]);
    cpSync(join(ROOT, 'content/directives'), content, { recursive: true });
    one = join(work, 'dist-one');
    parts = join(work, 'dist-parts');
    build(content, one, {});
    partsLog = build(content, parts, { CHIDAO_SEARCH_PART_SIZE: String(PART_SIZE) });
    key = new Map(readdirSync(join(parts, 'van-ban')).map((id) => {
      const file = `van-ban/${id}/index.html`;
      return [`van-ban/${id}/`, pageSortKey(readFileSync(join(parts, file), 'utf8'), file)];
    }));
    sites = [await openSite(one), await openSite(parts)];
  }, 600_000);
  afterAll(async () => {
    for (const s of sites) await s.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('writes parts of at most the part size, newest first, each listed once on the search page', () => {
    const listed = listedParts(readFileSync(join(parts, 'tim-kiem/index.html'), 'utf8'));
    const pages = key.size;
    expect(pages).toBe(43);
    expect(partsLog).toMatch(new RegExp(`${pages} directive pages in ${listed.length + 1} part\\(s\\), ${listed.length + 1} indexed`));
    expect(listed.length + 1).toBeGreaterThanOrEqual(Math.ceil(pages / PART_SIZE));
    let total = 0;
    for (const [i, name] of ['', ...listed].entries()) {
      const entry = JSON.parse(readFileSync(join(parts, 'pagefind', name, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      const count = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
      expect(count, name).toBeLessThanOrEqual(PART_SIZE);
      total += count;
      // Merged parts hold only their index: Pagefind's script and WASM come from the primary bundle.
      const files = readdirSync(join(parts, 'pagefind', name));
      expect(files.some((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(f)), name).toBe(i === 0);
    }
    expect(total).toBe(pages);
    // One index: no part folders, nothing to merge.
    expect(listedParts(readFileSync(join(one, 'tim-kiem/index.html'), 'utf8'))).toEqual([]);
  });

  for (const [q, filter] of QUERIES) {
    const label = `"${q}"${Object.keys(filter).length ? ` ${JSON.stringify(filter)}` : ''}`;
    it(`${label}: the same pages as one index; newest first in the same date order`, async () => {
      const [webOne, webParts] = await Promise.all(sites.map((s) => s.open('/tim-kiem/', 1280)));
      const a = await allHits(webOne!, q, '', filter);
      const b = await allHits(webParts!, q, '', filter);
      expect(a.hits.length).toBeGreaterThan(1);
      expect(new Set(a.hits).size).toBe(a.hits.length);
      expect([...b.hits].sort()).toEqual([...a.hits].sort());
      expect(b.status).toBe(a.status);

      const sa = await allHits(webOne!, q, 'moi', filter);
      const sb = await allHits(webParts!, q, 'moi', filter);
      expect([...sb.hits].sort()).toEqual([...a.hits].sort());
      const keys = (hits: string[]) => hits.map((h) => key.get(h)!);
      expect(keys(sb.hits)).toEqual(keys(sa.hits));
      expect(keys(sb.hits)).toEqual([...keys(sb.hits)].sort().reverse());
      await webOne!.close();
      await webParts!.close();
    });
  }

  it('the offline copy of the parts build searches from file:// with the same results and order', async () => {
    const copy = await makeOfflineCopy(parts);
    expect(existsSync(join(copy.dir, 'pagefind'))).toBe(true);
    const page = await sites[1]!.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(pathToFileURL(join(copy.dir, 'tim-kiem/index.html')).href);
    const web = await sites[1]!.open('/tim-kiem/', 1280);
    for (const sort of ['', 'moi'] as const) {
      const disk = await allHits(page, 'chi dao', sort);
      const http = await allHits(web, 'chi dao', sort);
      expect(disk.hits, sort).toEqual(http.hits);
    }
    expect(errors).toEqual([]);
  });
});
