/**
 * Issue 20 in Chromium: the calendar pages with lunar commemorations and the share section of the
 * directive and slogan pages, on a site built from content/directives plus the two real Giỗ Tổ
 * notices of tests/fixtures/lunar. axe-core finds no violation at all (any impact) at 360 and
 * 1280 px; the share links open safely; the address field is labelled, read-only, selectable, and
 * holds the web address — also in the offline copy opened from file://.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { astroBuild } from '../helpers/build.ts';
import { axeViolations, openSite, type Site } from '../helpers/browser.ts';
import { makeOfflineCopy } from '../helpers/offline.ts';
import { CONTENT_DIR, ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const NINH_THANH = '/van-ban/treo-co-gio-to-ninh-thanh-2025/';
const SLOGAN = '/khau-hieu/dang-cong-san-viet-nam-quang-vinh-muon-nam-74bf7b4c/';
const PAGES = ['/', '/lich/', '/lich/2025/04/', '/lich/2021/04/', NINH_THANH, SLOGAN];

let site: Site | undefined;
let dist = '';
let error: unknown;

beforeAll(async () => {
  try {
    const dir = tempDir('lunar-browser');
    const content = join(dir, 'content');
    mkdirSync(content);
    for (const d of [CONTENT_DIR, join(ROOT, 'tests/fixtures/lunar')]) for (const n of readdirSync(d)) if (n.endsWith('.mdx')) copyFileSync(join(d, n), join(content, n));
    dist = join(dir, 'dist');
    const r = astroBuild(dist, { CHIDAO_CONTENT_DIR: content, CHIDAO_CACHE_DIR: join(dir, 'cache'), CHIDAO_POSTERS: '0' });
    if (r.status !== 0) throw new Error(`build failed:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
    site = await openSite(dist);
  } catch (e) { error = e; }
}, 600_000);
afterAll(async () => { await site?.close(); });
const open = (path: string, width: number) => {
  if (!site) throw error ?? new Error('the site is not open');
  return site.open(path, width);
};

/** The share section as the page shows it. */
const shareOf = (page: Page) => page.evaluate(() => {
  const input = document.querySelector<HTMLInputElement>('section.share input')!;
  const label = document.querySelector<HTMLLabelElement>(`label[for="${input.id}"]`);
  return {
    value: input.value, readOnly: input.readOnly, label: label?.textContent ?? null,
    links: [...document.querySelectorAll<HTMLAnchorElement>('section.share a')].map((a) => ({ href: a.href, rel: a.rel, target: a.target, text: a.textContent })),
  };
});

describe('lunar calendar and share links in Chromium', () => {
  const cases = PAGES.flatMap((p) => [360, 1280].map((w) => [p, w] as const));
  it.each(cases)('axe-core: %s at %i px has no violation', async (path, width) => {
    const page = await open(path, width);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  it('the April 2025 page marks the 7th and lists Giỗ Tổ Hùng Vương there with both dates', async () => {
    const page = await open('/lich/2025/04/', 360);
    const r = await page.evaluate(() => ({
      marked: [...document.querySelectorAll('td.has a')].map((a) => a.getAttribute('href')),
      lunar: [...document.querySelectorAll('li.lunar')].map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ')),
      anchor: document.getElementById('ngay-7')?.classList.contains('lunar') ?? false,
    }));
    await page.close();
    expect(r.marked).toContain('#ngay-7');
    expect(r.anchor).toBe(true);
    expect(r.lunar[0]).toMatch(/^Thứ Hai, 07\/04\/2025 \(ngày 10\/3 âm lịch năm Ất Tỵ\) Giỗ Tổ Hùng Vương Văn bản nêu năm này: /);
  });

  it.each([NINH_THANH, SLOGAN])('%s: share links open safely; the address field is labelled, read-only, selectable, the canonical address', async (path) => {
    const page = await open(path, 360);
    const share = await shareOf(page);
    const canonical = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href);
    const input = page.locator('section.share input');
    await input.selectText();
    const selected = await input.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
    await page.close();
    expect(share.value).toBe(canonical);
    expect(share.value).toBe(`https://chidao.example${path}`);
    expect(share.readOnly).toBe(true);
    expect(share.label).toMatch(/Địa chỉ trang/);
    expect(selected).toBe(share.value);
    expect(share.links.map((l) => [l.href, l.rel, l.target])).toEqual([
      [`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`, 'noopener noreferrer', '_blank'],
      ['https://chat.zalo.me/', 'noopener noreferrer', '_blank'],
    ]);
  });

  it('the offline copy from file:// shares the web address, not the file', async () => {
    if (!site) throw error;
    const copy = await makeOfflineCopy(dist);
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    await page.goto(pathToFileURL(join(copy.dir, 'van-ban/treo-co-gio-to-ninh-thanh-2025/index.html')).href);
    // JavaScript off, as a reader of the copy may have it: the markup as loaded.
    const html = await page.content();
    await page.close();
    expect(/<input[^>]*\bvalue="([^"]+)"/.exec(html)?.[1]).toBe(`https://chidao.example${NINH_THANH}`);
    expect(html).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`https://chidao.example${NINH_THANH}`)}"`);
  });
});
