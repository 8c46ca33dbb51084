/**
 * Three sites side by side (tests/helpers/federation.ts), served over http at /trung-uong/,
 * /tinh/ and /xa/, in Chromium: a cross-site citation clicked lands on the peer's page, and a
 * cascade link on the third site; the pages showing peers pass axe-core with no violation at
 * 360 and 1280 px. Screenshots of the commune plan and of the province's cited-document page in
 * .cache/screenshots/ (to look at).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, openSite, type Site } from '../helpers/browser.ts';
import { buildFederation, SEED_ENTRY, type Federation } from '../helpers/federation.ts';
import { ROOT } from '../helpers/seeds.ts';

const SCREENSHOTS = join(ROOT, '.cache', 'screenshots');
const XA_PLAN = `/xa/van-ban/${SEED_ENTRY.xa}/`;
const TINH_CITED_173 = '/tinh/tai-lieu/huong-dan-173-hd-btgtw-2024-11-28/';

let fed: Federation | undefined;
let site: Site | undefined;
let error: unknown;
beforeAll(async () => {
  try {
    fed = buildFederation();
    site = await openSite(fed.sites);
  } catch (e) { error = e; }
}, 600_000);
afterAll(async () => {
  await site?.close();
  fed?.remove();
});
const open = (path: string, width: number) => {
  if (!site) throw error ?? new Error('the sites are not open');
  return site.open(path, width);
};

describe('three sites over http', () => {
  it("clicking seed 004's citation of the province guidance opens the province's page", async () => {
    const page = await open(XA_PLAN, 1280);
    await Promise.all([page.waitForURL('**/tinh/van-ban/**'), page.locator('.text a.cite.peer').first().click()]);
    expect(new URL(page.url()).pathname).toBe('/tinh/van-ban/huong-dan-06-hd-btgdvtu-2025-08-06/');
    expect(await page.locator('h1').textContent()).toContain('06-HD/BTGDVTU');
    // Its cascade, in turn, leads up to the central site.
    await Promise.all([page.waitForURL('**/trung-uong/van-ban/**'), page.locator('section.relations a[href*="/trung-uong/"]').first().click()]);
    expect(new URL(page.url()).pathname).toBe('/trung-uong/van-ban/huong-dan-173-hd-btgtw-2024-11-28/');
    expect(await page.locator('h1').textContent()).toContain('173-HD/BTGTW');
    await page.close();
  });

  it.each([[XA_PLAN, 'xa-ke-hoach'], [TINH_CITED_173, 'tinh-tai-lieu-173']])('%s: axe-core finds nothing at 360 and 1280 px; screenshots', async (path, name) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [360, 1280]) {
      const page = await open(path, width);
      const violations = await axeViolations(page);
      // The part showing the peers: the relations of a directive, the whole of a cited document's page.
      await page.locator('section.relations, article.cited').first().screenshot({ path: join(SCREENSHOTS, `federation-${name}-${width}.png`) });
      await page.close();
      expect(violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  });
});
