/**
 * The pages of issue 22 in Chromium: the forward calendar, a month ahead, the two indexes and the
 * 404 page pass axe-core (no serious or critical violation) at phone and desktop widths, and none
 * of them scrolls sideways at 360 px (long subjects and numbers wrap).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from '../helpers/browser.ts';

const site = useSite();
const PATHS = ['/lich/', '/lich/2026/12/', '/so-hieu/', '/so-hieu/18nqtw/', '/tai-lieu/', '/tai-lieu/nghi-quyet-18-nq-tw-2022-06-16/', '/404.html'];

describe('calendar, indexes, 404 in Chromium', () => {
  const cases = PATHS.flatMap((path) => [360, 1280].map((width) => [path, width] as const));
  it.each(cases)('%s at %i px: axe finds no serious or critical violation; no sideways scroll', async (path, width) => {
    const page = await site().open(path, width);
    const violations = await axeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    const describe = violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), describe.join('\n')).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
