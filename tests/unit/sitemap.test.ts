/**
 * The sitemap past the limits of sitemaps.org (50,000 URLs and 50 MB a file): the build writes
 * sitemap.xml as an index of sitemap-N.xml parts, each within both limits; below them, one
 * sitemap.xml as before. The integration's hook is run on a synthetic list of built pages.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { sitemap } from '../../src/integrations/sitemap.ts';
import { SITEMAP_LIMITS, sitemapChunks, sitemapFiles } from '../../src/feeds/sitemap.ts';
import { tempDir } from '../helpers/temp.ts';

const SITE = 'https://chidao.example';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
const pages = (n: number) => Array.from({ length: n }, (_, i) => ({ pathname: `van-ban/${String(i).padStart(6, '0')}/` }));

/** Runs the integration's hooks as Astro would, on `count` built pages, into a fresh folder. */
async function buildSitemap(count: number, dir = tempDir('sitemap')): Promise<string> {
  const hooks = sitemap().hooks as Record<string, (arg: unknown) => unknown>;
  const logger = { info: () => {}, warn: () => {} };
  await hooks['astro:config:done']!({ config: { site: SITE, base: '/' }, logger });
  await hooks['astro:build:done']!({ pages: pages(count), dir: pathToFileURL(`${dir}/`), logger });
  return dir;
}

describe('sitemap integration', () => {
  it('past 50,000 pages: sitemap.xml is an index of parts of at most 50,000 URLs each', async () => {
    const dir = await buildSitemap(120_001);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    const index = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(index)).toBe(true);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index)).toEqual([`${SITE}/sitemap-1.xml`, `${SITE}/sitemap-2.xml`, `${SITE}/sitemap-3.xml`]);
    const parts = ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'].map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(parts.map((p) => locs(p).length)).toEqual([50_000, 50_000, 20_001]);
    expect(parts.every((p) => p.startsWith('<?xml') && p.includes('<urlset'))).toBe(true);
    // Every page once, in order, across the parts.
    expect(parts.flatMap(locs)).toEqual(pages(120_001).map((p) => `${SITE}/${p.pathname}`));
  });

  it('up to 50,000 pages: one sitemap.xml, and the parts of a larger earlier build are removed', async () => {
    const dir = tempDir('sitemap');
    writeFileSync(join(dir, 'sitemap-7.xml'), 'stale');
    writeFileSync(join(dir, 'sitemap-notes.xml'), 'not ours');
    await buildSitemap(50_000, dir);
    expect(readdirSync(dir).sort()).toEqual(['sitemap-notes.xml', 'sitemap.xml']);
    const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    expect(xml).toContain('<urlset');
    expect(locs(xml)).toHaveLength(50_000);
  });
});

describe('sitemap files (pure)', () => {
  const names = { main: 'sitemap.xml', part: (n: number) => `sitemap-${n}.xml`, url: (p: string) => `${SITE}/${p}` };
  const urls = (n: number, pad = 0) => Array.from({ length: n }, (_, i) => `${SITE}/van-ban/${String(i).padStart(6, '0')}${'x'.repeat(pad)}/`);

  it('50,000 URLs make one file, 50,001 an index and two parts', () => {
    expect(sitemapFiles(urls(50_000), names).map((f) => f.path)).toEqual(['sitemap.xml']);
    const files = sitemapFiles(urls(50_001), names);
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(files.slice(1).map((f) => locs(f.xml).length)).toEqual([50_000, 1]);
  });

  it('past 50 MB, fewer than 50,000 URLs are split too, every part within 50 MB', () => {
    // 40,000 URLs of ~1,400 bytes: about 57 MB in one <urlset>.
    const long = urls(40_000, 1_360);
    const files = sitemapFiles(long, names);
    expect(files.length).toBe(3);
    for (const f of files.slice(1)) expect(Buffer.byteLength(f.xml)).toBeLessThanOrEqual(SITEMAP_LIMITS.bytes);
    expect(files.slice(1).flatMap((f) => locs(f.xml))).toEqual(long);
  });

  it('cuts at the exact limits: no part over, each part as full as allowed', () => {
    const limits = { urls: 3, bytes: 10_000 };
    expect(sitemapChunks(urls(7), limits).map((c) => c.length)).toEqual([3, 3, 1]);
    const one = Buffer.byteLength(sitemapFiles(urls(1), names)[0]!.xml);
    const two = Buffer.byteLength(sitemapFiles(urls(2), names)[0]!.xml);
    // Room for exactly two URLs a file.
    expect(sitemapChunks(urls(5), { urls: 100, bytes: two }).map((c) => c.length)).toEqual([2, 2, 1]);
    expect(sitemapChunks(urls(5), { urls: 100, bytes: two - 1 }).map((c) => c.length)).toEqual([1, 1, 1, 1, 1]);
    expect(() => sitemapChunks(urls(1), { urls: 100, bytes: one - 1 })).toThrow(/cannot fit/);
  });

  it('duplicates are dropped and the order is sorted before cutting; no page gives one empty file', () => {
    const u = urls(5);
    expect(sitemapChunks([...u].reverse().concat(u), { urls: 2, bytes: 1e6 })).toEqual([[u[0], u[1]], [u[2], u[3]], [u[4]]]);
    expect(sitemapFiles([], names).map((f) => [f.path, locs(f.xml).length])).toEqual([['sitemap.xml', 0]]);
  });
});
