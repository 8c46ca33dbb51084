/**
 * The offline copy opened from disk (file://) in Debian's Chromium, with NO server running and the
 * browser's file:// policy left strict (scripts/lib/chromium.ts passes no flag relaxing it; the
 * first test proves it: fetch() and import() of a sibling file are refused). Reading is done with
 * JavaScript switched off; search finds the same documents, in the same order, as the web edition
 * over http (measured first, its server closed before the copy is opened). Every request the pages
 * make is recorded: none may be http(s).
 *
 * Chromium missing → every test fails with the reason (as tests/helpers/browser.ts does).
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium.ts';
import { MISSING_CHROMIUM, openSite } from '../helpers/browser.ts';
import { makeOfflineCopy, type OfflineCopy } from '../helpers/offline.ts';
import { OPEN_FILE } from '../../src/offline/pages.ts';

const SEED_001 = 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab/index.html';
const NQ18 = ['tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/index.html', 'tai-lieu/nghi-quyet-18-nq-tw-2022-06-16/index.html'];
const QUERIES = ['18-NQ/TW', 'chi dao'];

interface Shown { numbers: string[]; order: string[]; status: string }

/** Type a query in the search page and read the result links once it is done (as search.test.ts). */
async function search(page: Page, q: string, toPath: (href: string) => string): Promise<Shown & { ms: number }> {
  await page.fill('#tk-q', '');
  const t0 = Date.now();
  await page.locator('#tk-q').pressSequentially(q, { delay: 5 });
  await page.waitForFunction((w) => document.getElementById('tim-kiem')?.dataset.done === w, q, { timeout: 30_000 });
  const ms = Date.now() - t0;
  const r = await page.evaluate(() => {
    const hrefs = (sel: string) => [...document.querySelectorAll<HTMLAnchorElement>(sel)].map((a) => a.href);
    return { numbers: hrefs('#tk-so-hieu:not([hidden]) li.doc > a.kq'), order: hrefs('#tk-ket-qua a.kq'), status: document.getElementById('tk-trang-thai')!.textContent ?? '' };
  });
  return { numbers: r.numbers.map(toPath), order: r.order.map(toPath), status: r.status, ms };
}

describe('offline copy from file:// in Chromium', () => {
  let browser: Browser | undefined;
  let copy: OfflineCopy;
  let error: unknown;
  const web = new Map<string, Shown>();
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    try {
      if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
      // The web edition's answers, over http; its server is closed before the copy is opened.
      const site = await openSite(inject('dist'));
      try {
        const page = await site.open('/tim-kiem/', 1280);
        for (const q of QUERIES) {
          const r = await search(page, q, (h) => { const p = new URL(h).pathname.slice(1); return p === '' || p.endsWith('/') ? `${p}index.html` : p; });
          web.set(q, { numbers: r.numbers, order: r.order, status: r.status });
        }
      } finally { await site.close(); }
      copy = await makeOfflineCopy(inject('dist'));
      browser = await launchChromium();
    } catch (e) { error = e; }
  });
  afterAll(async () => {
    await browser?.close();
  });

  const ready = () => { if (!browser) throw error ?? new Error('Chromium did not start'); return browser; };
  const url = (file: string) => pathToFileURL(`${copy.dir}/${file}`).href;
  const inCopy = (href: string) => relative(copy.dir, fileURLToPath(href.split(/[?#]/)[0]!)).split('\\').join('/');
  async function context(javaScriptEnabled: boolean): Promise<BrowserContext> {
    const ctx = await ready().newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
    ctx.on('request', (r) => requests.push(r.url()));
    ctx.on('page', (p) => {
      p.on('pageerror', (e) => pageErrors.push(e.message));
      // The search script catches its errors and logs them: a swallowed failure is a failure here.
      p.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`${p.url()}: ${m.text()}`); });
    });
    return ctx;
  }

  it('the file:// policy is strict: fetch() and import() of a sibling file are refused', async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    await page.goto(url('index.html'));
    const r = await page.evaluate(async () => {
      const out: string[] = [];
      try { await fetch('rss.xml'); out.push('fetch allowed'); } catch { out.push('fetch refused'); }
      try { await import('./pagefind/pagefind-offline.js' as string); out.push('import allowed'); } catch { out.push('import refused'); }
      return out;
    });
    expect(r).toEqual(['fetch refused', 'import refused']);
    await ctx.close();
    pageErrors.length = 0; // the refusals above are logged as errors: expected here only
  });

  it('reading without JavaScript: Mở trang chủ → home → seed 001 → a citation → the cited document → back', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(url(OPEN_FILE));
    await page.waitForURL((u) => u.href.endsWith('/index.html'));
    expect(inCopy(page.url())).toBe('index.html');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Văn bản chỉ đạo');

    await page.locator(`a[href="${SEED_001}"]`).first().click();
    await page.waitForURL((u) => u.href.endsWith(SEED_001));
    const title = await page.title();
    expect(title.length).toBeGreaterThan(5);

    const cite = page.locator('a.cite[href*="tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/"]').first();
    expect(await cite.getAttribute('href')).toBe('../../tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/index.html');
    await cite.click();
    await page.waitForURL((u) => u.href.endsWith('tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/index.html'));
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/18-NQ\/TW/);
    // The cited document's page lists the seed among the directives citing it.
    expect(await page.locator(`a[href="../../${SEED_001}"]`).count()).toBeGreaterThan(0);

    await page.goBack();
    expect(inCopy(page.url())).toBe(SEED_001);
    expect(await page.title()).toBe(title);
    await ctx.close();
  });

  it('search from disk finds "18-NQ/TW" (both resolutions first) and "chi dao", as the web edition does', async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    await page.goto(url('tim-kiem/index.html'));
    const timings: string[] = [];
    for (const q of QUERIES) {
      const r = await search(page, q, inCopy);
      timings.push(`${q}: ${r.ms} ms`);
      expect(r.order, q).toEqual(web.get(q)!.order);
      expect(r.status, q).toBe(web.get(q)!.status);
      if (q === '18-NQ/TW') {
        expect(r.numbers).toEqual(NQ18);
        expect(r.order.slice(0, 2)).toEqual(NQ18);
      } else {
        expect(r.order.length).toBeGreaterThan(0);
        expect(r.order.every((p) => p.startsWith('van-ban/') && p.endsWith('/index.html'))).toBe(true);
      }
    }
    console.log(`search from file:// (first query cold, typing included): ${timings.join('; ')}`);
    // Every result link points to a file, and opens it.
    const hrefs = await page.$$eval('#tk-ket-qua a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((h) => h.endsWith('/index.html'))).toBe(true);
    await page.locator('#tk-toan-van li.hit a.kq').first().click();
    await page.waitForURL((u) => /\/van-ban\/[^/]+\/index\.html$/.test(u.href));
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    await ctx.close();
  });

  it('a reading page is styled from disk: each stylesheet file loads under the page\'s policy', async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    await page.goto(url(SEED_001));
    const r = await page.evaluate(() => ({
      links: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => ({ href: l.getAttribute('href'), loaded: l.sheet !== null })),
      inline: document.querySelectorAll('style').length,
      // Base.astro's :root colour and the official head's two columns (src/styles/directive-text.css).
      ink: getComputedStyle(document.documentElement).getPropertyValue('--ink').trim(),
      grid: getComputedStyle(document.querySelector('.directive .text .vb-head') ?? document.body).display,
    }));
    expect(r.inline).toBe(0);
    expect(r.links.length).toBeGreaterThan(0);
    for (const l of r.links) {
      expect(l.href).toMatch(/^\.\.\/\.\.\/_astro\/[\w.-]+\.css$/);
      expect(l.loaded, l.href!).toBe(true);
    }
    expect(r.ink).toBe('#1a1a1a');
    expect(r.grid).toBe('grid');
    await ctx.close();
  });

  it('the header search box of a reading page opens the search page with the query', async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    await page.goto(url(SEED_001));
    await page.fill('#tim-nhanh', '18-NQ/TW');
    await page.press('#tim-nhanh', 'Enter');
    await page.waitForURL((u) => u.href.includes('tim-kiem/index.html?q='));
    await page.waitForFunction(() => document.getElementById('tim-kiem')?.dataset.done === '18-NQ/TW', null, { timeout: 30_000 });
    const numbers = await page.$$eval('#tk-so-hieu li.doc > a.kq', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(numbers.map(inCopy)).toEqual(NQ18);
    await ctx.close();
  });

  it('no page made an http(s) request, and no script failed', () => {
    ready();
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
