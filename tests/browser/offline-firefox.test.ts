/**
 * The offline copy from file:// in Debian's Firefox ESR (scripts/lib/firefox.ts), its local-file
 * origin policy strict (Firefox's default, which Puppeteer's profile relaxes and we restore; the
 * first test proves it). Reading with JavaScript off (the javascript.enabled pref: WebDriver BiDi
 * has no switch for it), then search. No server runs. Firefox missing → the tests fail, saying so.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX, launchFirefox } from '../../scripts/lib/firefox.ts';
import { makeOfflineCopy, type OfflineCopy } from '../helpers/offline.ts';
import { OPEN_FILE } from '../../src/offline/pages.ts';

const SEED_001 = 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab/index.html';
const NQ18 = ['tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/index.html', 'tai-lieu/nghi-quyet-18-nq-tw-2022-06-16/index.html'];
const MISSING_FIREFOX = `Debian's Firefox ESR is not at ${FIREFOX}: the offline browser tests need it and do not skip. ` +
  'Install it with `apt-get install -y --no-install-recommends firefox-esr`, or set FIREFOX_PATH.';

describe('offline copy from file:// in Firefox ESR', () => {
  let copy: OfflineCopy;
  let browser: Browser | undefined;
  let error: unknown;
  const requests: string[] = [];
  beforeAll(async () => {
    try {
      if (!existsSync(FIREFOX)) throw new Error(MISSING_FIREFOX);
      copy = await makeOfflineCopy(inject('dist'));
    } catch (e) { error = e; }
  });
  afterAll(async () => {
    await browser?.close();
  });
  const url = (file: string) => pathToFileURL(`${copy.dir}/${file}`).href;
  const inCopy = (href: string) => relative(copy.dir, fileURLToPath(href.split(/[?#]/)[0]!)).split('\\').join('/');
  async function open(b: Browser, file: string): Promise<Page> {
    const page = await b.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url(file));
    return page;
  }
  /** Click a link and wait until the page shows the file it points to (polling the URL). */
  async function follow(page: Page, selector: string, file: string) {
    await page.click(selector);
    for (let i = 0; i < 100 && inCopy(page.url()) !== file; i++) await new Promise((r) => setTimeout(r, 100));
    expect(inCopy(page.url())).toBe(file);
  }
  /** Open the page a link points to (resolved by the browser, as a click would), without clicking. */
  async function visit(page: Page, selector: string, file: string) {
    const href = await page.$eval(selector, (a) => (a as HTMLAnchorElement).href);
    await page.goto(href);
    expect(inCopy(page.url())).toBe(file);
  }
  const started = async () => {
    if (error) throw error;
    return (browser ??= await launchFirefox());
  };

  it('the file:// policy is strict: fetch() of a sibling file is refused', async () => {
    const page = await open(await started(), 'index.html');
    const r = await page.evaluate(async () => {
      try { await fetch('rss.xml'); return 'fetch allowed'; } catch { return 'fetch refused'; }
    });
    expect(r).toBe('fetch refused');
    await page.close();
  });

  it('reading with JavaScript off: Mở trang chủ → home → seed 001 → a citation → the cited document', async () => {
    if (error) throw error;
    const noJs = await launchFirefox({ 'javascript.enabled': false });
    try {
      const page = await open(noJs, OPEN_FILE);
      for (let i = 0; i < 50 && !page.url().endsWith('/index.html'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(inCopy(page.url())).toBe('index.html');
      // Puppeteer's click hangs in a page without JavaScript (BiDi input needs it): follow the
      // links' own hrefs instead (Chromium's test clicks them).
      await visit(page, `a[href="${SEED_001}"]`, SEED_001);
      await visit(page, 'a.cite[href="../../tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/index.html"]', NQ18[0]!);
      expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/18-NQ\/TW/);
      // "Back" is tested in Chromium: Puppeteer's goBack() over BiDi does not complete on these
      // file:// pages (its navigation is never reported), and page.url() stays put.
    } finally {
      await noJs.close();
    }
  });

  it('search from disk finds "18-NQ/TW" (both resolutions first) and "chi dao"', async () => {
    const page = await open(await started(), 'tim-kiem/index.html');
    const t0 = Date.now();
    await page.type('#tk-q', '18-NQ/TW');
    // A selector, not waitForFunction: Firefox 140.12 applies the page's policy (no eval) to the harness's polling function.
    await page.waitForSelector('#tim-kiem[data-done="18-NQ/TW"]', { timeout: 30_000 });
    const nq = (await page.$$eval('#tk-ket-qua a.kq', (as) => as.map((a) => (a as HTMLAnchorElement).href))).map(inCopy);
    expect(nq.slice(0, 2)).toEqual(NQ18);
    const numbers = (await page.$$eval('#tk-so-hieu:not([hidden]) li.doc > a.kq', (as) => as.map((a) => (a as HTMLAnchorElement).href))).map(inCopy);
    expect(numbers).toEqual(NQ18);
    const cold = Date.now() - t0;
    await page.$eval('#tk-q', (i) => { (i as HTMLInputElement).value = ''; });
    await page.type('#tk-q', 'chi dao');
    await page.waitForSelector('#tim-kiem[data-done="chi dao"]', { timeout: 30_000 });
    const hits = (await page.$$eval('#tk-toan-van li.hit a.kq', (as) => as.map((a) => (a as HTMLAnchorElement).href))).map(inCopy);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.startsWith('van-ban/') && h.endsWith('/index.html'))).toBe(true);
    console.log(`Firefox ESR, search from file:// ("18-NQ/TW" cold, typing included): ${cold} ms`);
    await follow(page, '#tk-toan-van li.hit a.kq', hits[0]!);
    await page.close();
  });

  it('a reading page is styled from disk: each stylesheet file loads under the page\'s policy', async () => {
    const page = await open(await started(), SEED_001);
    const r = await page.evaluate(() => ({
      links: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => ({ href: l.getAttribute('href'), loaded: l.sheet !== null })),
      ink: getComputedStyle(document.documentElement).getPropertyValue('--ink').trim(),
      grid: getComputedStyle(document.querySelector('.directive .text .vb-head') ?? document.body).display,
    }));
    expect(r.links.length).toBeGreaterThan(0);
    for (const l of r.links) expect(l.loaded, l.href!).toBe(true);
    expect(r.ink).toBe('#1a1a1a');
    expect(r.grid).toBe('grid');
    await page.close();
  });

  it('no http(s) request was made', async () => {
    await started();
    expect(requests.filter((u) => /^https?:/.test(u))).toEqual([]);
  });
});
