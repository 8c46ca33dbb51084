/**
 * The monthly bulletin in Debian's Chromium: its pages pass axe-core with no violation at all at
 * 360 and 1280 px; `npm run bulletin -- --month 2024-12` prints the seeds' December issue to an
 * A4 PDF (written to .cache/screenshots/ban-tin-2024-12.pdf to be looked at), read back with
 * pdf.js: A4 pages, each directive starting a page, numbered "Trang N/M", no text outside the
 * page box and every slogan, heading and deadline of the issue on paper; and the offline copy,
 * opened from disk without JavaScript, goes timeline → index → issue → directive.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers/seeds.ts';
import { axeViolations, MISSING_CHROMIUM, useSite } from '../helpers/browser.ts';
import { pageText, printedPages, type PrintedPage } from '../helpers/pdf-segments.ts';
import { makeOfflineCopy, type OfflineCopy } from '../helpers/offline.ts';
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium.ts';
import { SEED } from '../helpers/content-entries.ts';

const site = useSite();
const PAGES = ['/ban-tin/', '/ban-tin/2024-12/', '/ban-tin/chua-ro-thang/'];

describe('axe-core on the bulletin pages', () => {
  const cases = PAGES.flatMap((path) => [360, 1280].map((width) => [path, width] as const));
  it.each(cases)('%s at %i px: no violation, nothing wider than the screen', async (path, width) => {
    const page = await site().open(path, width);
    const violations = await axeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.close();
    expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(width);
  });
});

const MM = 72 / 25.4;
/** The bulletin's page box (src/styles/bulletin.css @page ban-tin): 16 mm top and right, 18 mm bottom and left. */
const BOX = { left: 18 * MM, right: (210 - 16) * MM, top: (297 - 16) * MM, bottom: 18 * MM };
const PAGE_NUMBER = /^Trang (\d+)\/(\d+)$/u;
const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');

/** A page's text column by column (left half, then right half), so a two-column list reads whole. */
function columnText(p: PrintedPage): string {
  const middle = p.width / 2;
  const body = p.segments.filter((s) => !PAGE_NUMBER.test(s.text));
  return squeeze([...body.filter((s) => s.x < middle), ...body.filter((s) => s.x >= middle)].map((s) => s.text).join(''));
}

describe('npm run bulletin -- --month 2024-12: the seeds\' December issue on A4', () => {
  const out = join(ROOT, '.cache', 'screenshots', 'ban-tin-2024-12.pdf');
  let pages: PrintedPage[] = [];
  let printed = '';
  beforeAll(async () => {
    mkdirSync(dirname(out), { recursive: true });
    rmSync(out, { force: true });
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bulletin.ts'), '--month', '2024-12', '--dist', inject('dist'), '--out', out], { encoding: 'utf8', timeout: 60_000 });
    printed = `${r.stdout}${r.stderr}`;
    if (r.status === 0 && existsSync(out)) pages = await printedPages(new Uint8Array(readFileSync(out)));
  });
  const ready = () => { if (!pages.length) throw new Error(`npm run bulletin failed:\n${printed}`); return pages; };

  it('writes the PDF and says how many pages it has', () => {
    expect(printed).toMatch(new RegExp(`ban-tin-2024-12\\.pdf: bulletin 2024-12, ${ready().length} A4 pages, \\d+ kB`));
  });

  it('A4 portrait, the masthead on page 1, each directive starting a page of its own', () => {
    const all = ready();
    for (const p of all) {
      expect(p.width).toBeCloseTo(210 * MM, 0);
      expect(p.height).toBeCloseTo(297 * MM, 0);
    }
    const first = pageText(all[0]!);
    expect(first).toContain('BAN TUYÊN GIÁO');
    expect(first).toContain('BẢN TIN THÔNG BÁO NỘI BỘ');
    expect(first).toContain('Tháng 12 năm 2024');
    const startsOn = (title: string) => all.findIndex((p) => p.segments.some((s) => s.text === title));
    expect(startsOn('Hướng dẫn (không số)')).toBe(0);
    const second = startsOn('Công văn số …/TTCS-TTTQ');
    expect(second).toBeGreaterThan(0);
    // The second directive opens its page: only its part's heading and note come before it.
    expect(pageText(all[second]!).split('\n')[0]).toBe('Văn bản năm 2024 chưa rõ tháng ban hành');
    // Seed 001 (14 headings, 10 slogans) needs two pages, seed 000 one.
    expect(all).toHaveLength(3);
  });

  it('"Trang N/M" at the bottom of every page, and no text outside the page box', () => {
    const all = ready();
    for (const p of all) {
      const numbers = p.segments.filter((s) => PAGE_NUMBER.test(s.text));
      expect(numbers.map((s) => s.text), `page ${p.number}`).toEqual([`Trang ${p.number}/${all.length}`]);
      expect(numbers[0]!.y).toBeLessThan(BOX.bottom);
      for (const s of p.segments.filter((x) => !PAGE_NUMBER.test(x.text))) {
        const where = `page ${p.number}: "${s.text}" at x ${s.x.toFixed(1)}–${s.right.toFixed(1)}, y ${s.y.toFixed(1)}`;
        expect(s.x, where).toBeGreaterThanOrEqual(BOX.left - 1);
        expect(s.right, where).toBeLessThanOrEqual(BOX.right + 1);
        expect(s.y, where).toBeGreaterThanOrEqual(BOX.bottom - 1);
        expect(s.y, where).toBeLessThanOrEqual(BOX.top + 1);
      }
    }
  });

  it('every subject, deadline, heading and slogan of the issue is on paper, whole; no site chrome', async () => {
    const page = await site().open('/ban-tin/2024-12/', 1280);
    const expected = await page.$$eval('.bt-item :is(.bt-subject, .bt-deadlines li, .bt-asks li, .bt-slogans li, h3)', (es) => es.map((e) => e.textContent ?? ''));
    await page.close();
    expect(expected.length).toBeGreaterThan(30);
    const paper = ready().map(columnText).join('');
    const missing = expected.filter((t) => !paper.includes(squeeze(t)));
    expect(missing).toEqual([]);
    const text = ready().map(pageText).join('\n');
    for (const chrome of ['Chuyển đến nội dung chính', 'Dòng thời gian', 'Tìm văn bản', 'In bản tin', 'Mọi số bản tin', 'Nguồn tin RSS']) expect(text).not.toContain(chrome);
    expect(text).toContain('Bản in từ https://chidao.example/ban-tin/2024-12/');
  });
});

describe('the undated page printed: two directives in one part still start a page each', () => {
  it('three directives, each opening a page of its own (its kicker and title there, nothing of the one before)', async () => {
    const page = await site().open('/ban-tin/chua-ro-thang/', 1280);
    const all = await printedPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
    await page.close();
    const items = [
      { title: 'Công văn số …/TTCS-TTTQ', kicker: 'CÔNG VĂN ·', id: SEED.congVan },
      { title: 'Hướng dẫn (không số)', kicker: 'HƯỚNG DẪN ·', id: SEED.huongDan },
      { title: 'Kế hoạch (không số)', kicker: 'KẾ HOẠCH ·', id: SEED.keHoach },
    ];
    const pageOf = (title: string) => all.findIndex((p) => p.segments.some((s) => s.text === title));
    const starts = items.map((i) => pageOf(i.title));
    expect(starts[0]).toBe(0);
    expect(pageText(all[0]!)).toContain('BẢN TIN THÔNG BÁO NỘI BỘ');
    items.forEach((item, k) => {
      const text = pageText(all[starts[k]!]!);
      expect(text, `${item.title}: its kicker on its page`).toMatch(new RegExp(`^${item.kicker}`, 'mu'));
      if (k > 0) {
        expect(starts[k]).toBeGreaterThan(starts[k - 1]!);
        expect(text, `${item.title}: nothing of ${items[k - 1]!.title} on its page`).not.toContain(items[k - 1]!.id);
      }
    });
  });
});

describe('the offline copy from file://, JavaScript off', () => {
  let browser: Browser | undefined;
  let copy: OfflineCopy | undefined;
  let error: unknown;
  beforeAll(async () => {
    try {
      if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
      copy = await makeOfflineCopy(inject('dist'));
      browser = await launchChromium();
    } catch (e) { error = e; }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('timeline → the bulletin index → the December 2024 issue → a directive, and the undated page', async () => {
    if (!browser || !copy) throw error ?? new Error('not ready');
    const dir = copy.dir;
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    ctx.on('request', (r) => requests.push(r.url()));
    const page = await ctx.newPage();
    const at = () => relative(dir, fileURLToPath(page.url())).split('\\').join('/');
    await page.goto(pathToFileURL(join(dir, 'dong-thoi-gian/index.html')).href);
    await page.locator('main a[href="../ban-tin/index.html"]').click();
    await page.waitForURL((u) => u.href.endsWith('/ban-tin/index.html'));
    await page.locator('main a[href="2024-12/index.html"]').click();
    await page.waitForURL((u) => u.href.endsWith('/ban-tin/2024-12/index.html'));
    expect(at()).toBe('ban-tin/2024-12/index.html');
    await expect(page.locator('.bt-office').textContent()).resolves.toBe('Ban Tuyên giáo');
    await page.locator(`.bt-item h3 a[href="../../van-ban/${SEED.huongDan}/index.html"]`).click();
    await page.waitForURL((u) => u.href.endsWith(`/van-ban/${SEED.huongDan}/index.html`));
    await page.goBack();
    await page.locator('main a[href="../chua-ro-thang/index.html"]').first().click();
    await page.waitForURL((u) => u.href.endsWith('/ban-tin/chua-ro-thang/index.html'));
    expect(await page.locator('.bt-item').count()).toBe(3);
    await ctx.close();
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  });
});
