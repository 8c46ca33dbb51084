/**
 * The built site in Debian's Chromium: screenshots of the main page types at phone (360 px) and
 * desktop (1280 px) widths in .cache/screenshots/ (to look at), no horizontal scrolling at 360 px,
 * the print stylesheet, and a directive printed to PDF on A4.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/seeds.ts';
import { PAGES, useSite } from '../helpers/browser.ts';

const SCREENSHOTS = join(ROOT, '.cache', 'screenshots');
const WIDTHS = [360, 1280] as const;
const site = useSite();
beforeAll(() => { mkdirSync(SCREENSHOTS, { recursive: true }); });

describe('screenshots', () => {
  const shots = (['home', 'directive', 'list', 'calendar', 'slogan'] as const).flatMap((name) => WIDTHS.map((width) => [name, width] as const));
  it.each(shots)('%s at %i px', async (name, width) => {
    const page = await site().open(PAGES[name], width);
    const file = join(SCREENSHOTS, `${name}-${width}.png`);
    const png = await page.screenshot({ path: file, fullPage: true });
    await page.close();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('phones: no horizontal scrolling at 360 px', () => {
  it.each(Object.entries(PAGES))('%s (%s)', async (_, path) => {
    const page = await site().open(path, 360);
    const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
      const root = document.documentElement;
      // What sticks out, to say what to fix when this fails.
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
        .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    await page.close();
    expect(scrollWidth, `wider than the screen: ${wide.join(', ')}`).toBeLessThanOrEqual(clientWidth);
  });

  it('the text stays readable: body text at least 16 px', async () => {
    const page = await site().open(PAGES.directive, 360);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.body p')!).fontSize));
    await page.close();
    expect(size).toBeGreaterThanOrEqual(16);
  });
});

describe('print', () => {
  it('the print stylesheet hides the navigation and sets the text in Times New Roman 13 pt', async () => {
    const page = await site().open(PAGES.directive, 1280);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('header.site')!).display,
      footer: getComputedStyle(document.querySelector('footer.site')!).display,
      skip: getComputedStyle(document.querySelector('a.skip')!).display,
      font: getComputedStyle(document.body).fontFamily,
      size: getComputedStyle(document.body).fontSize,
      source: getComputedStyle(document.querySelector('.print-source')!).display,
    }));
    await page.close();
    expect(styles).toMatchObject({ header: 'none', footer: 'none', skip: 'none', source: 'block' });
    expect(styles.font).toMatch(/^"Times New Roman"/);
    expect(parseFloat(styles.size)).toBeCloseTo((13 * 96) / 72, 1); // 13pt in CSS px
  });

  it('a directive prints to a valid PDF on A4 pages', async () => {
    const page = await site().open(PAGES.directive, 1280);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.close();
    writeFileSync(join(SCREENSHOTS, 'directive.pdf'), pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toMatch(/startxref\s+\d+\s+%%EOF\s*$/);
    // Every page is A4 portrait: 210 × 297 mm = 595.28 × 841.89 pt.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // The root of the page tree counts every page; inner nodes count fewer.
    const pages = Math.max(...[...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1])));
    expect(pages).toBeGreaterThan(1); // seed 001 is several pages long
    expect(boxes).toHaveLength(pages);
    for (const [w, h] of boxes) {
      expect(w).toBeCloseTo(595.28, 0);
      expect(h).toBeCloseTo(841.89, 0);
    }
  });
});
