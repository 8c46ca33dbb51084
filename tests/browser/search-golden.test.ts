/**
 * Golden queries: what the search page shows first for each query a reader types then sends with
 * Enter, in Chromium, over http and from the offline copy (file://) alike. Nonsense finds nothing
 * and says so; a query typed with accents puts the exact-accent texts first; every spelling of a
 * number still finds its documents first.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium.ts';
import { MISSING_CHROMIUM, openSite, type Site } from '../helpers/browser.ts';
import { makeOfflineCopy, type OfflineCopy } from '../helpers/offline.ts';
import { SEED } from '../helpers/content-entries.ts';

const doc = (id: string) => `/van-ban/${id}/`;
const KE_HOACH = doc(SEED.keHoach); // signed by Lâm Văn Diễn; names Tô Lâm
const CONG_VAN = doc(SEED.congVan); // names Tô Lâm
const HUONG_DAN = doc(SEED.huongDan); // "làm", never "Lâm"
const NQ18 = ['/tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/', '/tai-lieu/nghi-quyet-18-nq-tw-2022-06-16/'];

interface Shown { status: string; order: string[]; hits: string[]; marked: boolean[]; emptyList: boolean }

/**
 * A golden row: the query, then what must come first (in this order), or, with `set`, the first
 * results in any order; `last` what must come after them; `none` for nothing at all.
 */
interface Golden { q: string; first?: string[]; set?: string[]; last?: string[]; none?: true; missing?: string; all?: number }
const GOLDEN: Golden[] = [
  { q: 'xqzvbnm', none: true },
  { q: 'asdfgh', none: true },
  { q: 'chi xqzvbnm', none: true, missing: 'xqzvbnm' }, // a word found beside one nobody holds
  { q: 'tuyen truyeen', none: true, missing: 'truyeen' }, // a typo: no guessed correction
  { q: 'Lâm Văn Diễn', first: [KE_HOACH] },
  { q: 'lam van dien', first: [KE_HOACH] },
  { q: 'lâm', set: [KE_HOACH, CONG_VAN], last: [HUONG_DAN] },
  { q: 'làm', all: 3 },
  { q: 'lam', all: 3 },
  { q: '18-NQ/TW', first: NQ18 },
  { q: '18 NQ TW', first: NQ18 },
  { q: '18/NQ-TW', first: NQ18 },
  { q: 'nq 18', first: NQ18 },
  { q: 'chi dao', all: 3 },
];

/** Type the query, press Enter, wait for the page to be done with it, read what it shows. */
async function send(page: Page, q: string, toPath: (href: string) => string): Promise<Shown> {
  await page.fill('#tk-q', q);
  await page.press('#tk-q', 'Enter');
  await page.waitForFunction((w) => document.getElementById('tim-kiem')?.dataset.done === w, q, { timeout: 30_000 });
  const r = await page.evaluate(() => ({
    status: document.getElementById('tk-trang-thai')!.textContent ?? '',
    order: [...document.querySelectorAll<HTMLAnchorElement>('#tk-ket-qua section:not([hidden]) a.kq')].map((a) => a.href),
    hits: [...document.querySelectorAll<HTMLAnchorElement>('#tk-toan-van:not([hidden]) li.hit > a.kq')].map((a) => a.href),
    marked: [...document.querySelectorAll('#tk-toan-van:not([hidden]) li.hit')].map((li) => li.querySelector('mark') !== null),
    emptyList: !!document.querySelector('#tk-toan-van:not([hidden]) ol.hits:empty'),
  }));
  return { ...r, order: r.order.map(toPath), hits: r.hits.map(toPath) };
}

function checkRow(row: Golden, r: Shown) {
  if (row.none) {
    expect(r.order, row.q).toEqual([]);
    expect(r.status, row.q).toContain(`Không tìm thấy văn bản nào cho “${row.q}”`);
    expect(r.status, row.q).toContain('kiểm tra chính tả');
    if (row.missing) expect(r.status, row.q).toContain(`Không văn bản nào có từ “${row.missing}”`);
    expect(r.emptyList, `${row.q}: no empty results heading`).toBe(false);
    return;
  }
  expect(r.hits.length, `${row.q}: full-text hits`).toBeGreaterThan(0);
  expect(r.marked.every(Boolean), `${row.q}: every hit shows what matched`).toBe(true);
  if (row.first) expect(r.order.slice(0, row.first.length), row.q).toEqual(row.first);
  if (row.set) expect([...r.order.slice(0, row.set.length)].sort(), row.q).toEqual([...row.set].sort());
  if (row.last) expect(r.order.slice(-row.last.length), row.q).toEqual(row.last);
  if (row.all) expect(r.hits, row.q).toHaveLength(row.all);
}

describe('golden queries over http', () => {
  let site: Site;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    site = await openSite(inject('dist'));
    page = await site.open('/tim-kiem/', 1280);
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => { await site?.close(); });

  it.each(GOLDEN)('$q', async (row) => {
    checkRow(row, await send(page, row.q, (h) => new URL(h).pathname));
  });

  it('the header box sends a number query once: the full-text hits come with the number block, no second Enter', async () => {
    const p = await site.open('/', 1280);
    await p.fill('#tim-nhanh', '18 NQ TW');
    await p.press('#tim-nhanh', 'Enter');
    await p.waitForURL(/\/tim-kiem\/\?q=18\+NQ\+TW$/);
    await p.waitForFunction(() => document.getElementById('tim-kiem')?.dataset.done === '18 NQ TW', null, { timeout: 30_000 });
    const shown = await p.evaluate(() => ({
      numbers: document.querySelectorAll('#tk-so-hieu:not([hidden]) li.doc').length,
      hits: document.querySelectorAll('#tk-toan-van:not([hidden]) li.hit').length,
      offer: !(document.querySelector('#tk-toan-van .offer') as HTMLElement).hidden,
    }));
    expect(shown).toEqual({ numbers: 2, hits: 3, offer: false });
    await p.close();
  });

  it('no script errors', () => { expect(errors).toEqual([]); });
});

describe('golden queries from the offline copy (file://)', () => {
  let browser: Browser | undefined;
  let copy: OfflineCopy | undefined;
  let page: Page;
  let error: unknown;
  const errors: string[] = [];
  beforeAll(async () => {
    try {
      if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
      copy = await makeOfflineCopy(inject('dist'));
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(pathToFileURL(`${copy.dir}/tim-kiem/index.html`).href);
    } catch (e) { error = e; }
  });
  afterAll(async () => {
    await browser?.close();
  });
  /** "file:///…/ban sao USB/van-ban/x/index.html" → "/van-ban/x/", as over http. */
  const toPath = (href: string) => `/${relative(copy!.dir, fileURLToPath(href.split(/[?#]/)[0]!)).split('\\').join('/').replace(/index\.html$/, '')}`;

  it.each(GOLDEN)('$q', async (row) => {
    if (!browser) throw error ?? new Error('Chromium did not start');
    checkRow(row, await send(page, row.q, toPath));
  });

  it('no script errors', () => { expect(errors).toEqual([]); });
});
