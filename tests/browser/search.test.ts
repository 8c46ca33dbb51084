/**
 * Search in Chromium over http (the seed build): golden queries in every spelling of a number, the
 * number-first order, words without diacritics (đ included), a filter, a query with markup shown as
 * text, and the whole path done with the keyboard only.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, openSite, type Site } from '../helpers/browser.ts';
import { CONTENT_DIR } from '../helpers/seeds.ts';
import { SEED } from '../helpers/content-entries.ts';
import { foldAccents } from '../../src/text/fold.ts';

const NQ18 = ['/tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/', '/tai-lieu/nghi-quyet-18-nq-tw-2022-06-16/'];
const CD112 = '/tai-lieu/cong-dien-112-cd-ttg-2024-11-06/';
const HD173 = '/tai-lieu/huong-dan-173-hd-btgtw-2024-11-28/';
const seedPage = (id: string) => `/van-ban/${id}/`;

interface Shown { status: string; numbers: string[]; hits: string[]; order: string[]; marks: string[] }

/** Wait until the page has finished the search for `q`, then read what it shows. */
async function shown(page: Page, q: string): Promise<Shown> {
  const want = q.normalize('NFC').replace(/\s+/g, ' ').trim();
  await page.waitForFunction((w) => document.getElementById('tim-kiem')?.dataset.done === w, want, { timeout: 20_000 });
  return page.evaluate(() => {
    const paths = (sel: string) => [...document.querySelectorAll<HTMLAnchorElement>(sel)].map((a) => new URL(a.href).pathname);
    return {
      status: document.getElementById('tk-trang-thai')!.textContent ?? '',
      numbers: paths('#tk-so-hieu:not([hidden]) li.doc > a.kq'),
      hits: paths('#tk-toan-van:not([hidden]) li.hit > a.kq'),
      order: paths('#tk-ket-qua a.kq'),
      marks: [...document.querySelectorAll('#tk-toan-van mark')].map((m) => m.textContent ?? ''),
    };
  });
}

/** Type the query key by key; with `enter`, press Enter after the results of typing are shown. */
async function searchFor(page: Page, q: string, enter = false): Promise<Shown> {
  await page.fill('#tk-q', '');
  await page.locator('#tk-q').pressSequentially(q, { delay: 5 });
  const typed = await shown(page, q);
  if (!enter) return typed;
  await page.press('#tk-q', 'Enter');
  return shown(page, q);
}

/** The seeds whose text contains the words, accents and đ folded. */
function seedsContaining(words: string): string[] {
  const want = foldAccents(words);
  return readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.mdx'))
    .filter((f) => foldAccents(readFileSync(join(CONTENT_DIR, f), 'utf8')).replace(/\s+/g, ' ').includes(want))
    .map((f) => seedPage(f.replace(/\.mdx$/, '')));
}

describe('search in Chromium', () => {
  let site: Site;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    site = await openSite(inject('dist'));
    page = await site.open('/tim-kiem/', 1280);
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => { await site?.close(); });

  it('"18-NQ/TW": both resolutions, as documents with the directives citing them; Enter adds the full-text hits after them', async () => {
    const typed = await searchFor(page, '18-NQ/TW');
    expect(typed.numbers).toEqual(NQ18);
    expect(typed.hits).toEqual([]); // the number block answers; full text (Pagefind) on request
    expect(await page.isVisible('#tk-toan-van .offer button')).toBe(true);
    const r = await searchFor(page, '18-NQ/TW', true);
    expect(r.numbers).toEqual(NQ18);
    expect(r.order.slice(0, 2)).toEqual(NQ18);
    expect(r.hits.length).toBe(3);
    expect(await page.isVisible('#tk-toan-van .offer button')).toBe(false);
    const cards = await page.$$eval('#tk-so-hieu li.doc', (lis) => lis.map((li) => ({
      text: li.querySelector('.meta')!.textContent, citing: [...li.querySelectorAll('ul a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    })));
    expect(cards[0]!.text).toContain('25/10/2017');
    expect(cards[1]!.text).toContain('16/06/2022');
    expect(cards[0]!.citing).toHaveLength(3);
    expect(cards[1]!.citing).toEqual([seedPage(SEED.keHoach)]);
    expect(r.marks.length).toBeGreaterThan(0);
    expect(r.marks.every((m) => m.startsWith('18-NQ/TW'))).toBe(true);
  });

  it('a number nobody bears: said so, the full text offered; words search the full text at once', async () => {
    const r = await searchFor(page, '999-NQ/TW');
    expect(r.numbers).toEqual([]);
    expect(r.status).toContain('Không có văn bản nào mang số này');
    expect(await page.isVisible('#tk-toan-van .offer button')).toBe(true);
    await searchFor(page, 'điện hạt nhân');
    expect(await page.isVisible('#tk-toan-van .offer button')).toBe(false);
  });

  it.each([
    ['18/NQ-TW', NQ18], ['18 NQ TW', NQ18], ['18nqtw', NQ18], ['NQ 18', NQ18], ['nghị quyết 18', NQ18], ['NQ18', NQ18],
    ['112/CĐ-TTg', [CD112]], ['112/CD-TTg', [CD112]], ['173-HD/BTGTW', [HD173]], ['173 hd btgtw', [HD173]],
  ])('%j finds its document(s) first', async (q, expected) => {
    const r = await searchFor(page, q);
    expect(r.numbers).toEqual(expected);
    expect(r.order.slice(0, expected.length)).toEqual(expected);
  });

  it('"112/CD-TTg" (no Đ on the keyboard): the telegram seed 000 cites, and seed 000 among the full-text hits', async () => {
    const r = await searchFor(page, '112/CD-TTg', true);
    expect(r.numbers).toEqual([CD112]);
    expect(r.hits).toContain(seedPage(SEED.congVan));
    expect(await page.$$eval('#tk-so-hieu li.doc ul a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual([seedPage(SEED.congVan)]);
  });

  it.each(['chi dao', 'dang uy', 'dien hat nhan', 'tinh gon bo may'])('%j (no diacritics, no đ) finds the seeds that contain it, first', async (q) => {
    const expected = seedsContaining(q);
    expect(expected.length).toBeGreaterThan(0);
    const r = await searchFor(page, q);
    expect(r.numbers).toEqual([]);
    expect(r.hits.slice(0, expected.length).sort()).toEqual(expected.sort());
    // Highlighted with their diacritics and đ: "chi dao" marks "chỉ", "đạo".
    expect(r.marks.map((m) => foldAccents(m).replace(/[^a-z0-9]/g, '')).every((m) => q.split(' ').some((w) => m === w || m.startsWith(w)))).toBe(true);
  });

  it('a filter narrows the results (type: Hướng dẫn) and is kept in the URL', async () => {
    const all = await searchFor(page, 'chi dao');
    expect(all.hits).toHaveLength(3);
    await page.click('#tk-loc summary'); // the filters fold away under "Bộ lọc và sắp xếp"
    await page.selectOption('select[name="loai"]', 'Hướng dẫn');
    const one = await shown(page, 'chi dao');
    expect(one.hits).toEqual([seedPage(SEED.huongDan)]);
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Hướng dẫn');
    await page.selectOption('select[name="loai"]', '');
    expect((await shown(page, 'chi dao')).hits).toHaveLength(3);
  });

  it('sorted by date on request, newest first, undated last', async () => {
    await page.selectOption('select[name="sap_xep"]', 'moi');
    const r = await shown(page, 'chi dao');
    expect(r.hits).toHaveLength(3);
    expect(r.hits[0]).toBe(seedPage(SEED.congVan)); // the only dated seed (2024)
    await page.selectOption('select[name="sap_xep"]', '');
  });

  it('a query with markup is shown as text, never run', async () => {
    const q = '<img src=x onerror="window.__xss=1"><b>đậm</b>';
    const r = await searchFor(page, q);
    expect(r.status).toContain(q);
    expect(await page.$$('#tim-kiem img, #tim-kiem b')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.inputValue('#tk-q')).toBe(q);
  });

  it('keyboard only: header box → Enter → number block and full-text hits at once → ↓ ↓ ↓ → Enter opens the first hit', async () => {
    const p = await site.open('/', 1280);
    for (let i = 0; i < 30 && (await p.evaluate(() => document.activeElement?.id)) !== 'tim-nhanh'; i++) await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('tim-nhanh');
    await p.keyboard.type('18 NQ TW');
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/tim-kiem\/\?q=18\+NQ\+TW$/);
    // The Enter in the header box was the request: no second Enter for the full text (issue 22).
    const r = await shown(p, '18 NQ TW');
    expect(r.numbers).toEqual(NQ18);
    expect(r.hits).toHaveLength(3);
    expect(await p.isVisible('#tk-toan-van .offer button')).toBe(false);
    await p.focus('#tk-q');
    await p.keyboard.press('ArrowDown');
    expect(await p.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(NQ18[0]);
    await p.keyboard.press('ArrowDown');
    expect(await p.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(NQ18[1]);
    await p.keyboard.press('Escape');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('tk-q');
    // From the box down past the two documents to the first full-text hit, and open it.
    for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowDown');
    expect(await p.evaluate(() => !!document.activeElement?.closest('#tk-toan-van li.hit'))).toBe(true);
    await p.keyboard.press('Enter');
    await p.waitForURL((u) => u.pathname === r.hits[0]);
    await p.close();
  });

  it('accessible (axe, WCAG 2.2 AA) with results and the filters open', async () => {
    const p = await site.open(`/tim-kiem/?q=${encodeURIComponent('18-NQ/TW')}&loai=`, 390);
    await shown(p, '18-NQ/TW');
    await p.click('#tk-loc summary');
    expect(await axeViolations(p)).toEqual([]);
    await p.close();
  });

  it('no script errors', () => {
    expect(errors).toEqual([]);
  });
});
