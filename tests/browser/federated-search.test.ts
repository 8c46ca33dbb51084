/**
 * Federated search (issue 21) on the three sites of tests/fixtures/sites, built each on its own at
 * its own address (tests/helpers/sites.ts): the commune site's search page searches the province's
 * and the central site's indexes beside its own — number lookup and full text — each result
 * labelled with its site. Over https (routed: tests/helpers/routed-sites.ts), and from the offline bundle of the
 * three sites opened from disk (file://, no server, strict file policy).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium.ts';
import { axeViolations, MISSING_CHROMIUM } from '../helpers/browser.ts';
import { ROOT } from '../helpers/seeds.ts';
import { buildSites, siteUrl, type SiteName } from '../helpers/sites.ts';
import { routeSites } from '../helpers/routed-sites.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative } from 'node:path';
import { packageSites } from '../../src/offline/bundle.ts';
import { writeOffline } from '../../src/offline/package.ts';
import { verifyFolder } from '../../src/offline/package.ts';

const CD112 = 'tai-lieu/cong-dien-112-cd-ttg-2024-11-06/';
const HD173 = 'tai-lieu/huong-dan-173-hd-btgtw-2024-11-28/';
const TW_PAGE = 'van-ban/cong-van-khong-so-2024-44cf0838/';
/** The central site's stand-in for Hướng dẫn 173-HD/BTGTW, its own directive (tests/fixtures/sites/README.md). */
const TW_173 = 'van-ban/huong-dan-173-hd-btgtw-2024-11-28/';
const TINH_06 = 'van-ban/huong-dan-06-hd-btgdvtu-2025-08-06/';
const TINH_PAGE = 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab/';
const NQ18 = 'tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/';

interface Card { href: string; site: string }
interface Shown { status: string; numbers: Card[]; hits: Card[]; note: string }

async function shown(page: Page, q: string): Promise<Shown> {
  await page.waitForFunction((w) => document.getElementById('tim-kiem')?.dataset.done === w, q, { timeout: 30_000 });
  return page.evaluate(() => {
    const cards = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].map((li) => ({
      href: li.querySelector<HTMLAnchorElement>(':scope > a.kq')!.href,
      site: li.querySelector(':scope > p.site')?.textContent ?? '',
    }));
    return {
      status: document.getElementById('tk-trang-thai')!.textContent ?? '',
      numbers: cards('#tk-so-hieu:not([hidden]) li.doc'),
      hits: cards('#tk-toan-van:not([hidden]) li.hit'),
      note: document.getElementById('tk-lien-thong')?.textContent ?? '',
    };
  });
}

/** Open the search page with a query sent in the address (number block and full text both shown). */
async function searchAt(page: Page, searchPage: string, q: string): Promise<Shown> {
  await page.goto(`${searchPage}?q=${encodeURIComponent(q)}`);
  return shown(page, q);
}

mkdirSync(join(ROOT, '.cache'), { recursive: true });
const work = process.env.CHIDAO_TEST_SITES ?? mkdtempSync(join(ROOT, '.cache', 'federated-search-'));

describe('federated search', () => {
  let sites: Record<SiteName, string>;
  let browser: Browser | undefined;
  let error: unknown;
  const errors: string[] = [];

  beforeAll(async () => {
    try {
      if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
      sites = buildSites(work);
      browser = await launchChromium();
    } catch (e) { error = e; }
  });
  afterAll(async () => {
    await browser?.close();
    if (!process.env.CHIDAO_TEST_SITES) rmSync(work, { recursive: true, force: true });
  });

  async function context(down: ReadonlySet<string> = new Set()): Promise<BrowserContext> {
    if (!browser) throw error ?? new Error('Chromium did not start');
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await routeSites(ctx, sites, down);
    ctx.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
    return ctx;
  }

  it('a number search on the commune site finds the documents of the central and province sites, labelled with their site', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const search = `${siteUrl('xa')}tim-kiem/`;
    const cd = await searchAt(page, search, '112/CĐ-TTg');
    expect(cd.note).toContain('Tìm cả trên trang của Tỉnh ủy Cao Bằng (trang thử), Cơ quan Trung ương (trang thử)');
    expect(cd.numbers).toEqual([{ href: `${siteUrl('trung-uong')}${CD112}`, site: 'trên trang của Cơ quan Trung ương (trang thử)' }]);
    // The central directive citing it, linked on the central site.
    expect(await page.locator(`#tk-so-hieu a[href="${siteUrl('trung-uong')}${TW_PAGE}"]`).count()).toBe(1);
    // Its full text too: the central directive, labelled.
    expect(cd.hits).toContainEqual({ href: `${siteUrl('trung-uong')}${TW_PAGE}`, site: 'trên trang của Cơ quan Trung ương (trang thử)' });

    // 173-HD/BTGTW: cited by the province (its page for the cited document), and published by the
    // central site (its own directive, shown too: the full text is there), in the config's order.
    const hd = await searchAt(page, search, '173-HD/BTGTW');
    expect(hd.numbers).toEqual([
      { href: `${siteUrl('tinh')}${HD173}`, site: 'trên trang của Tỉnh ủy Cao Bằng (trang thử)' },
      { href: `${siteUrl('trung-uong')}${TW_173}`, site: 'trên trang của Cơ quan Trung ương (trang thử)' },
    ]);
    expect(hd.hits).toContainEqual({ href: `${siteUrl('tinh')}${TINH_PAGE}`, site: 'trên trang của Tỉnh ủy Cao Bằng (trang thử)' });

    // 18-NQ/TW (2017) is cited on all three sites: shown once, from the commune's own lookup.
    const nq = await searchAt(page, search, '18-NQ/TW');
    expect(nq.numbers.filter((c) => c.href.endsWith(NQ18))).toEqual([{ href: `${siteUrl('xa')}${NQ18}`, site: '' }]);

    // A peer's result opens the peer's page.
    await searchAt(page, search, '173-HD/BTGTW');
    await page.locator(`#tk-so-hieu a.kq[href="${siteUrl('tinh')}${HD173}"]`).click();
    await page.waitForURL(`${siteUrl('tinh')}${HD173}`);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/173-HD\/BTGTW/);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('a peer that cannot be reached is named; the page still searches itself and the other peer', async () => {
    const ctx = await context(new Set(['tinh']));
    const page = await ctx.newPage();
    const search = `${siteUrl('xa')}tim-kiem/`;
    // Only the central site's own 173-HD/BTGTW is left: the province's page for it is not reached.
    const hd = await searchAt(page, search, '173-HD/BTGTW');
    expect(hd.numbers).toEqual([{ href: `${siteUrl('trung-uong')}${TW_173}`, site: 'trên trang của Cơ quan Trung ương (trang thử)' }]);
    expect(hd.note).toContain('Không tải được chỉ mục tìm kiếm của Tỉnh ủy Cao Bằng (trang thử)');
    const cd = await searchAt(page, search, '112/CĐ-TTg');
    expect(cd.numbers.map((c) => c.href)).toEqual([`${siteUrl('trung-uong')}${CD112}`]);
    expect(cd.hits.map((c) => c.href)).toContain(`${siteUrl('trung-uong')}${TW_PAGE}`);
    const words = await searchAt(page, search, 'Lâm Văn Diễn');
    expect(words.hits[0]!.href).toBe(`${siteUrl('xa')}van-ban/ke-hoach-khong-so-khong-ngay-d1f5bbac/`);
    expect(words.hits.filter((c) => c.href.startsWith(siteUrl('tinh')))).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('off unless asked: the central site searches no peer (its peers have search off)', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    // The province publishes 06-HD/BTGDVTU (and the commune cites it); the central site does neither.
    const hd = await searchAt(page, `${siteUrl('trung-uong')}tim-kiem/`, '06-HD/BTGDVTU');
    expect(await page.locator('#tim-kiem').getAttribute('data-peers')).toBeNull();
    expect(hd.note).toBe('');
    expect(hd.numbers).toEqual([]);
    expect(hd.hits).toEqual([]);
    // The same query where the province is searched: its directive is found there.
    const fromXa = await searchAt(page, `${siteUrl('xa')}tim-kiem/`, '06-HD/BTGDVTU');
    expect(fromXa.numbers).toContainEqual({ href: `${siteUrl('tinh')}${TINH_06}`, site: 'trên trang của Tỉnh ủy Cao Bằng (trang thử)' });
    await ctx.close();
  });

  it('the commune search page with peers\' results passes axe at 360 and 1280 px', async () => {
    const ctx = await context();
    for (const width of [360, 1280]) {
      const page = await ctx.newPage();
      await page.setViewportSize({ width, height: 900 });
      await searchAt(page, `${siteUrl('xa')}tim-kiem/`, '112/CĐ-TTg');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
    await ctx.close();
  });

  it('from the offline bundle of the three sites opened from disk: the commune search finds the others\' documents, and their links open the sibling folder', async () => {
    if (!browser) throw error ?? new Error('Chromium did not start');
    const r = await packageSites([sites.xa, sites.tinh, sites['trung-uong']]);
    expect(r.problems).toEqual([]);
    expect(r.sites.map((s) => s.folder)).toEqual(['xa', 'tinh', 'trung-uong']);
    const dir = join(work, 'ban sao USB');
    await writeOffline(r.files, dir, join(work, 'bundle.zip'));
    expect(verifyFolder(dir).ok).toBe(true);
    const requests: string[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    ctx.on('request', (q) => requests.push(q.url()));
    ctx.on('page', (p) => {
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => { if (m.type() === 'error') errors.push(`${p.url()}: ${m.text()}`); });
    });
    const page = await ctx.newPage();
    const inCopy = (href: string) => relative(dir, fileURLToPath(href.split(/[?#]/)[0]!)).split('\\').join('/');
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    expect(await page.locator('main, body').first().textContent()).toContain('Cơ quan Trung ương (trang thử)');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    const search = pathToFileURL(join(dir, 'xa/tim-kiem/index.html')).href;
    const cd = await searchAt(page, search, '112/CĐ-TTg');
    expect(cd.note).toContain('Tìm cả trên trang của Tỉnh ủy Cao Bằng (trang thử), Cơ quan Trung ương (trang thử)');
    expect(cd.numbers.map((c) => ({ ...c, href: inCopy(c.href) }))).toEqual([{ href: `trung-uong/${CD112}index.html`, site: 'trên trang của Cơ quan Trung ương (trang thử)' }]);
    expect(cd.hits.map((c) => ({ ...c, href: inCopy(c.href) }))).toContainEqual({ href: `trung-uong/${TW_PAGE}index.html`, site: 'trên trang của Cơ quan Trung ương (trang thử)' });
    const hd = await searchAt(page, search, '173-HD/BTGTW');
    expect(hd.numbers.map((c) => inCopy(c.href))).toEqual([`tinh/${HD173}index.html`, `trung-uong/${TW_173}index.html`]);
    await page.locator('#tk-so-hieu a.kq').first().click();
    await page.waitForURL((u) => u.href.endsWith(`tinh/${HD173}index.html`));
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/173-HD\/BTGTW/);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
