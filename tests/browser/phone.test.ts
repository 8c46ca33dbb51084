/**
 * A directive page on a small phone (360 × 640 CSS px, a common Android screen): the directive's
 * own text starts on the first screen, and a reader deep in the text has a way back to the top.
 * Screenshots of the first screen go to .cache/screenshots/phone-<id>.png.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/seeds.ts';
import { useSite } from '../helpers/browser.ts';

const OUT = join(ROOT, '.cache', 'screenshots');
const PHONE = { width: 360, height: 640 };
const site = useSite();
beforeAll(() => { mkdirSync(OUT, { recursive: true }); });

const SEEDS = ['cong-van-khong-so-2024-44cf0838', 'huong-dan-khong-so-khong-ngay-cb6f72ab', 'ke-hoach-khong-so-khong-ngay-d1f5bbac'];

async function openPhone(id: string) {
  const page = await site().browser.newPage({ viewport: PHONE });
  const res = await page.goto(`${site().url}/van-ban/${id}/`, { waitUntil: 'load' });
  expect(res?.ok()).toBe(true);
  return page;
}

describe.each(SEEDS)('%s at 360 × 640 px', (id) => {
  it("the first line of the directive's own text is on the first screen", async () => {
    const page = await openPhone(id);
    await page.screenshot({ path: join(OUT, `phone-${id}.png`) });
    const first = await page.evaluate(() => {
      const body = document.querySelector('.text .body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
      const node = walker.nextNode()!;
      const range = document.createRange();
      const start = node.textContent!.search(/\S/u);
      range.setStart(node, start);
      range.setEnd(node, start + 1);
      const rect = range.getBoundingClientRect();
      return { text: node.textContent!.trim().slice(0, 40), bottom: rect.bottom, height: innerHeight };
    });
    await page.close();
    expect(first.bottom, `"${first.text}" ends ${Math.round(first.bottom)} px down`).toBeLessThanOrEqual(first.height);
  });

  it('deep in the text, a link back to the top is on the screen', async () => {
    const page = await openPhone(id);
    const found = await page.evaluate(() => {
      const text = document.querySelector('.text')!;
      window.scrollTo(0, text.getBoundingClientRect().top + scrollY + text.getBoundingClientRect().height / 2);
      const link = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].find((a) => {
        const r = a.getBoundingClientRect();
        return a.textContent!.includes('đầu trang') && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
      });
      return link ? { target: link.getAttribute('href')!.slice(1), exists: !!document.getElementById(link.getAttribute('href')!.slice(1)) } : undefined;
    });
    await page.close();
    expect(found, 'no visible "đầu trang" link halfway through the text').toBeDefined();
    expect(found!.exists).toBe(true);
  });
});
